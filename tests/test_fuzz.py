"""Property tests: no input makes the readers or ``extract()`` raise, and every span in every
output table satisfies ``text[start:stop] == span text``."""

from __future__ import annotations

import gzip
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruextract import io, tables
from ruextract.pipeline import extract
from ruextract.records import Article, Problem

SLOW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=200, deadline=None)

# pieces of Russian news that wake up every extractor, joined at random
PIECES = [
    "Владимир Путин", "Путина", "Касым-Жомарт Токаев", "Токаев", "А.С. Пушкина", "Си Цзиньпин",
    "Казахстан", "России", "США", "Великобритании", "в Москве", "ЕС", "ООН", "Газпром",
    "в этом году", "в прошлом году", "вчера", "3 января", "2023 года", "в 1990-х", "XX века",
    "за 10 месяцев 2023 года", "в первом квартале", "с 1 по 5 мая", "31 февраля", "2024-13-45",
    "21,4 миллиарда долларов", "около 5%", "более 100", "свыше 3 млн рублей", "до 12,5 т",
    "от 3 до 5%", "на 15 км", "12 договоров", "товарооборот", "вырос", "составил", "1 000 000",
    "0", "-7", "½", "№ 5", ",", ".", "!", "?", "…", "—", "-", "«", "»", '"', "(", ")", "%", "$",
    "\n", "\n\n", "\t", " ", "  ", "\u00a0", "\u200b", "<p>", "</p>", "&amp;", "😀", "e\u0301",
]  # fmt: skip
NEWSLIKE = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
ANY_TEXT = st.text(max_size=300)
ARTICLE_DATES = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))

SPAN_TABLES = ("sentences", "tokens", "mentions", "dates", "facts")


def check_spans(text: str, article_date: date | None, nlp) -> None:
    """Process ``text`` and check the offsets of every span of every table."""
    result = extract(text, article_date, nlp=nlp)
    assert result.doc.text == text
    rows = tables.rows_from_doc(result.doc)
    for name in SPAN_TABLES:
        for row in rows[name]:
            assert 0 <= row["start"] <= row["stop"] <= len(text), (name, row)
            assert text[row["start"] : row["stop"]] == row["text"], (name, row)
    for record in [*result.mentions, *result.dates, *result.facts]:
        assert text[record.start : record.stop] == record.text, record
    tables.frames(rows)  # every table builds with its dtypes


# Inputs on which the fuzzer found crashes, fixed where they arose, kept as regression cases:
# spaCy E039 from Span.root in facts.py (an invalid parse tree from ruextract_syntax), and
# pymorphy3 raising ValueError("no such name") on a letter without a Unicode name (U+17000, a
# Tangut ideograph), now caught in ruextract.models.morph_analyzer.
CASES_FOUND = [
    pytest.param("£0\x1b?", None, id="facts-E039-control-char"),
    pytest.param("Владимир Путин Казахстан Владимир Путин от 3 до 5%", None, id="facts-E039-range"),
    pytest.param("\U00017000", None, id="pymorphy3-unnamed-letter"),
    pytest.param("Путин встретился с \U00017000\U00017001", None, id="pymorphy3-unnamed-in-text"),
]


@pytest.mark.parametrize(("text", "article_date"), CASES_FOUND)
def test_fuzz_found_crashes_stay_fixed(nlp, text, article_date):
    check_spans(text, article_date, nlp)


@SLOW
@given(text=NEWSLIKE, article_date=ARTICLE_DATES)
def test_fuzz_extract_newslike_text_keeps_offsets(nlp, text, article_date):
    check_spans(text, article_date, nlp)


@SLOW
@given(text=ANY_TEXT, article_date=ARTICLE_DATES)
def test_fuzz_extract_any_unicode_keeps_offsets(nlp, text, article_date):
    check_spans(text, article_date, nlp)


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.json", "a.csv", "a.csv.gz"])
@FAST
@given(data=st.binary(max_size=300) | ANY_TEXT.map(str.encode))
def test_fuzz_readers_never_raise(tmp_path_factory, name, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = list(io.read_file(path, folder))
    assert items, "every file gives an article or a problem"
    for item in items:
        assert isinstance(item, Article | Problem)
        if isinstance(item, Article):
            assert "\r" not in item.text and item.text.strip()
            assert item.source.startswith(path.as_posix())
        else:
            assert item.message and item.stage == "read"


@FAST
@given(header=st.text(max_size=30), body=ANY_TEXT)
def test_fuzz_txt_header_is_split_or_rejected(header, body):
    text = f"date {header}\n{body}"
    date_text, rest = io.split_header(text)
    assert text.endswith(rest)
    assert date_text is None or (date_text in text and not date_text.isspace())
    # the date is read, or the article keeps a clear reason and no date
    article_date, error = io.read_date(date_text)
    assert (isinstance(article_date, date) and error is None) or (
        article_date is None and (error is None or "invalid date" in error)
    )
