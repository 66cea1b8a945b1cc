"""Files are touched here only: input readers and atomic table writers (the runner's resume
part files are the runner's own: :class:`ruextract.runner.PartStore`).

The package's parts: :mod:`ruextract.io.charsets` (text encodings), :mod:`ruextract.io.dates`
(article dates in every form the readers take), this module (readers, table sets).

Readers turn folders and files (``.txt``, ``.jsonl``, ``.json``, ``.csv``, ``.tsv`` and ``.gz``
of each) into :class:`~ruextract.records.Article` records, or :class:`~ruextract.records.Problem`
records for what cannot be read (a file of another type included); a bad file or line never
stops the others. ``.jsonl`` and ``.csv`` files are read line by line (memory does not grow
with the file), in the encoding detected from the file's head; a line that does not decode in
it is detected on its own. The CSV separator is sniffed (``,``, ``;`` or tab) unless given.

Text is normalised in one way only: line endings (``\\r\\n`` and a lone ``\\r``) become
``\\n``. Offsets in the tables count characters of this normalised text (``documents.n_chars``
is its length), not bytes or characters of the raw file. HTML markup is kept as text.

Ids and sources: a record's own ``id`` is its ``doc_id`` exactly as given; otherwise the
``doc_id`` is the file's path below the input folder without suffixes (``2024/jan/a1``), plus
``:N`` for a record of a many-record file (N is the line of a ``.jsonl`` line or of the first
line of a ``.csv`` row, and the 1-based item number in a ``.json`` array). ``source`` is the
file path, plus ``:N`` likewise.

Writers write each table to a temporary file beside its target and rename it into place, so a
reader never sees a half-written table; :class:`TableWriter` streams a run's tables part by
part into a fresh folder and commits the set with one rename of its manifest, which
:func:`read_tables` follows: a reader sees the old set or the new one, never a mix.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io as pyio
import json
import os
import shutil
import time
import uuid
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import IO

import pandas as pd

from ruextract import tables

# the parts, re-exported: ruextract.io.parse_date, ruextract.io.InputError, …
from ruextract.io.charsets import decode as decode
from ruextract.io.charsets import decode_line as decode_line
from ruextract.io.charsets import decode_text as decode_text
from ruextract.io.charsets import detect_encoding as detect_encoding
from ruextract.io.charsets import normalize_newlines as normalize_newlines
from ruextract.io.dates import DATE_FORMS as DATE_FORMS
from ruextract.io.dates import parse_date as parse_date
from ruextract.io.dates import read_date as read_date
from ruextract.io.dates import split_header as split_header
from ruextract.io.errors import InputError as InputError
from ruextract.records import Article, Problem

FORMATS = (".txt", ".jsonl", ".json", ".csv", ".tsv")
SNIFF_BYTES = 65536  # bytes looked at to tell a binary file from text, and its encoding
GZIP_ERRORS = (OSError, EOFError, zlib.error)
CSV_SEPARATORS = ",;\t"
MANIFEST = "tables.json"  # names the committed table set of an output folder
SETS_DIR = ".ruextract/sets"  # table sets, one folder each
ID_SUFFIX = "~"  # a duplicate id "a1" becomes "a1~2", "a1~3", … in input order


@dataclass(frozen=True)
class ReadOptions:
    """How records are read: ``date`` is the article date of records that give none;
    ``date_field`` names the JSONL/JSON/CSV field that holds the date; ``csv_sep`` forces the
    CSV separator (else it is sniffed: ``,``, ``;`` or tab)."""

    date: date | None = None
    date_field: str = "date"
    csv_sep: str | None = None


DEFAULT_OPTIONS = ReadOptions()


def input_format(path: Path) -> str | None:
    """The input format of a file (``.txt``, ``.jsonl``, …), looking through ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in FORMATS:
        return suffixes[-1]
    return None


def iter_files(
    path: Path, exclude: Path | None = None, unsupported: bool = False
) -> Iterator[Path]:
    """Input files under ``path`` (itself if a file), recursively, in sorted order.

    Hidden files and folders (a name starting with ".") and anything under ``exclude`` (the
    output folder, when it lies inside an input folder) are left out; so are files of an
    unsupported format, unless ``unsupported`` (then :func:`read_file` reports them).
    """
    if path.is_file():
        yield path
        return
    excluded = exclude.resolve() if exclude is not None else None
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if excluded is not None and child.resolve().is_relative_to(excluded):
            continue
        if child.is_file() and (unsupported or input_format(child)):
            yield child


def unsupported_files(paths: Iterable[Path], exclude: Path | None = None) -> list[Path]:
    """Files under ``paths`` that ruextract cannot read (``.docx``, ``.pdf``, ``.html``, …)."""
    return [
        path
        for root in paths
        for path in iter_files(root, exclude, unsupported=True)
        if input_format(path) is None
    ]


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes (read in blocks, as stored: a ``.gz`` is hashed compressed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------------------- readers


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _read_bytes(path: Path) -> bytes:
    with _open(path) as handle:
        try:
            return handle.read()
        except GZIP_ERRORS as error:
            raise InputError(f"broken gzip file: {error}") from None


def _head(handle: IO[bytes]) -> bytes:
    """The first bytes of a file, not consumed."""
    return handle.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(handle, "peek") else b""


def _lines(handle: IO[bytes]) -> Iterator[tuple[int, str, str]]:
    """Numbered lines of a text file (from 1) with the encoding of each, newline kept as
    ``\\n``. The file's encoding is detected from its head; a line that does not decode in
    it is detected on its own. A lone ``\\r`` also ends a line.
    """
    encoding = detect_encoding(_head(handle), final=False)
    if encoding == "utf-16":
        raw_lines: Iterable = pyio.TextIOWrapper(handle, encoding="utf-16", newline="")
    else:
        raw_lines = handle
    n = 0
    for raw in raw_lines:
        if isinstance(raw, str):
            text, used = raw, encoding
        else:
            text, used = decode_line(raw, encoding)
        if n == 0 and text.startswith("\ufeff"):
            text = text[1:]
        for line in normalize_newlines(text).splitlines(keepends=True):
            n += 1
            yield n, (line if line.endswith("\n") else line + "\n"), used


def _stem_id(path: Path, root: Path) -> str:
    """A stable id from a file path: the path below the input root, without suffixes."""
    try:
        rel = path.relative_to(root) if root.is_dir() else Path(path.name)
    except ValueError:
        rel = Path(path.name)
    name = rel.name
    for _ in path.suffixes:
        name = name.rsplit(".", 1)[0] if "." in name else name
    return (rel.parent / name).as_posix()


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        raise InputError("missing text")
    if not isinstance(value, str):
        raise InputError(f"text is {type(value).__name__}, not a string")
    if not value.strip():
        raise InputError("empty article: no text")
    return normalize_newlines(value)


def optional_text(value: object) -> str | None:
    """A metadata value as text; None for a missing or empty value."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return None
    return str(value)


def _record(
    fields: dict, doc_id: str, source: str, options: ReadOptions, encoding: str | None
) -> Article | Problem:
    """An article from a JSON object or CSV row; a problem if it is not one."""
    raw_id = fields.get("id")
    if optional_text(raw_id) is not None:
        doc_id = str(raw_id)
    article_date, date_error = read_date(fields.get(options.date_field), options.date)
    try:
        return Article(
            doc_id=doc_id,
            text=_text(fields.get("text")),
            date=article_date,
            title=optional_text(fields.get("title")),
            url=optional_text(fields.get("url")),
            source=source,
            date_error=date_error,
            encoding=encoding,
        )
    except InputError as error:
        return Problem(doc_id, source, "read", "InputError", str(error))


def _read_txt(
    path: Path, doc_id: str, source: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    try:
        text, encoding = decode_text(_read_bytes(path))
        if not text.strip():
            raise InputError("empty article: no text")
        header, body = split_header(text)
        if not body.strip():
            raise InputError("empty article: a date header and no text")
    except InputError as error:
        yield Problem(doc_id, source, "read", "InputError", str(error))
        return
    article_date, date_error = read_date(header, options.date)
    yield Article(
        doc_id=doc_id, text=body, date=article_date, source=source, date_error=date_error,
        encoding=encoding,
    )  # fmt: skip


def _json_problem(error: json.JSONDecodeError) -> str:
    return f"invalid JSON: {error.msg.removesuffix(' at')} (column {error.colno})"


def _read_jsonl(
    path: Path, doc_id: str, source: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    with _open(path) as handle:
        for n, line, encoding in _lines(handle):
            if not line.strip():
                continue
            ident, where = f"{doc_id}:{n}", f"{source}:{n}"
            try:
                fields = json.loads(line)
            except json.JSONDecodeError as error:
                yield Problem(ident, where, "read", "JSONDecodeError", _json_problem(error))
                continue
            if not isinstance(fields, dict):
                yield Problem(ident, where, "read", "InputError", "line is not a JSON object")
                continue
            yield _record(fields, ident, where, options, encoding)


def _read_json(
    path: Path, doc_id: str, source: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    text, encoding = decode_text(_read_bytes(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # a .json file may hold one object per line
        yield from _read_jsonl(path, doc_id, source, options)
        return
    if isinstance(data, list):
        for n, fields in enumerate(data, start=1):
            ident, where = f"{doc_id}:{n}", f"{source}:{n}"
            if not isinstance(fields, dict):
                yield Problem(ident, where, "read", "InputError", "item is not a JSON object")
                continue
            yield _record(fields, ident, where, options, encoding)
    elif isinstance(data, dict):
        yield _record(data, doc_id, source, options, encoding)
    else:
        yield Problem(doc_id, source, "read", "InputError", "not a JSON object or array")


def csv_separator(sample: str, tsv: bool = False) -> str:
    """The separator of a CSV file from its first lines: of ``,``, ``;`` and tab, the one
    under which the header has a ``text`` column, else the one ``csv.Sniffer`` finds (a
    ``.tsv`` file defaults to tab). Quoting is standard (doubled quotes)."""
    header = sample.partition("\n")[0]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=CSV_SEPARATORS).delimiter
    except csv.Error:
        sniffed = "\t" if tsv else ","
    candidates = [sniffed] + [sep for sep in CSV_SEPARATORS if sep != sniffed]
    for sep in candidates:
        if "text" in next(csv.reader([header], delimiter=sep), []):
            return sep
    return sniffed


def _dialect(sep: str) -> type[csv.Dialect]:
    return type("Forced", (csv.excel,), {"delimiter": sep})


def _read_csv(
    path: Path, doc_id: str, source: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    csv.field_size_limit(2**31 - 1)  # long articles are one cell
    with _open(path) as handle:
        lines = _lines(handle)
        state = {"n": 0, "encoding": None}
        head: list[tuple[int, str, str]] = list(islice(lines, 50))
        sample = "".join(line for _, line, _ in head)
        sep = options.csv_sep or csv_separator(sample, tsv=input_format(path) == ".tsv")
        dialect = _dialect(sep)

        def text_lines() -> Iterator[str]:
            for n, line, encoding in chain(head, lines):
                state["n"], state["encoding"] = n, encoding
                yield line

        reader = csv.reader(text_lines(), dialect)
        try:
            header = next(reader, None)
            if header is None:
                return
            if "text" not in header:
                columns = ", ".join(header) or "none"
                shown = {"\t": "tab"}.get(sep, repr(sep))
                message = f"no 'text' column (has: {columns}); separator {shown} (or --csv-sep)"
                yield Problem(None, source, "read", "InputError", message)
                return
            while True:
                first = state["n"] + 1
                row = next(reader, None)
                if row is None:
                    return
                if not row or row == [""]:
                    continue
                ident, where = f"{doc_id}:{first}", f"{source}:{first}"
                if len(row) != len(header):
                    message = f"row has {len(row)} cells, the header has {len(header)}"
                    yield Problem(ident, where, "read", "InputError", message)
                    continue
                fields = dict(zip(header, row, strict=True))
                yield _record(fields, ident, where, options, state["encoding"])
        except csv.Error as error:
            where = f"{source}:{state['n']}"
            yield Problem(None, where, "read", "CsvError", f"broken CSV: {error}")


READERS = {
    ".txt": _read_txt, ".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv,
    ".tsv": _read_csv,
}  # fmt: skip


def _read_items(path: Path, root: Path | None, options: ReadOptions) -> Iterator[Article | Problem]:
    root = root or path
    source = path.as_posix()
    doc_id = _stem_id(path, root)
    fmt = input_format(path)
    if fmt is None:
        kind = "".join(path.suffixes[-2:]).lower() or "a file without a suffix"
        message = (
            f"unsupported file type {kind}: {path.name} (ruextract reads "
            f"{', '.join(FORMATS)} and .gz of these)"
        )
        yield Problem(None, source, "read", "UnsupportedFile", message)
        return
    n = 0
    try:
        for n, item in enumerate(READERS[fmt](path, doc_id, source, options), start=1):  # noqa: B007
            yield item
    except InputError as error:
        yield Problem(doc_id if fmt == ".txt" else None, source, "read", "InputError", str(error))
        return
    except GZIP_ERRORS as error:
        kind = "broken gzip file" if path.suffix.lower() == ".gz" else "cannot read file"
        yield Problem(None, source, "read", type(error).__name__, f"{kind}: {error}")
        return
    except Exception as error:  # an unforeseen failure of one file must not stop a batch
        message = f"cannot read file: {error}" if str(error) else "cannot read file"
        yield Problem(None, source, "read", type(error).__name__, message)
        return
    if n == 0:
        yield Problem(None, source, "read", "InputError", "empty file: no articles")


def unique_id(doc_id: str, seen: set[str]) -> str:
    """``doc_id``, or the first of ``doc_id~2``, ``doc_id~3``, … not in ``seen`` (then added)."""
    new, n = doc_id, 1
    while new in seen:
        n += 1
        new = f"{doc_id}{ID_SUFFIX}{n}"
    seen.add(new)
    return new


def read_file(
    path: Path, root: Path | None = None, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Article | Problem]:
    """Articles of one input file, in file order; problems for what cannot be read.

    A file that holds no article at all gives an "empty file" problem, a file of an
    unsupported format an "UnsupportedFile" problem. An id used twice in the file gets a
    suffix on its second use (``a1~2``, see :func:`unique_id`; ``Article.duplicate_of`` keeps
    the id as given), so two articles never share a ``doc_id``.
    """
    seen: set[str] = set()
    for item in _read_items(path, root, options):
        if item.doc_id is None:
            yield item
            continue
        doc_id = unique_id(item.doc_id, seen)
        if doc_id == item.doc_id:
            yield item
        elif isinstance(item, Article):
            yield replace(item, doc_id=doc_id, duplicate_of=item.doc_id)
        else:
            message = f"{item.message} (id {item.doc_id!r} used before: this is {doc_id!r})"
            yield replace(item, doc_id=doc_id, message=message)


def read_inputs(
    paths: Iterable[Path], exclude: Path | None = None, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Article | Problem]:
    """Articles of every input file under ``paths``, in order (unsupported files reported)."""
    for root in paths:
        for path in iter_files(root, exclude, unsupported=True):
            yield from read_file(path, root, options)


# ---------------------------------------------------------------------------- writers


def _replace(tmp: Path, path: Path) -> None:
    """fsync ``tmp`` and rename it to ``path`` (atomic on POSIX)."""
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def temp_path(path: Path) -> Path:
    """A temporary name beside ``path`` (hidden, with the process id)."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def remove_temps(folder: Path) -> None:
    """Remove temporary files left in ``folder`` by an interrupted run."""
    if folder.is_dir():
        for tmp in folder.glob(".*.tmp-*"):
            tmp.unlink(missing_ok=True)


def write_table(df: pd.DataFrame, path: Path, fmt: str = "csv") -> Path:
    """Write one table atomically (a temporary file, then a rename) as CSV or Parquet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        if fmt == "parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_csv(tmp, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_tables(frames: dict[str, pd.DataFrame], out: Path, fmt: str = "csv") -> list[Path]:
    """Write every table into ``out`` as ``NAME.csv`` or ``NAME.parquet``."""
    suffix = ".parquet" if fmt == "parquet" else ".csv"
    return [write_table(df, out / f"{name}{suffix}", fmt) for name, df in frames.items()]


def _fsync_dir(folder: Path) -> None:
    """fsync a folder, so that renames inside it survive a crash."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def read_manifest(out: Path) -> dict | None:
    """The manifest of the table set last committed into ``out`` (None if there is none)."""
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _table_files(out: Path) -> dict[str, Path]:
    """The tables of ``out``: those the manifest names, else ``NAME.csv`` / ``NAME.parquet``
    files in it (Parquet first), known tables in their pinned order."""
    manifest = read_manifest(out)
    if manifest is not None:
        folder = out / manifest["folder"]
        return {name: folder / file for name, file in manifest["tables"].items()}
    found: dict[str, Path] = {}
    for suffix in (".parquet", ".csv"):
        for path in sorted(out.glob(f"*{suffix}")):
            found.setdefault(path.name[: -len(suffix)], path)
    for name in tables.TABLES:  # a Dask run's folders of Parquet parts: OUT/NAME/part-*.parquet
        if name not in found and next((out / name).glob("part-*.parquet"), None) is not None:
            found[name] = out / name
    order = [name for name in tables.TABLES if name in found]
    return {name: found[name] for name in order + sorted(set(found) - set(order))}


def read_table(path: Path, name: str | None = None) -> pd.DataFrame:
    """One table as a typed DataFrame: ``path`` is a table file (CSV or Parquet) or, with
    ``name``, an output folder (its committed set, see :func:`read_tables`).

    Dtypes are those of :func:`ruextract.tables.dtype` (Int64, Float64, boolean, date32,
    string); in CSV only an empty cell is missing, so codes such as Namibia's "NA" stay text.
    A folder of Parquet parts (``part-00000.parquet`` …, as a Dask run writes) is read in
    part order.
    """
    path = Path(path)
    if name is not None:
        return read_tables(path, [name])[name]
    if path.is_dir():
        parts = sorted(path.glob("part-*.parquet"))
        if not parts:
            raise FileNotFoundError(f"no part-*.parquet files in {path}")
        return tables.typed(pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True))
    if path.suffix == ".parquet":
        return tables.typed(pd.read_parquet(path))
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return tables.typed(df)


def read_tables(out: Path, names: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of an output folder (or those in ``names``) as typed DataFrames.

    Follows the folder's manifest (``tables.json``), so the tables always come from one
    committed set, even while a run commits a new one; a folder without a manifest (or
    written by hand) is read from its ``NAME.csv`` / ``NAME.parquet`` files.
    """
    out = Path(out)
    wanted = list(names) if names is not None else None
    for attempt in range(5):
        files = _table_files(out)
        if wanted is not None:
            unknown = [name for name in wanted if name not in files]
            if unknown:
                raise KeyError(f"no table {', '.join(unknown)} in {out} (has: {', '.join(files)})")
            files = {name: files[name] for name in wanted}
        try:
            return {name: read_table(path) for name, path in files.items()}
        except FileNotFoundError:  # a newer set was committed meanwhile: read that one
            if attempt == 4:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


class TableWriter:
    """Write a set of tables into ``out`` part by part, without holding all rows at once,
    and commit the set as a whole.

    Rows go to files in a fresh folder ``OUT/.ruextract/sets/ID``; :meth:`commit` makes the
    set current with one atomic rename of the manifest ``OUT/tables.json`` (which
    :func:`read_tables` follows, so a reader sees the old set or the new one, never a mix),
    then hard-links each table to ``OUT/NAME.csv`` (or ``.parquet``) for plain readers and
    removes older sets. :meth:`abort` removes the new folder. Use as a context manager:
    leaving the block without :meth:`commit` aborts. ``names``: the tables to write (default
    every table of :data:`ruextract.tables.TABLES`).
    """

    PARQUET_ROWS = 65536  # rows buffered per Parquet row group

    def __init__(self, out: Path, fmt: str = "csv", names: Iterable[str] | None = None) -> None:
        self.out = out
        self.fmt = fmt
        self.names = list(names) if names is not None else list(tables.TABLES)
        self.suffix = ".parquet" if fmt == "parquet" else ".csv"
        out.mkdir(parents=True, exist_ok=True)
        repair_tables(out)
        self.set_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.sets = out / SETS_DIR
        self.folder = self.sets / f".staging-{self.set_id}"
        self.folder.mkdir(parents=True)
        self.files = {name: self.folder / f"{name}{self.suffix}" for name in self.names}
        self.paths = {name: out / f"{name}{self.suffix}" for name in self.names}
        self.n_rows = dict.fromkeys(self.names, 0)
        self._handles: dict[str, IO[str]] = {}
        self._writers: dict = {}
        self._buffers: dict[str, list[pd.DataFrame]] = {name: [] for name in self.names}
        self._schemas: dict = {}
        for name, file in self.files.items():
            empty = tables.frame(name, [])
            if fmt == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                schema = pa.Schema.from_pandas(empty, preserve_index=False)
                self._schemas[name] = schema
                self._writers[name] = pq.ParquetWriter(file, schema)
            else:
                handle = open(file, "w", encoding="utf-8", newline="")
                empty.to_csv(handle, index=False, lineterminator="\n")
                self._handles[name] = handle

    def write(self, rows: tables.Rows) -> None:
        """Append the rows of some documents (every table) after those written before."""
        for name in self.names:
            part = rows.get(name)
            if not part:
                continue
            self.n_rows[name] += len(part)
            if self.fmt == "csv":  # the fields as the frame writes them, without the frame
                fields = tables.csv_fields(name, part)
                if fields is not None:
                    csv.writer(
                        self._handles[name], quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
                    ).writerows(fields)
                    continue
            df = tables.frame(name, part)
            if self.fmt == "parquet":
                self._buffers[name].append(df)
                if sum(len(b) for b in self._buffers[name]) >= self.PARQUET_ROWS:
                    self._flush(name)
            else:
                df.to_csv(
                    self._handles[name], index=False, header=False,
                    quoting=csv.QUOTE_MINIMAL, lineterminator="\n",
                )  # fmt: skip

    def _flush(self, name: str) -> None:
        import pyarrow as pa

        if self._buffers[name]:
            df = pd.concat(self._buffers[name], ignore_index=True)
            table = pa.Table.from_pandas(df, schema=self._schemas[name], preserve_index=False)
            self._writers[name].write_table(table)
            self._buffers[name] = []

    def _close(self) -> None:
        for handle in self._handles.values():
            handle.close()
        for writer in self._writers.values():
            writer.close()
        self._handles, self._writers = {}, {}

    def commit(self) -> list[Path]:
        """Finish every table and make the new set current; returns the table paths in
        ``out``."""
        for name in self._writers:
            self._flush(name)
        self._close()
        for file in self.files.values():
            with open(file, "rb+") as handle:
                os.fsync(handle.fileno())
        final = self.sets / self.set_id
        os.replace(self.folder, final)
        _fsync_dir(self.sets)
        self.folder = final
        manifest = {
            "format": self.fmt,
            "folder": final.relative_to(self.out).as_posix(),
            "tables": {name: file.name for name, file in self.files.items()},
            "rows": self.n_rows,
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        previous = read_manifest(self.out)
        write_json(manifest, self.out / MANIFEST)  # the commit: one atomic rename
        _fsync_dir(self.out)
        self.committed = True
        repair_tables(self.out, previous)
        return list(self.paths.values())

    def abort(self) -> None:
        """Drop the new set; the tables of an earlier run stay as they were."""
        self._close()
        if not getattr(self, "committed", False):
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()  # after commit the set is kept: a no-op


def repair_tables(out: Path, previous: dict | None = None) -> None:
    """Make ``out`` match its manifest: each committed table linked as ``OUT/NAME.csv`` (or
    ``.parquet``, one atomic rename each), tables of the ``previous`` manifest that the
    current one lacks removed, and every other set (older, or left by a killed run) removed.
    Runs after each commit and before each new set is written."""
    manifest = read_manifest(out)
    sets = out / SETS_DIR
    if manifest is None:  # no set was committed: every folder is left over
        if sets.is_dir():
            for folder in sets.iterdir():
                shutil.rmtree(folder, ignore_errors=True)
        return
    current = out / manifest["folder"]
    for file in manifest["tables"].values():
        target, source = out / file, current / file
        if target.exists() and os.path.samefile(target, source):
            continue
        tmp = temp_path(target)
        tmp.unlink(missing_ok=True)
        try:
            os.link(source, tmp)
        except OSError:  # a file system without hard links
            shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    if previous is not None:
        for file in set(previous.get("tables", {}).values()) - set(manifest["tables"].values()):
            (out / file).unlink(missing_ok=True)
    if sets.is_dir():
        for folder in sets.iterdir():
            if folder != current:
                shutil.rmtree(folder, ignore_errors=True)


def write_json(data: dict, path: Path) -> Path:
    """Write a small JSON file atomically."""
    tmp = temp_path(path)
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
