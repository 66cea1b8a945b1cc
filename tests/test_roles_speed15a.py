"""Roles, session 15 (speed15a): the phrase finder's cost cut with no answer changed.

Each fast path gives what the plain path gives on made-up news sentences:

- ``doc_columns``: the ids read once per document are the ids each token reads
  (``token.lemma``, ``token.orth``, ``token.pos``, ``token.morph.key``), and they are read only
  for the document they were read from;
- ``words.case_of`` and ``words.morph_values`` read from the columns give what they give from
  the token (the hyphenated nouns pymorphy3 reads included);
- ``words.head_lemma`` and ``words.nominative`` kept by ids give what the string functions they
  keep give;
- the columns' walks (``next_token``, ``prev_token``, ``doc_columns.next_content`` and
  ``prev_content``) give ``people.words``'s tokens, ``words.line_break_between`` from the
  columns what it finds token by token, and the part-of-speech ids ``edges`` compares are the
  names it compared;
- ``words.role_margin`` with its norm and means spelt out (``_mean``) gives the floats
  ``numpy.linalg.norm`` and ``mean()`` gave;
- the stage's rows are the same with the columns current and with every token read as before.
"""

from __future__ import annotations

import numpy
import pytest

from ruextract import models
from ruextract.people import words as people_words
from ruextract.roles import RoleFinder, doc_columns, edges, phrases, words

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
    kept = doc_columns.read_columns(first)  # current while kept
    assert doc_columns.current_columns(first) is kept
    assert doc_columns.current_columns(second) is None
    # another document's token: its own ids, not the current columns' at its index
    token = second[3]
    assert doc_columns.token_ids(token) == (token.lemma, token.orth, token.pos, token.morph.key)
    doc_columns.forget()
    assert doc_columns.current_columns(first) is None


def test_roles_columns_die_with_their_holder(docs):
    """The columns are current while their holder keeps them (a run's ``Entities``): a document
    changed after the run is read as it is then."""
    doc = docs[0]
    ents = phrases.Entities.of(doc)
    assert doc_columns.current_columns(doc) is ents.columns
    del ents
    assert doc_columns.current_columns(doc) is None
    finder = RoleFinder()
    finder(doc)  # a whole run: its mentions, and with them its columns, are gone after it
    assert doc_columns.current_columns(doc) is None
    token = doc[1]
    case = words.case_of(token)
    token.set_morph("Case=Dat" if case != "Dat" else "Case=Ins")
    assert words.case_of(token) != case  # the token's new case, not the run's


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
        kept = doc_columns.read_columns(doc)  # current while kept
        assert doc_columns.current_columns(doc) is kept  # the fast path
        assert [words.case_of(token) for token in doc] == plain
        assert [words.case_of(token) for token in doc] == plain  # kept per token: the same
        hyphenated += sum(
            1 for t in doc if t.pos_ == "NOUN" and "-" in t.text and words._hyphenated_case(t.text)
        )
    assert hyphenated  # pymorphy3's case of a hyphenated noun is read too


def test_roles_case_of_reads_another_documents_token_by_itself(docs):
    first, second = docs[0], docs[1]
    plain = plain_cases(second)
    kept = doc_columns.read_columns(first)  # current while kept
    assert doc_columns.current_columns(first) is kept  # the fast path
    words.case_of(first[0])
    assert [words.case_of(token) for token in second] == plain


def test_roles_morph_values_from_the_columns_as_morph_get(docs):
    for doc in docs:
        kept = doc_columns.read_columns(doc)  # current while kept
        assert doc_columns.current_columns(doc) is kept  # the fast path
        words._FEATURES.clear()
        for token in doc:
            for field in FIELDS:
                assert words.morph_values(token, field) == tuple(token.morph.get(field))


def test_roles_head_lemma_by_ids_as_by_strings(docs):
    for doc in docs:
        kept = doc_columns.read_columns(doc)  # current while kept
        assert doc_columns.current_columns(doc) is kept  # the fast path
        for token in doc:
            expected = words._head_lemma(token.lemma_, token.text, token.pos_)
            assert words.head_lemma(token) == expected
            assert words.head_lemma(token) == expected  # kept: the same
    assert words.head_lemma(docs[3][0]) == "министр"  # "Экс-министр": the post's own lemma


def test_roles_nominative_by_ids_as_by_strings(docs):
    for doc in docs:
        kept = doc_columns.read_columns(doc)  # current while kept
        assert doc_columns.current_columns(doc) is kept  # the fast path
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


# a text with line breaks and quotes: where the walks and ``line_break_between`` stop
LINES = (
    "Губернатор края Пётр Лавров\nподписал указ.\n\nДиректор «Водоканала» Инна Фомина, "
    "и.о. главы района Олег Сёмин — на совещании."
)


def test_roles_columns_walk_as_people_words(parse):
    doc = parse(LINES)
    doc_columns.forget()
    columns = doc_columns.read_columns(doc)
    assert any(token.is_space for token in doc)  # space tokens to walk past
    pairs = [
        (columns.next_token(doc, i), people_words.next_content(doc, i))
        for i in range(-2, len(doc) + 2)  # past either end too
    ]
    pairs += [
        (doc_columns.next_content(doc, i), people_words.next_content(doc, i))
        for i in range(-2, len(doc) + 2)
    ]
    pairs += [
        (columns.prev_token(doc, i), people_words.prev_content(doc, i))
        for i in range(-2, len(doc))  # (past the end it fails, as people.words's does)
    ]
    pairs += [
        (doc_columns.prev_content(doc, i), people_words.prev_content(doc, i))
        for i in range(-2, len(doc))
    ]
    for fast, plain in pairs:
        assert (fast is None) == (plain is None)
        assert fast is None or fast.i == plain.i
    assert columns.texts == [token.text for token in doc]
    assert columns.starts == [token.idx for token in doc]
    assert columns.text == doc.text


def test_roles_line_break_between_from_the_columns_as_token_by_token(parse):
    doc = parse(LINES)
    doc_columns.forget()
    n = len(doc)
    pairs = [(left, right) for left in range(n) for right in range(n + 1)]
    plain = [words.line_break_between(doc, left, right) for left, right in pairs]
    kept = doc_columns.read_columns(doc)  # current while kept
    assert doc_columns.current_columns(doc) is kept  # the fast path
    assert [words.line_break_between(doc, left, right) for left, right in pairs] == plain
    assert any(plain) and not all(plain)
    # spaCy writes a token's own whitespace as one space or none: the breaks are space tokens'
    assert all("\n" not in token.whitespace_ for token in doc)


def test_roles_edges_part_of_speech_ids_as_names(docs):
    for doc in docs:
        for token in doc:
            pos = token.pos
            assert (pos in edges.ADJECTIVE_IDS) == (token.pos_ in ("ADJ", "DET"))
            assert (pos == edges.PROPN_ID) == (token.pos_ == "PROPN")
            assert (pos in edges.NOMINAL_IDS) == (token.pos_ in words.NOMINAL_POS)
            complement = token.pos_ in words.NOMINAL_POS | words.MODIFIER_POS
            assert (pos in edges.COMPLEMENT_IDS) == (complement and token.pos_ != "NUM")


def edges_and_phrases(doc, heads, ents) -> list[tuple]:
    """Each head's edges and phrase."""
    return [
        (
            edges.left_edge(doc, h, ents),
            edges.right_edge(doc, h, ents),
            phrases.make_phrase(doc, h, ents),
        )
        for h in heads
    ]


def test_roles_edges_with_hand_built_mentions_as_with_the_runs(parse):
    """``left_edge``, ``right_edge`` and ``make_phrase`` read a document's columns built for
    them when the mentions are built by hand (no current columns): the edges and phrases are
    those of the stage's run."""
    doc = parse(LINES + " Его бывший первый заместитель Иван Бобров — судья Верховного суда.")
    ents = phrases.Entities.of(doc)
    heads = [t for t in doc if words.is_role_noun(t)]
    assert len(heads) >= 5
    with_columns = edges_and_phrases(doc, heads, ents)
    doc_columns.forget()
    by_hand = phrases.Entities(per=ents.per, place=ents.place, sent=ents.sent)
    assert edges_and_phrases(doc, heads, by_hand) == with_columns
    found = {phrase.role for _, _, phrase in with_columns}
    assert {"губернатор", "директор", "глава", "первый заместитель", "судья"} <= found


def test_roles_mean_as_numpys():
    """``words._mean`` gives ``mean()``'s very float (and type) on float32 vectors of every
    size the margin takes and more, ties and signs mixed."""
    rng = numpy.random.default_rng(15)
    compared = 0
    for size in (1, 2, 3, 4, 5, 6, 9, 40):
        for _ in range(300):
            values = numpy.sort(rng.standard_normal(size).astype("float32"))
            expected = values.mean()
            found = words._mean(values)
            assert found == expected and type(found) is type(expected)
            compared += 1
    assert compared == 2400


def test_roles_margin_as_with_numpys_norm_and_mean():
    """``role_margin`` with the norm and the means spelt out gives the float that
    ``numpy.linalg.norm`` and ``mean()`` gave, on every third word of the lists."""
    emb = models.embedding()
    roles, others = words._list_vectors()
    lemmas = sorted(words.role_nouns())[::3] + sorted(words.non_role_nouns())[::3]
    compared = 0
    for lemma in [*lemmas, "гонщик", "хореограф", "стол"]:
        if lemma not in emb:
            assert words.role_margin(lemma) is None
            continue
        vector = emb[lemma] / numpy.linalg.norm(emb[lemma])
        near_roles = words._nearest(roles @ vector).mean()
        near_others = words._nearest(others @ vector).mean()
        assert words.role_margin(lemma) == float(near_roles - near_others), lemma
        compared += 1
    assert compared > 200
