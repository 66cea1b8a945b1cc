"""The tables assembled from the parts: ids unique over the run (:func:`unique_ids`), the
persons pass over the people rows (:func:`finish_tables`), ``documents.text`` emptied unless
asked for."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator

from ruextract import io, persons, tables
from ruextract.runner.output import PartStore
from ruextract.runner.resume import Segment
from ruextract.runner.stages import PERSON_TABLES


def run_persons(parts: Iterable[tables.Rows]) -> tuple[dict[tuple[str, str], str], list[dict]]:
    """The run's persons (:func:`ruextract.persons.identify`, a final pass over the people
    rows of every part, ids made unique as the tables have them) and their ids by
    ``(doc_id, key)``."""
    rows = [row for part in unique_ids(parts, set()) for row in part["people"]]
    people = tables.frame("people", rows)
    table, ids = persons.identify(people)
    return persons.id_map(people, ids), table.to_dict("records")


def unique_ids(parts: Iterable[tables.Rows], seen: set[str]) -> Iterator[tables.Rows]:
    """The rows of many files' chunks, with ids unique over the run: an article whose
    ``doc_id`` an earlier file had gets a suffix (see :func:`ruextract.io.unique_id`) in every
    table and a ``DuplicateId`` errors row. (Within a file, the reader makes ids unique.)"""
    for rows in parts:
        renamed = {}
        for row in rows["documents"]:
            doc_id = io.unique_id(row["doc_id"], seen)
            if doc_id != row["doc_id"]:
                renamed[row["doc_id"]] = doc_id
        if renamed:
            rows = {
                name: [{**row, "doc_id": renamed.get(row["doc_id"], row["doc_id"])}
                       if row.get("doc_id") in renamed else row for row in part]
                for name, part in rows.items()
            }  # fmt: skip
            for old, new in renamed.items():
                source = next(r["source"] for r in rows["documents"] if r["doc_id"] == new)
                rows["errors"].append(tables.duplicate_row(old, new, source))
        yield rows


def without_text(rows: tables.Rows) -> tables.Rows:
    """The rows with ``documents.text`` emptied (kept only with ``--with-text``)."""
    return {**rows, "documents": [{**row, "text": None} for row in rows["documents"]]}


def finish_tables(
    writer: io.TableWriter,
    parts: Callable[[Collection[str]], Iterable[tables.Rows]],
    names: Collection[str],
) -> None:
    """Write the tables computed over the whole run, once every part is on disk and the
    others are written: the persons pass (:func:`run_persons`) over the people rows gives
    ``persons`` and fills ``person_id`` in people, mentions and roles. ``parts(only)`` gives
    the run's rows of the tables ``only`` (and ``documents``) in input order, ids made unique.
    A table computed over the whole run goes here."""
    late = [name for name in names if name in PERSON_TABLES]
    if not late:
        return
    person_ids, persons_rows = run_persons(parts({"people"}))
    for rows in parts(late):
        rows = tables.with_person_ids(rows, person_ids)
        writer.write({name: rows[name] for name in late})
    writer.write({"persons": persons_rows})


def _run_rows(
    store: PartStore, segments: list[Segment], only: Collection[str] | None = None
) -> Iterator[tables.Rows]:
    """The rows of a run from its parts (with ``only``, of those tables and ``documents``), a
    segment at a time, ids made unique record by record (two records of one segment may
    share an id, and :func:`unique_ids` renames by id within what it is given)."""
    only = None if only is None else {*only, "documents"}
    seen: set[str] = set()
    for name, first, stop in segments:
        yield tables.merge(unique_ids(store.records(name, first, stop, only), seen))
