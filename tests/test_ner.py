"""NER: slovnet's PER / LOC / ORG on razdel tokens, with nominative normal forms.

These run the core pipeline, so they show the NER stage alone; later stages (people,
countries) refine labels, boundaries and keys and are tested in their own modules.
"""

from __future__ import annotations

import pytest
import razdel

from ruextract import models, views
from ruextract.ner import chunks, doc_words, entity_spans
from ruextract.pipeline import as_article, run_docs

CASES = [
    pytest.param(
        "Официальный визит Владимира Путина в Казахстан стал событием года.",
        [("Владимира Путина", "PER", "Владимир Путин"), ("Казахстан", "LOC", "Казахстан")],
        id="per-genitive",
    ),
    pytest.param(
        "Глава ЦБ Эльвира Набиуллина заявила об этом в Москве.",
        [
            ("ЦБ", "ORG", "ЦБ"),
            ("Эльвира Набиуллина", "PER", "Эльвира Набиуллина"),
            ("Москве", "LOC", "Москва"),
        ],
        id="female-name-and-city",
    ),
    pytest.param(
        "Россия обладает статусом постоянного члена Совета Безопасности ООН.",
        [
            ("Россия", "LOC", "Россия"),
            ("Совета Безопасности", "ORG", "Совет Безопасности"),
            ("ООН", "ORG", "ООН"),
        ],
        id="org-head-noun-inflected",
    ),
    pytest.param(
        "Переговоры с Эммануэлем Макроном прошли в Париже.",
        [("Эммануэлем Макроном", "PER", "Эммануэль Макрон"), ("Париже", "LOC", "Париж")],
        id="foreign-name-instrumental",
    ),
]
CASES_MUST_NOT_MATCH = [
    pytest.param("Цены на хлеб выросли на 7,4% за год.", id="no-entities"),
    pytest.param("Товарооборот между двумя странами вырос.", id="common-nouns"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ner_entities_with_normal_forms(core_nlp, text, expected):
    doc = next(run_docs(core_nlp, [as_article(text)]))
    assert [(e.text, e.label_, e._.normal) for e in doc.ents] == expected


@pytest.mark.parametrize("text", CASES_MUST_NOT_MATCH)
def test_ner_finds_nothing(core_nlp, text):
    doc = next(run_docs(core_nlp, [as_article(text)]))
    assert list(doc.ents) == []


def test_ner_seed_mentions(seed_doc):
    found = {(e.label_, e._.normal) for e in seed_doc.ents}
    assert ("PER", "Владимир Путин") in found
    assert ("PER", "Александр Пушкин") in found
    assert ("PER", "Касым-Жомарт Токаев") in found
    # "Совета Безопасности ООН" is one ORG; "ООН" is a mention nested in it
    assert ("ORG", "Совет Безопасности ООН") in found
    assert "ООН" in [span._.normal for span in seed_doc.spans["organizations"]]


def test_ner_batches_give_the_same_entities_as_single_docs(core_nlp):
    texts = ["Владимир Путин прибыл в Астану.", "Токаев встретил гостя.", "", "ООН."]
    batch = list(run_docs(core_nlp, [as_article(t) for t in texts]))
    single = [next(run_docs(core_nlp, [as_article(t)])) for t in texts]
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in batch] == [
        [(e.start_char, e.end_char, e.label_) for e in d.ents] for d in single
    ]


PARAGRAPHS = "Путин прибыл в Астану. Визит продлится два дня.\n\nТокаев встретил гостя.\nКонец."
CHUNK_CASES = [
    # at most `size` characters: the whole text, as before
    pytest.param(PARAGRAPHS, 78, [(0, 78)], id="short-text-whole"),
    # longer: cut where a paragraph starts, the last one within the size
    pytest.param(PARAGRAPHS, 77, [(0, 72), (72, 78)], id="cut-at-last-paragraph-within"),
    pytest.param(PARAGRAPHS, 60, [(0, 49), (49, 78)], id="cut-at-first-paragraph"),
    # no paragraph start within the size: a sentence start, then a paragraph start again
    pytest.param(PARAGRAPHS, 40, [(0, 23), (23, 49), (49, 78)], id="cut-at-sentence"),
    # a sentence longer than the size is one piece
    pytest.param(PARAGRAPHS, 10, [(0, 23), (23, 49), (49, 72), (72, 78)], id="long-sentences"),
]


@pytest.mark.parametrize(("text", "size", "expected"), CHUNK_CASES)
def test_ner_chunks_of_a_long_text(core_nlp, text, size, expected):
    doc = core_nlp.make_doc(text)
    assert chunks(doc, size) == expected


def test_ner_long_text_in_pieces_finds_the_entities_of_each_paragraph(core_nlp, monkeypatch):
    paragraph = "Официальный визит Владимира Путина в Казахстан стал событием года."
    text = "\n\n".join([paragraph] * 4)
    monkeypatch.setattr(core_nlp.get_pipe("ruextract_ner"), "chunk_chars", 150)
    doc = next(run_docs(core_nlp, [as_article(text)]))
    step = len(paragraph) + 2
    assert [(e.start_char, e.text, e.label_) for e in doc.ents] == [
        (n * step + offset, surface, label)
        for n in range(4)
        for offset, surface, label in ((18, "Владимира Путина", "PER"), (37, "Казахстан", "LOC"))
    ]


SLOVNET_TEXTS = [
    "Президент России Владимир Путин провёл переговоры с Касым-Жомартом Токаевым в Москве.",
    "«Газпром»  и\tМинфин США.\n\nАнгела Меркель (ФРГ) прибыла в Нью-Йорк 5 мая",
    "Ничего такого здесь нет.",
    "ООН",
]


def test_ner_entity_spans_are_slovnet_markup_spans():
    """Spans from the tags read off slovnet's model are its markups' spans, batches of two."""
    tagger = models.ner_tagger()
    size = tagger.batch_size
    tagger.batch_size = 2
    try:
        expected = [
            [(s.start, s.stop, s.type) for s in markup.spans]
            for markup in tagger.map(SLOVNET_TEXTS)
        ]
        found = list(entity_spans(tagger, SLOVNET_TEXTS))
    finally:
        tagger.batch_size = size
    assert found == expected
    assert found[0] and found[1] and not found[2]
    assert "Владимир Путин" in [SLOVNET_TEXTS[0][a:b] for a, b, _ in found[0]]


# (text, whether razdel over the whole text joins atoms across a sentence boundary)
WORD_CASES = [
    pytest.param("Он ушёл в 2014. Пять человек пришли.", False, id="point-word"),
    pytest.param("Он ушёл в 2014. 5 человек пришли.", True, id="point-between-digits"),
    pytest.param("Цена выросла на 3.\n\nДоля упала.", False, id="point-digit-word"),
    pytest.param("Цена 3/\n4 доли.", True, id="slash-between-digits"),
    pytest.param("Заголовок\n- Текст идёт дальше.", False, id="dash-then-space"),
    pytest.param("Заголовок\n-Текст идёт дальше.", True, id="dash-opens-a-sentence"),
    pytest.param("Он сказал: «Да».\n—Нет, ответил он.", False, id="dash-after-punct"),
    pytest.param("Слово-\nДругое слово.", True, id="dash-ends-a-sentence"),
    pytest.param("Слово -\nДругое слово.", False, id="dash-alone"),
    pytest.param(
        "«Газпром»  и\tМинфин США.\n\nАнгела Меркель (ФРГ) прибыла в Нью-Йорк 5 мая",
        False,
        id="spaces-and-hyphen",
    ),
]


@pytest.mark.parametrize(("text", "joined"), WORD_CASES)
def test_doc_words_are_razdel_words_of_the_text(core_nlp, text, joined):
    """The Doc's razdel tokens are what razdel finds in the whole text, unless it joins atoms
    across a sentence boundary: then doc_words declines (None) and NER tokenizes itself."""
    doc = core_nlp.make_doc(text)
    assert len(views.sentence_chars(doc)) > 1
    whole = [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]
    own = [(t.idx, t.idx + len(t.text), t.text) for t in doc if not t.is_space]
    words = doc_words(doc, 0, len(text))
    assert (whole != own) == joined
    assert (words is None) == joined
    if words is not None:
        assert [tuple(word) for word in words] == whole


def test_doc_words_of_a_piece_are_offset_from_its_start(core_nlp):
    text = "Первое предложение тут. Ангела Меркель прибыла в Нью-Йорк."
    doc = core_nlp.make_doc(text)
    start = views.sentence_chars(doc)[1][0]
    words = doc_words(doc, start, len(text))
    assert [tuple(w) for w in words] == [
        (t.start, t.stop, t.text) for t in razdel.tokenize(text[start:])
    ]
