"""Persons across a run: one identity for the people of many articles.

A pure, final pass over the whole ``people`` table (never per-worker state), so that any number
of workers, Dask or the library give the same ``persons`` table and the same ``person_id``:

- a person with a surname and a full first name is the run's person with that surname and
  first name (ё-folded, case-folded; patronymics do not split people);
- a person with initials ("М. С. Горбачёв") is the run's single full-named person with that
  surname whose first name (and patronymic, if both are given) starts with those letters;
- a person with a surname only ("Путин") takes the id of the run's single person with exactly
  that surname (the surname's form carries its gender: "Ефимова" is not "Ефимов"); when several
  people share it, the surname-only person keeps an id of its own;
- a first name alone ("Мария": no surname, no patronymic, nothing else in the name) that some
  person of the run has with a surname names someone of its article only: it is its own
  person in each article (many Марии are not one); a first name nobody of the run has with a
  surname is a single name ("Абай", "Рианна"), one person by its name;
- anyone else (a name with no parts, a ruler's name with a numeral: "Елизавета II") is its own
  person, by its name.

``person_id`` is a hash of the identity, so it is stable for the same input (and stays the same
for a person whose name is read the same in another run). ``name`` is the fullest nominative
form among the person's article names (most parts, then most articles, then longest).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import pandas as pd

from ruextract.names import is_initial

PERSON_COLUMNS = ["person_id", "name", "n_articles", "n_mentions", "variants"]
VARIANT_SEPARATOR = "; "  # between the names in ``variants``
STRESS = "\u0301"


def fold(text: object) -> str | None:
    """Comparison form of a name part: lower case, е for ё, no stress marks; None if empty."""
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return None
    folded = str(text).replace(STRESS, "").lower().replace("ё", "е").strip()
    return folded or None


def _letters(initials: str) -> str:
    """The letters of initials: "М. С." -> "мс", "Дж." -> "дж"."""
    return "".join(ch for ch in initials if ch.isalpha())


def _full(part: str | None) -> bool:
    return part is not None and not is_initial(part.replace(" ", "").title())


def _initials_match(initials: str | None, full: str | None) -> bool:
    """Initials that may stand for a full name part ("В." for "Владимир", "Дж." for "Джон")."""
    if initials is None or full is None:
        return True
    letters = _letters(initials)
    return bool(letters) and full.startswith(letters)


def _identity_id(identity: tuple[str, ...]) -> str:
    digest = hashlib.sha1("\x1f".join(identity).encode("utf-8")).hexdigest()
    return f"p{digest[:12]}"


def identify(people: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The ``persons`` table of a run and the ``person_id`` of each row of ``people``.

    ``people`` has the ``people`` table's columns (``doc_id``, ``name``, ``last``, ``first``,
    ``middle``, ``n_mentions``); the returned Series has the index of ``people``.
    """
    rows = people.reset_index(drop=True)
    lasts = [fold(v) for v in rows["last"]]
    firsts = [fold(v) for v in rows["first"]]
    middles = [fold(v) for v in rows["middle"]]
    names = [fold(v) for v in rows["name"]]
    # the columns as lists, read once (per-cell pandas access costs ~0.1 ms a cell)
    doc_ids = [str(v) for v in rows["doc_id"].tolist()]
    identities: list[tuple[str, ...] | None] = [None] * len(rows)

    # people with a surname and a full first name, by (surname, first name)
    full_by_last: dict[str, dict[tuple[str, ...], set[str | None]]] = defaultdict(dict)
    for i, (last, first, middle) in enumerate(zip(lasts, firsts, middles, strict=True)):
        if last and _full(first):
            identity = ("full", last, first)
            identities[i] = identity
            middles_seen = full_by_last[last].setdefault(identity, set())
            if _full(middle):
                middles_seen.add(middle)
    # initials: the single full-named person they may stand for
    initials_by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for i, (last, first, middle) in enumerate(zip(lasts, firsts, middles, strict=True)):
        if identities[i] is not None or not last or not first:
            continue
        matches = [
            identity
            for identity, seen in full_by_last.get(last, {}).items()
            if _initials_match(first, identity[2])
            and (middle is None or not seen or any(_initials_match(middle, m) for m in seen))
        ]
        if len(matches) == 1:
            identities[i] = matches[0]
        else:
            identities[i] = ("initials", last, _letters(first), _letters(middle or ""))
            initials_by_last[last].add(identities[i])
    # first names that some person of the run has with a surname
    shared_firsts = {f for last, f in zip(lasts, firsts, strict=True) if last and _full(f)}
    # surnames alone: the single person with that surname
    for i, (last, first, middle) in enumerate(zip(lasts, firsts, middles, strict=True)):
        if identities[i] is not None:
            continue
        if last and not first:
            candidates = list(full_by_last.get(last, {})) or list(initials_by_last.get(last, ()))
            identities[i] = candidates[0] if len(candidates) == 1 else ("last", last)
        elif first in shared_firsts and not last and not middle and names[i] == first:
            identities[i] = ("first", doc_ids[i], first)
        else:
            identities[i] = ("name", names[i] or "")

    ids = [_identity_id(identity) for identity in identities]
    members: dict[str, list[int]] = defaultdict(list)
    for i, person_id in enumerate(ids):
        members[person_id].append(i)
    texts = [str(v) for v in rows["name"].tolist()]
    counts = [int(v or 0) for v in rows["n_mentions"].tolist()]
    parts_of = zip(*(rows[c].tolist() for c in ("last", "first", "middle")), strict=True)
    fullness_of = [sum(_full(fold(p)) for p in parts) for parts in parts_of]
    records = []
    for person_id, index in members.items():
        articles: dict[str, set[str]] = defaultdict(set)
        for i in index:
            articles[texts[i]].add(doc_ids[i])
        fullness = {}
        for i in index:
            fullness[texts[i]] = fullness_of[i]
        variants = sorted(articles, key=lambda n: (-len(articles[n]), n))
        best = min(variants, key=lambda n: (-fullness[n], -len(articles[n]), -len(n), n))
        records.append(
            {
                "person_id": person_id,
                "name": best,
                "n_articles": len({doc_ids[i] for i in index}),
                "n_mentions": sum(counts[i] for i in index),
                "variants": VARIANT_SEPARATOR.join(variants),
            }
        )
    records.sort(key=lambda r: (-r["n_articles"], -r["n_mentions"], r["name"], r["person_id"]))
    persons = pd.DataFrame.from_records(records, columns=PERSON_COLUMNS)
    return persons, pd.Series(ids, index=people.index, name="person_id", dtype="string")


def id_map(people: pd.DataFrame, person_ids: pd.Series) -> dict[tuple[str, str], str]:
    """``(doc_id, key) -> person_id`` for the rows of ``people`` (to fill PER mentions)."""
    return {
        (str(doc_id), str(key)): str(person_id)
        for doc_id, key, person_id in zip(people["doc_id"], people["key"], person_ids, strict=True)
    }
