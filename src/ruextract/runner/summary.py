"""What a run did (:class:`RunSummary`, counted from the rows as they are written by
:func:`tally`) and how many input records it has to do (:func:`count_records`, for a progress
bar)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ruextract import io, tables


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
