"""Scores of the ``dates`` table against the project's date gold (``data/gold/dates.jsonl``).

A gold record lists ``dates`` (items with ``start``, ``stop``, ``surface``, ``value_start``,
``value_end`` as ISO dates or null, ``granularity`` and ``part``) and ``not_dates`` (date-looking
things that are not dates: ages, "COVID-19"). A predicted date matches a gold date when their
spans overlap. Measures:

- ``found``: gold dates overlapped by a predicted date, over gold dates;
- ``value right``: gold dates with a matching prediction whose ``value_start`` and ``value_end``
  both equal the gold's, over gold dates;
- ``granularity right`` / ``part right``: the same for those fields, over gold dates;
- ``false dates``: predicted dates overlapping no gold date, over predicted dates;
- ``not dates taken``: ``not_dates`` items overlapped by a predicted date, over them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ruextract.evaluate.records import Measure
from ruextract.records import DateValue


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _overlaps(item: dict, value: DateValue) -> bool:
    return value.start < item["stop"] and item["start"] < value.stop


def _fields(value: DateValue) -> tuple:
    return (
        _iso(value.value_start),
        _iso(value.value_end),
        value.granularity,
        getattr(value, "part", None),
    )


def predicted(doc: Doc) -> list[DateValue]:
    """The resolved dates of a processed document."""
    return [span._.date for span in doc.spans.get("dates", []) if span._.date is not None]


def score(pairs: list[tuple[dict, Doc]]) -> list[Measure]:
    """Measures of the dates of processed documents against their gold records."""
    n_gold = n_found = n_value = n_granularity = n_part = 0
    n_pred = n_false = n_not = n_taken = 0
    for record, doc in pairs:
        values = predicted(doc)
        golds = record.get("dates", [])
        for item in golds:
            n_gold += 1
            matches = [_fields(value) for value in values if _overlaps(item, value)]
            if not matches:
                continue
            n_found += 1
            want = (item["value_start"], item["value_end"], item["granularity"], item.get("part"))
            # the overlapping prediction closest to the gold: values first, then the rest
            best = max(matches, key=lambda got: (got[:2] == want[:2], got[2:] == want[2:]))
            n_value += best[:2] == want[:2]
            n_granularity += best[2] == want[2]
            n_part += best[3] == want[3]
        for value in values:
            n_pred += 1
            n_false += not any(_overlaps(item, value) for item in golds)
        for item in record.get("not_dates", []):
            n_not += 1
            n_taken += any(_overlaps(item, value) for value in values)
    return [
        Measure("found", n_found, n_gold),
        Measure("value right", n_value, n_gold),
        Measure("granularity right", n_granularity, n_gold),
        Measure("part right", n_part, n_gold),
        Measure("false dates", n_false, n_pred),
        Measure("not dates taken", n_taken, n_not),
    ]
