"""Batch runs: bad input never stops a run, interrupted runs resume to the same tables."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import ruextract
from ruextract import cli, io, runner, tables
from ruextract.pipeline import run_docs

FIXTURES = Path(__file__).parent / "fixtures" / "news"
GOOD = "Премьер-министр Японии Фумио Кисида посетил Индию. Товарооборот стран вырос на 12%."
CP1251 = "Глава МИД России Сергей Лавров встретился в Анкаре с коллегой из Турции."
HTML = "<html><body><p>В <b>Берлине</b> прошли переговоры &amp; встречи.</p></body></html>"
MIXED = "Первая строка о Франции.\r\nВторая строка о Германии.\rТретья об Италии.\nКонец."


def bad_batch(folder: Path) -> Path:
    """A folder with the good fixture articles and every kind of bad input of issue 8."""
    shutil.copytree(FIXTURES, folder)
    good = json.dumps({"text": GOOD, "date": "2024-05-01"}, ensure_ascii=False)
    files = {
        "bad/binary.txt": bytes(range(256)) * 64,
        "bad/cp1251.txt": f"date 2024-02-20\n{CP1251}".encode("cp1251"),
        "bad/empty.txt": b"",
        "bad/broken.jsonl": f'{good}\n{{"text": "обрыв строки\n{good}\n'.encode(),
        "bad/no-text.csv": "id,body\n1,Текст статьи\n".encode(),
        "bad/bad-date.txt": f"date 2024-13-45\n{GOOD}".encode(),
        "bad/huge.txt": (GOOD + "\n").encode() * (3_000_000 // len(GOOD.encode())),
        "bad/html.txt": HTML.encode(),
        "bad/nul.txt": GOOD.encode() + b"\x00" + GOOD.encode(),
        "bad/mixed.txt": f"date 2024-03-01\r\n{MIXED}".encode(),
    }
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: io.read_table(out / f"{name}.csv") for name in tables.TABLES}


def table_bytes(out: Path, fmt: str = "csv") -> dict[str, bytes]:
    return {name: (out / f"{name}.{fmt}").read_bytes() for name in tables.TABLES}


@pytest.fixture(scope="module")
def bad_run(nlp, tmp_path_factory):
    """One run over the bad batch: (input folder, output folder, summary)."""
    base = tmp_path_factory.mktemp("bad")
    inputs = bad_batch(base / "in")
    summary = ruextract.run([inputs], base / "out", nlp=nlp)
    return inputs, base / "out", summary


def test_runner_bad_batch_finishes_with_every_good_article(bad_run):
    _, out, summary = bad_run
    docs = read_tables(out)["documents"]
    # 7 fixture articles + cp1251, html, mixed line endings, 2 good lines of broken.jsonl
    assert (summary.n_docs, summary.n_ok, summary.n_errors) == (18, 12, 7)
    assert (docs["status"] == "ok").sum() == 12
    failed = docs[docs["status"] == "error"].set_index("doc_id")["error"].to_dict()
    assert set(failed) == {"bad/binary", "bad/empty", "bad/broken:2", "bad/bad-date",
                           "bad/huge", "bad/nul"}  # fmt: skip


ERRORS = [
    # (doc_id, source below the input folder, error, words of the message)
    ("bad/bad-date", "bad/bad-date.txt", "InputError", "invalid date '2024-13-45'"),
    ("bad/binary", "bad/binary.txt", "InputError", "binary file"),
    ("bad/broken:2", "bad/broken.jsonl:2", "JSONDecodeError", "invalid JSON"),
    ("bad/empty", "bad/empty.txt", "InputError", "empty article"),
    ("bad/huge", "bad/huge.txt", "TooLong", "article too long: 1,6"),
    (None, "bad/no-text.csv", "InputError", "no 'text' column (has: id, body)"),
    ("bad/nul", "bad/nul.txt", "InputError", "NUL bytes"),
]


def test_runner_bad_batch_error_rows_name_file_line_stage(bad_run):
    inputs, out, _ = bad_run
    errors = read_tables(out)["errors"]
    got = [
        (None if pd.isna(row.doc_id) else row.doc_id,
         Path(row.source).relative_to(inputs).as_posix(), row.stage, row.error)
        for row in errors.itertuples()
    ]  # fmt: skip
    assert got == [(d, s, "read", e) for d, s, e, _ in ERRORS]
    for message, (*_, words) in zip(errors["message"], ERRORS, strict=True):
        assert words in message


def test_runner_offsets_index_normalised_text(bad_run):
    _, out, _ = bad_run
    frames = read_tables(out)
    sents = frames["sentences"].set_index("doc_id").loc[["bad/mixed"]]
    normalised = MIXED.replace("\r\n", "\n").replace("\r", "\n")
    assert "\n".join(sents["text"]) == normalised
    for row in sents.itertuples():
        assert normalised[row.start : row.stop] == row.text
    doc = frames["documents"].set_index("doc_id").loc["bad/mixed"]
    assert doc["n_chars"] == len(MIXED) - 1 and str(doc["date"]) == "2024-03-01"
    html = frames["sentences"].set_index("doc_id").loc[["bad/html"]]
    assert "".join(html["text"]) == HTML  # kept as text


def test_runner_csv_tables_round_trip_text_with_commas_quotes_newlines(bad_run):
    inputs, out, _ = bad_run
    frames = read_tables(out)
    wire = pd.read_csv(inputs / "wire.csv", dtype=str).set_index("id")
    for doc_id, text in wire["text"].items():
        sents = frames["sentences"][frames["sentences"]["doc_id"] == doc_id]
        assert len(sents) >= 1
        for row in sents.itertuples():
            assert text[row.start : row.stop] == row.text
    tokens = frames["tokens"][frames["tokens"]["doc_id"] == "wire-1"]
    assert '"' in set(tokens["text"]) and "," in set(tokens["text"])
    assert frames["documents"].set_index("doc_id").loc["wire-1", "title"] == (
        'Цены, тарифы и "тренды"'
    )


def test_runner_rerun_reuses_parts_and_changed_input_is_reprocessed(nlp, bad_run, tmp_path):
    inputs, _, _ = bad_run
    work, work_out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(inputs, work)
    first = ruextract.run([work], work_out, nlp=nlp, keep_parts=True)
    again = ruextract.run([work], work_out, nlp=nlp, keep_parts=True)
    assert again.n_resumed == 19 and (again.n_docs, again.n_ok) == (first.n_docs, first.n_ok)
    (work / "bad" / "empty.txt").write_text(GOOD, encoding="utf-8")
    changed = ruextract.run([work], work_out, nlp=nlp, keep_parts=True)
    assert changed.n_resumed == 18
    docs = read_tables(work_out)["documents"].set_index("doc_id")
    assert docs.loc["bad/empty", "status"] == "ok"
    (work / "bad" / "html.txt").unlink()
    last = ruextract.run([work], work_out, nlp=nlp, keep_parts=True)
    assert last.n_resumed == 18 and last.n_docs == first.n_docs - 1
    assert "bad/html" not in set(read_tables(work_out)["documents"]["doc_id"])
    # 19 records, 64 to a part: the first run's part and the one record of the second
    assert len(list((work_out / ".ruextract" / "parts").glob("*.part"))) == 2
    ruextract.run([work], work_out, nlp=nlp)  # without keep_parts: the cache goes
    assert not (work_out / ".ruextract" / "parts").exists()


def test_runner_folder_of_files_writes_parts_of_many_files(nlp, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(5):
        (inputs / f"{n}.txt").write_text(f"{GOOD} Номер {n}.", encoding="utf-8")
    ruextract.run([inputs], tmp_path / "out", nlp=nlp, chunk_size=2, keep_parts=True)
    parts = sorted((tmp_path / "out" / ".ruextract" / "parts").glob("*.part"))
    assert len(parts) == 3  # 2 + 2 + 1 records, not one set per file
    ruextract.run([inputs], tmp_path / "again", nlp=nlp, chunk_size=5, keep_parts=True)
    assert len(list((tmp_path / "again" / ".ruextract" / "parts").glob("*.part"))) == 1


def test_runner_appended_jsonl_lines_keep_the_records_done(nlp, tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": f"{GOOD} Выпуск {i}."}, ensure_ascii=False)
             for i in range(5)]  # fmt: skip
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    first = ruextract.run([feed], tmp_path / "out", nlp=nlp, keep_parts=True)
    assert (first.n_docs, first.n_resumed) == (3, 0)
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    appended = ruextract.run([feed], tmp_path / "out", nlp=nlp, keep_parts=True)
    assert (appended.n_docs, appended.n_resumed) == (5, 3)
    ruextract.run([feed], tmp_path / "clean", nlp=nlp)
    assert table_bytes(tmp_path / "out") == table_bytes(tmp_path / "clean")
    edited = [*lines[:1], lines[1].replace("Выпуск", "Номер"), *lines[2:]]
    feed.write_text("\n".join(edited) + "\n", encoding="utf-8")
    changed = ruextract.run([feed], tmp_path / "out", nlp=nlp, keep_parts=True)
    assert changed.n_resumed == 4  # the edited line only is processed again


def test_runner_tables_writes_only_the_chosen_tables_identical_to_a_full_run(nlp, tmp_path):
    inputs = bad_batch(tmp_path / "in")
    (inputs / "bad" / "huge.txt").unlink()
    ruextract.run([inputs], tmp_path / "all", nlp=nlp)
    chosen = ["people", "countries", "dates", "facts"]
    ruextract.run([inputs], tmp_path / "some", nlp=nlp, tables=chosen)
    written = sorted(path.stem for path in (tmp_path / "some").glob("*.csv"))
    assert written == sorted([*chosen, "documents", "errors"])
    for name in written:
        assert (tmp_path / "some" / f"{name}.csv").read_bytes() == (
            tmp_path / "all" / f"{name}.csv"
        ).read_bytes(), name
    assert len(io.read_table(tmp_path / "some" / "facts.csv")) > 0


def test_runner_tables_skip_the_stages_no_chosen_table_needs(nlp):
    assert runner.unneeded_stages(nlp, runner.choose_tables(["people"])) == [
        "ruextract_dates", "ruextract_syntax", "ruextract_facts",
    ]  # fmt: skip
    assert runner.unneeded_stages(nlp, runner.choose_tables(["dates"])) == [
        "ruextract_ner", "ruextract_people", "ruextract_countries", "ruextract_organizations",
        "ruextract_syntax", "ruextract_facts",
    ]  # fmt: skip
    assert runner.unneeded_stages(nlp, runner.choose_tables(["facts", "mentions"])) == []
    assert runner.unneeded_stages(nlp, runner.choose_tables(None)) == []
    with pytest.raises(ValueError, match="unknown table peple"):
        runner.choose_tables(["peple"])


def test_runner_count_records_counts_txt_files_and_jsonl_lines(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    assert runner.count_records([tmp_path]) == 3
    (tmp_path / "c.csv").write_text("text\nx\n", encoding="utf-8")
    assert runner.count_records([tmp_path]) is None


class Interrupt(BaseException):
    """Stands for a kill in the middle of a run."""


@pytest.mark.parametrize("stop_after", [1, 3, 6], ids=["batch1", "batch3", "batch6"])
def test_runner_interrupted_inside_a_file_resumes_to_clean_tables(nlp, tmp_path, stop_after):
    lines = [json.dumps({"id": f"n{i}", "text": f"{GOOD} Выпуск {i}."}, ensure_ascii=False)
             for i in range(9)]  # fmt: skip
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "in" / "one.txt").write_text(CP1251, encoding="utf-8")
    settings = {"nlp": nlp, "batch_size": 1, "chunk_size": 2}
    clean = ruextract.run([tmp_path / "in"], tmp_path / "clean", **settings)
    calls = []

    def progress(n: int) -> None:
        calls.append(n)
        if len(calls) == stop_after:
            raise Interrupt

    with pytest.raises(Interrupt):
        ruextract.run([tmp_path / "in"], tmp_path / "out", on_document=progress, **settings)
    assert not (tmp_path / "out" / "documents.csv").exists()
    resumed = ruextract.run([tmp_path / "in"], tmp_path / "out", **settings)
    assert resumed.n_resumed == stop_after // 2 * 2  # whole chunks of 2
    assert table_bytes(tmp_path / "out") == table_bytes(tmp_path / "clean")
    assert (resumed.n_docs, resumed.n_ok, resumed.n_errors) == (clean.n_docs, 10, 0)


def test_runner_parquet_equals_csv(nlp, tmp_path):
    ruextract.run([FIXTURES], tmp_path / "csv", nlp=nlp)
    ruextract.run([FIXTURES], tmp_path / "pq", fmt="parquet", nlp=nlp)
    for name in tables.TABLES:
        csv_df = io.read_table(tmp_path / "csv" / f"{name}.csv")
        pq_df = io.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert len(csv_df) == len(pq_df)
        assert csv_df["doc_id"].tolist() == pq_df["doc_id"].tolist()


def test_runner_output_folder_inside_input_is_not_read(nlp, tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "data")
    ruextract.run([tmp_path / "data"], tmp_path / "data" / "processed", nlp=nlp)
    again = ruextract.run([tmp_path / "data"], tmp_path / "data" / "processed", nlp=nlp)
    assert again.n_docs == 7


def test_runner_second_run_on_same_output_is_refused(tmp_path):
    with runner.PartStore(tmp_path).open(), pytest.raises(runner.RunError, match="another"):
        runner.PartStore(tmp_path).open()


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def cli_nlp(nlp, monkeypatch):
    monkeypatch.setattr(cli, "_load", lambda pipeline: nlp)


def invoke(*args: str):
    return CliRunner().invoke(cli.app, ["run", *args])


def test_cli_run_bad_input_exits_0_and_strict_exits_1(cli_nlp, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    result = invoke(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "2 documents: 1 ok, 1 errors" in result.output
    result = invoke(str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 1
    assert (tmp_path / "out" / "errors.csv").exists()
    (tmp_path / "in" / "b.txt").unlink()
    assert invoke(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--strict").exit_code == 0


def test_cli_run_max_chars_rejects_long_article(cli_nlp, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--max-chars", "20")
    assert result.exit_code == 0 and "0 ok, 1 errors" in result.output
    assert "article too long" in io.read_table(tmp_path / "out" / "errors.csv")["message"][0]


@pytest.mark.parametrize("case", ["missing-input", "output-is-a-file"])
def test_cli_run_that_cannot_proceed_exits_1_with_one_line(cli_nlp, tmp_path, case):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    if case == "missing-input":
        result = invoke(str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
        expected = "input not found"
    else:
        result = invoke(str(tmp_path / "a.txt"), "--out", str(tmp_path / "file" / "out"))
        expected = "cannot write output folder"
    assert result.exit_code == 1
    assert expected in result.output and len(result.output.strip().splitlines()) == 1


# ---------------------------------------------------------------------------- kill -9


def test_runner_sigkill_then_rerun_equals_clean_run(nlp, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(40):
        (inputs / f"{n:03d}.txt").write_text(
            f"date 2024-01-{n % 28 + 1:02d}\n{GOOD} Номер {n}, в этом году. {CP1251}",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    command = [sys.executable, "-m", "ruextract", "run", str(inputs), "--out", str(out),
               "--batch-size", "1", "--part-size", "1", "--keep-parts"]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    parts = out / ".ruextract" / "parts"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if parts.is_dir() and len(list(parts.glob("*.part"))) >= 5:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it was killed"
    done = len(list(parts.glob("*.part")))
    assert 5 <= done < 40
    assert not (out / "documents.csv").exists()
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert "from an earlier run" in rerun.stdout
    clean = ruextract.run([inputs], tmp_path / "clean", nlp=nlp, batch_size=1)
    assert clean.n_docs == 40
    assert table_bytes(out) == table_bytes(tmp_path / "clean")
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]


def test_runner_pipeline_failure_costs_only_that_article(nlp, tmp_path, monkeypatch):
    def failing(nlp_, articles, batch_size=None):
        articles = list(articles)
        if any("СБОЙ" in article.text for article in articles):
            raise RuntimeError("component failed")
        return run_docs(nlp_, articles, batch_size)

    monkeypatch.setattr(runner, "run_docs", failing)
    lines = [
        {"id": "a", "text": GOOD},
        {"id": "b", "text": "СБОЙ " + GOOD},
        {"id": "c", "text": CP1251},
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    summary = ruextract.run([tmp_path / "in.jsonl"], tmp_path / "out", nlp=nlp, batch_size=8)
    frames = read_tables(tmp_path / "out")
    assert frames["documents"][["doc_id", "status"]].values.tolist() == [
        ["a", "ok"], ["b", "error"], ["c", "ok"],
    ]  # fmt: skip
    assert frames["errors"][["doc_id", "stage", "error", "message"]].values.tolist() == [
        ["b", "pipeline", "RuntimeError", "component failed"]
    ]
    assert (summary.n_ok, summary.n_errors) == (2, 1)
    assert set(frames["sentences"]["doc_id"]) == {"a", "c"}


def test_runner_missing_input_raises(tmp_path, nlp):
    with pytest.raises(FileNotFoundError, match="input not found"):
        ruextract.run([tmp_path / "nope"], tmp_path / "out", nlp=nlp)


def test_runner_workers_write_the_same_tables(nlp, tmp_path):
    inputs = bad_batch(tmp_path / "in")
    (inputs / "bad" / "huge.txt").unlink()
    one = ruextract.run([inputs], tmp_path / "one", nlp=nlp)
    two = ruextract.run([inputs], tmp_path / "two", nlp=nlp, workers=2)
    assert (two.n_docs, two.n_ok, two.n_errors) == (one.n_docs, one.n_ok, one.n_errors)
    assert table_bytes(tmp_path / "two") == table_bytes(tmp_path / "one")


def test_runner_workers_share_the_batches_of_one_file(nlp, tmp_path):
    texts = sorted(FIXTURES.rglob("*.txt")) + sorted(
        (FIXTURES.parents[2] / "data" / "raw").glob("*.txt")
    )
    lines = [{"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in texts]
    lines += [{"id": "empty", "text": ""}, {"text": "no id"}]
    assert len(lines) >= 5
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    one = ruextract.run([source], tmp_path / "one", nlp=nlp, batch_size=2)
    two = ruextract.run([source], tmp_path / "two", nlp=nlp, batch_size=2, workers=2)
    assert (two.n_docs, two.n_ok, two.n_errors) == (one.n_docs, one.n_ok, one.n_errors)
    assert one.n_docs == len(lines)
    assert table_bytes(tmp_path / "two") == table_bytes(tmp_path / "one")


def test_cli_run_tables_option_and_rates_in_the_summary(cli_nlp, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--tables", "dates")
    assert result.exit_code == 0, result.output
    assert "docs/s" in result.output and "tokens/s" in result.output
    assert sorted(p.stem for p in (tmp_path / "out").glob("*.csv")) == [
        "dates", "documents", "errors",
    ]  # fmt: skip
    assert not (tmp_path / "out" / ".ruextract" / "parts").exists()
    result = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--tables", "nope")
    assert result.exit_code == 2 and "unknown table nope" in result.output


def test_cli_progress_rate_column_shows_docs_per_second():
    from types import SimpleNamespace

    assert str(cli.RateColumn().render(SimpleNamespace(speed=12.345))) == "12.3 docs/s"
    assert str(cli.RateColumn().render(SimpleNamespace(speed=None))) == "- docs/s"
