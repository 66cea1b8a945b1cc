"""Resumable runs (``runner/``): what makes a record's rows reusable, part files batched
across input files, ``--keep-parts`` and ``--no-resume``.

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


def part_files(out: Path) -> list[Path]:
    return sorted((out / runner.STATE_DIR / "parts").glob(f"*{runner.PART_SUFFIX}"))


def part_keys(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return json.loads(handle.readline())["keys"]


def test_resume_same_run_reuses_every_record_with_keep_parts(inputs, tmp_path):
    nlp = blank("sentencizer")
    first = run(inputs, tmp_path / "out", nlp, keep_parts=True)
    before = table_bytes(tmp_path / "out")
    again = run(inputs, tmp_path / "out", nlp, keep_parts=True)
    assert (first.n_resumed, again.n_resumed) == (0, 8)
    assert (again.n_docs, again.n_ok, again.n_errors) == (first.n_docs, first.n_ok, 0) == (8, 8, 0)
    assert table_bytes(tmp_path / "out") == before
    assert [len(part_keys(path)) for path in part_files(tmp_path / "out")] == [8]


def test_resume_cache_removed_after_a_successful_run_unless_keep_parts(inputs, tmp_path):
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    first = run(inputs, out, nlp)
    assert not (out / runner.STATE_DIR / "parts").exists()
    assert table_bytes(out)["documents"].count(b"\n") == 9  # header + 8 documents
    again = run(inputs, out, nlp)  # nothing to reuse: every record processed again
    assert (first.n_resumed, again.n_resumed, again.n_docs) == (0, 0, 8)
    run(inputs, out, nlp, keep_parts=True)
    assert len(part_files(out)) == 1
    assert run(inputs, out, nlp).n_resumed == 8  # kept parts are used, then removed
    assert not (out / runner.STATE_DIR / "parts").exists()


@pytest.mark.parametrize(("chunk_size", "sizes"), [(2, [2, 2, 2, 2]), (3, [3, 3, 2]), (64, [8])])
def test_resume_part_files_hold_records_of_many_files(inputs, tmp_path, chunk_size, sizes):
    """Parts are batched across input files: 3 .txt files and a JSONL of 5 make as many
    parts as 8 records in one file would."""
    run(inputs, tmp_path / "out", blank("sentencizer"), chunk_size=chunk_size, keep_parts=True)
    assert [len(part_keys(path)) for path in part_files(tmp_path / "out")] == sizes


def test_resume_txt_folder_makes_as_many_parts_as_one_jsonl(tmp_path):
    folder, feed = tmp_path / "txt", tmp_path / "feed.jsonl"
    folder.mkdir()
    texts = [f"{TEXT} Выпуск {n}." for n in range(70)]
    for n, text in enumerate(texts):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    feed.write_text("\n".join(json.dumps({"id": n, "text": t}) for n, t in enumerate(texts)))
    nlp = blank("sentencizer")
    run(folder, tmp_path / "a", nlp, keep_parts=True)
    run(feed, tmp_path / "b", nlp, keep_parts=True)
    sizes = [[len(part_keys(path)) for path in part_files(tmp_path / out)] for out in "ab"]
    assert sizes == [[64, 6], [64, 6]]


def test_resume_appended_jsonl_lines_keep_the_records_done(inputs, tmp_path):
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    run(inputs, out, nlp, keep_parts=True)
    before = io.read_table(out / "documents.csv")
    feed = inputs / "feed.jsonl"
    more = [json.dumps({"id": f"j{n}", "text": f"{TEXT} Выпуск {n}."}) for n in (5, 6)]
    feed.write_text(feed.read_text(encoding="utf-8") + "\n" + "\n".join(more), "utf-8")
    seen: list[int] = []
    appended = run(inputs, out, nlp, keep_parts=True, on_document=seen.append)
    assert (appended.n_resumed, appended.n_docs, sum(seen)) == (8, 10, 10)
    docs = io.read_table(out / "documents.csv")
    assert docs["doc_id"].tolist()[:7] == [*before["doc_id"][:5], "j5", "j6"]
    assert docs.iloc[[0, 1, 2, 3, 4, 7, 8, 9]].reset_index(drop=True).equals(before)
    # a changed line is processed again; its neighbours are not
    lines = feed.read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({"id": "j1", "text": f"{TEXT} Исправлено."})
    feed.write_text("\n".join(lines), encoding="utf-8")
    assert run(inputs, out, nlp).n_resumed == 9


def test_resume_after_a_changed_pipeline_processes_everything_again(inputs, tmp_path):
    """README: a changed pipeline is processed again (``--pipeline core`` then ``news``)."""
    run(inputs, tmp_path / "out", blank(), keep_parts=True)
    old_parts = part_files(tmp_path / "out")
    without_sentences = table_bytes(tmp_path / "out")
    changed = run(inputs, tmp_path / "out", blank("sentencizer"), keep_parts=True)
    assert changed.n_resumed == 0
    assert table_bytes(tmp_path / "out") != without_sentences
    # the parts of the old pipeline are gone, those of the new one kept
    new_parts = part_files(tmp_path / "out")
    assert len(new_parts) == 1 and not set(old_parts) & set(new_parts)
    assert run(inputs, tmp_path / "out", blank("sentencizer")).n_resumed == 8


@pytest.mark.parametrize(
    ("settings", "reused"),
    [
        ({"max_chars": 50}, 0),
        ({"max_chars": None}, 0),
        ({"tables": ["dates"]}, 0),  # the rows of other tables are not in the parts
        ({"chunk_size": 3}, 8),  # records are keyed one by one: part sizes do not matter
        ({"batch_size": 2}, 8),  # batches do not change rows
        ({"fmt": "parquet"}, 8),  # nor does the table format
    ],
    ids=["max_chars", "no_limit", "tables", "chunk_size", "batch_size", "format"],
)
def test_resume_settings_that_change_rows_reprocess(inputs, tmp_path, settings, reused):
    nlp = blank("sentencizer")
    run(inputs, tmp_path / "out", nlp, keep_parts=True)
    assert run(inputs, tmp_path / "out", nlp, **settings).n_resumed == reused


def test_resume_changed_moved_and_removed_files(inputs, tmp_path):
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    run(inputs, out, nlp, keep_parts=True)
    (inputs / "sub" / "0.txt").write_text(f"date 2024-01-01\n{TEXT} Изменено.", encoding="utf-8")
    assert run(inputs, out, nlp, keep_parts=True).n_resumed == 7
    (inputs / "sub" / "1.txt").rename(inputs / "sub" / "9.txt")
    assert run(inputs, out, nlp, keep_parts=True).n_resumed == 7
    (inputs / "feed.jsonl").unlink()
    summary = run(inputs, out, nlp, keep_parts=True)
    assert (summary.n_resumed, summary.n_docs) == (3, 3)
    # kept: the parts that hold the 3 records, and no part that holds none of them
    assert 1 <= len(part_files(out)) <= 3
    docs = io.read_table(out / "documents.csv")
    assert docs["doc_id"].tolist() == ["sub/0", "sub/2", "sub/9"]


def corrupt_titles(out: Path) -> None:
    """Change the titles kept in every part file, as stale rows of an older run would be."""
    for path in part_files(out):
        index, *lines = path.read_text(encoding="utf-8").splitlines()
        tables_ = dict(line.split("\t", 1) for line in lines)
        documents = json.loads(tables_["documents"])
        documents["title"] = ["STALE"] * len(documents["title"])
        tables_["documents"] = json.dumps(documents)
        text = "".join(f"{name}\t{data}\n" for name, data in tables_.items())
        path.write_text(f"{index}\n{text}", encoding="utf-8")


def test_resume_reuses_kept_rows_and_no_resume_clears_them(inputs, tmp_path):
    """README: ``--no-resume`` starts afresh: the old parts are not read."""
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    run(inputs, out, nlp, keep_parts=True)
    corrupt_titles(out)
    resumed = run(inputs, out, nlp, keep_parts=True)
    assert resumed.n_resumed == 8
    assert set(io.read_table(out / "documents.csv")["title"]) == {"STALE"}
    fresh = run(inputs, out, nlp, resume=False, keep_parts=True)
    assert fresh.n_resumed == 0
    assert "STALE" not in set(io.read_table(out / "documents.csv")["title"].dropna())
    assert len(part_files(out)) == 1


def test_resume_no_resume_clears_parts_of_an_interrupted_run(inputs, tmp_path):
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    stale = out / runner.STATE_DIR / "parts" / "0123.part"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    summary = run(inputs, out, nlp, resume=False, keep_parts=True)
    assert (summary.n_resumed, summary.n_docs) == (0, 8)
    assert not stale.exists()


@pytest.mark.parametrize(
    "content", ["{}", "not json", '{"keys": 3}', ""], ids=["no-keys", "text", "bad-keys", "empty"]
)
def test_resume_a_file_that_is_no_part_is_removed_not_read(inputs, tmp_path, content):
    nlp = blank("sentencizer")
    out = tmp_path / "out"
    run(inputs, out, nlp, keep_parts=True)
    stale = out / runner.STATE_DIR / "parts" / "0123.part"
    stale.write_text(content, encoding="utf-8")
    old = out / runner.STATE_DIR / "parts" / "abc.0.json"  # a chunk of an older version
    old.write_text("{}", encoding="utf-8")
    summary = run(inputs, out, nlp, keep_parts=True)
    assert (summary.n_resumed, summary.n_docs) == (8, 8)
    assert not stale.exists() and not old.exists()


class Interrupt(BaseException):
    """Stands for a kill in the middle of a run."""


@pytest.mark.parametrize("stop_after", [1, 2, 5, 6])
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
    # feed.jsonl (5 records) comes first, then sub/0.txt: whole parts of 2 records are
    # reused, the third one holding the last line of feed.jsonl and sub/0.txt
    assert resumed.n_resumed == {1: 0, 2: 2, 5: 4, 6: 6}[stop_after]
    assert sum(seen) == 8
    assert not (tmp_path / "out" / runner.STATE_DIR / "parts").exists()


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


def test_resume_record_keys_follow_the_record_and_run_not_its_place(inputs, tmp_path):
    def keys(run_key: str = "run") -> dict[str, str]:
        records = io.read_inputs([inputs], exclude=tmp_path / "out")
        return {record.doc_id: runner.record_key(run_key, record) for record in records}

    first = keys()
    assert list(first) == ["j0", "j1", "j2", "j3", "j4", "sub/0", "sub/1", "sub/2"]
    assert all(re.fullmatch(r"[0-9a-f]{32}", key) for key in first.values())
    assert len(set(first.values())) == 8
    assert keys() == first
    assert set(keys("other run").values()).isdisjoint(first.values())
    (inputs / "sub" / "1.txt").write_text("date 2024-01-02\nДругой текст.", encoding="utf-8")
    changed = keys()
    assert [changed[name] == first[name] for name in first] == [True] * 6 + [False, True]
    # a changed title or date changes the key; so does a line moved to another line number
    # (its rows name the line: documents.source "feed.jsonl:2"); the other lines keep theirs
    feed = inputs / "feed.jsonl"
    lines = feed.read_text(encoding="utf-8").splitlines()
    lines[0], lines[1] = lines[1], lines[0]
    lines[2] = json.dumps({"id": "j2", "text": f"{TEXT} Выпуск 2.", "title": "Заголовок"})
    lines[3] = json.dumps({"id": "j3", "text": f"{TEXT} Выпуск 3.", "date": "2024-05-01"})
    feed.write_text("\n".join(lines), encoding="utf-8")
    moved = keys()
    assert [moved[name] == first[name] for name in first][:5] == [False] * 4 + [True]


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
            cli.app,
            ["run", str(inputs), "-o", str(out), "--pipeline", step, "--workers", "1",
             "--keep-parts"],
        )  # fmt: skip
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
    assert invoke(monkeypatch, nlp, str(inputs), "-o", out, "--keep-parts").exit_code == 0
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
    first = run(inputs, out, nlp, keep_parts=True)
    again = run(inputs, out, nlp, keep_parts=True)
    # the empty file is one record: its errors row (no document)
    assert (first.n_docs, again.n_docs, again.n_resumed) == (8, 8, 9)
    assert [len(part_keys(path)) for path in part_files(out)] == [9]


def test_resume_part_records_read_back_record_by_record(inputs, tmp_path):
    """A part read a record at a time gives each record its own rows: a table with no rows in
    the records asked for (``documents`` of an empty file) does not hide the tables after it
    (``errors``)."""
    nlp = blank("sentencizer")
    (inputs / "empty.jsonl").write_text("", encoding="utf-8")  # first in input order
    out = tmp_path / "out"
    run(inputs, out, nlp, keep_parts=True)
    (path,) = part_files(out)
    name = path.name[: -len(runner.PART_SUFFIX)]
    store = runner.PartStore(out)
    whole = store.records(name, 0, 9)
    assert [len(rows["documents"]) for rows in whole] == [0] + [1] * 8
    assert [len(rows["errors"]) for rows in whole] == [1] + [0] * 8
    assert [store.records(name, n, n + 1)[0] for n in range(9)] == whole
    assert store.records(name, 0, 1)[0]["errors"][0]["source"] == str(inputs / "empty.jsonl")
    errors_only = store.records(name, 0, 2, only={"errors"})
    assert [len(rows["errors"]) for rows in errors_only] == [1, 0]
    assert all(not rows["documents"] and not rows["tokens"] for rows in errors_only)
    tokens = io.read_table(out / "tokens.csv")
    assert sum(len(rows["tokens"]) for rows in whole) == len(tokens)


def test_resume_part_records_out_of_range_or_uneven_are_errors(inputs, tmp_path):
    """Records past a part's end, and a part whose columns differ in length (an edited
    file), are errors, not rows silently cut short."""
    out = tmp_path / "out"
    run(inputs, out, blank("sentencizer"), keep_parts=True)
    (path,) = part_files(out)
    name = path.name[: -len(runner.PART_SUFFIX)]
    assert len(runner.PartStore(out).records(name, 7, 8)) == 1
    with pytest.raises(ValueError):
        runner.PartStore(out).records(name, 7, 9)
    lines = path.read_text(encoding="utf-8").splitlines()
    table, columns = lines[1].split("\t", 1)
    assert table == "documents"
    columns = json.loads(columns)
    columns["title"] = columns["title"][:-1]
    lines[1] = f"{table}\t{json.dumps(columns, ensure_ascii=False)}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert runner.PartStore(out).records(name, 0, 7)[6]["documents"][0]["title"] is None
    assert len(runner.PartStore(out).records(name, 7, 8, only={"tokens"})) == 1
    with pytest.raises(ValueError):
        runner.PartStore(out).records(name, 7, 8)  # its title was cut off
