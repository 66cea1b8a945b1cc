"""Evaluation against gold data.

Three kinds of gold file are read, told apart by their first record:

- NER files with ``entities`` (NEREL): entity P/R/F1 per label, exact span and overlap
  (:mod:`ruextract.evaluate.entities`);
- UD files with ``tokens``: lemma and UPOS accuracy (:mod:`ruextract.evaluate.entities`);
- record gold with a ``task`` (this project's own annotations in ``data/gold/``): the records a
  user reads, scored field by field (:mod:`ruextract.evaluate.records`, one module per task).
"""

from ruextract.evaluate.entities import (
    GOLD_LABELS,
    LABELS,
    LabelScore,
    TokenScore,
    evaluate_entities,
    evaluate_tokens,
    gold_spans,
    predicted_spans,
    read_gold,
    score_spans,
)
from ruextract.evaluate.records import (
    TASKS,
    Measure,
    RecordReport,
    evaluate_records,
    gold_kind,
)

__all__ = [
    "GOLD_LABELS",
    "LABELS",
    "TASKS",
    "LabelScore",
    "Measure",
    "RecordReport",
    "TokenScore",
    "evaluate_entities",
    "evaluate_records",
    "evaluate_tokens",
    "gold_kind",
    "gold_spans",
    "predicted_spans",
    "read_gold",
    "score_spans",
]
