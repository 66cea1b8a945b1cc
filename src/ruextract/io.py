"""Files are touched here only: input readers and atomic table writers.

Readers turn folders and files (``.txt``, ``.jsonl``, ``.json``, ``.csv`` and ``.gz`` of
each) into :class:`~ruextract.records.Article` records, or :class:`~ruextract.records.Problem`
records for what cannot be read; a bad file or line never stops the others. Writers write
each table to a temporary file beside its target and rename it into place, so a reader never
sees a half-written table.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from ruextract.records import Article, Problem

FORMATS = (".txt", ".jsonl", ".json", ".csv")
# "date 2024-01-03" before the text of a .txt article, followed by white space
DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)(?:\s+|\Z)")
ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}")


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


def iter_files(path: Path) -> Iterator[Path]:
    """Input files under ``path`` (itself if a file), recursively, in sorted order."""
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.is_file() and input_format(child) and not child.name.startswith("."):
            yield child


def decode(data: bytes) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM), else Windows-1251.

    Raises :class:`InputError` for binary data (NUL bytes or mostly control characters).
    """
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
        if text and (controls / len(text) > 0.01 or text.count("\ufffd") / len(text) > 0.01):
            raise InputError("binary file: neither UTF-8 nor Windows-1251 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: object) -> date | None:
    """An article date from ISO text (``2024-01-03``, or a datetime starting with one)."""
    if value is None or (isinstance(value, float) and value != value):
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
        raise InputError(f"invalid date {text!r}: expected YYYY-MM-DD") from None


def split_header(text: str) -> tuple[date | None, str]:
    """Split an optional ``date YYYY-MM-DD`` header off a ``.txt`` article."""
    match = DATE_HEADER.match(text)
    if not match:
        return None, text
    return parse_date(match.group(1)), text[match.end() :]


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(f"broken gzip file: {error}") from None
    return data


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
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _optional(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return None
    return str(value)


def _record(fields: dict, doc_id: str, source: str) -> Article | Problem:
    """An article from a JSON object or CSV row; a problem if it is not one."""
    raw_id = fields.get("id")
    if _optional(raw_id) is not None:
        doc_id = str(raw_id)
    try:
        return Article(
            doc_id=doc_id,
            text=_text(fields.get("text")),
            date=parse_date(fields.get("date")),
            title=_optional(fields.get("title")),
            url=_optional(fields.get("url")),
            source=source,
        )
    except InputError as error:
        return Problem(doc_id, source, "read", "InputError", str(error))


def _read_txt(text: str, doc_id: str, source: str) -> Iterator[Article | Problem]:
    try:
        article_date, body = split_header(text)
    except InputError as error:
        yield Problem(doc_id, source, "read", "InputError", str(error))
        return
    yield Article(doc_id=doc_id, text=body, date=article_date, source=source)


def _read_jsonl(text: str, doc_id: str, source: str) -> Iterator[Article | Problem]:
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(f"{doc_id}:{n}", where, "read", "JSONDecodeError", str(error))
            continue
        if not isinstance(fields, dict):
            yield Problem(f"{doc_id}:{n}", where, "read", "InputError", "line is not an object")
            continue
        yield _record(fields, f"{doc_id}:{n}", where)


def _read_json(text: str, doc_id: str, source: str) -> Iterator[Article | Problem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # a .json file may hold one object per line
        yield from _read_jsonl(text, doc_id, source)
        return
    items = data if isinstance(data, list) else [data]
    for n, fields in enumerate(items):
        ident = f"{doc_id}:{n}" if isinstance(data, list) else doc_id
        if not isinstance(fields, dict):
            yield Problem(ident, source, "read", "InputError", "item is not an object")
            continue
        yield _record(fields, ident, source)


def _read_csv(text: str, doc_id: str, source: str) -> Iterator[Article | Problem]:
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as error:
        yield Problem(None, source, "read", type(error).__name__, str(error))
        return
    if "text" not in df.columns:
        columns = ", ".join(map(str, df.columns)) or "none"
        yield Problem(None, source, "read", "InputError", f"no 'text' column (has: {columns})")
        return
    for n, fields in enumerate(df.to_dict("records"), start=2):
        yield _record(fields, f"{doc_id}:{n}", f"{source}:{n}")


READERS = {".txt": _read_txt, ".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}


def read_file(path: Path, root: Path | None = None) -> Iterator[Article | Problem]:
    """Articles of one input file; problems for what cannot be read."""
    root = root or path
    source = path.as_posix()
    doc_id = _stem_id(path, root)
    fmt = input_format(path)
    if fmt is None:
        yield Problem(None, source, "read", "InputError", f"unknown input format: {path.name}")
        return
    try:
        text = decode(_read_bytes(path))
    except InputError as error:
        yield Problem(doc_id if fmt == ".txt" else None, source, "read", "InputError", str(error))
        return
    except OSError as error:
        yield Problem(None, source, "read", type(error).__name__, str(error))
        return
    yield from READERS[fmt](text, doc_id, source)


def read_inputs(paths: Iterable[Path]) -> Iterator[Article | Problem]:
    """Articles of every input file under ``paths``, in order."""
    for root in paths:
        for path in iter_files(root):
            yield from read_file(path, root)


def write_table(df: pd.DataFrame, path: Path, fmt: str = "csv") -> Path:
    """Write one table atomically (a temporary file, then a rename) as CSV or Parquet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        if fmt == "parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_csv(tmp, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
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
