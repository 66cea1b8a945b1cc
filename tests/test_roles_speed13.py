"""Roles, session 13 (speed13): the first reading of a word told by set lookups and its first
and last letters (``words._plainly_no_post``) before the rules' own chain
(``words._surely_no_post``): the stage's cost is mostly the first judgment of each word.

The pre-filter changes no answer: a word it passes is one ``_surely_no_post`` rejects too
(cases for each of its tests, the words of made-up news sentences as the pipeline reads them,
the forms of the lists' words, and made-up strings of their stems and endings); ``post_word``
gives the same answer with it as the rules' plain reading gives (``_known_word`` over
``head_lemma``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ruextract import models
from ruextract.roles import RoleFinder, words

# (tagger's lemma, spelling, noun) -> passed by the pre-filter (a word surely of no post)
PLAINLY = {
    "a verb": (("сообщить", "сообщил", False), False),  # "со": a compounding stem
    "a plain noun": (("стол", "стола", True), True),
    "an adjective of no post": (("быстрый", "быстрого", False), True),
    "a preposition": (("в", "в", False), True),
    "a capitalised place": (("москва", "Москвы", False), True),
    "a ё folded as е": (("ёлка", "Ёлки", False), True),
    # each test of the pre-filter, on a word that passes all the others
    "a hyphen in the lemma": (("северо-запад", "запада", True), False),
    "a hyphen in the spelling": (("кто", "кто-то", False), False),
    "the lemma a role noun": (("министр", "министра", True), False),
    "the spelling a role noun (the tagger's lemma cut short)": (("министра", "министр", True),
                                                                 False),
    "the spelling an abbreviation of a post": (("генсека", "генсек", True), False),
    "the lemma after a compounding stem": (("телеведущий", "ведущего", True), False),
    "the spelling after a compounding stem": (("ведущий", "телеведущего", True), False),
    "the spelling on an adjectival post's stem": (("вести", "ведущего", False), False),
    "a noun ending as a woman's noun": (("учительница", "учительницы", True), False),
    "a noun whose spelling ends so": (("учительниц", "учительница", True), False),
    "the same ending, no noun": (("пока", "пока", False), True),
    "the same ending, a noun": (("пока", "пока", True), False),
}  # fmt: skip


# each case reads its words afresh (tests/conftest.py's fixture)
pytestmark = pytest.mark.usefixtures("fresh_word_caches")


@pytest.mark.parametrize(("args", "expected"), PLAINLY.values(), ids=PLAINLY.keys())
def test_roles_plainly_no_post_by_lookups(args, expected):
    assert words._plainly_no_post(*args) is expected


def surely(lemma: str, text: str, noun: bool) -> bool:
    """``_surely_no_post`` as ``post_word`` asks it for a word that is no plain animate noun
    (the navec back-off's, which the pre-filter is never asked about)."""
    return words._surely_no_post(lemma, text, "NOUN" if noun else "ADJ", False, True)


@pytest.mark.parametrize(("args", "expected"), PLAINLY.values(), ids=PLAINLY.keys())
def test_roles_plainly_no_post_implies_surely_no_post(args, expected):
    assert not words._plainly_no_post(*args) or surely(*args)


# made-up news sentences: posts of every kind the rules read (lists, compounds, women's nouns,
# adjectival posts, abbreviations, hyphens, the navec back-off) and words of no post around them
SENTENCES = [
    "Министр иностранных дел России Сергей Лавров заявил журналистам, что визит состоится.",
    "Телеведущая Анна Смирнова и кинорежиссёр Павел Орлов сообщили о совместном проекте.",
    "Учительница Мария Иванова, по словам соседей, давно работала в сельской школе.",
    "Управляющий банком Олег Петров и ведущий специалист компании Игорь Сидоров уволены.",
    "Генсек партии встретился с экс-президентом Грузии и вице-премьером Сербии.",
    "Хореограф театра Дмитрий Котов и его ассистентка готовят новую постановку.",
    "Пилот-инструктор Виктор Лебедев, летчики-космонавты и врач-реаниматолог прибыли в Казань.",
    "Теннисистка Елена Веснина обыграла соперницу в двух сетах, сообщает пресс-служба турнира.",
    "Дежурная по станции вызвала полицию, а сотрудники ведомства провели проверку.",
    "Поддержка республики, по данным источника, обсуждалась на встрече со спонсорами.",
]


def read_words(doc) -> list[tuple[str, str, bool]]:
    """The (tagger's lemma, spelling, noun) of each word ``post_word`` would ask the pre-filter
    about (no plain animate noun), with ``post_word``'s part of speech."""
    found = []
    for token in doc:
        text, pos = token.text, token.pos_
        animate = pos in words.NOMINAL_POS and words._animate(token)
        plain = text.islower() or (token.is_sent_start and text[1:].islower())
        if pos == "PROPN" and plain and words.common_noun(text):
            pos = "NOUN"
        if not (pos == "NOUN" and animate and plain):
            found.append((token.lemma_, text, pos == "NOUN"))
    return found


def test_roles_plainly_no_post_agrees_on_news_sentences(parse):
    read = [args for text in SENTENCES for args in read_words(parse(text))]
    passed = [args for args in read if words._plainly_no_post(*args)]
    assert all(surely(*args) for args in passed)
    assert len(passed) > len(read) // 2  # most words: the pre-filter decides (the point)
    assert any(not surely(*args) for args in read)  # and posts among them


def list_forms() -> list[str]:
    """Every form pymorphy3 gives the lists' words (role nouns, abbreviations, non-role nouns)
    and the women's nouns made from the role nouns."""
    lemmas = words.role_nouns() | set(words.abbreviations()) | words.non_role_nouns()
    lemmas |= {lemma + suffix for lemma in words.role_nouns() for suffix in ("ка", "ница", "ша")}
    forms = set()
    for lemma in sorted(lemmas):
        for parse in models.morph_analyzer().parse(lemma)[:1]:
            forms |= {form.word for form in parse.lexeme}
    return sorted(forms)


def test_roles_plainly_no_post_agrees_on_the_lists_forms():
    forms = list_forms()
    for form in forms:
        for lemma in {form, models.morph_analyzer().parse(form)[0].normal_form}:
            for noun in (True, False):
                assert not words._plainly_no_post(lemma, form, noun) or surely(lemma, form, noun)


PIECES = sorted(
    set(words.COMPOUND_STEMS)
    | {suffix for suffix, _ in words.FEMININE_SUFFIXES}
    | {"ведущ", "управляющ", "министр", "генсек", "президент", "учитель", "-", "ё", "экс-"}
    | {"ий", "его", "ая", "ой", "а", "ы", "ом", "стол", "поезд", "рабоч", "нов"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4), st.booleans(), st.booleans())
def test_roles_plainly_no_post_implies_surely_on_made_up_words(parts, same, noun):
    word = "".join(parts)
    lemma = word if same else word[:-1] or word
    assert not words._plainly_no_post(lemma, word, noun) or surely(lemma, word, noun)


def test_roles_post_word_as_the_plain_reading(parse):
    """``post_word`` (pre-filter, ``_surely_no_post``, then the rules) gives every word of the
    sentences the answer the rules' plain reading gives it."""
    for text in SENTENCES:
        for token in parse(text):
            text_, pos = token.text, token.pos_
            animate = pos in words.NOMINAL_POS and words._animate(token)
            plain = text_.islower() or (token.is_sent_start and text_[1:].islower())
            if pos == "PROPN" and plain and words.common_noun(text_):
                pos = "NOUN"
            slow = words._known_word(words.head_lemma(token), text_, pos, animate, plain)
            assert words.post_word(token) is slow, token.text


def test_roles_rows_without_the_pre_filter(parse, monkeypatch):
    """The stage's rows on the sentences are the same with the pre-filter and without it."""
    docs = [parse(text) for text in SENTENCES]
    finder = RoleFinder()
    with_it = [[s._.role for s in finder(doc).spans["roles"]] for doc in docs]
    words._NOT_POST.clear()
    monkeypatch.setattr(words, "_plainly_no_post", lambda *args: False)
    without = [[s._.role for s in finder(doc).spans["roles"]] for doc in docs]
    assert with_it == without
    assert sum(map(len, with_it)) >= len(SENTENCES)  # posts found: the comparison says something
