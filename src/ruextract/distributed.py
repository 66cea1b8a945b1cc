"""Runs that outgrow one machine: the same pipeline on Dask workers.

The client lists the input files and groups them into partitions of about ``partition_bytes``
each; every worker reads its partition's files itself (inputs and output must be on storage
that the client and the workers share), builds the pipeline once per worker process (models
are loaded on the worker, never pickled) and returns the partition's tables. The client writes
each table as Parquet partitions, ``OUT/TABLE/part-00000.parquet`` …, in input order, and on
request also one CSV per table, ``OUT/TABLE.csv``, equal to what a local ``ruextract run``
writes (ids used by an earlier file get the same ``~2`` suffix and ``DuplicateId`` row).
``ruextract.read_tables(OUT)`` reads either layout.

Start a cluster by hand::

    dask scheduler                      # on one machine: tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1   # on each worker machine
    ruextract run IN --out OUT --dask tcp://HOST:8786

or let ruextract start a local one: ``ruextract run IN --out OUT --dask local``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ruextract import io, persons, tables
from ruextract.pipeline import DEFAULT_PIPELINE
from ruextract.runner import RunSummary, unique_ids

Group = list[tuple[str, str]]  # (file, input root) pairs


def file_groups(
    inputs: Iterable[Path], partition_bytes: int = 4 << 20, exclude: Path | None = None
) -> list[Group]:
    """Input files grouped into partitions of about ``partition_bytes``, in input order.

    Files under ``exclude`` (the output folder) are left out.
    """
    groups: list[Group] = []
    current: Group = []
    size = 0
    for root in inputs:
        for path in io.iter_files(root, exclude=exclude, unsupported=True):
            current.append((str(path), str(root)))
            size += path.stat().st_size
            if size >= partition_bytes:
                groups.append(current)
                current, size = [], 0
    if current:
        groups.append(current)
    return groups


def process_group(
    group: Group,
    pipeline: str = DEFAULT_PIPELINE,
    batch_size: int = 32,
    max_chars: int | None = None,
) -> list[tables.Rows]:
    """The rows of one partition, one ``Rows`` per input file in input order (so that the
    client can make ids unique across files as a local run does); runs on a worker."""
    from ruextract.pipeline import cached
    from ruextract.runner import check_length, process_batch, without_text

    nlp = cached(str(pipeline))
    per_file: list[tables.Rows] = []
    for path, root in group:
        items = [check_length(item, max_chars) for item in io.read_file(Path(path), Path(root))]
        parts: list[tables.Rows] = []
        for start in range(0, len(items), batch_size):
            parts.extend(process_batch(nlp, items[start : start + batch_size]))
        per_file.append(without_text(tables.merge(parts)))
    return per_file


def run_dask(
    inputs: Iterable[Path],
    out: Path,
    address: str = "local",
    fmt: str = "parquet",
    pipeline: str = DEFAULT_PIPELINE,
    n_workers: int | None = None,
    partition_bytes: int = 4 << 20,
    max_chars: int | None = 100_000,
) -> RunSummary:
    """Process every article under ``inputs`` on a Dask cluster and write the tables.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``"local"`` for a cluster of
    ``n_workers`` processes on this machine, listening on loopback only.
    """
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    (out / io.MANIFEST).unlink(missing_ok=True)  # these tables replace any committed set
    groups = file_groups(inputs, partition_bytes, exclude=out)
    cluster = None
    if address == "local":
        cluster = LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        client = Client(address)
    summary = RunSummary()
    seen: set[str] = set()  # ids so far: a later file's article with one gets a suffix
    try:
        futures = client.map(
            process_group, groups, pipeline=str(pipeline), max_chars=max_chars, pure=False
        )
        for n, future in enumerate(futures):
            frames = tables.frames(tables.merge(unique_ids(future.result(), seen)))
            for name, df in frames.items():
                io.write_table(df, out / name / f"part-{n:05d}.parquet", "parquet")
            docs = frames["documents"]
            summary.n_docs += len(docs)
            summary.n_ok += int((docs["status"] == "ok").sum())
            summary.n_errors += len(frames["errors"])
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    link_persons(out)
    if fmt == "csv":
        for name in tables.TABLES:
            summary.paths.append(io.write_table(read_parts(out / name, name), out / f"{name}.csv"))
    else:
        summary.paths = [out / name for name in tables.TABLES]
    summary.seconds = time.perf_counter() - started
    return summary


def link_persons(out: Path) -> None:
    """The final pass over the run's people (``ruextract.persons``): write the ``persons``
    table and fill ``person_id`` in the people, mentions and roles parts."""
    people = read_parts(out / "people", "people")
    table, ids = persons.identify(people)
    person_ids = persons.id_map(people, ids)
    for name in ("people", "mentions", "roles"):
        for part in sorted((out / name).glob("part-*.parquet")):
            rows = tables.with_person_ids(
                {name: pd.read_parquet(part).to_dict("records")}, person_ids
            )
            io.write_table(tables.frame(name, rows[name]), part, "parquet")
    for part in (out / "persons").glob("part-*.parquet"):
        part.unlink()
    persons_table = tables.frame("persons", table.to_dict("records"))
    io.write_table(persons_table, out / "persons" / "part-00000.parquet", "parquet")


def read_parts(folder: Path, name: str) -> pd.DataFrame:
    """One table from its Parquet partitions, in partition order, with its pinned dtypes."""
    parts = sorted(folder.glob("part-*.parquet"))
    if not parts:
        return tables.frame(name, [])
    df = pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True)
    return tables.frame(name, df.to_dict("records"))
