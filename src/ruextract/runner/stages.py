"""What a run writes and runs: the tables chosen (``documents`` and ``errors`` always), the
tables whose rows the parts keep, and the stages no chosen table needs (:data:`TABLE_STAGES`),
which are not run."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.language import Language

from ruextract import tables

# the stages a table needs beyond the tokenizer and morphology (which every table needs): a
# stage that no chosen table needs is not run; stages not named here always run
ENTITY_STAGES = frozenset(
    {"ruextract_ner", "ruextract_people", "ruextract_countries", "ruextract_organizations"}
)  # each may change the entities the next one reads
TABLE_STAGES: dict[str, frozenset[str]] = {
    "mentions": ENTITY_STAGES,
    "people": ENTITY_STAGES,
    "countries": ENTITY_STAGES,
    "organizations": ENTITY_STAGES,
    "persons": ENTITY_STAGES,
    "roles": ENTITY_STAGES | {"ruextract_roles"},
    "dates": frozenset({"ruextract_dates"}),
    "facts": frozenset({"ruextract_dates", "ruextract_syntax", "ruextract_facts"}),
}
ALWAYS_WRITTEN = ("documents", "errors")  # what was read and what failed: every run
# tables whose person ids come from the run's persons pass over the people rows
PERSON_TABLES = frozenset({"people", "mentions", "roles", "persons"})


def choose_tables(names: Iterable[str] | None) -> list[str]:
    """The tables a run writes, in :data:`ruextract.tables.TABLES` order: ``names`` (None:
    all) plus ``documents`` and ``errors``. Raises ``ValueError`` for an unknown name."""
    if names is None:
        return list(tables.TABLES)
    wanted = {name.strip() for name in names if name.strip()}
    unknown = sorted(wanted - tables.TABLES.keys())
    if unknown:
        known = ", ".join(tables.TABLES)
        raise ValueError(f"unknown table {', '.join(unknown)}; known: {known}")
    wanted.update(ALWAYS_WRITTEN)
    return [name for name in tables.TABLES if name in wanted]


def kept_tables(names: Collection[str]) -> tuple[str, ...]:
    """The tables whose rows the parts keep for a run writing ``names``: those, and
    ``people`` when a table that carries person ids is among them (the persons pass reads
    it)."""
    keep = set(names) | ({"people"} if PERSON_TABLES & set(names) else set())
    return tuple(name for name in tables.TABLES if name in keep)


def unneeded_stages(nlp: Language, names: Collection[str]) -> list[str]:
    """The components of ``nlp`` that none of the tables ``names`` needs (see
    :data:`TABLE_STAGES`)."""
    optional = frozenset().union(*TABLE_STAGES.values())
    needed = frozenset().union(*(TABLE_STAGES.get(name, frozenset()) for name in names))
    return [name for name in nlp.pipe_names if name in optional and name not in needed]
