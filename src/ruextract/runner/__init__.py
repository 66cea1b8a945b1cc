"""Batch runs: input files in, tables out (what ``ruextract run`` does).

Articles stream from the readers through the pipeline in batches (a batch may span files); a
batch that fails is retried article by article so that one broken article costs only itself
(a ``documents`` row with ``status = error`` and an ``errors`` row). Memory holds one batch
and one part of rows at a time, whatever the size of the corpus.

Resumable runs. Rows are written ``chunk_size`` input records at a time, across files (a
folder of small files makes as few part files as one JSONL of the same articles), as part
files under ``OUT/.ruextract/parts/``, each written to a temporary name and renamed. A part
file starts with one line of index (the key of each of its records and how many rows of each
table every record has) and then holds the rows column by column. A record's key hashes the
record itself (id, text, metadata, source file), the pipeline config, ruextract's code and the
run settings that change rows (:func:`record_key`); it does not depend on the record's place
in its file, so lines appended to a JSONL leave the records before them done, and a changed
article is processed again. The tables are assembled from the parts in input order,
streaming: those that need no pass over the whole run from each part as soon as it is on disk
(while the workers go on), the others (person ids) once every record is done
(:func:`finish_tables`); then the set is committed as a whole (:class:`ruextract.io.TableWriter`).
A run killed at any moment leaves the tables of the previous run (or none) and whole part
files; the same command run again skips the records already in a part and produces the same
tables as an uninterrupted run. After a successful run the parts are removed (``keep_parts``
keeps those the tables came from, for the next run to reuse). One run at a time may use an
output folder (a lock file in ``OUT/.ruextract/``).

``tables`` chooses the tables to write; the stages only the other tables need are not run
(:data:`TABLE_STAGES`): e.g. without ``facts`` neither the dependency parser nor the fact
grammars run, without ``roles`` the roles stage does not.

Parts: :mod:`~ruextract.runner.stages` (tables and stages), :mod:`~ruextract.runner.output`
(the folder, its lock and parts), :mod:`~ruextract.runner.keys` (what makes rows reusable),
:mod:`~ruextract.runner.resume` (records done or to do), :mod:`~ruextract.runner.workers`
(batches, forked workers), :mod:`~ruextract.runner.errors` (articles that fail),
:mod:`~ruextract.runner.assembly` (tables from the parts), :mod:`~ruextract.runner.summary`
(what a run did), :mod:`~ruextract.runner.collector` (the garbage collector during a run).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language

from ruextract import io
from ruextract import tables as tables_  # where a parameter is called ``tables``
from ruextract.pipeline import DEFAULT_PIPELINE, load
from ruextract.runner.assembly import (
    _run_rows,
    finish_tables,
    run_persons,
    unique_ids,
    without_text,
)
from ruextract.runner.collector import GC_THRESHOLD, frozen_heap, gc_threshold
from ruextract.runner.errors import MAX_CHARS, check_length
from ruextract.runner.keys import code_hash, fingerprint, record_key
from ruextract.runner.output import PART_SUFFIX, STATE_DIR, PartStore, RunError, check_output
from ruextract.runner.resume import CHUNK_SIZE, _process_records, _Settings
from ruextract.runner.stages import (
    PERSON_TABLES,
    TABLE_STAGES,
    choose_tables,
    kept_tables,
    unneeded_stages,
)
from ruextract.runner.summary import RunSummary, count_records, tally
from ruextract.runner.workers import TAIL_MIN, process_batch
from ruextract.runner.workers import _batches as _batches  # tests: the tail of a run

__all__ = [
    "CHUNK_SIZE",
    "GC_THRESHOLD",
    "MAX_CHARS",
    "PART_SUFFIX",
    "STATE_DIR",
    "TABLE_STAGES",
    "TAIL_MIN",
    "PartStore",
    "RunError",
    "RunSummary",
    "check_length",
    "check_output",
    "choose_tables",
    "code_hash",
    "count_records",
    "fingerprint",
    "frozen_heap",
    "gc_threshold",
    "kept_tables",
    "process_batch",
    "record_key",
    "run",
    "run_persons",
    "unique_ids",
    "unneeded_stages",
    "without_text",
]


def run(
    inputs: Iterable[Path],
    out: Path,
    fmt: str = "csv",
    pipeline: str | Path = DEFAULT_PIPELINE,
    batch_size: int = 32,
    nlp: Language | None = None,
    on_document: Callable[[int], None] | None = None,
    *,
    max_chars: int | None = MAX_CHARS,
    resume: bool = True,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
    read_options: io.ReadOptions = io.DEFAULT_OPTIONS,
    with_text: bool = False,
    tables: Iterable[str] | None = None,
    keep_parts: bool = False,
) -> RunSummary:
    """Process every article under ``inputs`` and write the tables into ``out``.

    ``on_document(n)`` is called with numbers of input records as they are done (after each
    batch, and for records taken from an earlier run), for progress bars. Articles longer than
    ``max_chars`` characters are rejected with an error row (the models' time and memory grow
    with the text). With ``resume`` (the default) the parts of an earlier run with the same
    settings are reused, record by record; ``resume=False`` processes everything again.
    ``workers`` > 1 processes the batches in that many forked processes (the tables are the
    same). ``read_options``: the default article date, the date field and the CSV separator
    (:class:`ruextract.io.ReadOptions`); ``with_text``: fill ``documents.text``. ``tables``
    names the tables to write (None: all; ``documents`` and ``errors`` always), and the
    stages only the others need are not run (:data:`TABLE_STAGES`). The parts (the resume
    cache) are removed after the tables are committed unless ``keep_parts``.

    Raises :class:`RunError` when the output folder cannot be used, ``FileNotFoundError``
    when an input does not exist and ``ValueError`` for an unknown table name.
    """
    started = time.perf_counter()
    inputs = [Path(path) for path in inputs]
    missing = [str(path) for path in inputs if not path.exists()]
    if missing:
        raise FileNotFoundError(f"input not found: {', '.join(missing)}")
    names = choose_tables(tables)
    keep = None if names == choose_tables(None) else kept_tables(names)
    summary = RunSummary()
    settings = _Settings(batch_size, chunk_size, max_chars, read_options, keep)
    with PartStore(out) as store, gc_threshold():
        nlp = nlp or load(pipeline)
        run_key = fingerprint(nlp, max_chars=max_chars, read=repr(read_options), tables=keep)
        if not resume:
            store.clear()
        records = io.read_inputs(inputs, exclude=out, options=read_options)
        early = [name for name in names if name not in PERSON_TABLES]
        seen: set[str] = set()
        with io.TableWriter(out, fmt, names) as writer:

            def sink(name: str, first: int, stop: int) -> None:
                """Write the tables that need no pass over the whole run, from each part as
                soon as it is on disk (while the workers go on); count them."""
                part = store.records(name, first, stop, early)
                rows = tables_.merge(unique_ids(part, seen))
                writer.write(rows if with_text else without_text(rows))
                tally(summary, rows)

            with nlp.select_pipes(disable=unneeded_stages(nlp, names)), frozen_heap():
                segments, summary.n_resumed = _process_records(
                    nlp, store, records, run_key, settings, on_document, workers, sink
                )
            finish_tables(writer, lambda only: _run_rows(store, segments, only), names)
            summary.paths = writer.commit()
        if keep_parts:
            store.prune({name for name, _, _ in segments})
        else:
            store.remove()
    summary.seconds = time.perf_counter() - started
    return summary
