"""Resumable runs (``runner.py``): what makes a part reusable, and ``--no-resume``.

The runner's resume logic does not depend on what the pipeline finds, so most tests here run a
blank Russian pipeline (tokens and sentences: rows in seconds, no models); two pipelines differ
by their config as ``core`` and ``news`` do. The last test runs the real ``core`` and ``news``
pipelines through the CLI. These cases are what kills the mutants of
``benchmarks/mutation.py runner``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import ruextract
from ruextract import cli, io, runner, tables
from ruextract.extensions import register_extensions

TEXT = "Президент России Владимир Путин прилетел в Астану. Переговоры продлились три часа."


def blank(*pipes: str) -> spacy.Language:
    """A blank Russian pipeline with the given components (a config of its own)."""
    register_extensions()
    nlp = spacy.blank("ru")
    for pipe in pipes:
        nlp.add_pipe(pipe)
    return nlp


@pytest.fixture
def inputs(tmp_path) -> Path:
    """Three text files and a JSON lines file of five articles: 8 records in 4 files."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for n in range(3):
        (folder / "sub" / f"{n}.txt").write_text(f"date 2024-01-0{n + 1}\n{TEXT} №{n}.")
    lines = [json.dumps({"id": f"j{n}", "text": f"{TEXT} Выпуск {n}."}) for n in range(5)]
    (folder / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return folder


def run(inputs: Path, out: Path, nlp: spacy.Language, **settings) -> runner.RunSummary:
    return ruextract.run([inputs], out, nlp=nlp, **settings)


def table_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.csv").read_bytes() for name in tables.TABLES}


def done_markers(out: Path) -> list[Path]:
    return sorted((out / runner.STATE_DIR / "parts").glob("*.done"))


def test_resume_same_run_reuses_every_record(inputs, tmp_path):
    nlp = blank("sentencizer")
    first = run(inputs, tmp_path / "out", nlp)
    before = table_bytes(tmp_path / "out")
    again = run(inputs, tmp_path / "out", nlp)
    assert (first.n_resumed, again.n_resumed) == (0, 8)
    assert (again.n_docs, again.n_ok, again.n_errors) == (first.n_docs, first.n_ok, 0) == (8, 8, 0)
    assert table_bytes(tmp_path / "out") == before
    assert len(done_markers(tmp_path / "out")) == 4


def test_resume_done_marker_counts_chunks_and_records(inputs, tmp_path):
    run(inputs, tmp_path / "out", blank("sentencizer"), chunk_size=2)
    markers = {json.loads(path.read_text())["source"]: json.loads(path.read_text())
               for path in done_markers(tmp_path / "out")}  # fmt: skip
    feed = markers[(inputs / "feed.jsonl").as_posix()]
    assert (feed["chunks"], feed["records"]) == (3, 5)
    assert {(m["chunks"], m["records"]) for m in markers.values()} == {(3, 5), (1, 1)}
    parts = tmp_path / "out" / runner.STATE_DIR / "parts"
    assert len(list(parts.glob("*.json"))) == 3 + 3 * 1


def test_resume_after_a_changed_pipeline_processes_everything_again(inputs, tmp_path):
    """README: a changed pipeline is processed again (``--pipeline core`` then ``news``)."""
    run(inputs, tmp_path / "out", blank())
    without_sentences = table_bytes(tmp_path / "out")
    changed = run(inputs, tmp_path / "out", blank("sentencizer"))
    assert changed.n_resumed == 0
    assert table_bytes(tmp_path / "out") != without_sentences
    # the parts of the old pipeline are gone: one done marker per input file
    assert len(done_markers(tmp_path / "out")) == 4
    assert run(inputs, tmp_path / "out", blank("sentencizer")).n_resumed == 8


@pytest.mark.parametrize(
    ("settings", "reused"),
    [
        ({"max_chars": 50}, 0),
        ({"chunk_size": 3}, 0),
        ({"max_chars": None}, 0),
        ({"batch_size": 2}, 8),  # batches do not change rows
        ({"fmt": "parquet"}, 8),  # nor does the table format
    ],
    ids=["max_chars", "chunk_size", "no_limit", "batch_size", "format"],
)
def test_resume_settings_that_change_rows_reprocess(inputs, tmp_path, settings, reused):
    nlp = blank("sentencizer")
    run(inputs, tmp_path / "out", nlp)
    assert run(inputs, tmp_path / "out", nlp, **settings).n_resumed == reused


def test_resume_changed_moved_and_removed_files(inputs, tmp_path):
    nlp = blank("sentencizer")
    run(inputs, tmp_path / "out", nlp)
    (inputs / "sub" / "0.txt").write_text(f"date 2024-01-01\n{TEXT} Изменено.", encoding="utf-8")
    assert run(inputs, tmp_path / "out", nlp).n_resumed == 7
    (inputs / "sub" / "1.txt").rename(inputs / "sub" / "9.txt")
    assert run(inputs, tmp_path / "out", nlp).n_resumed == 7
    (inputs / "feed.jsonl").unlink()
    summary = run(inputs, tmp_path / "out", nlp)
    assert (summary.n_resumed, summary.n_docs) == (3, 3)
    assert len(done_markers(tmp_path / "out")) == 3
    docs = io.read_table(tmp_path / "out" / "documents.csv")
    assert docs["doc_id"].tolist() == ["sub/0", "sub/2", "sub/9"]


def corrupt_titles(out: Path) -> None:
    """Change the titles kept in every part file, as stale rows of an older run would be."""
    for path in (out / runner.STATE_DIR / "parts").glob("*.json"):
        rows = io.read_part(path)
        for row in rows["documents"]:
            row["title"] = "STALE"
        io.write_part(rows, path)


def test_resume_reuses_kept_rows_and_no_resume_clears_them(inputs, tmp_path):
    """README: ``--no-resume`` starts afresh: the old parts are not read."""
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    run(inputs, out, nlp)
    corrupt_titles(out)
    resumed = run(inputs, out, nlp)
    assert resumed.n_resumed == 8
    assert set(io.read_table(out / "documents.csv")["title"]) == {"STALE"}
    fresh = run(inputs, out, nlp, resume=False)
    assert fresh.n_resumed == 0
    assert "STALE" not in set(io.read_table(out / "documents.csv")["title"].dropna())
    assert len(done_markers(out)) == 4


def test_resume_no_resume_clears_parts_of_an_interrupted_run(inputs, tmp_path):
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    stale = out / runner.STATE_DIR / "parts" / "0123.0.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    summary = run(inputs, out, nlp, resume=False)
    assert (summary.n_resumed, summary.n_docs) == (0, 8)
    assert not stale.exists()


class Interrupt(BaseException):
    """Stands for a kill in the middle of a run."""


@pytest.mark.parametrize("stop_after", [1, 2, 5])
def test_resume_interrupted_run_resumes_whole_chunks(inputs, tmp_path, stop_after):
    nlp = blank("sentencizer")
    settings = {"batch_size": 1, "chunk_size": 2}
    clean = run(inputs, tmp_path / "clean", nlp, **settings)
    calls: list[int] = []

    def progress(n: int) -> None:
        calls.append(n)
        if len(calls) == stop_after:
            raise Interrupt

    with pytest.raises(Interrupt):
        run(inputs, tmp_path / "out", nlp, on_document=progress, **settings)
    seen: list[int] = []
    resumed = run(inputs, tmp_path / "out", nlp, on_document=seen.append, **settings)
    assert table_bytes(tmp_path / "out") == table_bytes(tmp_path / "clean")
    assert (resumed.n_docs, resumed.n_ok) == (clean.n_docs, clean.n_ok) == (8, 8)
    # feed.jsonl (5 records, chunks of 2) comes first: whole chunks of it are reused
    assert resumed.n_resumed == {1: 0, 2: 2, 5: 4}[stop_after]
    assert sum(seen) == 8


def test_resume_fingerprint_is_config_code_version_and_settings():
    core, news = blank(), blank("sentencizer")
    key = runner.fingerprint(core, max_chars=10, chunk_size=2)
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert key == runner.fingerprint(blank(), chunk_size=2, max_chars=10)
    assert key != runner.fingerprint(news, max_chars=10, chunk_size=2)
    assert key != runner.fingerprint(core, max_chars=11, chunk_size=2)
    assert key != runner.fingerprint(core, max_chars=10, chunk_size=3)
    assert key != runner.fingerprint(core, max_chars=10)
    assert re.fullmatch(r"[0-9a-f]{64}", runner.code_hash())


def test_resume_plan_keys_follow_content_path_and_run(inputs, tmp_path):
    def keys(run_key: str = "run") -> dict[str, str]:
        files = runner.plan([inputs], tmp_path / "out", run_key)
        return {item.path.relative_to(inputs).as_posix(): item.key for item in files}

    first = keys()
    assert list(first) == ["feed.jsonl", "sub/0.txt", "sub/1.txt", "sub/2.txt"]
    assert all(re.fullmatch(r"[0-9a-f]{32}", key) for key in first.values())
    assert len(set(first.values())) == 4
    assert keys() == first
    assert set(keys("other run").values()).isdisjoint(first.values())
    (inputs / "sub" / "1.txt").write_text("date 2024-01-02\nДругой текст.", encoding="utf-8")
    changed = keys()
    assert [changed[name] == first[name] for name in first] == [True, True, False, True]


@pytest.mark.parametrize(("pipeline", "resumed"), [("core", 0), ("news", 0), ("news", 8)])
def test_resume_cli_pipeline_core_then_news_reprocesses(
    nlp, core_nlp, inputs, tmp_path, monkeypatch, pipeline, resumed
):
    """README: the same output folder after ``--pipeline core`` then ``--pipeline news``."""
    monkeypatch.setattr(cli, "_load", lambda name: {"core": core_nlp, "news": nlp}[name])
    out = tmp_path / "out"
    steps = {"core": ["core"], "news": ["core", "news"]}[pipeline] + ["news"] * (resumed > 0)
    for step in steps:
        result = CliRunner().invoke(
            cli.app, ["run", str(inputs), "-o", str(out), "--pipeline", step, "--workers", "1"]
        )
        assert result.exit_code == 0, result.output
    assert "8 documents" in result.output
    reused = re.search(r"\((\d+) input records reused", result.output)
    assert (int(reused.group(1)) if reused else 0) == resumed
    # the news pipeline splits names into their parts, core does not
    people = io.read_table(out / "people.csv")
    assert len(people) == 8
    assert people["last"].notna().all() == (steps[-1] == "news")


# ---------------------------------------------------------------------- README promises, CLI


def invoke(monkeypatch, nlp: spacy.Language, *args: str):
    monkeypatch.setattr(cli, "_load", lambda name: nlp)
    return CliRunner().invoke(cli.app, ["run", *args, "--workers", "1"])


def test_resume_cli_no_resume_starts_afresh(inputs, tmp_path, monkeypatch):
    nlp, out = blank("sentencizer"), str(tmp_path / "out")
    assert invoke(monkeypatch, nlp, str(inputs), "-o", out).exit_code == 0
    corrupt_titles(tmp_path / "out")
    again = invoke(monkeypatch, nlp, str(inputs), "-o", out)
    assert again.exit_code == 0 and "(8 input records reused" in again.output
    fresh = invoke(monkeypatch, nlp, str(inputs), "-o", out, "--no-resume")
    assert fresh.exit_code == 0 and "reused" not in fresh.output
    assert "8 documents: 8 ok, 0 failed" in fresh.output
    assert "STALE" not in set(io.read_table(tmp_path / "out" / "documents.csv")["title"].dropna())


@pytest.mark.parametrize(
    ("length", "args", "ok"),
    [
        (100_000, [], 1),  # the default limit is 100,000 characters
        (100_001, [], 0),
        (100_001, ["--max-chars", "0"], 1),  # 0: no limit
        (30, ["--max-chars", "30"], 1),
        (31, ["--max-chars", "30"], 0),
    ],
    ids=["default-limit", "over-default", "no-limit", "at-limit", "over-limit"],
)
def test_resume_cli_max_chars_bound(tmp_path, monkeypatch, length, args, ok):
    path = tmp_path / "long.txt"
    # one long word and a short sentence: few tokens, so the run takes a second
    path.write_text("а" * (length - 7) + " Слово.", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8")) == length
    result = invoke(monkeypatch, blank("sentencizer"), str(path), "-o", str(tmp_path / "o"), *args)
    assert result.exit_code == 0, result.output
    assert f"1 documents: {ok} ok, {1 - ok} failed" in result.output
    strict = invoke(
        monkeypatch, blank("sentencizer"), str(path), "-o", str(tmp_path / "o"), *args, "--strict"
    )
    assert strict.exit_code == 1 - ok


def test_resume_settings_need_not_be_json(tmp_path):
    core = blank()
    assert runner.fingerprint(core, folder=Path("a")) != runner.fingerprint(core, folder=Path("b"))


def test_resume_empty_file_and_output_inside_inputs(inputs, tmp_path):
    nlp = blank("sentencizer")
    (inputs / "empty.jsonl").write_text("", encoding="utf-8")
    out = inputs / "processed"
    first = run(inputs, out, nlp)
    again = run(inputs, out, nlp)
    # the empty file is one record: its errors row (no document)
    assert (first.n_docs, again.n_docs, again.n_resumed) == (8, 8, 9)
    assert len(done_markers(out)) == 5


@pytest.mark.parametrize(("chunk_size", "chunks"), [(4, 2), (5, 1), (6, 1)])
def test_resume_file_of_whole_chunks_has_no_empty_last_chunk(inputs, tmp_path, chunk_size, chunks):
    """feed.jsonl holds 5 records: chunks of 5 leave nothing for a last chunk to hold."""
    out = tmp_path / "out"
    run(inputs, out, blank("sentencizer"), chunk_size=chunk_size)
    feed = [json.loads(path.read_text()) for path in done_markers(out)]
    feed = [m for m in feed if m["source"] == (inputs / "feed.jsonl").as_posix()]
    assert [(m["chunks"], m["records"]) for m in feed] == [(chunks, 5)]
    parts = out / runner.STATE_DIR / "parts"
    assert len(list(parts.glob("*.json"))) == chunks + 3  # and one chunk per text file
    assert run(inputs, out, blank("sentencizer"), chunk_size=chunk_size).n_resumed == 8


def test_resume_plan_keeps_unsupported_files_for_the_report(inputs, tmp_path):
    (inputs / "notes.pdf").write_bytes(b"%PDF-1.4")
    files = runner.plan([inputs], tmp_path / "out", "run")
    names = [item.path.relative_to(inputs).as_posix() for item in files]
    assert names == ["feed.jsonl", "notes.pdf", "sub/0.txt", "sub/1.txt", "sub/2.txt"]
    assert [item.root for item in files] == [inputs] * 5
    summary = run(inputs, tmp_path / "out", blank("sentencizer"))
    assert (summary.n_docs, summary.n_skipped) == (8, 1)
    assert summary.skipped == [str(inputs / "notes.pdf")]
