"""Dask runs: the same tables as a local run, from a loopback LocalCluster."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ruextract import tables
from ruextract.io import read_table
from ruextract.runner import run

pytest.importorskip("distributed", reason="Dask runs need the [dask] extra")

from ruextract.distributed import file_groups, read_parts, run_dask

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def test_file_groups_keep_input_order_and_cover_every_file(tmp_path):
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text("x" * 100, encoding="utf-8")
    groups = file_groups([tmp_path], partition_bytes=250)
    assert [len(g) for g in groups] == [3, 2]
    assert [Path(f).name for g in groups for f, _ in g] == [f"{n}.txt" for n in range(5)]


def test_dask_run_tables_equal_local_run(tmp_path, nlp):
    local = tmp_path / "local"
    run([RAW], local, nlp=nlp)
    dask_out = tmp_path / "dask"
    summary = run_dask([RAW], dask_out, fmt="csv", n_workers=1, partition_bytes=3000)
    assert summary.n_docs == len(list(RAW.glob("*.txt")))
    for name in tables.TABLES:
        ours = read_table(dask_out / f"{name}.csv")
        theirs = read_table(local / f"{name}.csv")
        pd.testing.assert_frame_equal(ours, theirs, check_dtype=False, obj=name)
        parts = read_parts(dask_out / name, name)
        assert len(parts) == len(theirs)
