"""The ``ruextract`` command line: a thin front over the library."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from ruextract.pipeline import DEFAULT_PIPELINE

if TYPE_CHECKING:
    from ruextract.runner import RunSummary


class _Command(typer.Typer):
    """The typer app, leaving the process at once when a command has finished.

    Run as a program (``ruextract``, ``python -m ruextract``), the command's work is done,
    its files closed and committed when it returns: Python's own shutdown would then spend
    ~1 s freeing the loaded models object by object. The output is flushed and the exit
    handlers run (``atexit``: multiprocessing, Dask), then the process exits with the
    command's code. Tests invoke the command through typer's ``CliRunner``, which does not
    call the app, so they keep the interpreter.
    """

    def __call__(self, *args, **kwargs):
        import atexit
        import sys

        try:
            super().__call__(*args, **kwargs)
            code = 0
        except SystemExit as done:
            code = done.code
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)  # what Python does with a message as exit code
            code = 1
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe: nothing more to say
                pass
        os._exit(code or 0)


app = _Command(
    name="ruextract",
    help="Russian news to tidy tables: people, countries, dates and numeric facts.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)


class Format(StrEnum):
    """Output table format."""

    csv = "csv"
    parquet = "parquet"


def _version(value: bool) -> None:
    if value:
        from ruextract import __version__

        typer.echo(f"ruextract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Russian news to tidy tables: people, countries, dates and numeric facts.

    Exit codes: 0 the run finished (bad articles are rows of errors.csv), 1 it could not
    proceed (or --strict and some article failed), 2 bad arguments, 130 interrupted (run the
    same command again to resume).
    """


def _date_option(value: str | None, hint: str = "--date"):
    """An article date from the command line, in any form the readers take."""
    from ruextract.io import InputError, parse_date

    try:
        return parse_date(value)
    except InputError as error:
        raise typer.BadParameter(str(error), param_hint=hint) from None


def _separator(value: str | None) -> str | None:
    if value is None:
        return None
    sep = {"tab": "\t", "\\t": "\t"}.get(value.lower(), value)
    if len(sep) != 1:
        raise typer.BadParameter("one character, or 'tab'", param_hint="--csv-sep")
    return sep


PipelineOption = Annotated[
    str, typer.Option("--pipeline", "-p", help="Pipeline name (news, core) or a .cfg path.")
]


def _wide() -> Console:
    """The console for tables: piped output is not folded at 80 columns."""
    return console if console.is_terminal else Console(width=240)


def _load(pipeline: str):
    from ruextract.pipeline import load

    try:
        return load(pipeline)
    except (ValueError, FileNotFoundError) as error:
        raise typer.BadParameter(str(error), param_hint="--pipeline") from None


@app.command()
def run(
    inputs: Annotated[
        list[Path], typer.Argument(help="Input folders or files (.txt, .jsonl, .json, .csv, .gz).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the output tables.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Table format.")] = Format.csv,
    pipeline: PipelineOption = DEFAULT_PIPELINE,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch.")] = 32,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with code 1 if any article failed.")
    ] = False,
    max_chars: Annotated[
        int,
        typer.Option(min=0, help="Reject longer articles with an error row (0: no limit)."),
    ] = 100_000,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume/--no-resume", help="Reuse the finished parts of an interrupted run."
        ),
    ] = True,
    workers: Annotated[
        int,
        typer.Option(min=0, help="Processes working at once, models shared (0: one per CPU core)."),
    ] = 0,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Article date of records that give none (2024-01-03, 03.01.2024, "
            "'3 января 2024', RFC 2822, epoch seconds).",
        ),
    ] = None,
    date_field: Annotated[
        str, typer.Option("--date-field", help="JSONL/JSON/CSV field with the article date.")
    ] = "date",
    csv_sep: Annotated[
        str | None,
        typer.Option("--csv-sep", help="CSV separator: ',', ';' or 'tab' (default: sniffed)."),
    ] = None,
    with_text: Annotated[
        bool, typer.Option("--with-text", help="Keep each article's text in documents.text.")
    ] = False,
    tables: Annotated[
        str | None,
        typer.Option(
            "--tables",
            help="Tables to write, comma-separated (default all; documents and errors always); "
            "the stages only the others need are not run.",
        ),
    ] = None,
    keep_parts: Annotated[
        bool,
        typer.Option(
            "--keep-parts",
            help="Keep the resume cache (OUT/.ruextract/parts) after a successful run, so that "
            "the next run reuses every record it has.",
        ),
    ] = False,
    part_size: Annotated[
        int, typer.Option(min=1, help="Input records per part file of the resume cache.")
    ] = 64,
) -> None:
    """Process every article under INPUTS and write the tables into OUT.

    A bad article never stops the run: it gets a documents row with status "error" and an
    errors row; files ruextract cannot read are named. Exit 0 when the run finished, 1 when it
    could not proceed, 130 when interrupted: run the same command again to resume.
    """
    from ruextract.io import ReadOptions, iter_files
    from ruextract.runner import RunError, check_output, choose_tables, count_records
    from ruextract.runner import run as run_batch

    chosen = tables.split(",") if tables is not None else None
    try:
        choose_tables(chosen)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--tables") from None
    if dask and chosen is not None:
        raise typer.BadParameter("not available with --dask", param_hint="--tables")

    missing = [str(path) for path in inputs if not path.exists()]
    if missing:
        typer.echo(f"ruextract: input not found: {', '.join(missing)}", err=True)
        raise typer.Exit(1)
    try:
        check_output(out)
    except RunError as error:
        typer.echo(f"ruextract: {error}", err=True)
        raise typer.Exit(1) from None
    options = ReadOptions(
        date=_date_option(date), date_field=date_field, csv_sep=_separator(csv_sep)
    )
    if dask:
        _run_dask(inputs, out, dask, fmt, pipeline, workers, max_chars, strict)
        return
    n_files = sum(1 for path in inputs for _ in iter_files(path, exclude=out))
    total = count_records(inputs, exclude=out)
    nlp = _load(pipeline)
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(f"articles from {n_files} files", total=total)
        try:
            summary = run_batch(
                inputs,
                out,
                fmt=fmt.value,
                nlp=nlp,
                batch_size=batch_size,
                on_document=lambda n: progress.advance(task, n),
                max_chars=max_chars or None,
                resume=resume,
                workers=workers or os.cpu_count() or 1,
                read_options=options,
                with_text=with_text,
                tables=chosen,
                keep_parts=keep_parts,
                chunk_size=part_size,
            )
        except KeyboardInterrupt:
            progress.stop()
            _interrupted(out, int(progress.tasks[0].completed))
        except RunError as error:
            typer.echo(f"ruextract: {error}", err=True)
            raise typer.Exit(1) from None
        except OSError as error:
            typer.echo(f"ruextract: cannot write output: {error}", err=True)
            raise typer.Exit(1) from None
    _report(summary, out, strict)


class RateColumn(ProgressColumn):
    """Documents per second (rich's estimate over the last 30 s)."""

    def render(self, task) -> Text:
        speed = task.speed
        return Text(f"{speed:.1f} docs/s" if speed is not None else "- docs/s")


def _interrupted(out: Path, n_done: int) -> None:
    """Ctrl-C: say what was kept and how to resume; exit 130."""
    from ruextract.runner import PART_SUFFIX, STATE_DIR

    parts = out / STATE_DIR / "parts"
    n_parts = len(list(parts.glob(f"*{PART_SUFFIX}"))) if parts.is_dir() else 0
    typer.echo(
        f"ruextract: interrupted after {n_done} input records; {n_parts} part files kept in "
        f"{parts} (the tables in {out} are those of the previous run, if any). "
        "Run the same command again to resume.",
        err=True,
    )
    raise typer.Exit(130)


def _report(summary: RunSummary, out: Path, strict: bool, where: str = "") -> None:
    """The closing summary of a run; with ``strict``, exit 1 if any article failed."""
    rate = summary.n_docs / summary.seconds if summary.seconds else 0.0
    token_rate = summary.n_tokens / summary.seconds if summary.seconds else 0.0
    # a Dask run does not count tokens
    tokens = f", {token_rate:,.0f} tokens/s" if summary.n_tokens else ""
    resumed = (
        f" ({summary.n_resumed} input records reused from an earlier run)"
        if summary.n_resumed
        else ""
    )
    lines = [
        f"{summary.n_docs} documents{resumed}: {summary.n_ok} ok, "
        f"{summary.n_docs - summary.n_ok} failed; "
        f"{summary.n_skipped} files skipped, {summary.n_duplicates} duplicate ids renamed, "
        f"{summary.n_date_errors} unreadable dates; "
        f"{summary.seconds:.1f} s ({rate:.1f} docs/s{tokens}{where}); tables in {out}"
    ]
    if summary.n_skipped:
        more = ", …" if summary.n_skipped > len(summary.skipped) else ""
        lines.append(f"skipped (unsupported file type): {', '.join(summary.skipped)}{more}")
    if summary.n_duplicates:
        more = ", …" if summary.n_duplicates > len(summary.duplicates) else ""
        lines.append(f"duplicate ids renamed: {', '.join(summary.duplicates)}{more}")
    if summary.n_errors:
        n_shown = len(summary.first_errors)
        lines.append(
            f"{summary.n_errors} rows in "
            f"{next((p for p in summary.paths if p.stem == 'errors'), out / 'errors.csv')}"
            + (f"; the first {n_shown} errors:" if n_shown else "")
        )
        lines.extend(f"  {message}" for message in summary.first_errors)
    for line in lines:
        console.print(line, soft_wrap=True, markup=False, highlight=False)
    if strict and summary.n_errors > summary.n_duplicates:
        n_bad = summary.n_errors - summary.n_duplicates
        typer.echo(f"ruextract: {n_bad} errors (--strict)", err=True)
        raise typer.Exit(1)


def _run_dask(
    inputs: list[Path],
    out: Path,
    address: str,
    fmt: Format,
    pipeline: str,
    workers: int,
    max_chars: int,
    strict: bool,
) -> None:
    """``run --dask``: the same pipeline on a Dask cluster (see ruextract.distributed)."""
    try:
        from ruextract.distributed import run_dask
    except ImportError as error:
        typer.echo(f"ruextract: --dask needs the [dask] extra: {error}", err=True)
        raise typer.Exit(1) from None
    _load(pipeline)  # a bad --pipeline fails here, before a cluster starts
    summary = run_dask(
        inputs,
        out,
        address=address,
        fmt=fmt.value,
        pipeline=pipeline,
        n_workers=workers if workers > 1 else None,
        max_chars=max_chars or None,
    )
    _report(summary, out, strict, where=f" on Dask {address}")


@app.command()
def extract(
    text: Annotated[str, typer.Argument(help="Article text ('-': read it from stdin).")],
    date: Annotated[
        str | None,
        typer.Option(help="Article date (2024-01-03, 03.01.2024, ...), for relative dates."),
    ] = None,
    pipeline: PipelineOption = DEFAULT_PIPELINE,
    tables_: Annotated[
        list[str] | None,
        typer.Option("--table", "-t", help="Tables to print (default: all with rows)."),
    ] = None,
) -> None:
    """Process one text and print its tables."""
    import sys

    from ruextract.pipeline import extract as extract_one
    from ruextract.tables import TABLES

    unknown = [name for name in tables_ or [] if name not in TABLES]
    if unknown:
        raise typer.BadParameter(
            f"unknown table {', '.join(unknown)}; known: {', '.join(TABLES)}", param_hint="--table"
        )
    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise typer.BadParameter("empty text", param_hint="TEXT")
    result = extract_one(text, _date_option(date), nlp=_load(pipeline))
    out = _wide()
    for name, df in result.to_frames().items():
        if (tables_ and name not in tables_) or (not tables_ and df.empty):
            continue
        if name == "documents":
            df = df.drop(columns=["text"])
        table = Table(title=name, show_lines=False)
        for column in df.columns:
            table.add_column(column, overflow="fold")
        for row in df.astype(object).where(df.notna(), "").itertuples(index=False):
            table.add_row(*(str(value) for value in row))
        out.print(table)


@app.command()
def show(
    article: Annotated[
        Path,
        typer.Argument(
            exists=True, dir_okay=False, help="An article file (.txt, .jsonl, .json, .csv, ...)."
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="HTML file to write (default: a new temporary file)."),
    ] = None,
    record_id: Annotated[
        str | None,
        typer.Option("--id", help="The record to show, by id (default: the first)."),
    ] = None,
    pipeline: PipelineOption = DEFAULT_PIPELINE,
) -> None:
    """Write a displaCy HTML page of an article's mentions, dates and facts (never into the
    input folder) and print its path."""
    import tempfile

    from ruextract.io import read_file
    from ruextract.pipeline import make_doc
    from ruextract.records import Article
    from ruextract.visualize import render_html

    items = list(read_file(article))
    found = [item for item in items if isinstance(item, Article)]
    if not found:
        reason = "; ".join(getattr(item, "message", "") for item in items) or "no article"
        err_console.print(f"ruextract: cannot read {article}: {reason}", markup=False)
        raise typer.Exit(1)
    if record_id is not None:
        chosen = [item for item in found if item.doc_id == record_id]
        if not chosen:
            ids = ", ".join(item.doc_id for item in found[:10])
            more = ", …" if len(found) > 10 else ""
            raise typer.BadParameter(
                f"no record {record_id!r} in {article} (ids: {ids}{more})", param_hint="--id"
            )
        found = chosen
    nlp = _load(pipeline)
    doc = nlp(make_doc(nlp, found[0]))
    if out is None:
        handle = tempfile.NamedTemporaryFile(
            "w", prefix=f"ruextract-{article.stem}-", suffix=".html", delete=False
        )
        handle.close()
        target = Path(handle.name)
    else:
        target = out
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(doc, title=found[0].title or article.name), encoding="utf-8")
    n_articles = len([item for item in items if isinstance(item, Article)])
    which = f"{found[0].doc_id} ({n_articles} articles in the file; --id picks one)"
    console.print(f"wrote {target}: {which}", markup=False, soft_wrap=True)


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="Gold JSONL (NER or UD).")
    ],
    pipeline: PipelineOption = DEFAULT_PIPELINE,
    limit: Annotated[int | None, typer.Option(help="Only the first N records.")] = None,
    labels: Annotated[
        list[str] | None, typer.Option("--labels", "-l", help="Labels to score (NER).")
    ] = None,
    texts: Annotated[
        Path,
        typer.Option(help="Folder of the source texts that record gold points into."),
    ] = Path("../shared/data/gold"),
) -> None:
    """Score the pipeline against gold data: P/R/F1 per label, lemma/POS accuracy, or the
    records of a task (``data/gold/*.jsonl``) field by field, per tune / held-out subset."""
    from ruextract import evaluate as ev

    nlp = _load(pipeline)
    kind = ev.gold_kind(gold)
    if kind not in ("ner", "ud"):
        _print_record_reports(ev.evaluate_records(nlp, gold, texts, limit))
        return
    if kind == "ud":
        score = ev.evaluate_tokens(nlp, gold, limit)
        console.print(
            f"tokens: {score.n_gold} gold, {score.n_aligned} aligned "
            f"({score.n_aligned / max(score.n_gold, 1):.2%}); "
            f"lemma accuracy {score.lemma_accuracy:.4f} (aligned), "
            f"{score.lemma_accuracy_all:.4f} (all gold tokens); "
            f"UPOS accuracy {score.pos_accuracy:.4f}",
            soft_wrap=True,
        )
        return
    pairs: list = []
    with_relations = "relations" in ev.read_gold(gold, limit=1)[0]
    on_doc = (lambda record, doc: pairs.append((record, doc))) if with_relations else None
    scores = ev.evaluate_entities(nlp, gold, limit, labels or ev.LABELS, on_doc=on_doc)
    table = Table(title=f"{gold.name}: entity scores")
    for column in ("label", "gold", "pred", "exact P", "exact R", "exact F1",
                   "overlap P", "overlap R", "overlap F1"):  # fmt: skip
        table.add_column(column, justify="right")
    for s in scores:
        table.add_row(
            s.label, str(s.n_gold), str(s.n_pred),
            *(f"{v:.3f}" for v in (s.exact_p, s.exact_r, s.exact_f1,
                                   s.overlap_p, s.overlap_r, s.overlap_f1)),
        )  # fmt: skip
    _wide().print(table)
    if pairs:
        from ruextract.evaluate import roles as role_eval

        report = ev.RecordReport("roles", "all", len(pairs), role_eval.score(pairs))
        _print_record_reports([report], title=f"{gold.name}: roles against WORKS_AS/WORKPLACE")


def _print_record_reports(reports: list, title: str | None = None) -> None:
    """One table: a row per measure, a column per subset (tune / heldout / all)."""
    table = Table(title=title or f"{reports[0].task}: record scores")
    table.add_column("measure")
    for report in reports:
        table.add_column(f"{report.subset} ({report.n_articles} art.)", justify="right")
    names = list(dict.fromkeys(m.name for report in reports for m in report.measures))
    for name in names:
        cells = []
        for report in reports:
            found = [m for m in report.measures if m.name == name]
            cells.append(
                f"{found[0].value:.3f} ({found[0].hits}/{found[0].total})" if found else ""
            )
        table.add_row(name, *cells)
    _wide().print(table)


def main() -> None:
    """Entry point for ``python -m ruextract``."""
    app()
