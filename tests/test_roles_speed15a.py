"""Roles, session 15 (speed15a): the phrase finder's cost cut with no answer changed.

Each fast path gives what the plain path gives on made-up news sentences:

- ``doc_columns``: the ids read once per document are the ids each token reads
  (``token.lemma``, ``token.orth``, ``token.pos``, ``token.morph.key``), and they are read only
  for the document they were read from;
- ``words.case_of`` and ``words.morph_values`` read from the columns give what they give from
  the token (the hyphenated nouns pymorphy3 reads included);
- ``words.head_lemma`` and ``words.nominative`` kept by ids give what the string functions they
  keep give;
- the stage's rows are the same with the columns current and with every token read as before.
"""

from __future__ import annotations

import pytest

from ruextract.roles import RoleFinder, doc_columns, phrases, words

# made-up news sentences: posts before and after names, hyphenated nouns the tagger reads in
# another case, adjectival posts, compounds, abbreviations, lists, names opening a sentence
SENTENCES = [
    "Заместитель губернатора Тверской области Ирина Соколова провела совещание в понедельник.",
    "Встреча с женщиной-президентом Молдавии прошла в Кишинёве, сказал пресс-секретарь Рудаков.",
    "Управляющий банком Павел Дронов и главный бухгалтер компании Вера Лыкова дали интервью.",
    "Экс-министр обороны Эстонии Тоомас Каск и генсек партии Артур Вийрес выступили на форуме.",
    "Кинорежиссёр Семён Яковлев снял фильм о лётчиках-испытателях, рассказала продюсер картины.",
    "Ведущая программы Дарья Климова встретилась с врио главы региона Андреем Носовым.",
    "Хирург Кирилл Панин, бывший заведующий отделением больницы, открыл частную клинику.",
    "Депутаты Госдумы Анна Бельская и Виктор Шестаков предложили закон о пилотах-инструкторах.",
]
FIELDS = ("Case", "Number", "Animacy", "Gender", "VerbForm", "NumType")
GENDERS = (None, "masc", "femn", "neut")

# each case reads its words afresh (tests/conftest.py's fixture)
pytestmark = pytest.mark.usefixtures("fresh_word_caches")


@pytest.fixture()
def docs(parse):
    """The sentences parsed, with no columns current."""
    found = [parse(text) for text in SENTENCES]
    doc_columns.forget()
    yield found
    doc_columns.forget()


def test_roles_columns_hold_each_tokens_ids(docs):
    for doc in docs:
        columns = doc_columns.read_columns(doc)
        assert doc_columns.current_columns(doc) is columns
        for token in doc:
            i = token.i
            ids = (columns.lemma[i], columns.orth[i], columns.pos[i], columns.morph[i])
            assert ids == (token.lemma, token.orth, token.pos, token.morph.key)
            assert doc_columns.token_ids(token) == ids


def test_roles_columns_are_read_for_their_document_only(docs):
    first, second = docs[0], docs[1]
    doc_columns.read_columns(first)
    assert doc_columns.current_columns(second) is None
    # another document's token: its own ids, not the current columns' at its index
    token = second[3]
    assert doc_columns.token_ids(token) == (token.lemma, token.orth, token.pos, token.morph.key)
    doc_columns.forget()
    assert doc_columns.current_columns(first) is None


def test_roles_entities_read_the_columns(docs):
    ents = phrases.Entities.of(docs[0])
    assert ents.columns is doc_columns.current_columns(docs[0])
    assert ents.columns.orth == [token.orth for token in docs[0]]


def plain_cases(doc) -> list[str | None]:
    """``case_of`` of each token read from the token (no columns, no kept cases)."""
    doc_columns.forget()
    words._CASES.clear()
    words._FEATURES.clear()
    return [words.case_of(token) for token in doc]


def test_roles_case_of_from_the_columns_as_from_the_token(docs):
    hyphenated = 0
    for doc in docs:
        plain = plain_cases(doc)
        words._CASES.clear()
        words._FEATURES.clear()
        doc_columns.read_columns(doc)
        assert [words.case_of(token) for token in doc] == plain
        assert [words.case_of(token) for token in doc] == plain  # kept per token: the same
        hyphenated += sum(
            1 for t in doc if t.pos_ == "NOUN" and "-" in t.text and words._hyphenated_case(t.text)
        )
    assert hyphenated  # pymorphy3's case of a hyphenated noun is read too


def test_roles_case_of_reads_another_documents_token_by_itself(docs):
    first, second = docs[0], docs[1]
    plain = plain_cases(second)
    doc_columns.read_columns(first)
    words.case_of(first[0])
    assert [words.case_of(token) for token in second] == plain


def test_roles_morph_values_from_the_columns_as_morph_get(docs):
    for doc in docs:
        doc_columns.read_columns(doc)
        words._FEATURES.clear()
        for token in doc:
            for field in FIELDS:
                assert words.morph_values(token, field) == tuple(token.morph.get(field))


def test_roles_head_lemma_by_ids_as_by_strings(docs):
    for doc in docs:
        doc_columns.read_columns(doc)
        for token in doc:
            expected = words._head_lemma(token.lemma_, token.text, token.pos_)
            assert words.head_lemma(token) == expected
            assert words.head_lemma(token) == expected  # kept: the same
    assert words.head_lemma(docs[3][0]) == "министр"  # "Экс-министр": the post's own lemma


def test_roles_nominative_by_ids_as_by_strings(docs):
    for doc in docs:
        doc_columns.read_columns(doc)
        for token in doc:
            for gender in GENDERS:
                expected = words._nominative(token.text, token.pos_, str(token.morph), gender)
                assert words.nominative(token, gender) == expected


def test_roles_rows_without_the_columns(parse, monkeypatch):
    """The stage's rows are the same when every token is read from the document (no current
    columns, nothing kept by ids)."""
    docs = [parse(text) for text in SENTENCES]
    finder = RoleFinder()
    fast = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    doc_columns.forget()
    for kept in (words._CASES, words._FEATURES, words._HEAD_LEMMAS, words._NOMINATIVES):
        kept.clear()
    # the columns read but never current: every rule reads its tokens as before
    monkeypatch.setattr(phrases, "read_columns", doc_columns.DocColumns)
    slow = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    assert fast == slow
    assert sum(map(len, fast)) >= len(SENTENCES)  # posts found: the comparison says something
