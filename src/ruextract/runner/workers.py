"""Batches of articles through the pipeline: in input order, with a short tail so that the
workers finish together (:func:`_batches`); a failing batch retried article by article
(:func:`process_batch`); in this process or in forked workers that share the loaded models
(:func:`_batch_rows`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from itertools import islice

from spacy.language import Language

from ruextract import tables
from ruextract.pipeline import run_docs
from ruextract.records import Article, Problem
from ruextract.runner.errors import _message, _problem_rows

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
