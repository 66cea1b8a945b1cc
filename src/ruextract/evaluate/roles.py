"""Roles against NEREL's WORKS_AS and WORKPLACE relations.

NEREL links a PERSON mention to a PROFESSION span by WORKS_AS ("Сергей Лавров" -> "министр
иностранных дел России") and a PERSON or PROFESSION to an ORGANIZATION, COUNTRY, CITY, … by
WORKPLACE. A ``roles`` row is a person's key, its role phrase span and its org mention; the
row's person is every PER mention of that key in the article.

- **role recall**: a gold WORKS_AS is found when a row of that person (a mention of the row's
  key overlaps the gold PERSON) has a span overlapping the PROFESSION span;
- **role precision**: a row is right when its span overlaps a PROFESSION that its person WORKS_AS
  in gold;
- **role precision, linked spans**: the same, leaving out rows on a PROFESSION span that gold
  links to nobody (NEREL leaves most repeated mentions of a post, "президент" for the
  article's president, unlinked: gold is silent on them, so they are neither right nor wrong);
- **org accuracy**: over right rows where gold gives a WORKPLACE (of the profession, or of the
  person within the row's sentence: NEREL links places within a sentence), the row's org
  mention overlaps a WORKPLACE argument (an org that was inferred, with no mention, counts when
  it names the same place: same first four letters, case-insensitive). A row without an org
  there is a miss; an org where gold names none is not scored (gold is silent on it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from ruextract.evaluate.records import Measure
from ruextract.records import Role

Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldRole:
    """A gold WORKS_AS: the PERSON and PROFESSION spans and the WORKPLACE arguments of either."""

    person: Offsets
    profession: Offsets
    places: tuple[tuple[int, int, str], ...]
    person_places: tuple[tuple[int, int, str], ...] = ()


def gold_roles(record: dict) -> list[GoldRole]:
    """The WORKS_AS relations of a NEREL record, with their WORKPLACE arguments."""
    entities = {entity["id"]: entity for entity in record["entities"]}
    places: dict[str, list[tuple[int, int, str]]] = {}
    for relation in record.get("relations", []):
        if relation["label"] == "WORKPLACE":
            place = entities[relation["arg2"]]
            places.setdefault(relation["arg1"], []).append(
                (place["start"], place["stop"], place["text"])
            )
    found: dict[tuple[Offsets, Offsets], GoldRole] = {}
    for relation in record.get("relations", []):
        if relation["label"] != "WORKS_AS":
            continue
        person, profession = entities[relation["arg1"]], entities[relation["arg2"]]
        key = ((person["start"], person["stop"]), (profession["start"], profession["stop"]))
        found[key] = GoldRole(
            key[0],
            key[1],
            tuple(places.get(relation["arg2"], [])),
            tuple(places.get(relation["arg1"], [])),
        )
    return list(found.values())


def unlinked_professions(record: dict) -> list[Offsets]:
    """PROFESSION spans of a NEREL record that no WORKS_AS links to a person."""
    linked = {r["arg2"] for r in record.get("relations", []) if r["label"] == "WORKS_AS"}
    return [
        (e["start"], e["stop"])
        for e in record["entities"]
        if e["label"] == "PROFESSION" and e["id"] not in linked
    ]


def person_mentions(doc: Doc) -> dict[str, list[Offsets]]:
    """The offsets of every PER mention of a processed document, under its person key (its
    text when it has none)."""
    mentions: dict[str, list[Offsets]] = {}
    for span in doc.ents:
        if span.label_ == "PER":
            mentions.setdefault(span._.key or span.text, []).append(
                (span.start_char, span.end_char)
            )
    return mentions


def predicted_roles(doc: Doc) -> list[tuple[Role, list[Offsets], Offsets]]:
    """Each ``roles`` row of a processed document with the mentions of its person and the
    offsets of its sentence."""
    mentions = person_mentions(doc)
    rows = []
    for span in doc.spans.get("roles", []):
        role = span._.role
        if role is not None:
            sent = span.sent
            rows.append((role, mentions.get(role.key, []), (sent.start_char, sent.end_char)))
    return rows


def _overlap(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def finds(span: Offsets, persons: list[Offsets], item: GoldRole) -> bool:
    """A row on the role phrase ``span`` of the person mentioned at ``persons`` finds the gold
    WORKS_AS ``item``: the phrase overlaps its PROFESSION and a mention its PERSON."""
    return _overlap(span, item.profession) and any(
        _overlap(mention, item.person) for mention in persons
    )


def silent(span: Offsets, gold: list[GoldRole], unlinked: Iterable[Offsets]) -> bool:
    """Gold is silent on a row on ``span`` that finds nothing: the phrase overlaps no
    PROFESSION that gold links to a person, and one that it links to nobody."""
    return not any(_overlap(span, item.profession) for item in gold) and any(
        _overlap(span, other) for other in unlinked
    )


def _same_place(role: Role, places: Iterable[tuple[int, int, str]]) -> bool:
    for start, stop, text in places:
        if role.org_start is not None and _overlap((role.org_start, role.org_stop), (start, stop)):
            return True
        if role.org_start is None and role.org and role.org[:4].lower() == text[:4].lower():
            return True
    return False


def score_roles(
    gold: list[GoldRole],
    rows: list[tuple[Role, list[Offsets], Offsets]],
    unlinked: list[Offsets] = (),
) -> dict[str, int]:
    """Counts of one article: gold and found relations, rows and right rows, org hits.

    ``unlinked`` holds the PROFESSION spans that no gold WORKS_AS links to a person."""
    counts = {"gold": len(gold), "found": 0, "rows": len(rows), "right": 0,
              "silent": 0, "org_total": 0, "org_hits": 0}  # fmt: skip

    for item in gold:
        counts["found"] += any(finds((r.start, r.stop), persons, item) for r, persons, _ in rows)
    for role, persons, sent in rows:
        span = (role.start, role.stop)
        hits = [item for item in gold if finds(span, persons, item)]
        if not hits:
            counts["silent"] += silent(span, gold, unlinked)
            continue
        counts["right"] += 1
        places = [place for item in hits for place in item.places]
        places += [
            place for item in hits for place in item.person_places if _overlap(place[:2], sent)
        ]
        if places:
            counts["org_total"] += 1
            counts["org_hits"] += _same_place(role, places)
    return counts


def score(pairs: list[tuple[dict, Doc]]) -> list[Measure]:
    """Role recall, role precision and org accuracy over (NEREL record, processed Doc) pairs."""
    total: dict[str, int] = {}
    for record, doc in pairs:
        counts = score_roles(gold_roles(record), predicted_roles(doc), unlinked_professions(record))
        for name, n in counts.items():
            total[name] = total.get(name, 0) + n
    return [
        Measure("role recall", total.get("found", 0), total.get("gold", 0)),
        Measure("role precision", total.get("right", 0), total.get("rows", 0)),
        Measure(
            "role precision, linked spans",
            total.get("right", 0),
            total.get("rows", 0) - total.get("silent", 0),
        ),
        Measure("org accuracy", total.get("org_hits", 0), total.get("org_total", 0)),
    ]
