"""Articles that become problems rather than rows: one too long to process
(:func:`check_length`), one the pipeline fails on; a problem's ``documents`` and ``errors``
rows."""

from __future__ import annotations

from ruextract import tables
from ruextract.records import Article, Problem

MAX_CHARS = 100_000  # longer articles are rejected: see run()


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


def check_length(item: Article | Problem, max_chars: int | None) -> Article | Problem:
    """An article longer than ``max_chars`` characters becomes a problem (None: no limit)."""
    if isinstance(item, Article) and max_chars and len(item.text) > max_chars:
        message = (
            f"article too long: {len(item.text):,} characters, the limit is {max_chars:,} "
            "(split it, or raise the limit: --max-chars)"
        )
        return Problem(item.doc_id, item.source, "read", "TooLong", message)
    return item
