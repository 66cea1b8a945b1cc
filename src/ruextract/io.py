"""Files are touched here only: input readers, part files and atomic table writers.

Readers turn folders and files (``.txt``, ``.jsonl``, ``.json``, ``.csv`` and ``.gz`` of
each) into :class:`~ruextract.records.Article` records, or :class:`~ruextract.records.Problem`
records for what cannot be read; a bad file or line never stops the others. ``.jsonl`` and
``.csv`` files are read line by line (memory does not grow with the file), each line decoded
on its own: UTF-8, else Windows-1251.

Text is normalised in one way only: line endings (``\\r\\n`` and a lone ``\\r``) become
``\\n``. Offsets in the tables count characters of this normalised text (``documents.n_chars``
is its length), not bytes or characters of the raw file. HTML markup is kept as text.

Ids and sources: a record's own ``id`` is its ``doc_id`` exactly as given; otherwise the
``doc_id`` is the file's path below the input folder without suffixes (``2024/jan/a1``), plus
``:N`` for a record of a many-record file (N is the line of a ``.jsonl`` line or of the first
line of a ``.csv`` row, and the 1-based item number in a ``.json`` array). ``source`` is the
file path, plus ``:N`` likewise.

Writers write each table to a temporary file beside its target and rename it into place, so a
reader never sees a half-written table; :class:`TableWriter` streams tables part by part.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO

import pandas as pd

from ruextract import tables
from ruextract.records import Article, Problem

FORMATS = (".txt", ".jsonl", ".json", ".csv")
# "date 2024-01-03" before the text of a .txt article, followed by white space
DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)(?:\s+|\Z)")
ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}")
SNIFF_BYTES = 65536  # bytes looked at to tell a binary file from text
GZIP_ERRORS = (OSError, EOFError, zlib.error)


class InputError(ValueError):
    """An article or file that cannot be read; the message says why."""


def input_format(path: Path) -> str | None:
    """The input format of a file (``.txt``, ``.jsonl``, …), looking through ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in FORMATS:
        return suffixes[-1]
    return None


def iter_files(path: Path, exclude: Path | None = None) -> Iterator[Path]:
    """Input files under ``path`` (itself if a file), recursively, in sorted order.

    Hidden files and folders (a name starting with ".") and anything under ``exclude`` (the
    output folder, when it lies inside an input folder) are left out.
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
        if child.is_file() and input_format(child):
            yield child


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes (read in blocks, as stored: a ``.gz`` is hashed compressed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and a lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1251; line endings normalised to ``\\n``.

    Raises :class:`InputError` for binary data (NUL bytes or mostly control characters).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalize_newlines(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputError("binary file: broken UTF-16 text") from None
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
        if text and (controls / len(text) > 0.01 or text.count("\ufffd") / len(text) > 0.01):
            raise InputError("binary file: neither UTF-8 nor Windows-1251 text") from None
    return normalize_newlines(text)


def decode_line(data: bytes) -> str:
    """One line of a ``.jsonl`` or ``.csv`` file: UTF-8, else Windows-1251."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def parse_date(value: object) -> date | None:
    """An article date from ISO text (``2024-01-03``, or a datetime starting with one), a
    ``date``, ``datetime`` or pandas ``Timestamp``; None for a missing value."""
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = ISO_DATE.match(text)
    try:
        if not match:
            raise ValueError
        return date.fromisoformat(match.group(0))
    except ValueError:
        raise InputError(f"invalid date {text!r}: expected a real date YYYY-MM-DD") from None


def split_header(text: str) -> tuple[date | None, str]:
    """Split an optional ``date YYYY-MM-DD`` header off a ``.txt`` article."""
    match = DATE_HEADER.match(text)
    if not match:
        return None, text
    return parse_date(match.group(1)), text[match.end() :]


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


def _sniff(handle: IO[bytes]) -> None:
    """Raise :class:`InputError` when a file starts like binary data, not text."""
    head = handle.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(handle, "peek") else b""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text: save .jsonl and .csv files as UTF-8")
    if b"\x00" in head:
        raise InputError("binary file (NUL bytes), not text")


def _lines(handle: IO[bytes]) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text file (from 1), each decoded on its own, newline kept as ``\\n``.

    A lone ``\\r`` also ends a line.
    """
    n = 0
    for raw in handle:
        text = decode_line(raw)
        if n == 0 and text.startswith("\ufeff"):
            text = text[1:]
        for line in normalize_newlines(text).splitlines(keepends=True):
            n += 1
            yield n, line if line.endswith("\n") else line + "\n"


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


def _record(fields: dict, doc_id: str, source: str) -> Article | Problem:
    """An article from a JSON object or CSV row; a problem if it is not one."""
    raw_id = fields.get("id")
    if optional_text(raw_id) is not None:
        doc_id = str(raw_id)
    try:
        return Article(
            doc_id=doc_id,
            text=_text(fields.get("text")),
            date=parse_date(fields.get("date")),
            title=optional_text(fields.get("title")),
            url=optional_text(fields.get("url")),
            source=source,
        )
    except InputError as error:
        return Problem(doc_id, source, "read", "InputError", str(error))


def _read_txt(path: Path, doc_id: str, source: str) -> Iterator[Article | Problem]:
    try:
        text = decode(_read_bytes(path))
        if not text.strip():
            raise InputError("empty article: no text")
        article_date, body = split_header(text)
        if not body.strip():
            raise InputError("empty article: a date header and no text")
    except InputError as error:
        yield Problem(doc_id, source, "read", "InputError", str(error))
        return
    yield Article(doc_id=doc_id, text=body, date=article_date, source=source)


def _json_problem(error: json.JSONDecodeError) -> str:
    return f"invalid JSON: {error.msg.removesuffix(' at')} (column {error.colno})"


def _read_jsonl(path: Path, doc_id: str, source: str) -> Iterator[Article | Problem]:
    with _open(path) as handle:
        _sniff(handle)
        for n, line in _lines(handle):
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
            yield _record(fields, ident, where)


def _read_json(path: Path, doc_id: str, source: str) -> Iterator[Article | Problem]:
    text = decode(_read_bytes(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # a .json file may hold one object per line
        yield from _read_jsonl(path, doc_id, source)
        return
    if isinstance(data, list):
        for n, fields in enumerate(data, start=1):
            ident, where = f"{doc_id}:{n}", f"{source}:{n}"
            if not isinstance(fields, dict):
                yield Problem(ident, where, "read", "InputError", "item is not a JSON object")
                continue
            yield _record(fields, ident, where)
    elif isinstance(data, dict):
        yield _record(data, doc_id, source)
    else:
        yield Problem(doc_id, source, "read", "InputError", "not a JSON object or array")


def _read_csv(path: Path, doc_id: str, source: str) -> Iterator[Article | Problem]:
    csv.field_size_limit(2**31 - 1)  # long articles are one cell
    with _open(path) as handle:
        _sniff(handle)
        lines = _lines(handle)
        numbered = {"n": 0}

        def text_lines() -> Iterator[str]:
            for n, line in lines:
                numbered["n"] = n
                yield line

        reader = csv.reader(text_lines())
        try:
            header = next(reader, None)
            if header is None:
                return
            if "text" not in header:
                columns = ", ".join(header) or "none"
                yield Problem(
                    None, source, "read", "InputError", f"no 'text' column (has: {columns})"
                )
                return
            while True:
                first = numbered["n"] + 1
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
                yield _record(dict(zip(header, row, strict=True)), ident, where)
        except csv.Error as error:
            where = f"{source}:{numbered['n']}"
            yield Problem(None, where, "read", "CsvError", f"broken CSV: {error}")


READERS = {".txt": _read_txt, ".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}


def read_file(path: Path, root: Path | None = None) -> Iterator[Article | Problem]:
    """Articles of one input file, in file order; problems for what cannot be read.

    A file that holds no article at all gives an "empty file" problem.
    """
    root = root or path
    source = path.as_posix()
    doc_id = _stem_id(path, root)
    fmt = input_format(path)
    if fmt is None:
        yield Problem(None, source, "read", "InputError", f"unknown input format: {path.name}")
        return
    n = 0
    try:
        for n, item in enumerate(READERS[fmt](path, doc_id, source), start=1):  # noqa: B007
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


def read_inputs(paths: Iterable[Path], exclude: Path | None = None) -> Iterator[Article | Problem]:
    """Articles of every input file under ``paths``, in order."""
    for root in paths:
        for path in iter_files(root, exclude):
            yield from read_file(path, root)


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


def read_table(path: Path) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` (CSV or Parquet)."""
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={"doc_id": str})


class TableWriter:
    """Write every table (or the tables ``names``) into ``out`` part by part, without holding
    all rows at once.

    Rows go to temporary files beside the targets; :meth:`commit` renames them into place
    (each table atomically), :meth:`abort` removes them. Use as a context manager: leaving
    the block without :meth:`commit` aborts.
    """

    PARQUET_ROWS = 65536  # rows buffered per Parquet row group

    def __init__(self, out: Path, fmt: str = "csv", names: Iterable[str] | None = None) -> None:
        self.out = out
        self.fmt = fmt
        suffix = ".parquet" if fmt == "parquet" else ".csv"
        names = list(tables.TABLES) if names is None else list(names)  # the tables written
        self.paths = {name: out / f"{name}{suffix}" for name in names}
        self.temps = {name: temp_path(path) for name, path in self.paths.items()}
        self._handles: dict[str, IO[str]] = {}
        self._writers: dict = {}
        self._buffers: dict[str, list[pd.DataFrame]] = {name: [] for name in tables.TABLES}
        self._schemas: dict = {}
        out.mkdir(parents=True, exist_ok=True)
        for name, tmp in self.temps.items():
            empty = tables.frame(name, [])
            if fmt == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                schema = pa.Schema.from_pandas(empty, preserve_index=False)
                self._schemas[name] = schema
                self._writers[name] = pq.ParquetWriter(tmp, schema)
            else:
                handle = open(tmp, "w", encoding="utf-8", newline="")
                empty.to_csv(handle, index=False, lineterminator="\n")
                self._handles[name] = handle

    def write(self, rows: tables.Rows) -> None:
        """Append the rows of some documents (every table) after those written before."""
        for name in self.paths:
            part = rows.get(name)
            if not part:
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
        """Finish every table and rename it into place; returns the table paths."""
        for name in self._writers:
            self._flush(name)
        self._close()
        for name, path in self.paths.items():
            _replace(self.temps[name], path)
        return list(self.paths.values())

    def abort(self) -> None:
        """Drop every temporary file; the tables of an earlier run stay as they were."""
        self._close()
        for tmp in self.temps.values():
            tmp.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()  # after commit the temporary files are gone: a no-op


# ---------------------------------------------------------------------------- part files


def write_part(rows: tables.Rows, path: Path) -> Path:
    """Write the rows of some documents as one part file (JSON, column by column), atomically."""
    data = {
        name: {column: [row.get(column) for row in part] for column in tables.TABLES[name]}
        for name, part in rows.items()
        if part
    }
    tmp = temp_path(path)
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def read_part(path: Path) -> tables.Rows:
    """The rows stored in a part file by :func:`write_part`."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    rows: tables.Rows = {name: [] for name in tables.TABLES}
    for name, columns in data.items():
        names = list(columns)
        rows[name] = [
            dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)
        ]
    return rows


def write_json(data: dict, path: Path) -> Path:
    """Write a small JSON file atomically."""
    tmp = temp_path(path)
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
