"""Roles, session 14 (speed14): the stage's cost cut with no answer changed.

Each fast path gives what the slow path gives on real forms:

- ``words.plainly_no_post_ids``: a word first seen is judged no post from its ids (no token
  built) only where ``post_word``'s own reading finds no post;
- ``inflection.inflect``: pymorphy3's ``Parse.inflect`` with the choice of form kept per
  paradigm gives the spelling and tag pymorphy3 gives, for every parse of the forms of the
  stage's word lists;
- ``words.role_margin`` (the nearest cosines by a partition) and ``words.substantive`` ("Subx"
  asked first) give the floats and words they gave;
- ``words.morph_values``: ``morph.get`` read once per morphology;
- ``span_values.span_value``: a span's extension value read where ``span._`` reads it;
- the stage's rows on made-up news sentences are the same with each fast path and without it.
"""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Span

from ruextract import models
from ruextract.roles import RoleFinder, inflection, phrases, words
from ruextract.roles.span_values import span_value

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


# each case reads its words afresh (tests/conftest.py's fixture)
pytestmark = pytest.mark.usefixtures("fresh_word_caches")


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


def slow_margin(lemma: str) -> float | None:
    """``words.role_margin`` as session 13 wrote it: each list's cosines sorted whole."""
    emb = models.embedding()
    if lemma not in emb:
        return None
    vector = emb[lemma] / numpy.linalg.norm(emb[lemma])
    roles, others = words._list_vectors()
    near_roles = numpy.sort(roles @ vector)[-words.SIMILAR_K :].mean()
    near_others = numpy.sort(others @ vector)[-words.SIMILAR_K :].mean()
    return float(near_roles - near_others)


def test_roles_margin_as_with_whole_sorts():
    """The nearest cosines taken by a partition give the very margin (equal floats) on the
    lists' words, the stems a woman's noun is read from, and words of no post."""
    lemmas = sorted(words.role_nouns())[::7] + sorted(words.non_role_nouns())[::7]
    lemmas += ["поддерж", "политик", "гонщик", "флорболист", "блокадник", "стол", "хореограф"]
    compared = 0
    for lemma in lemmas:
        expected = slow_margin(lemma)
        assert words.role_margin(lemma) == expected, lemma
        compared += expected is not None
    assert compared > 50


@pytest.mark.parametrize("size", [1, 4, 5, 6, 40])
def test_roles_nearest_as_sorted_tail(size):
    cosines = numpy.random.default_rng(size).standard_normal(size).astype("float32")
    cosines[size // 2] = cosines[0]  # a tie
    expected = numpy.sort(cosines)[-words.SIMILAR_K :]
    assert numpy.array_equal(words._nearest(cosines), expected)


SUBSTANTIVES = {
    "an adjective used as a noun": ("управляющего", "управляющий"),
    "a participle used as a noun": ("ведущая", "ведущий"),
    "a noun": ("министра", None),
    "an adjective never a noun": ("быстрого", None),
}


@pytest.mark.parametrize(("word", "expected"), SUBSTANTIVES.values(), ids=SUBSTANTIVES.keys())
def test_roles_substantive_reads_subx_first(word, expected):
    assert words.substantive(word) == expected


def slow_substantive(word: str) -> str | None:
    """``words.substantive`` as session 13 wrote it (the part of speech asked first, pymorphy3's
    own ``inflect``)."""
    for parse in models.morph_analyzer().parse(word.lower()):
        if parse.tag.POS in ("ADJF", "PRTF") and "Subx" in parse.tag.grammemes:
            inflected = parse.inflect({"masc", "sing", "nomn"})
            if inflected is not None:
                return words.fold(inflected.word)
    return None


def test_roles_substantive_as_before_on_the_lists_forms():
    forms = list_forms()
    found = [form for form in forms if words.substantive(form) == slow_substantive(form)]
    assert found == forms
    assert sum(words.substantive(form) is not None for form in forms) > 50


FIELDS = ("Case", "Number", "Gender", "Animacy", "VerbForm", "Tense", "Person")


def test_roles_morph_values_as_morph_get(parse):
    """``words.morph_values`` reads what ``morph.get`` reads, for every token and field of the
    sentences, kept once per morphology (a second token of one morphology hits the cache)."""
    tokens = [token for text in SENTENCES for token in parse(text)]
    words._FEATURES.clear()  # (after the runs, whose rules read other fields too)
    for token in tokens:
        for field in FIELDS:
            assert words.morph_values(token, field) == tuple(token.morph.get(field))
            assert words.morph_values(token, field) == tuple(token.morph.get(field))  # cached
    assert len(words._FEATURES) == len({t.morph.key for t in tokens}) * len(FIELDS)
    assert any(words.morph_values(t, "Case") == ("Gen",) for t in tokens)


DEGREES = {
    "a degree": ("Профессор Иван Лебедев, доктор исторических наук, выступил с докладом.", []),
    "a post": (
        "Главный врач больницы Иван Лебедев выступил с докладом.",
        [("Иван Лебедев", "главный врач", "больница")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DEGREES.values(), ids=DEGREES.keys())
def test_roles_no_post_reads_the_words_after_the_head(parse, text, expected):
    """``phrases.no_post`` reads the field after a degree's noun by index as it read a span."""
    doc = parse(text)
    rows = [
        (r.key, r.role, r.org)
        for r in (span._.role for span in doc.spans["roles"])
        if r.role != "профессор"
    ]
    assert rows == expected


def test_roles_span_value_as_underscore(parse):
    """``span_values.span_value`` reads what ``span._`` reads for every mention and role span
    of the sentences: set values, defaults, a getter's ("role")."""
    set_keys = 0
    for text in SENTENCES:
        doc = parse(text)
        spans = list(doc.ents) + list(doc.spans["roles"]) + list(doc.spans["countries"])
        for span in spans:
            for name in ("key", "person", "normal", "country", "org", "role"):
                assert span_value(span, name) == getattr(span._, name), (span.text, name)
            set_keys += span_value(span, "key") is not None
    assert set_keys > len(SENTENCES)  # people's keys read (not only defaults)


def test_roles_span_value_leaves_other_extensions_to_spacy(parse):
    doc = parse(SENTENCES[0])
    span = doc.ents[0]
    Span.set_extension("speed14_list", default=[], force=True)
    try:
        found = span_value(span, "speed14_list")
        assert found == [] and span._.speed14_list is found  # spaCy's copy, kept on the doc
    finally:
        Span.remove_extension("speed14_list")
    with pytest.raises(AttributeError):
        span_value(span, "speed14_absent")
