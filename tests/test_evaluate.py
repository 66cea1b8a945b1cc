"""Evaluation: span scoring arithmetic, and scores on real gold data where it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from ruextract.evaluate import evaluate_entities, gold_kind, gold_spans, score_spans
from tests.conftest import gold_path

FIXTURE = Path(__file__).parent / "fixtures" / "gold_ner_small.jsonl"


def test_score_spans_exact_and_overlap():
    gold = {"PER": {(0, 10), (20, 30)}}
    pred = {"PER": {(0, 10), (22, 30), (40, 45)}}
    (s,) = score_spans([(gold, pred)], ["PER"])
    assert (s.n_gold, s.n_pred) == (2, 3)
    assert s.exact_p == pytest.approx(1 / 3)
    assert s.exact_r == pytest.approx(1 / 2)
    assert s.exact_f1 == pytest.approx(0.4)
    assert s.overlap_p == pytest.approx(2 / 3)
    assert s.overlap_r == pytest.approx(1.0)


def test_score_spans_empty_label_is_zero_not_an_error():
    (s,) = score_spans([({}, {})], ["MONEY"])
    assert (s.exact_f1, s.overlap_f1) == (0.0, 0.0)


def test_gold_spans_map_nerel_labels():
    record = {
        "entities": [
            {"start": 0, "stop": 3, "label": "CITY"},
            {"start": 5, "stop": 9, "label": "PROFESSION"},
            {"start": 10, "stop": 12, "label": "PERSON"},
        ]
    }
    assert gold_spans(record) == {"LOC": {(0, 3)}, "PER": {(10, 12)}}


def test_gold_kind_detects_formats():
    assert gold_kind(FIXTURE) == "ner"


def test_evaluate_small_fixture(nlp):
    scores = {s.label: s for s in evaluate_entities(nlp, FIXTURE, labels=["PER", "ORG"])}
    assert scores["PER"].n_gold == 2
    assert scores["PER"].exact_r == 1.0
    assert scores["ORG"].exact_p == 1.0


def test_evaluate_nerel_dev_subset_per(nlp):
    scores = evaluate_entities(nlp, gold_path("nerel_dev.jsonl"), limit=10, labels=["PER"])
    assert scores[0].n_gold > 50
    assert scores[0].exact_f1 > 0.8
