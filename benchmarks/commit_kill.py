"""kill -9 during the commit of a table set, at random moments: readers always see a whole set.

A forked child commits table sets over and over into one output folder (generation g: every
row of every table has ``doc_id = "g<g>"``, and each table has a row count that depends on
g, so a mix of two sets shows); the parent waits for the child to enter a commit, kills it
with SIGKILL after a random fraction of a commit's duration, and then checks what a reader
sees: ``ruextract.read_tables(out)`` gives one generation in every table with the row
counts of that generation, and after the next writer opens the folder the plain
``OUT/NAME.csv`` files are that same set. A reader thread checks the same thing while the
child runs.

    PYTHONPATH=src python benchmarks/commit_kill.py --kills 10 --seed 1 --scale 10
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import tempfile
import threading
import time
from pathlib import Path

from ruextract import io, tables

SIZES = {"documents": 4, "sentences": 40, "tokens": 400, "errors": 3}  # rows, times --scale


def rows_of(generation: int, scale: int = 1) -> tables.Rows:
    """The rows of generation ``generation``: doc_id "gN", counts that depend on N."""
    rows: tables.Rows = {name: [] for name in tables.TABLES}
    for name, size in SIZES.items():
        count = size * scale + generation % 7
        columns = tables.TABLES[name]
        rows[name] = [
            {column: (f"g{generation}" if column == "doc_id" else None) for column in columns}
            for _ in range(count)
        ]
        for n, row in enumerate(rows[name]):
            if "start" in row:
                row["start"], row["stop"] = n, n + 1
    return rows


def expected_counts(generation: int, scale: int = 1) -> dict[str, int]:
    return {name: len(part) for name, part in rows_of(generation, scale).items()}


def commit_forever(out: Path, phase, fmt: str, scale: int) -> None:
    """The child: commit generation 1, 2, 3, … into ``out`` (``phase`` is 1 inside commit)."""
    generation = 0
    while True:
        generation += 1
        with io.TableWriter(out, fmt) as writer:
            writer.write(rows_of(generation, scale))
            phase.value = 1
            writer.commit()
            phase.value = 0


def whole_set(out: Path, scale: int) -> int | None:
    """The generation every table of ``out`` holds, as a reader sees it; raises if mixed."""
    frames = io.read_tables(out)
    found = {name: set(df["doc_id"]) for name, df in frames.items() if len(df)}
    generations = set().union(*found.values()) if found else set()
    if not generations:
        return None
    assert len(generations) == 1, f"a mix of sets: {found}"
    generation = int(next(iter(generations))[1:])
    counts = {name: len(df) for name, df in frames.items()}
    assert counts == expected_counts(generation, scale), (generation, counts)
    return generation


def one_kill(
    out: Path, rng: random.Random, fmt: str, scale: int, commit_seconds: float, max_wait: int = 3
) -> dict:
    """Start a committing child, kill it inside a commit, and check the readers' view."""
    context = multiprocessing.get_context("fork")
    phase = context.Value("i", 0, lock=False)
    child = context.Process(target=commit_forever, args=(out, phase, fmt, scale), daemon=True)
    seen: list[int | None] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                seen.append(whole_set(out, scale))
            except BaseException as error:  # reported by the parent
                errors.append(error)
                return

    thread = threading.Thread(target=reader, daemon=True)
    child.start()
    thread.start()
    commits_to_wait = rng.randint(1, max_wait)
    entered = 0
    deadline = time.monotonic() + 60
    while entered < commits_to_wait and time.monotonic() < deadline:
        while phase.value == 0 and time.monotonic() < deadline:
            time.sleep(0.0002)
        entered += 1
        if entered < commits_to_wait:
            while phase.value == 1 and time.monotonic() < deadline:
                time.sleep(0.0002)
    delay = rng.uniform(0, commit_seconds)
    time.sleep(delay)
    in_commit = phase.value == 1
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    stop.set()
    thread.join()
    if errors:
        raise errors[0]
    after = whole_set(out, scale)
    io.TableWriter(out, fmt).abort()  # the next run opens the folder: repairs, writes nothing
    suffix = ".parquet" if fmt == "parquet" else ".csv"
    manifest = io.read_manifest(out)
    folder = out / manifest["folder"]
    for name in tables.TABLES:
        assert (out / f"{name}{suffix}").read_bytes() == (folder / f"{name}{suffix}").read_bytes()
    leftovers = [p.name for p in (out / io.SETS_DIR).iterdir() if p != folder]
    assert not leftovers, leftovers
    assert whole_set(out, scale) == after
    return {"delay_ms": delay * 1000, "in_commit": in_commit, "generation": after,
            "reads": len(seen)}  # fmt: skip


def measure_commit(out: Path, fmt: str, scale: int) -> float:
    """Seconds one commit takes (the mean of three)."""
    took = []
    for generation in range(3):
        writer = io.TableWriter(out, fmt)
        writer.write(rows_of(generation, scale))
        started = time.perf_counter()
        writer.commit()
        took.append(time.perf_counter() - started)
    return sum(took) / len(took)


def main(
    kills: int = 10, seed: int = 1, fmt: str = "csv", scale: int = 1, max_wait: int = 3
) -> list[dict]:
    """Kill ``kills`` committing children; every check passes or an AssertionError says why."""
    rng = random.Random(seed)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        commit_seconds = measure_commit(out, fmt, scale)
        for _ in range(kills):
            results.append(one_kill(out, rng, fmt, scale, commit_seconds, max_wait))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", default="csv", choices=["csv", "parquet"])
    parser.add_argument("--scale", type=int, default=1, help="multiply the table sizes")
    args = parser.parse_args()
    for n, result in enumerate(main(args.kills, args.seed, args.format, args.scale), 1):
        print(
            f"kill {n:2d}: {result['delay_ms']:6.2f} ms into a commit (still committing: "
            f"{result['in_commit']}); readers then see generation {result['generation']} "
            f"whole; {result['reads']} reads during the run, all whole"
        )
    print(f"{args.kills} kills: every read saw one whole set")
