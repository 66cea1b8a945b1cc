"""The date scorer on a hand-made (gold record, Doc) pair, and the date gold's own checks."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import spacy

from ruextract.evaluate.dates import score
from ruextract.evaluate.records import TASKS, check_offsets, scorer
from ruextract.extensions import register_extensions
from ruextract.records import DateValue
from tests.conftest import gold_path

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "dates.jsonl"
TEXT = "Ему 64 года. Он родился 4 января 1955 года, в 1975 году уехал, в конце года вернулся."


def item(surface: str, value_start=None, value_end=None, granularity="day", part=None) -> dict:
    start = TEXT.index(surface)
    return {
        "start": start,
        "stop": start + len(surface),
        "surface": surface,
        "value_start": value_start,
        "value_end": value_end,
        "granularity": granularity,
        "part": part,
    }


def doc_with(*values: tuple[str, str | None, str | None, str, str | None]):
    """A Doc of TEXT whose date spans are the given (surface, start, end, granularity, part)."""
    register_extensions()
    doc = spacy.blank("ru").make_doc(TEXT)
    spans = []
    for surface, value_start, value_end, granularity, part in values:
        start = TEXT.index(surface)
        span = doc.char_span(start, start + len(surface), label="DATE")
        span._.date = DateValue(
            start,
            start + len(surface),
            surface,
            date.fromisoformat(value_start) if value_start else None,
            date.fromisoformat(value_end) if value_end else None,
            granularity,
            False,
            part,
        )
        spans.append(span)
    doc.spans["dates"] = spans
    return doc


def test_dates_score_counts_found_values_and_false_dates():
    record = {
        "dates": [
            item("4 января 1955 года", "1955-01-04", "1955-01-04"),
            item("в 1975 году", "1975-01-01", "1975-12-31", "year"),
            item("в конце года", "1975-09-01", "1975-12-31", "year", "end"),
        ],
        "not_dates": [item("64 года")],
    }
    doc = doc_with(
        ("64 года", None, None, "duration", None),  # an age taken for a date: false
        ("4 января 1955 года", "1955-01-04", "1955-01-04", "day", None),  # right
        ("1975 году", "1975-01-01", "1975-12-31", "year", None),  # overlaps: found, right
        ("конце года", "1975-01-01", "1975-12-31", "year", None),  # found, value wrong
    )
    measures = {m.name: (m.hits, m.total) for m in score([(record, doc)])}
    assert measures == {
        "found": (3, 3),
        "value right": (2, 3),
        "granularity right": (3, 3),
        "part right": (2, 3),
        "false dates": (1, 4),
        "not dates taken": (1, 1),
    }


def test_dates_score_missed_date_is_not_found_and_not_right():
    record = {"dates": [item("в 1975 году", "1975-01-01", "1975-12-31", "year")]}
    measures = {m.name: (m.hits, m.total) for m in score([(record, doc_with())])}
    assert measures["found"] == (0, 1)
    assert measures["value right"] == (0, 1)
    assert measures["false dates"] == (0, 0)


def test_dates_task_is_registered():
    assert TASKS["dates"] == "ruextract.evaluate.dates"
    assert scorer("dates") is score


def test_dates_gold_matches_its_texts_and_split():
    texts = {}
    for source in ("nerel_dev", "nerel_train"):
        with gold_path(f"{source}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                texts[(source, record["id"])] = record["text"]
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    dev = [record for record in records if record["source"] == "nerel_dev"]
    assert len(dev) >= 25
    assert sum(record["set"] == "heldout" for record in records) >= 12  # draw 9: NEREL train
    for record in records:
        check_offsets(record, texts[(record["source"], record["id"])])
        for value in record["dates"]:
            assert value["granularity"] in {
                "day", "week", "month", "quarter", "half", "season", "year", "decade",
                "century", "period", "duration",
            }  # fmt: skip
            if value["granularity"] == "duration":
                assert value["value_start"] is value["value_end"] is None


def test_dates_gold_tune_scores(nlp, tmp_path):
    """The tune articles only (the held-out ones are for reports, not for tests)."""
    from ruextract.evaluate.records import evaluate_records

    texts = gold_path("nerel_dev.jsonl").parent
    tune = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if '"tune"' in line]
    gold = tmp_path / "dates_tune.jsonl"
    gold.write_text("\n".join(tune) + "\n", encoding="utf-8")
    reports = evaluate_records(nlp, gold, texts)
    (report,) = [report for report in reports if report.subset == "tune"]
    assert report.n_articles == len(tune) >= 15
    measures = {m.name: m.value for m in report.measures}
    assert measures["found"] >= 0.97
    assert measures["value right"] >= 0.97
    assert measures["false dates"] <= 0.03
