"""Roles gold (``data/gold/roles.jsonl``, guideline ``data/gold/roles.md``): role records.

Each gold record lists the article's role records: the person (``person``: the offsets and
surface of one of the person's name mentions), the role phrase (``start``, ``stop``,
``surface``), ``role`` (nominative, lower case), ``org`` and ``org_label`` (null when the
article does not say where) and ``status`` (current / former / acting). Predicted rows are the
spans of ``doc.spans["roles"]`` with their ``span._.role`` record.

A gold record is **found** by a predicted row whose phrase overlaps the gold phrase and whose
person holds the gold person's mention: a PER span of the row's ``key`` (or the name the row
was tied to) overlaps the gold person mention. Of several such rows the one whose phrase
overlaps the gold phrase most is the match (ties: the first).

Measures:

- ``records_found``: gold records found (recall);
- ``precision``: predicted rows in the gold articles that find a gold record;
- ``role_exact``: found records whose row's ``role`` equals the gold ``role`` (ё-folded, lower
  case, spaces normalised);
- ``org_right``: found records whose row's ``org`` is the gold ``org`` (ё-folded, case-folded,
  quotes and spaces normalised; null only equals null);
- ``status_right``: found records whose row's ``status`` is the gold ``status``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ruextract.evaluate.records import Measure
from ruextract.evaluate.roles import person_mentions
from ruextract.records import Role

SPAN_KEY = "roles"
_QUOTES = re.compile("[«»\"“”„'‘’]")

Offsets = tuple[int, int]


def normal(name: str | None) -> str | None:
    """A role or org name as compared: ё-folded, case-folded, without quotes, spaces
    normalised; None (or nothing left) is None."""
    if name is None:
        return None
    folded = " ".join(_QUOTES.sub(" ", name).replace("ё", "е").replace("Ё", "Е").split())
    return folded.casefold() or None


def _overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predicted_rows(doc: Doc) -> list[Role]:
    """The role records of a processed Doc, in span order."""
    spans = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []
    return [span._.role for span in spans if span._.role is not None]


def _holds(row: Role, person: Offsets, mentions: dict[str, list[Offsets]]) -> bool:
    """Whether the row's person has a mention overlapping the gold person mention."""
    own = mentions.get(row.key, [])
    if row.person_start is not None and row.person_stop is not None:
        own = [*own, (row.person_start, row.person_stop)]
    return any(_overlap(person, where) for where in own)


def match(gold: dict, rows: list[Role], mentions: dict[str, list[Offsets]]) -> Role | None:
    """The predicted row that finds a gold record (see module doc), if any."""
    phrase = (gold["start"], gold["stop"])
    person = (gold["person"]["start"], gold["person"]["stop"])
    best, best_overlap = None, 0
    for row in rows:
        overlap = _overlap(phrase, (row.start, row.stop))
        if overlap > best_overlap and _holds(row, person, mentions):
            best, best_overlap = row, overlap
    return best


def _finds(row: Role, golds: list[dict], mentions: dict[str, list[Offsets]]) -> bool:
    return any(
        _overlap((g["start"], g["stop"]), (row.start, row.stop))
        and _holds(row, (g["person"]["start"], g["person"]["stop"]), mentions)
        for g in golds
    )


def score(pairs: list[tuple[dict, Doc]]) -> list[Measure]:
    """The roles record measures over (gold record, processed Doc) pairs (see module doc)."""
    n_gold = found = n_rows = right_rows = 0
    role_exact = org_right = status_right = 0
    for record, doc in pairs:
        rows = predicted_rows(doc)
        mentions = person_mentions(doc)
        golds = record["roles"]
        n_gold += len(golds)
        for gold in golds:
            row = match(gold, rows, mentions)
            if row is None:
                continue
            found += 1
            role_exact += normal(row.role) == normal(gold["role"])
            org_right += normal(row.org) == normal(gold["org"])
            status_right += row.status == gold["status"]
        n_rows += len(rows)
        right_rows += sum(_finds(row, golds, mentions) for row in rows)
    return [
        Measure("records_found", found, n_gold),
        Measure("precision", right_rows, n_rows),
        Measure("role_exact", role_exact, found),
        Measure("org_right", org_right, found),
        Measure("status_right", status_right, found),
    ]
