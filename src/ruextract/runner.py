"""Batch runs: input files in, tables out (what ``ruextract run`` does).

Articles stream from the readers through the pipeline in batches (a batch may span files); a
batch that fails is retried article by article so that one broken article costs only itself
(a ``documents`` row with ``status = error`` and an ``errors`` row). Memory holds one batch
and one chunk of rows at a time, whatever the size of the corpus.

Resumable runs. The rows of every input file are written, ``chunk_size`` articles at a time,
as part files under ``OUT/.ruextract/parts/`` (each written to a temporary name and renamed):
``KEY.N.json`` for chunk N, then ``KEY.done`` once the file is complete. ``KEY`` hashes the
file's bytes, its path, the pipeline config, the ruextract version and the run settings that
change rows, so a changed input file (or pipeline) is processed again. When every input is
done, the tables are assembled from the parts in input order, streaming, into temporary
files renamed into place. A run killed at any moment leaves the tables of the previous run
(or none) and whole part files; the same command run again skips the done files and chunks
and produces the same tables as an uninterrupted run. Parts of files no longer among the
inputs are removed after the tables are written. One run at a time may use an output folder
(a lock file in ``OUT/.ruextract/``).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

from spacy.language import Language

from ruextract import io, persons, tables
from ruextract.pipeline import DEFAULT_PIPELINE, load, run_docs
from ruextract.records import Article, Problem

STATE_DIR = ".ruextract"
MAX_CHARS = 100_000  # longer articles are rejected: see run()
CHUNK_SIZE = 64  # articles per part file


class RunError(RuntimeError):
    """The run itself cannot proceed (the output folder is in use or not writable)."""


@dataclass
class RunSummary:
    """What a run did: documents written, ok and failed, problems met, time taken.

    ``n_docs``, ``n_ok`` and ``n_errors`` count rows of the written ``documents`` (all and
    ``status = ok``) and ``errors`` tables; ``n_resumed`` counts input records taken from the
    parts of an earlier, interrupted run instead of processed again. The rest split the
    ``errors`` rows by kind for the console summary.
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


@dataclass
class _InputFile:
    """An input file being processed: its part key and the rows of its current chunk."""

    path: Path
    root: Path
    key: str
    chunk: int = 0
    n_items: int = 0
    pending: list[tables.Rows] = field(default_factory=list)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
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


def process_batch(nlp: Language, batch: list[Article | Problem]) -> list[tables.Rows]:
    """Rows for a batch of articles (and problems met reading them), in input order."""
    positions = [n for n, item in enumerate(batch) if isinstance(item, Article)]
    done: dict[int, tables.Rows] = {}
    try:
        docs = run_docs(nlp, [batch[n] for n in positions])
        for n, doc in zip(positions, docs, strict=True):
            done[n] = tables.rows_from_doc(doc)
    except Exception:  # isolate the article that fails, below
        done = {}
        for n in positions:
            article = batch[n]
            try:
                done[n] = tables.rows_from_doc(next(run_docs(nlp, [article])))
            except Exception as error:  # one article's failure is a row
                problem = Problem(
                    article.doc_id, article.source, "pipeline", type(error).__name__,
                    _message(error),
                )  # fmt: skip
                done[n] = _problem_rows(problem, article)
    return [done[n] if n in done else _problem_rows(item) for n, item in enumerate(batch)]


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


class PartStore:
    """The part files of an output folder (``OUT/.ruextract/parts``), locked while in use."""

    def __init__(self, out: Path) -> None:
        self.root = out / STATE_DIR
        self.parts = self.root / "parts"
        self._lock = None

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

    def chunk_path(self, key: str, n: int) -> Path:
        return self.parts / f"{key}.{n}.json"

    def done_path(self, key: str) -> Path:
        return self.parts / f"{key}.done"

    def done(self, key: str) -> dict | None:
        """What the done marker of a file says (chunks, records), or None if not done."""
        path = self.done_path(key)
        if not path.exists():
            return None
        return json.loads(path.read_text(encoding="utf-8"))

    def chunks_done(self, key: str) -> int:
        """How many leading chunks of a file are already written."""
        n = 0
        while self.chunk_path(key, n).exists():
            n += 1
        return n

    def write_chunk(self, item: _InputFile) -> None:
        """Write the pending rows of a file as its next chunk."""
        io.write_part(tables.merge(item.pending), self.chunk_path(item.key, item.chunk))
        item.chunk += 1
        item.pending = []

    def finish(self, item: _InputFile) -> None:
        """Write a file's last chunk and its done marker."""
        if item.pending or item.chunk == 0:
            self.write_chunk(item)
        marker = {"source": item.path.as_posix(), "chunks": item.chunk, "records": item.n_items}
        io.write_json(marker, self.done_path(item.key))

    def rows(self, key: str) -> Iterator[tables.Rows]:
        """The rows of a done file, chunk by chunk."""
        for n in range(self.done(key)["chunks"]):
            yield io.read_part(self.chunk_path(key, n))

    def prune(self, keep: set[str]) -> None:
        """Remove the parts of every file whose key is not in ``keep``."""
        for path in self.parts.iterdir():
            if path.name.split(".", 1)[0] not in keep:
                path.unlink(missing_ok=True)


def plan(inputs: Iterable[Path], out: Path, run_key: str) -> list[_InputFile]:
    """Every input file, in order, with its part key (content, path and run settings)."""
    files = []
    for root in inputs:
        for path in io.iter_files(root, exclude=out, unsupported=True):
            try:
                content = io.file_hash(path)
            except OSError as error:  # read_file reports it; never reuse such a part
                content = f"unreadable {error} {time.time_ns()}"
            ident = json.dumps([run_key, path.as_posix(), root.as_posix(), content])
            key = hashlib.sha256(ident.encode()).hexdigest()[:32]
            files.append(_InputFile(path=path, root=root, key=key))
    return files


@dataclass(frozen=True)
class _Settings:
    """What a run needs besides its files (picklable: sent to worker processes)."""

    batch_size: int
    chunk_size: int
    max_chars: int | None
    read: io.ReadOptions = io.DEFAULT_OPTIONS


def _process_files(
    nlp: Language,
    store: PartStore,
    files: list[_InputFile],
    settings: _Settings,
    on_document: Callable[[int], None] | None = None,
    workers: int = 1,
) -> int:
    """Write the parts of every file not done yet; returns how many records were resumed.

    With ``workers`` > 1 the batches go to that many forked processes and come back in
    input order (see :func:`_batch_rows`).
    """
    resumed = 0

    def entries() -> Iterator[tuple[_InputFile, Article | Problem | None]]:
        nonlocal resumed
        for item in files:
            marker = store.done(item.key)
            if marker is not None:
                resumed += marker["records"]
                if on_document:
                    on_document(marker["records"])
                continue
            item.chunk = store.chunks_done(item.key)
            skip = item.chunk * settings.chunk_size
            count = 0
            for n, record in enumerate(io.read_file(item.path, item.root, settings.read)):
                count = n + 1
                if n >= skip:
                    yield item, check_length(record, settings.max_chars)
            item.n_items = count
            resumed += min(skip, count)
            if on_document and skip:
                on_document(min(skip, count))
            yield item, None

    for batch, rows in _batch_rows(nlp, _batches(entries(), settings.batch_size), workers):
        records = [record for _, record in batch if record is not None]
        results = iter(rows)
        for item, record in batch:
            if record is None:
                store.finish(item)
                continue
            item.pending.append(next(results))
            if len(item.pending) == settings.chunk_size:
                store.write_chunk(item)
        if on_document and records:
            on_document(len(records))
    return resumed


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


def _work_batch(records: list[Article | Problem]) -> list[tables.Rows]:
    """Rows of one batch, in a worker process (the pipeline forked from the parent)."""
    return process_batch(_WORKER["nlp"], records)


def _stop_pool(pool) -> None:
    """Terminate a process pool's workers without waiting for their batches."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _batch_rows(
    nlp: Language, batches: Iterable[list], workers: int
) -> Iterator[tuple[list, list[tables.Rows]]]:
    """Each batch of ``(file, record)`` pairs with the rows of its records, in input order.

    With ``workers`` > 1, forked processes (sharing the parent's loaded models, copy on
    write) process the batches, at most two per worker in flight, so that memory stays
    bounded; the tables are the same as with one process.
    """

    def records(batch: list) -> list[Article | Problem]:
        return [record for _, record in batch if record is not None]

    if workers <= 1:
        for batch in batches:
            yield batch, process_batch(nlp, records(batch))
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
                for batch in batches:
                    pending.append((batch, pool.submit(_work_batch, records(batch))))
                    if len(pending) > 2 * workers:
                        done, future = pending.popleft()
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
    rows of every part, ids made unique as :func:`assemble` makes them) and their ids by
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


def assemble(
    parts: Iterable[tables.Rows],
    out: Path,
    fmt: str,
    summary: RunSummary,
    *,
    with_text: bool = False,
    names: Iterable[str] | None = None,
    people: tuple[dict[tuple[str, str], str], list[dict]] | None = None,
) -> list[Path]:
    """Write the table set of a run from its rows (in input order) and commit it as a whole.

    Ids are made unique over the run (:func:`unique_ids`), ``documents.text`` is emptied
    unless ``with_text``, and the rows are counted into ``summary``. The new set becomes
    current in one step (:class:`ruextract.io.TableWriter`): a reader of ``out`` sees the
    old set or the new one. A table computed over the whole run goes here: ``people``, the
    run's person ids and ``persons`` rows (:func:`run_persons`), fills ``person_id``.
    """
    person_ids, persons_rows = people if people is not None else ({}, [])
    with io.TableWriter(out, fmt, names) as writer:
        for rows in unique_ids(parts, set()):
            rows = tables.with_person_ids(rows, person_ids)
            writer.write(rows if with_text else without_text(rows))
            tally(summary, rows)
        writer.write({"persons": persons_rows})
        summary.paths = writer.commit()
    return summary.paths


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
) -> RunSummary:
    """Process every article under ``inputs`` and write the tables into ``out``.

    ``on_document(n)`` is called with numbers of input records as they are done (after each
    batch, and for files taken from an earlier run), for progress bars. Articles longer than
    ``max_chars`` characters are rejected with an error row (the models' time and memory grow
    with the text: about 1 s per 1,000 characters on one core). With ``resume`` (the
    default) the parts of an earlier run with the same inputs and settings are reused;
    ``resume=False`` processes everything again. ``workers`` > 1 processes the batches in
    that many forked processes (the tables are the same). ``read_options``: the default
    article date, the date field and the CSV separator (:class:`ruextract.io.ReadOptions`);
    ``with_text``: fill ``documents.text``.

    Raises :class:`RunError` when the output folder cannot be used and
    ``FileNotFoundError`` when an input does not exist.
    """
    started = time.perf_counter()
    inputs = [Path(path) for path in inputs]
    missing = [str(path) for path in inputs if not path.exists()]
    if missing:
        raise FileNotFoundError(f"input not found: {', '.join(missing)}")
    summary = RunSummary()
    settings = _Settings(
        batch_size=batch_size, chunk_size=chunk_size, max_chars=max_chars, read=read_options
    )
    with PartStore(out) as store:
        nlp = nlp or load(pipeline)
        run_key = fingerprint(
            nlp, max_chars=max_chars, chunk_size=chunk_size, read=repr(read_options)
        )
        files = plan(inputs, out, run_key)
        if not resume:
            store.clear()
        summary.n_resumed = _process_files(nlp, store, files, settings, on_document, workers)

        def parts() -> Iterator[tables.Rows]:
            return (rows for item in files for rows in store.rows(item.key))

        assemble(parts(), out, fmt, summary, with_text=with_text, people=run_persons(parts()))
        store.prune({item.key for item in files})
    summary.seconds = time.perf_counter() - started
    return summary
