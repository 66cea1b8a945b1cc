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
"""

from __future__ import annotations

import dataclasses
import fcntl
import gc
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

from spacy.language import Language

from ruextract import io, persons, tables
from ruextract import tables as tables_  # where a parameter is called ``tables``
from ruextract.pipeline import DEFAULT_PIPELINE, load, run_docs
from ruextract.records import Article, Problem

STATE_DIR = ".ruextract"
MAX_CHARS = 100_000  # longer articles are rejected: see run()
CHUNK_SIZE = 64  # input records per part file
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


# allocations between two young-generation collections of Python's cyclic garbage collector
# during a run (Python's default: 700). The pipeline allocates many short-lived objects (the
# grammars' charts, tokens, rows) beside ~180,000 long-lived ones (the models): with the
# default, collections took ~20% of the CPU of a run, with 10,000 ~8% (100 corpus articles)
GC_THRESHOLD = 10_000


@contextmanager
def gc_threshold(young: int = GC_THRESHOLD) -> Iterator[None]:
    """Run the block with the cyclic collector's young-generation threshold at ``young``
    (the older generations' kept), and restore the thresholds after; forked workers inherit
    it. The collector still runs: memory held by cycles is freed, only less often."""
    before = gc.get_threshold()
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Run the block with every object alive at its start (the loaded models: ~180,000
    objects) moved out of the cyclic collector's reach (``gc.freeze``), and put back after
    (``gc.unfreeze``), so that garbage among them is collected then. The collections of the
    run then walk only what it allocates (100 corpus articles: collector 0.18 -> 0.14 s CPU
    at :data:`GC_THRESHOLD`, 0.85 -> 0.42 s at Python's default; every full collection of a
    long run walks ~180,000 objects fewer); forked workers inherit it, and the collector no
    longer writes to the pages of the models they share with the parent."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class RunError(RuntimeError):
    """The run itself cannot proceed (the output folder is in use or not writable)."""


@dataclass
class RunSummary:
    """What a run did: documents written, ok and failed, problems met, time taken.

    ``n_docs``, ``n_ok`` and ``n_errors`` count rows of the written ``documents`` (all and
    ``status = ok``) and ``errors`` tables; ``n_resumed`` counts input records taken from the
    parts of an earlier, interrupted run instead of processed again. The rest split the
    ``errors`` rows by kind for the console summary; ``n_tokens`` sums the ``n_tokens`` of
    the ``documents`` rows (for the tokens/s of the summary).
    """

    n_docs: int = 0
    n_ok: int = 0
    n_errors: int = 0
    seconds: float = 0.0
    paths: list[Path] = field(default_factory=list)
    n_resumed: int = 0
    # documents with status = error; files of an unsupported format (first names kept);
    # articles whose id an earlier one had (renamed); articles whose date was unreadable
    n_failed: int = 0
    n_skipped: int = 0
    skipped: list[str] = field(default_factory=list)
    n_duplicates: int = 0
    duplicates: list[str] = field(default_factory=list)
    n_date_errors: int = 0
    # "source: message" of the first errors rows (not counting duplicate ids)
    first_errors: list[str] = field(default_factory=list)
    n_tokens: int = 0


# the smallest batch of a run's tail (see _batches): a batch has a fixed cost (the models'
# passes over fewer sentences, the trip to a worker); 100 corpus articles take ~6% more CPU
# in batches of 8 than of 32
TAIL_MIN = 4


def _batches(items: Iterable, size: int, workers: int = 1) -> Iterator[list]:
    """``items`` in batches of ``size``, in order.

    With ``workers`` > 1 the batches of the run's last records shrink, so that the workers
    finish together instead of one waiting for the other's last full batch: the records are
    read ``2 * workers * size`` ahead, and once the input is exhausted each batch takes
    ``1 / (2 * workers)`` of the records left (at least :data:`TAIL_MIN`, at most ``size``).
    """
    iterator = iter(items)
    if workers <= 1:
        while batch := list(islice(iterator, size)):
            yield batch
        return
    ahead = 2 * workers * size
    buffer: list = list(islice(iterator, ahead))
    while buffer:
        more = list(islice(iterator, size))
        if more:  # input left after the buffer: a full batch
            batch, buffer = buffer[:size], buffer[size:] + more
        else:
            share = -(-len(buffer) // (2 * workers))  # ceiling
            take = min(size, max(TAIL_MIN, share))
            batch, buffer = buffer[:take], buffer[take:]
        yield batch


def _problem_rows(problem: Problem, article: Article | None = None) -> tables.Rows:
    rows: tables.Rows = {name: [] for name in tables.TABLES}
    rows["errors"].append(tables.error_row(problem))
    if problem.doc_id is not None:
        rows["documents"].append(
            tables.document_row(
                problem.doc_id,
                problem.source,
                article.date if article else None,
                article.title if article else None,
                article.url if article else None,
                error=f"{problem.stage}: {problem.message}",
            )
        )
    return rows


def _message(error: BaseException) -> str:
    return str(error) or type(error).__name__


def process_batch(
    nlp: Language, batch: list[Article | Problem], keep: Collection[str] | None = None
) -> list[tables.Rows]:
    """Rows for a batch of articles (and problems met reading them), in input order.

    With ``keep``, only the rows of those tables are built and kept.
    """
    positions = [n for n, item in enumerate(batch) if isinstance(item, Article)]
    done: dict[int, tables.Rows] = {}
    try:
        docs = run_docs(nlp, [batch[n] for n in positions])
        for n, doc in zip(positions, docs, strict=True):
            done[n] = tables.rows_from_doc(doc, keep)
    except Exception:  # isolate the article that fails, below
        done = {}
        for n in positions:
            article = batch[n]
            try:
                done[n] = tables.rows_from_doc(next(run_docs(nlp, [article])), keep)
            except Exception as error:  # one article's failure is a row
                problem = Problem(
                    article.doc_id, article.source, "pipeline", type(error).__name__,
                    _message(error),
                )  # fmt: skip
                done[n] = _problem_rows(problem, article)
    found = [done[n] if n in done else _problem_rows(item) for n, item in enumerate(batch)]
    if keep is not None:
        found = [{name: rows[name] for name in keep} for rows in found]
    return found


def check_length(item: Article | Problem, max_chars: int | None) -> Article | Problem:
    """An article longer than ``max_chars`` characters becomes a problem (None: no limit)."""
    if isinstance(item, Article) and max_chars and len(item.text) > max_chars:
        message = (
            f"article too long: {len(item.text):,} characters, the limit is {max_chars:,} "
            "(split it, or raise the limit: --max-chars)"
        )
        return Problem(item.doc_id, item.source, "read", "TooLong", message)
    return item


def check_output(out: Path) -> None:
    """Make sure ``out`` can hold the tables: create it and write a probe file.

    Raises :class:`RunError` with a clear message when it cannot.
    """
    try:
        (out / STATE_DIR).mkdir(parents=True, exist_ok=True)
        probe = io.temp_path(out / STATE_DIR / "probe")
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise RunError(f"cannot write output folder {out}: {error.strerror or error}") from None


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A hash of ruextract's own code and data files: changed code makes new rows."""
    digest = hashlib.sha256()
    package = resources.files("ruextract")
    pending = [package]
    files = []
    while pending:
        folder = pending.pop()
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name != "__pycache__":
                pending.append(entry)
            elif entry.name.endswith((".py", ".tsv", ".json", ".cfg")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()


def fingerprint(nlp: Language, **settings: object) -> str:
    """A hash of what makes rows: the pipeline config, ruextract's code and the settings."""
    from ruextract import __version__

    text = json.dumps(
        [nlp.config.to_str(), __version__, code_hash(), sorted(settings.items())], default=str
    )  # fmt: skip
    return hashlib.sha256(text.encode()).hexdigest()


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


def count_records(inputs: Iterable[Path], exclude: Path | None = None) -> int | None:
    """How many input records ``inputs`` hold, for a progress bar's ETA: one per ``.txt``
    file, one per non-blank line of a ``.jsonl`` file; None when another format is among them
    (counting would mean parsing it)."""
    total = 0
    for root in inputs:
        for path in io.iter_files(Path(root), exclude=exclude):
            fmt = io.input_format(path)
            if fmt == ".txt":
                total += 1
            elif fmt == ".jsonl" and path.suffix.lower() != ".gz":
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                return None
    return total


def record_key(run_key: str, record: Article | Problem) -> str:
    """The part key of one input record: the record itself (every field, the source file
    among them; not its place in the file) and the run (:func:`fingerprint`)."""
    ident = json.dumps(
        [run_key, type(record).__name__, dataclasses.astuple(record)],
        default=str,
        ensure_ascii=False,
    )
    return hashlib.blake2b(ident.encode(), digest_size=16).hexdigest()


@dataclass
class _Part:
    """A part file being filled: its name, the keys of its records and their rows so far."""

    name: str
    keys: list[str] = field(default_factory=list)
    rows: list[tables.Rows] = field(default_factory=list)


PART_SUFFIX = ".part"


class PartStore:
    """The part files of an output folder (``OUT/.ruextract/parts``), locked while in use.

    A part file holds the rows of consecutive input records (of any number of input files):
    a first line of JSON with the records' keys and, per table, each record's number of rows;
    then one line per table, ``NAME<TAB>`` and its rows column by column (a JSON object), so
    that a pass over one table (the persons pass over ``people``) parses only that line.
    """

    def __init__(self, out: Path) -> None:
        self.root = out / STATE_DIR
        self.parts = self.root / "parts"
        self._lock = None
        self._stamp = f"{time.time_ns():x}"
        # the part last read: its name, index, table lines and the tables parsed so far
        self._cached: tuple[str, dict, dict[str, str], dict[str, dict]] | None = None

    def open(self) -> PartStore:
        """Lock the folder and remove temporary files of interrupted runs."""
        check_output(self.root.parent)
        self.parts.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.root / "lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise RunError(f"another ruextract run is writing to {self.root.parent}") from None
        io.remove_temps(self.parts)
        io.remove_temps(self.root.parent)
        return self

    def close(self) -> None:
        """Release the lock."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> PartStore:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear(self) -> None:
        """Forget every part (a run from scratch)."""
        for path in self.parts.iterdir():
            path.unlink()

    def remove(self) -> None:
        """Remove the parts folder (the resume cache) altogether."""
        shutil.rmtree(self.parts, ignore_errors=True)

    def part_name(self, n: int) -> str:
        """The name of this run's part number ``n``: no other run's parts have it."""
        return f"{self._stamp}-{n:06d}"

    def path(self, name: str) -> Path:
        return self.parts / f"{name}{PART_SUFFIX}"

    def write(self, part: _Part) -> None:
        """Write a part file (atomically: a temporary name, fsync, then a rename)."""
        merged = tables.merge(part.rows)
        index = {
            "keys": part.keys,
            "counts": {
                name: [len(rows.get(name, ())) for rows in part.rows]
                for name in merged
                if merged[name]
            },
        }
        data = {
            name: {column: [row.get(column) for row in rows] for column in tables.TABLES[name]}
            for name, rows in merged.items()
            if rows
        }
        path = self.path(part.name)
        tmp = io.temp_path(path)
        try:
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(index, separators=(",", ":")))
                handle.write("\n")
                for name, columns in data.items():
                    # dumps, not dump: json.dump encodes in pure Python, dumps in C (~10x)
                    text = json.dumps(columns, ensure_ascii=False, separators=(",", ":"))
                    handle.write(f"{name}\t{text}\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    def index(self) -> dict[str, tuple[str, int]]:
        """``key -> (part name, position)`` of every record stored in a part file (read from
        the first line of each part only). A file that is no part of this version is
        removed."""
        found: dict[str, tuple[str, int]] = {}
        for path in sorted(self.parts.iterdir()):
            try:
                if path.suffix != PART_SUFFIX:
                    raise ValueError(path.name)
                with open(path, encoding="utf-8") as handle:
                    keys = json.loads(handle.readline())["keys"]
                if not isinstance(keys, list):
                    raise TypeError(keys)
            except (OSError, ValueError, KeyError, TypeError):  # never reused
                path.unlink(missing_ok=True)
                continue
            for position, key in enumerate(keys):
                found.setdefault(key, (path.name[: -len(PART_SUFFIX)], position))
        return found

    def _load(self, name: str) -> tuple[str, dict, dict[str, str], dict[str, dict]]:
        """A part read (the last one is kept): its index and its table lines, unparsed."""
        if self._cached is None or self._cached[0] != name:
            with open(self.path(name), encoding="utf-8") as handle:
                index = json.loads(handle.readline())
                lines = dict(line.rstrip("\n").split("\t", 1) for line in handle)
            self._cached = (name, index, lines, {})
        return self._cached

    def _columns(self, name: str, table: str) -> dict[str, list]:
        """The columns of one table of a part (parsed once)."""
        _, _, lines, parsed = self._load(name)
        if table not in parsed:
            parsed[table] = json.loads(lines[table])
        return parsed[table]

    def records(
        self, name: str, start: int, stop: int, only: Collection[str] | None = None
    ) -> list[tables.Rows]:
        """The rows of each of the records ``start:stop`` of a part, table by table (with
        ``only``, of those tables only; the others are empty)."""
        found: list[tables.Rows] = [
            {table: [] for table in tables.TABLES} for _ in range(start, stop)
        ]
        for table, counts in self._load(name)[1]["counts"].items():
            if only is not None and table not in only:
                continue
            first = sum(counts[:start])
            last = first + sum(counts[start:stop])
            if first == last:
                continue
            columns = self._columns(name, table)
            names = list(columns)
            values = [column[first:last] for column in columns.values()]
            rows = [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]
            at = 0
            for record, count in zip(found, counts[start:stop], strict=True):
                record[table] = rows[at : at + count]
                at += count
        return found

    def prune(self, keep: set[str]) -> None:
        """Remove every part whose name is not in ``keep``."""
        for path in self.parts.glob(f"*{PART_SUFFIX}"):
            if path.name[: -len(PART_SUFFIX)] not in keep:
                path.unlink(missing_ok=True)


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


# the state of a worker process (set in the parent just before the pool forks)
_WORKER: dict = {}


def _die_with_parent() -> None:
    """Worker initializer: on Linux, the worker is killed when the parent run dies (kill -9),
    so that no orphan keeps writing parts or holding the output folder's lock."""
    import ctypes
    import os
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl
        os._exit(1)


def _work_batch(
    records: list[Article | Problem], keep: tuple[str, ...] | None = None
) -> list[tables.Rows]:
    """Rows of one batch, in a worker process (the pipeline forked from the parent)."""
    return process_batch(_WORKER["nlp"], records, keep)


def _stop_pool(pool) -> None:
    """Terminate a process pool's workers without waiting for their batches."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _batch_rows(
    nlp: Language, batches: Iterable[list], workers: int, keep: tuple[str, ...] | None = None
) -> Iterator[tuple[list, list[tables.Rows]]]:
    """Each batch of ``(key, record)`` pairs with the rows of its records (of the tables
    ``keep``, None: all), in input order.

    With ``workers`` > 1, forked processes (sharing the parent's loaded models, copy on
    write) process the batches, at most two of the largest batch's records per worker in
    flight, so that memory stays bounded; the tables are the same as with one process.
    """

    def records(batch: list) -> list[Article | Problem]:
        return [record for _, record in batch]

    if workers <= 1:
        for batch in batches:
            yield batch, process_batch(nlp, records(batch), keep)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    _WORKER.update(nlp=nlp)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_die_with_parent) as pool:
            try:
                pending: deque = deque()
                # records in flight: at most 2 * workers of the largest batch so far, so the
                # small batches of the tail (see _batches) keep every worker fed
                in_flight = limit = 0
                for batch in batches:
                    pending.append((batch, pool.submit(_work_batch, records(batch), keep)))
                    in_flight += len(batch)
                    limit = max(limit, 2 * workers * len(batch))
                    while in_flight > limit:
                        done, future = pending.popleft()
                        in_flight -= len(done)
                        yield done, future.result()
                while pending:
                    done, future = pending.popleft()
                    yield done, future.result()
            except BaseException:  # Ctrl-C, a kill: stop the workers now, not after their batch
                _stop_pool(pool)
                raise
    finally:
        _WORKER.clear()


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


FIRST_ERRORS = 10  # errors rows named in the summary
FIRST_NAMES = 5  # skipped files and renamed duplicates named in the summary


def tally(summary: RunSummary, rows: tables.Rows) -> None:
    """Count the rows of some documents into the run summary."""
    summary.n_docs += len(rows["documents"])
    summary.n_ok += sum(row["status"] == "ok" for row in rows["documents"])
    summary.n_failed += sum(row["status"] != "ok" for row in rows["documents"])
    summary.n_errors += len(rows["errors"])
    summary.n_tokens += sum(row["n_tokens"] or 0 for row in rows["documents"])
    for row in rows["errors"]:
        kind = row["error"]
        if kind == "UnsupportedFile":
            summary.n_skipped += 1
            if len(summary.skipped) < FIRST_NAMES:
                summary.skipped.append(row["source"])
        elif kind == "DuplicateId":
            summary.n_duplicates += 1
            if len(summary.duplicates) < FIRST_NAMES:
                summary.duplicates.append(f"{row['source']}: {row['doc_id']}")
        if kind == "DateError":
            summary.n_date_errors += 1
        if kind not in ("DuplicateId", "UnsupportedFile") and (
            len(summary.first_errors) < FIRST_ERRORS
        ):
            summary.first_errors.append(f"{row['source']}: {row['message']}")


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
