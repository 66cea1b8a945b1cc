"""Dask runs: the same tables as a local run, from a loopback LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ruextract import tables
from ruextract.distributed import file_groups, read_parts, run_dask
from ruextract.io import read_table, read_tables
from ruextract.runner import run

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


def test_cli_run_dask_local_writes_parquet_parts(tmp_path):
    from typer.testing import CliRunner

    from ruextract.cli import app

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("date 2024-01-03\nПутин прибыл в Астану в этом году.", "utf-8")
    (src / "b.jsonl").write_text('{"id": "b1", "text": "Рост составил 5%."}\n', "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--dask", "local"])
    assert result.exit_code == 0, result.output
    assert "2 documents: 2 ok, 0 failed" in result.output
    docs = read_parts(out / "documents", "documents")
    assert list(docs["doc_id"]) == ["a", "b1"]
    facts = read_parts(out / "facts", "facts")
    assert list(facts["unit"]) == ["%"]


def test_dask_run_renames_ids_an_earlier_file_had_as_a_local_run_does(tmp_path, nlp):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in [("a", "Путин прибыл в Астану."), ("b", "Токаев встретил Путина.")]:
        line = json.dumps({"id": "x", "date": "2024-01-03", "text": text}, ensure_ascii=False)
        (src / f"{name}.jsonl").write_text(line + "\n", encoding="utf-8")
    local = tmp_path / "local"
    run([src], local, nlp=nlp)
    dask_out = tmp_path / "dask"
    run_dask([src], dask_out, n_workers=1, partition_bytes=1)  # one partition per file
    assert len(file_groups([src], partition_bytes=1)) == 2
    ours, theirs = read_tables(dask_out), read_tables(local)
    assert list(ours["documents"]["doc_id"]) == ["x", "x~2"]
    assert list(ours["errors"]["error"]) == ["DuplicateId"]
    for name in ("documents", "errors", "people", "mentions", "persons"):
        pd.testing.assert_frame_equal(ours[name], theirs[name], check_dtype=False, obj=name)


def test_read_tables_reads_a_dask_runs_parquet_part_folders(tmp_path):
    docs = tables.frame("documents", [{"doc_id": "a", "status": "ok"}])
    more = tables.frame("documents", [{"doc_id": "b", "status": "ok"}])
    for n, df in enumerate([docs, more]):
        (tmp_path / "documents").mkdir(exist_ok=True)
        df.to_parquet(tmp_path / "documents" / f"part-{n:05d}.parquet")
    got = read_tables(tmp_path)
    assert list(got) == ["documents"]
    assert list(got["documents"]["doc_id"]) == ["a", "b"]
    assert str(got["documents"]["doc_id"].dtype) == "string"
