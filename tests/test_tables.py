"""Tables: pinned columns, one place that builds rows from Docs, offsets that index the text."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

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
