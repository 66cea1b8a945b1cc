"""A resumable run's records: those a part of an earlier run holds are taken from it, the
others processed and written in parts of :data:`CHUNK_SIZE` records, in input order
(:func:`_process_records`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from ruextract import io
from ruextract.records import Article, Problem
from ruextract.runner.errors import check_length
from ruextract.runner.keys import record_key
from ruextract.runner.output import PartStore, _Part
from ruextract.runner.workers import _batch_rows, _batches

CHUNK_SIZE = 64  # input records per part file


@dataclass(frozen=True)
class _Settings:
    """What a run needs besides its files (picklable: sent to worker processes)."""

    batch_size: int
    chunk_size: int
    max_chars: int | None
    read: io.ReadOptions = io.DEFAULT_OPTIONS
    keep: tuple[str, ...] | None = None  # the tables whose rows are kept (None: all)


Segment = list  # [part name, first record, record after the last]: records in input order


def _process_records(
    nlp: Language,
    store: PartStore,
    records: Iterable[Article | Problem],
    run_key: str,
    settings: _Settings,
    on_document: Callable[[int], None] | None = None,
    workers: int = 1,
    sink: Callable[[str, int, int], None] | None = None,
) -> tuple[list[Segment], int]:
    """Write the parts of every record not done yet.

    Returns where the rows of every record are, in input order (runs of consecutive records
    of one part), and how many records were taken from earlier parts. With ``workers`` > 1
    the batches go to that many forked processes and come back in input order (see
    :func:`_batch_rows`). ``sink(part, first, stop)`` is called with those runs in input
    order as soon as their part is on disk (tables are written while the workers go on).
    """
    done = store.index()
    segments: list[Segment] = []
    resumed = 0
    on_disk = {name for name, _ in done.values()}
    n_sunk = 0  # segments given to sink

    def flush(final: bool = False) -> None:
        nonlocal n_sunk
        # the last run may still grow (the next record may follow it in the same part)
        while n_sunk < len(segments) - (0 if final else 1):
            name, first, stop = segments[n_sunk]
            if name not in on_disk:
                break
            if sink:
                sink(name, first, stop)
            n_sunk += 1

    def place(name: str, position: int) -> None:
        last = segments[-1] if segments else None
        if last is not None and last[0] == name and last[2] == position:
            last[2] += 1
        else:
            segments.append([name, position, position + 1])

    n_new = 0  # records to process, placed in this run's parts in order

    def todo() -> Iterator[tuple[str, Article | Problem]]:
        nonlocal resumed, n_new
        for record in records:
            key = record_key(run_key, record)
            found = done.get(key)
            if found is not None:
                place(*found)
                resumed += 1
                if on_document:
                    on_document(1)
                continue
            place(store.part_name(n_new // settings.chunk_size), n_new % settings.chunk_size)
            n_new += 1
            yield key, check_length(record, settings.max_chars)

    part = _Part(store.part_name(0))
    n_back = 0  # records whose rows came back (in the order todo() gave them)
    batches = _batches(todo(), settings.batch_size, workers)
    for batch, rows in _batch_rows(nlp, batches, workers, settings.keep):
        for (key, _), found in zip(batch, rows, strict=True):
            part.keys.append(key)
            part.rows.append(found)
            n_back += 1
            if len(part.keys) == settings.chunk_size:
                store.write(part)
                on_disk.add(part.name)
                part = _Part(store.part_name(n_back // settings.chunk_size))
        flush()
        if on_document and batch:
            on_document(len(batch))
    if part.keys:
        store.write(part)
        on_disk.add(part.name)
    flush(final=True)
    return segments, resumed
