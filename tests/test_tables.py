"""Tables: pinned columns, one place that builds rows from Docs, offsets that index the text."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ruextract import tables

# notebooks and users depend on these names and their order: change them on purpose only
PINNED = {
    "documents": ["doc_id", "source", "date", "title", "url", "n_chars", "n_sentences",
                  "n_tokens", "status", "error", "date_error", "encoding", "text"],
    "sentences": ["doc_id", "sent_id", "start", "stop", "text"],
    "tokens": ["doc_id", "sent_id", "token_id", "start", "stop", "text", "lemma", "pos", "feats"],
    "mentions": ["doc_id", "mention_id", "sent_id", "start", "stop", "text", "label", "normal",
                 "key", "person_id"],
    "people": ["doc_id", "key", "name", "last", "first", "middle", "n_mentions", "person_id"],
    "countries": ["doc_id", "key", "name", "n_mentions"],
    "organizations": ["doc_id", "key", "name", "form", "abbr", "n_mentions"],
    "dates": ["doc_id", "sent_id", "start", "stop", "text", "value_start", "value_end",
              "granularity", "relative", "part"],
    "facts": ["doc_id", "sent_id", "start", "stop", "text", "kind", "value", "value_max",
              "qualifier", "unit", "subject", "period_start", "period_end", "value_from",
              "direction", "change", "per", "subject_text"],
    "roles": ["doc_id", "sent_id", "key", "person_id", "role", "role_text", "org", "org_label",
              "org_key", "status", "start", "stop"],
    "errors": ["doc_id", "source", "stage", "error", "message"],
    "persons": ["person_id", "name", "n_articles", "n_mentions", "variants"],
}  # fmt: skip


def test_tables_columns_are_pinned():
    assert tables.TABLES == PINNED


def test_tables_empty_frames_have_columns_and_dtypes():
    frames = tables.frames({})
    assert list(frames) == list(PINNED)
    assert frames["tokens"]["start"].dtype == "Int64"
    assert frames["facts"]["value"].dtype == "Float64"
    assert frames["dates"]["relative"].dtype == "boolean"
    assert frames["mentions"]["text"].dtype == "string"
    assert str(frames["dates"]["value_start"].dtype) == "date32[day][pyarrow]"
    assert str(frames["documents"]["date"].dtype) == "date32[day][pyarrow]"


@pytest.fixture(scope="module")
def seed_frames(seed_doc):
    return tables.frames(tables.rows_from_doc(seed_doc))


def test_tables_seed_document_row(seed_frames, seed_article):
    (row,) = seed_frames["documents"].to_dict("records")
    assert row["doc_id"] == "000_a1ea925e5c1963ce"
    assert row["date"] == date(2024, 1, 3)
    assert row["status"] == "ok"
    assert row["n_chars"] == len(seed_article.text)
    assert row["n_sentences"] == len(seed_frames["sentences"])
    assert row["n_tokens"] == len(seed_frames["tokens"])


@pytest.mark.parametrize("name", ["sentences", "tokens", "mentions", "dates", "facts"])
def test_tables_offsets_index_the_text(seed_frames, seed_article, name):
    df = seed_frames[name]
    for row in df.itertuples():
        assert seed_article.text[row.start : row.stop] == row.text


def test_tables_token_and_sentence_ids(seed_frames):
    tokens = seed_frames["tokens"]
    assert list(tokens["token_id"]) == list(range(len(tokens)))
    assert tokens["sent_id"].is_monotonic_increasing
    assert set(tokens["sent_id"]) == set(seed_frames["sentences"]["sent_id"])
    assert not tokens["text"].str.strip().eq("").any()


def test_tables_mentions_in_text_order_with_sentence(seed_frames):
    mentions = seed_frames["mentions"]
    assert list(mentions["mention_id"]) == list(range(len(mentions)))
    assert mentions["start"].is_monotonic_increasing
    assert mentions["sent_id"].notna().all()
    assert set(mentions["label"]) <= {"PER", "COUNTRY", "LOC", "ORG"}


def test_tables_merge_concatenates_documents(nlp):
    from ruextract.pipeline import as_article, run_docs

    docs = run_docs(
        nlp, [as_article("Путин прибыл.", doc_id="a"), as_article("Токаев.", doc_id="b")]
    )
    merged = tables.frames(tables.merge(tables.rows_from_doc(d) for d in docs))
    assert list(merged["documents"]["doc_id"]) == ["a", "b"]
    assert isinstance(merged["tokens"], pd.DataFrame)
    assert list(merged["tokens"]["doc_id"].unique()) == ["a", "b"]


def test_tables_token_rows_equal_the_tokens(parse):
    # the country compound is split into tokens whose features are set empty ("_" in spaCy)
    doc = parse("Глава МИД обсудил российско-американские отношения  в Москве.")
    assert "российско" in [t.text for t in doc]
    rows = tables.token_rows(doc, tables._sentence_ids(doc))
    assert [(r["text"], r["start"], r["lemma"], r["pos"], r["feats"]) for r in rows] == [
        (t.text, t.idx, t.lemma_, t.pos_, str(t.morph)) for t in doc if not t.is_space
    ]
    assert "_" not in [r["feats"] for r in rows]


ONLY_CASES = [
    pytest.param({"people", "dates"}, id="people-dates"),
    pytest.param({"tokens", "countries", "facts"}, id="tokens-countries-facts"),
    pytest.param({"sentences", "mentions", "roles", "organizations"}, id="sentences-mentions"),
    pytest.param(set(), id="none"),
]


@pytest.mark.parametrize("only", ONLY_CASES)
def test_tables_rows_from_doc_only_builds_the_chosen_tables(parse, only):
    doc = parse(
        "Президент России Владимир Путин 3 мая 2024 года прибыл в Казахстан. "
        "Товарооборот вырос на 12%, сообщил пресс-секретарь Кремля Дмитрий Песков."
    )
    full = tables.rows_from_doc(doc)
    assert all(full[name] for name in ("sentences", "tokens", "people", "dates", "countries"))
    rows = tables.rows_from_doc(doc, only)
    for name in tables.TABLES:
        expected = full[name] if name in only | {"documents", "errors"} else []
        assert rows[name] == expected, name


# ---------------------------------------------------------------------------- CSV fields

_TEXT = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_categories=["Cs"])))
_BY_KIND = {
    "Int64": st.one_of(st.none(), st.integers(-(10**12), 10**12)),
    "Float64": st.one_of(
        st.none(), st.integers(-(10**9), 10**9), st.floats(allow_nan=True, allow_infinity=True)
    ),
    "boolean": st.one_of(st.none(), st.booleans()),
    "date": st.one_of(
        st.none(),
        st.dates(min_value=date(1, 1, 1)),
        st.dates().map(date.isoformat),
        st.dates().map(lambda d: f"{d.isoformat()}T10:00"),
    ),
    "string": _TEXT,
}


def _kind(column: str) -> str:
    kind = tables.dtype(column)
    return "date" if kind is tables.DATE_DTYPE else str(kind)


def _pandas_csv(name: str, rows: list[dict]) -> str:
    buffer = io.StringIO()
    tables.frame(name, rows).to_csv(
        buffer, index=False, header=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
    )
    return buffer.getvalue()


def _fields_csv(fields: list[tuple[str, ...]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerows(fields)
    return buffer.getvalue()


@st.composite
def _table_rows(draw):
    name = draw(st.sampled_from(sorted(tables.TABLES)))
    strategies = {column: _BY_KIND[_kind(column)] for column in tables.TABLES[name]}
    rows = draw(st.lists(st.fixed_dictionaries(strategies), min_size=1, max_size=6))
    return name, rows


@settings(max_examples=300, deadline=None)
@given(_table_rows())
def test_csv_fields_are_what_the_frame_writes(table):
    """Every column type, missing values, NaN and infinities, ISO strings with a time: the
    fields give the very text that pandas writes for the typed frame."""
    name, rows = table
    fields = tables.csv_fields(name, rows)
    assert fields is not None
    assert _fields_csv(fields) == _pandas_csv(name, rows)


@pytest.mark.parametrize(
    ("column", "value"),
    [("start", 5.0), ("start", True), ("value", "5"), ("value", False), ("relative", "True"),
     ("date", datetime(2024, 5, 1, 10)), ("text", 5), ("lemma", 1.5)],
)  # fmt: skip
def test_csv_fields_leave_a_value_to_convert_to_the_frame(column, value):
    """A value whose text only the frame's conversion gives (a float in an integer column, a
    string read as a boolean, a datetime, a number in a text column): no fields, and the
    writer takes the frame's path."""
    name = next(n for n, columns in tables.TABLES.items() if column in columns)
    assert tables.csv_fields(name, [{column: value}]) is None
    assert tables.csv_fields(name, [{column: None}]) is not None
