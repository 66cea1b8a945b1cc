"""Roles, session 14 (speed14): the stage's cost cut with no answer changed.

Each fast path gives what the slow path gives on real forms:

- ``words.plainly_no_post_ids``: a word first seen is judged no post from its ids (no token
  built) only where ``post_word``'s own reading finds no post;
- ``inflection.inflect``: pymorphy3's ``Parse.inflect`` with the choice of form kept per
  paradigm gives the spelling and tag pymorphy3 gives, for every parse of the forms of the
  stage's word lists;
- the stage's rows on made-up news sentences are the same with each fast path and without it.
"""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, MORPH, ORTH, POS

from ruextract import models
from ruextract.roles import RoleFinder, inflection, phrases, words

# made-up news sentences: posts of every kind the rules read (lists, compounds, women's nouns,
# adjectival posts, abbreviations, hyphens, the navec back-off, names opening a sentence) and
# words of no post around them
SENTENCES = [
    "Министр финансов Чехии Павел Новак заявил журналистам, что бюджет будет принят.",
    "Телеведущая Ольга Белова и кинооператор Игорь Громов сообщили о новом фильме.",
    "Учительница Анна Кузнецова, по словам коллег, двадцать лет проработала в гимназии.",
    "Управляющий фондом Сергей Ветров и ведущий аналитик банка Олег Лунин покинули посты.",
    "Генсек альянса встретился с экс-премьером Польши и вице-спикером парламента Литвы.",
    "Кардиологу Роберту Фишеру вручили премию, а хореограф Лидия Осипова возглавила жюри.",
    "Пилот-инструктор Андрей Седов и врач-реаниматолог Нина Орлова прибыли в Самару.",
    "Дежурная по вокзалу вызвала полицию; сотрудники ведомства задержали двух подростков.",
    "Бывший губернатор области Виктор Зимин, возглавлявший регион до 2018 года, арестован.",
]


@pytest.fixture(autouse=True)
def fresh_word_caches():
    """Each case reads its words afresh (the caches of the word rules)."""
    words._NOT_POST.clear()
    for cached in (
        words._surely_no_post, words._may_name_adjectival_post, words._known_word,
        words._head_lemma, words.compound_role, words.feminine_role, words.similar_role,
        words.substantive, words._nominative, inflection._chosen_form,
    ):  # fmt: skip
        cached.cache_clear()


def keys(doc) -> list[tuple[int, int, int, int]]:
    """The (lemma, spelling, part of speech, morphology) ids of each token."""
    return [tuple(row) for row in doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()]


def test_roles_ids_judge_no_post_only_where_post_word_finds_none(parse):
    judged = 0
    for text in SENTENCES:
        doc = parse(text)
        for token, key in zip(doc, keys(doc), strict=True):
            words._NOT_POST.clear()
            fast = words.plainly_no_post_ids(key, doc.vocab)
            words._NOT_POST.clear()
            if fast:
                judged += 1
                assert not words.post_word(token), token.text
    assert judged > 50  # most words: judged from their ids (the point)


# (sentence, word) -> the ids leave it to ``post_word``: a name, an animate noun, a post
LEFT = {
    "a name": ("Министр финансов Чехии Павел Новак заявил журналистам.", "Новак"),
    "an animate noun of no post": ("Журналисты спросили министра о бюджете.", "Журналисты"),
    "a post": ("Министр финансов Чехии Павел Новак заявил журналистам.", "финансов"),
    "a post's noun": ("В Праге министра встретили журналисты.", "министра"),
    "an adjectival post": ("Ведущий аналитик банка Олег Лунин ушёл.", "Ведущий"),
    "a compound": ("Кинооператор Игорь Громов снял фильм.", "Кинооператор"),
}


@pytest.mark.parametrize(("text", "word"), LEFT.values(), ids=LEFT.keys())
def test_roles_ids_leave_names_animate_nouns_and_posts(parse, text, word):
    doc = parse(text)
    found = [n for n, token in enumerate(doc) if token.text == word]
    assert found, word
    key = keys(doc)[found[0]]
    words._NOT_POST.clear()  # (the pipeline's own roles stage has read the words)
    if word == "финансов":  # a plain inanimate noun, no post: judged (the case's control)
        assert words.plainly_no_post_ids(key, doc.vocab)
        assert words._NOT_POST[key] is True
    else:
        assert not words.plainly_no_post_ids(key, doc.vocab)
        assert key not in words._NOT_POST


def test_roles_rows_without_the_ids_judgment(parse, monkeypatch):
    """The stage's rows are the same when every word first seen goes to ``post_word``."""
    docs = [parse(text) for text in SENTENCES]
    finder = RoleFinder()
    fast = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    words._NOT_POST.clear()
    monkeypatch.setattr(phrases, "plainly_no_post_ids", lambda key, vocab: False)
    slow = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    assert fast == slow
    assert sum(map(len, fast)) >= len(SENTENCES)  # posts found: the comparison says something


WANTED = [
    frozenset({"nomn"}),
    frozenset({"nomn", "sing"}),
    frozenset({"nomn", "sing", "masc"}),
    frozenset({"nomn", "sing", "femn"}),
    frozenset({"nomn", "sing", "neut"}),
    frozenset({"gent", "plur"}),
    frozenset({"loc2"}),  # a rare case: pymorphy3 falls back to the common one
]


def list_forms() -> list[str]:
    """Every form pymorphy3 gives the role nouns and adjectives, abbreviations and org nouns,
    and hyphenated and unknown words (pymorphy3's other units)."""
    lemmas = words.role_nouns() | words.role_adjectives() | set(words.abbreviations())
    lemmas |= words.org_nouns()
    forms = {"пилота-инструктора", "летчики-космонавты", "флорболистки", "блогерше"}
    for lemma in sorted(lemmas):
        for parse in models.morph_analyzer().parse(lemma)[:1]:
            forms |= {form.word for form in parse.lexeme}
    return sorted(forms)


def test_roles_inflect_as_pymorphy3_on_the_lists_forms():
    analyzer = models.morph_analyzer()
    compared = others = 0
    for form in list_forms():
        for parse in analyzer.parse(form):
            others += len(parse.methods_stack) > 1
            for wanted in WANTED:
                slow = parse.inflect(set(wanted))
                expected = None if slow is None else (slow.word, slow.tag)
                assert inflection.inflect(parse, wanted) == expected, (form, wanted)
                compared += 1
    assert compared > 10_000 and others > 0  # both paths compared


def test_roles_inflect_keeps_its_choice_per_paradigm():
    """Two words of one paradigm share the choice (the cut), each spelt from its own stem."""
    analyzer = models.morph_analyzer()
    first, second = analyzer.parse("министра")[0], analyzer.parse("пилота")[0]
    assert first.methods_stack[0][2] == second.methods_stack[0][2]  # one paradigm
    inflection._chosen_form.cache_clear()
    assert inflection.inflect(first, frozenset({"nomn", "sing"}))[0] == "министр"
    assert inflection.inflect(second, frozenset({"nomn", "sing"}))[0] == "пилот"
    assert inflection._chosen_form.cache_info().hits == 1


def test_roles_rows_with_pymorphy3s_inflect(parse, monkeypatch):
    """The stage's rows are the same with pymorphy3's own ``Parse.inflect``."""
    docs = [parse(text) for text in SENTENCES]
    finder = RoleFinder()
    fast = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    words._nominative.cache_clear()
    words.substantive.cache_clear()

    def slow_inflect(parse, wanted):
        found = parse.inflect(set(wanted))
        return None if found is None else (found.word, found.tag)

    monkeypatch.setattr(words, "inflect", slow_inflect)
    slow = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    assert fast == slow
    assert sum(map(len, fast)) >= len(SENTENCES)
