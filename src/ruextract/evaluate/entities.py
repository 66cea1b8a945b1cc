"""Span gold: entity P/R/F1 (exact span and overlap), lemma and POS accuracy.

Two gold formats are read (see ``../shared/data/gold/README.md``): NER files with
``entities`` (NEREL), scored per label, and UD files with ``tokens``, scored on lemmas and UPOS.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ruextract.pipeline import run_docs
from ruextract.records import Article

# NEREL labels -> ruextract labels; gold labels not listed are not scored
GOLD_LABELS: dict[str, str] = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "COUNTRY",
    "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "LOCATION": "LOC",
    "DISTRICT": "LOC",
    "DATE": "DATE",
    "MONEY": "MONEY",
    "PERCENT": "PERCENT",
}
LABELS = ("PER", "COUNTRY", "LOC", "ORG", "DATE", "MONEY", "PERCENT")
FACT_LABELS = {"money": "MONEY", "percent": "PERCENT"}

Span_ = tuple[int, int]


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Precision, recall and F1 of one label, exact-span and overlap."""

    label: str
    n_gold: int
    n_pred: int
    exact_p: float
    exact_r: float
    exact_f1: float
    overlap_p: float
    overlap_r: float
    overlap_f1: float


@dataclass(frozen=True, slots=True)
class TokenScore:
    """Lemma and UPOS accuracy over gold tokens that the tokenizer reproduced exactly
    (``*_accuracy``), and lemma accuracy over all gold tokens (``lemma_accuracy_all``: a token
    the tokenizer splits differently counts as wrong)."""

    n_gold: int
    n_aligned: int
    lemma_accuracy: float
    pos_accuracy: float
    lemma_accuracy_all: float = 0.0


def read_gold(path: Path, limit: int | None = None) -> list[dict]:
    """Gold records of a JSONL file (the first ``limit`` of them)."""
    records = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def predicted_spans(doc: Doc) -> dict[str, set[Span_]]:
    """The spans ruextract predicts, per scored label."""
    found: dict[str, set[Span_]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ in ("PER", "LOC", "ORG"):
            found[ent.label_].add((ent.start_char, ent.end_char))
    for span in doc.spans.get("nested_people", []):
        found["PER"].add((span.start_char, span.end_char))
    for span in doc.spans.get("organizations", []):
        found["ORG"].add((span.start_char, span.end_char))
    for span in doc.spans.get("places", []):
        found["LOC"].add((span.start_char, span.end_char))
    for span in doc.spans.get("countries", []):
        found["COUNTRY"].add((span.start_char, span.end_char))
    if "countries" not in doc.spans:
        for ent in doc.ents:
            if ent.label_ == "COUNTRY":
                found["COUNTRY"].add((ent.start_char, ent.end_char))
    for span in doc.spans.get("dates", []):
        found["DATE"].add((span.start_char, span.end_char))
    for span in doc.spans.get("facts", []):
        fact = span._.fact
        label = FACT_LABELS.get(fact.kind if fact is not None else span.label_)
        if label:
            found[label].add((span.start_char, span.end_char))
    return found


def gold_spans(record: dict) -> dict[str, set[Span_]]:
    """The gold spans of one NER record, per scored label."""
    found: dict[str, set[Span_]] = defaultdict(set)
    for entity in record["entities"]:
        label = GOLD_LABELS.get(entity["label"])
        if label:
            found[label].add((entity["start"], entity["stop"]))
    return found


def _overlaps(span: Span_, others: Iterable[Span_]) -> bool:
    return any(span[0] < other[1] and other[0] < span[1] for other in others)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_spans(
    pairs: Iterable[tuple[dict[str, set[Span_]], dict[str, set[Span_]]]],
    labels: Iterable[str] = LABELS,
) -> list[LabelScore]:
    """Score (gold, predicted) span sets of many documents, per label."""
    labels = list(labels)
    counts = {label: defaultdict(int) for label in labels}
    for gold, pred in pairs:
        for label in labels:
            g, p = gold.get(label, set()), pred.get(label, set())
            c = counts[label]
            c["gold"] += len(g)
            c["pred"] += len(p)
            c["exact"] += len(g & p)
            c["pred_overlap"] += sum(_overlaps(span, g) for span in p)
            c["gold_overlap"] += sum(_overlaps(span, p) for span in g)
    scores = []
    for label in labels:
        c = counts[label]
        ep = c["exact"] / c["pred"] if c["pred"] else 0.0
        er = c["exact"] / c["gold"] if c["gold"] else 0.0
        op = c["pred_overlap"] / c["pred"] if c["pred"] else 0.0
        orr = c["gold_overlap"] / c["gold"] if c["gold"] else 0.0
        scores.append(
            LabelScore(label, c["gold"], c["pred"], ep, er, _f1(ep, er), op, orr, _f1(op, orr))
        )
    return scores


def _articles(records: list[dict]) -> Iterator[Article]:
    for i, record in enumerate(records):
        yield Article(doc_id=str(record.get("id", i)), text=record["text"])


def evaluate_entities(
    nlp: Language,
    path: Path,
    limit: int | None = None,
    labels: Iterable[str] = LABELS,
    on_doc: Callable[[dict, Doc], None] | None = None,
) -> list[LabelScore]:
    """Run ``nlp`` over a NER gold file and score every label.

    ``on_doc``, if given, sees every (gold record, processed Doc) pair, so that other scores
    (roles against the file's relations) come from the same run.
    """
    records = read_gold(path, limit)
    docs = run_docs(nlp, _articles(records))

    def pairs() -> Iterator[tuple[dict[str, set[Span_]], dict[str, set[Span_]]]]:
        for record, doc in zip(records, docs, strict=True):
            if on_doc is not None:
                on_doc(record, doc)
            yield gold_spans(record), predicted_spans(doc)

    return score_spans(pairs(), labels)


def evaluate_tokens(nlp: Language, path: Path, limit: int | None = None) -> TokenScore:
    """Run ``nlp`` over a UD gold file and score lemmas and UPOS (case-insensitive, ё = е)."""
    records = read_gold(path, limit)
    n_gold = n_aligned = lemma_ok = pos_ok = 0
    for record, doc in zip(records, run_docs(nlp, _articles(records)), strict=True):
        ours = {(t.idx, t.idx + len(t.text)): t for t in doc if not t.is_space}
        for gold in record["tokens"]:
            n_gold += 1
            token = ours.get((gold["start"], gold["stop"]))
            if token is None:
                continue
            n_aligned += 1
            lemma_ok += _fold(token.lemma_) == _fold(gold["lemma"])
            pos_ok += token.pos_ == gold["upos"]
    return TokenScore(
        n_gold,
        n_aligned,
        lemma_ok / n_aligned if n_aligned else 0.0,
        pos_ok / n_aligned if n_aligned else 0.0,
        lemma_ok / n_gold if n_gold else 0.0,
    )


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")
