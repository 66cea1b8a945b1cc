"""Batch runs: input files in, tables out (what ``ruextract run`` does).

Articles flow from the readers through the pipeline in batches; a batch that fails is
retried article by article so that one broken article costs only itself (a ``documents`` row
with ``status = error`` and an ``errors`` row). Tables are written atomically at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language

from ruextract import io, tables
from ruextract.pipeline import DEFAULT_PIPELINE, load, run_docs
from ruextract.records import Article, Problem


@dataclass
class RunSummary:
    """What a run did: documents processed, ok and failed, problems met, time taken."""

    n_docs: int = 0
    n_ok: int = 0
    n_errors: int = 0
    seconds: float = 0.0
    paths: list[Path] = field(default_factory=list)


def _batches(items: Iterable[Article | Problem], size: int) -> Iterator[list[Article | Problem]]:
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


def process_batch(nlp: Language, batch: list[Article | Problem]) -> list[tables.Rows]:
    """Rows for a batch of articles (and problems met reading them), in input order."""
    articles = [item for item in batch if isinstance(item, Article)]
    try:
        docs = dict(zip((a.doc_id for a in articles), run_docs(nlp, articles), strict=True))
        done = {doc_id: tables.rows_from_doc(doc) for doc_id, doc in docs.items()}
    except Exception:  # isolate the article that fails, below
        done = {}
        for article in articles:
            try:
                done[article.doc_id] = tables.rows_from_doc(next(run_docs(nlp, [article])))
            except Exception as error:  # one article's failure is a row
                problem = Problem(
                    article.doc_id, article.source, "pipeline", type(error).__name__, str(error)
                )
                done[article.doc_id] = _problem_rows(problem, article)
    return [
        done[item.doc_id] if isinstance(item, Article) else _problem_rows(item) for item in batch
    ]


def run(
    inputs: Iterable[Path],
    out: Path,
    fmt: str = "csv",
    pipeline: str | Path = DEFAULT_PIPELINE,
    batch_size: int = 32,
    nlp: Language | None = None,
    on_document: Callable[[int], None] | None = None,
) -> RunSummary:
    """Process every article under ``inputs`` and write the tables into ``out``.

    ``on_document(n)`` is called after each batch with the number of documents it held (for
    progress bars).
    """
    started = time.perf_counter()
    nlp = nlp or load(pipeline)
    summary = RunSummary()
    parts: list[tables.Rows] = []
    for batch in _batches(io.read_inputs(inputs), batch_size):
        rows = process_batch(nlp, batch)
        parts.extend(rows)
        for part in rows:
            for document in part["documents"]:
                summary.n_docs += 1
                if document["status"] == "ok":
                    summary.n_ok += 1
            summary.n_errors += len(part["errors"])
        if on_document:
            on_document(len(batch))
    summary.paths = io.write_tables(tables.frames(tables.merge(parts)), out, fmt)
    summary.seconds = time.perf_counter() - started
    return summary
