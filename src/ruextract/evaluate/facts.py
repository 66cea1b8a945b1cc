"""Facts record gold (``data/gold/facts.jsonl``): each field of each fact, and the whole record.

Gold facts are matched one-to-one to predicted facts (``doc.spans["facts"]``) by character
overlap, a fact of the same kind first, then the larger overlap. Measures:

- ``recall``: gold facts matched; ``precision``: predicted facts matched;
- one accuracy per field over the matched facts: ``value+unit`` (value, value_max,
  value_from and unit), ``qualifier``, ``subject`` (lemma, lower case, ё as е), ``period``
  (start and end), ``direction``, ``change``, ``per``;
- ``whole record``: gold facts found with every scored field right, over all gold facts;
- ``not_facts predicted``: gold ``not_facts`` (years, ages, durations …) that a predicted fact
  overlaps, over all of them (lower is better).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from spacy.tokens import Doc

from ruextract.evaluate.records import Measure
from ruextract.records import Fact

FIELDS: dict[str, Callable[[dict, Fact], bool]] = {}


def field(name: str) -> Callable[[Callable[[dict, Fact], bool]], Callable[[dict, Fact], bool]]:
    """Register a field check ``(gold fact, predicted Fact) -> right?`` under ``name``."""

    def register(check: Callable[[dict, Fact], bool]) -> Callable[[dict, Fact], bool]:
        FIELDS[name] = check
        return check

    return register


def same_number(gold: float | None, predicted: float | None) -> bool:
    """Both empty, or equal up to float noise."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return math.isclose(gold, predicted, rel_tol=1e-9, abs_tol=1e-9)


def fold(text: str | None) -> str | None:
    """Lower case, ё as е, outer white space off; empty is None."""
    if text is None:
        return None
    text = text.strip().lower().replace("ё", "е")
    return text or None


def iso(value: object) -> str | None:
    return None if value is None else str(value)


@field("value+unit")
def value_unit(gold: dict, fact: Fact) -> bool:
    return (
        same_number(gold["value"], fact.value)
        and same_number(gold.get("value_max"), fact.value_max)
        and same_number(gold.get("value_from"), fact.value_from)
        # ё as е, as for the subject: "кикбоксеров" is written without ё, pymorphy3's lemma has it
        and fold(gold.get("unit")) == fold(fact.unit)
    )


@field("qualifier")
def qualifier(gold: dict, fact: Fact) -> bool:
    return gold.get("qualifier", "exact") == fact.qualifier


@field("subject")
def subject(gold: dict, fact: Fact) -> bool:
    return fold(gold.get("subject")) == fold(fact.subject)


@field("period")
def period(gold: dict, fact: Fact) -> bool:
    return (gold.get("period_start"), gold.get("period_end")) == (
        iso(fact.period_start),
        iso(fact.period_end),
    )


@field("direction")
def direction(gold: dict, fact: Fact) -> bool:
    return gold.get("direction") == fact.direction


@field("change")
def change(gold: dict, fact: Fact) -> bool:
    return gold.get("change", "level") == fact.change


@field("per")
def per(gold: dict, fact: Fact) -> bool:
    return fold(gold.get("per")) == fold(fact.per)


def predicted_facts(doc: Doc) -> list[Fact]:
    """The facts the pipeline found in ``doc``, in text order."""
    return [span._.fact for span in doc.spans.get("facts", []) if span._.fact is not None]


def overlap(a_start: int, a_stop: int, b_start: int, b_stop: int) -> int:
    """Characters two spans share."""
    return max(0, min(a_stop, b_stop) - max(a_start, b_start))


def match(gold: list[dict], predicted: list[Fact]) -> dict[int, int]:
    """Gold index -> predicted index, one-to-one, overlapping spans only: pairs of the same
    kind first, then by larger overlap, then in text order."""
    pairs = []
    for g, item in enumerate(gold):
        for p, fact in enumerate(predicted):
            shared = overlap(item["start"], item["stop"], fact.start, fact.stop)
            if shared:
                pairs.append((item.get("kind") != fact.kind, -shared, g, p))
    pairs.sort()
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, g, p in pairs:
        if g not in matched and p not in used:
            matched[g] = p
            used.add(p)
    return matched


def score(pairs: list[tuple[dict, Doc]]) -> list[Measure]:
    """Recall, precision, per-field accuracy, whole-record rate and not-facts predicted."""
    n_gold = n_predicted = n_matched = n_whole = 0
    right = dict.fromkeys(FIELDS, 0)
    n_not_facts = n_not_facts_hit = 0
    for record, doc in pairs:
        gold = record.get("facts", [])
        predicted = predicted_facts(doc)
        matched = match(gold, predicted)
        n_gold += len(gold)
        n_predicted += len(predicted)
        n_matched += len(matched)
        for g, p in matched.items():
            results = {name: check(gold[g], predicted[p]) for name, check in FIELDS.items()}
            for name, ok in results.items():
                right[name] += ok
            n_whole += all(results.values())
        for item in record.get("not_facts", []):
            n_not_facts += 1
            n_not_facts_hit += any(
                overlap(item["start"], item["stop"], fact.start, fact.stop) for fact in predicted
            )
    return [
        Measure("recall", n_matched, n_gold),
        Measure("precision", n_matched, n_predicted),
        *(Measure(name, right[name], n_matched) for name in FIELDS),
        Measure("whole record", n_whole, n_gold),
        Measure("not_facts predicted", n_not_facts_hit, n_not_facts),
    ]
