"""Segmentation: razdel tokens and sentences with exact character offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruextract.segment import segment

CASES = [
    pytest.param(
        "Касым-Жомарт Токаев дал интервью.",
        ["Касым-Жомарт", "Токаев", "дал", "интервью", "."],
        [0],
        id="hyphenated-name",
    ),
    pytest.param(
        "Товарооборот составил 21,4 миллиарда долларов. Это рекорд.",
        ["Товарооборот", "составил", "21,4", "миллиарда", "долларов", ".", "Это", "рекорд", "."],
        [0, 6],
        id="decimal-comma-two-sentences",
    ),
    pytest.param(
        "граница.Традиционно особое внимание",
        ["граница", ".", "Традиционно", "особое", "внимание"],
        [0],
        id="no-space-after-period-stays-one-sentence",
    ),
    pytest.param(
        "– В плане выборов нынешний год станет знаковым.",
        ["–", "В", "плане", "выборов", "нынешний", "год", "станет", "знаковым", "."],
        [0],
        id="dash-opens-direct-speech",
    ),
]


@pytest.mark.parametrize(("text", "tokens", "sent_starts"), CASES)
def test_segment_tokens_and_sentences(text, tokens, sent_starts):
    words, _, starts = segment(text)
    content = [w for w in words if w.strip()]
    assert content == tokens
    content_starts = [s for w, s in zip(words, starts, strict=True) if w.strip()]
    assert [i for i, s in enumerate(content_starts) if s] == sent_starts


def test_segment_whitespace_runs_become_tokens_and_text_is_exact():
    text = "  Первый абзац.\n\nВторой  абзац.\r\n"
    words, spaces, _ = segment(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text
    assert "\n\n" in words


def test_tokenizer_offsets_index_the_text(nlp):
    text = "Президент России  Владимир Путин\nпосетил Казахстан."
    doc = nlp.make_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    assert [s.text.strip() for s in doc.sents] == [text]


@given(st.text(max_size=200))
def test_segment_roundtrips_any_text(text):
    words, spaces, starts = segment(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text
    assert len(words) == len(starts)


# text -> its sentences: a blank line, or a line break after a line with no final
# punctuation (a headline), ends a sentence; a line that goes on in lower case, or after a
# comma, does not
CASES_BLOCKS = [
    ("Инвестиции в Яндекс\nИнвестиции фонда составили 15 млн долларов.",
     ["Инвестиции в Яндекс", "Инвестиции фонда составили 15 млн долларов."]),
    ("Первый абзац без точки\n\nВторой абзац.",
     ["Первый абзац без точки", "Второй абзац."]),
    ("«Путин: мы готовы»\nПрезидент заявил это в среду.",
     ["«Путин: мы готовы»", "Президент заявил это в среду."]),
    ("05/08/2008 10:35\nБИШКЕК, 5 августа. Изъяты пулеметы.",
     ["05/08/2008 10:35", "БИШКЕК, 5 августа.", "Изъяты пулеметы."]),
    ("Президент России Владимир Путин\nпосетил Казахстан.",
     ["Президент России Владимир Путин\nпосетил Казахстан."]),
    ("Изъяты пулеметы,\nавтоматы и винтовки.", ["Изъяты пулеметы,\nавтоматы и винтовки."]),
    ("Он приехал.\nОн уехал.", ["Он приехал.", "Он уехал."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sentences"), CASES_BLOCKS, ids=[c[0][:30] for c in CASES_BLOCKS])
def test_segment_headline_and_blank_line_end_sentences(nlp, text, sentences):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [sent.text.strip() for sent in doc.sents] == sentences
