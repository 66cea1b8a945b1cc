"""The output folder: its check (:func:`check_output`), its lock and its part files
(:class:`PartStore`: the rows of records done, what a resumed run reuses)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from ruextract import io, tables

STATE_DIR = ".ruextract"


class RunError(RuntimeError):
    """The run itself cannot proceed (the output folder is in use or not writable)."""


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
