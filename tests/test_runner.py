"""Batch runs: bad input never stops a run, interrupted runs resume to the same tables."""

from __future__ import annotations

import gc
import gzip
import json
import os
import re
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


NAMIBIA = "Президент Намибии Хаге Гейнгоб прибыл в Москву."


def jsonl(*records: dict) -> str:
    return "\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n"


def bad_batch(folder: Path) -> Path:
    """A folder with the good fixture articles and every kind of bad or awkward input of
    issues 8 and 14: binary, empty, broken and oversized files; cp1251, KOI8-R, cp866 and
    UTF-16 text; ';' and tab separated tables; dates in every form, and unreadable ones;
    "Date:" headers; duplicate ids within and across files; files ruextract cannot read."""
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
        # issue 14
        "more/report.docx": b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)),
        "more/scan.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        "more/page.html": HTML.encode(),
        "more/excel.csv": f"id;date;text\nx1;01.03.2024;{CP1251}\n".encode("cp1251"),
        "more/feed.tsv": f"id\tdate\ttext\nt1\t3 января 2024\t{NAMIBIA}\n".encode(),
        "more/koi8.txt": f"Дата: 3 января 2024\n{CP1251}".encode("koi8-r"),
        "more/dos.txt": f"Date: Wed, 03 Jan 2024 10:00:00 +0300\n{GOOD}".encode("cp866"),
        "more/utf16.jsonl": jsonl({"id": "u1", "date": 1704268800, "text": CP1251}).encode(
            "utf-16"
        ),
        # after wire.csv in input order: its "wire-1" is the second one
        "x-dup/dates.jsonl": jsonl(
            {"id": "d1", "date": "2024-01-03T23:30:00-05:00", "text": GOOD},
            {"id": "d1", "date": "вчера вечером", "text": CP1251},
            {"id": "wire-1", "text": NAMIBIA},
        ).encode(),
    }
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    return ruextract.read_tables(out)


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
    # 7 fixture articles + cp1251, html, mixed line endings, bad date, 2 good lines of
    # broken.jsonl; excel.csv, feed.tsv, koi8, dos, utf16 and the 3 lines of dates.jsonl
    assert (summary.n_docs, summary.n_ok, summary.n_failed) == (26, 21, 5)
    assert (summary.n_skipped, summary.n_duplicates, summary.n_date_errors) == (3, 2, 2)
    assert summary.n_errors == len(ERRORS)
    assert (docs["status"] == "ok").sum() == 21
    failed = docs[docs["status"] == "error"].set_index("doc_id")["error"].to_dict()
    assert set(failed) == {"bad/binary", "bad/empty", "bad/broken:2", "bad/huge", "bad/nul"}
    assert docs["doc_id"].is_unique  # nothing merged


def test_runner_bad_batch_reads_every_encoding_dialect_and_date_form(bad_run):
    _, out, _ = bad_run
    frames = read_tables(out)
    docs = frames["documents"].set_index("doc_id")
    expected = {
        # doc_id: (date, encoding)
        "bad/cp1251": ("2024-02-20", "cp1251"),
        "x1": ("2024-03-01", "cp1251"),
        "t1": ("2024-01-03", "utf-8"),
        "more/koi8": ("2024-01-03", "koi8-r"),
        "more/dos": ("2024-01-03", "cp866"),
        "u1": ("2024-01-03", "utf-16"),
        "d1": ("2024-01-03", "utf-8"),
        "d1~2": (None, "utf-8"),
        "bad/bad-date": (None, "utf-8"),
        "wire-1": ("2024-02-01", "utf-8"),
        "wire-1~2": (None, "utf-8"),
    }
    for doc_id, (day, encoding) in expected.items():
        row = docs.loc[doc_id]
        assert (None if pd.isna(row["date"]) else row["date"].isoformat()) == day, doc_id
        assert (row["encoding"], row["status"]) == (encoding, "ok"), doc_id
    assert docs.loc["more/koi8", "n_chars"] == len(CP1251)  # the header is not text
    assert docs.loc["x1", "n_chars"] == len(CP1251)
    assert "вчера вечером" in docs.loc["d1~2", "date_error"]
    assert pd.isna(docs.loc["d1", "date_error"])
    assert docs["text"].isna().all()  # no --with-text
    countries = frames["countries"]
    assert set(countries.loc[countries["doc_id"].isin(["t1", "wire-1~2"]), "key"]) == {"NA"}
    sents = frames["sentences"]
    assert "".join(sents.loc[sents["doc_id"] == "wire-1~2", "text"]) == NAMIBIA


ERRORS = [
    # (doc_id, source below the input folder, error, words of the message), in input order
    ("bad/bad-date", "bad/bad-date.txt", "DateError", "invalid date '2024-13-45'"),
    ("bad/binary", "bad/binary.txt", "InputError", "binary file"),
    ("bad/broken:2", "bad/broken.jsonl:2", "JSONDecodeError", "invalid JSON"),
    ("bad/empty", "bad/empty.txt", "InputError", "empty article"),
    ("bad/huge", "bad/huge.txt", "TooLong", "article too long: 1,6"),
    (None, "bad/no-text.csv", "InputError", "no 'text' column (has: id, body)"),
    ("bad/nul", "bad/nul.txt", "InputError", "NUL bytes"),
    (None, "more/page.html", "UnsupportedFile", "unsupported file type .html: page.html"),
    (None, "more/report.docx", "UnsupportedFile", "unsupported file type .docx"),
    (None, "more/scan.pdf", "UnsupportedFile", "unsupported file type .pdf"),
    ("d1~2", "x-dup/dates.jsonl:2", "DateError", "invalid date 'вчера вечером'"),
    ("d1~2", "x-dup/dates.jsonl:2", "DuplicateId", "id 'd1' is used by an earlier article"),
    ("wire-1~2", "x-dup/dates.jsonl:3", "DuplicateId", "this one is 'wire-1~2'"),
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
    before = table_bytes(work_out)
    again = ruextract.run([work], work_out, nlp=nlp, keep_parts=True)
    assert again.n_resumed == 30 and (again.n_docs, again.n_ok) == (first.n_docs, first.n_ok)
    assert table_bytes(work_out) == before  # duplicate ids, errors rows, persons: the same
    (work / "bad" / "empty.txt").write_text(GOOD, encoding="utf-8")
    changed = ruextract.run([work], work_out, nlp=nlp, keep_parts=True)
    assert changed.n_resumed == 29
    docs = read_tables(work_out)["documents"].set_index("doc_id")
    assert docs.loc["bad/empty", "status"] == "ok"
    (work / "bad" / "html.txt").unlink()
    last = ruextract.run([work], work_out, nlp=nlp)
    assert last.n_resumed == 29 and "bad/html" not in set(
        read_tables(work_out)["documents"]["doc_id"]
    )
    assert not (work_out / ".ruextract" / "parts").exists()  # removed: no --keep-parts


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
        first = tables.TABLES[name][0]  # doc_id; person_id for persons
        assert csv_df[first].tolist() == pq_df[first].tolist()


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
    assert "2 documents: 1 ok, 1 failed;" in result.output
    assert f"{tmp_path / 'in' / 'b.txt'}: empty article: no text" in result.output
    result = invoke(str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--strict")
    assert result.exit_code == 1
    assert (tmp_path / "out" / "errors.csv").exists()
    (tmp_path / "in" / "b.txt").unlink()
    assert invoke(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--strict").exit_code == 0


def test_cli_run_max_chars_rejects_long_article(cli_nlp, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--max-chars", "20")
    assert result.exit_code == 0 and "0 ok, 1 failed" in result.output
    assert "article too long" in io.read_table(tmp_path / "out" / "errors.csv")["message"][0]


def test_cli_run_bad_batch_names_every_bad_skipped_and_renamed_input(cli_nlp, tmp_path):
    inputs = bad_batch(tmp_path / "in")
    result = invoke(str(inputs), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output  # a run that finished: bad articles are rows
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[0].startswith(
        "26 documents: 21 ok, 5 failed; 3 files skipped, 2 duplicate ids renamed, "
        "2 unreadable dates;"
    )
    errors = ruextract.read_tables(tmp_path / "out")["errors"]
    for row in errors.itertuples():  # every errors row is named on the console
        if row.error == "UnsupportedFile":
            assert str(Path(row.source)) in lines[1] and lines[1].startswith("skipped")
        elif row.error == "DuplicateId":
            assert f"{row.source}: {row.doc_id}" in lines[2]
        else:
            assert f"{row.source}: {row.message}" in result.output
    assert "13 rows in" in result.output and "the first 8 errors:" in result.output
    strict = invoke(str(inputs), "--out", str(tmp_path / "out"), "--strict")
    assert strict.exit_code == 1 and "11 errors (--strict)" in strict.output


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [("--date", "3 января 2024", "2024-01-03"), ("--date", "1704268800", "2024-01-03")],
)
def test_cli_run_date_is_the_default_of_records_without_one(
    cli_nlp, tmp_path, option, value, expected
):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("В прошлом году цены выросли.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("date 2020-05-05\nЦены выросли.", encoding="utf-8")
    result = invoke(str(tmp_path / "in"), "-o", str(tmp_path / "out"), option, value)
    assert result.exit_code == 0, result.output
    frames = ruextract.read_tables(tmp_path / "out")
    docs = frames["documents"].set_index("doc_id")["date"]
    assert (str(docs["a"]), str(docs["b"])) == (expected, "2020-05-05")
    assert str(frames["dates"].loc[0, "value_start"]) == "2023-01-01"


def test_cli_run_date_field_csv_sep_and_with_text(cli_nlp, tmp_path):
    table = tmp_path / "feed.csv"
    table.write_text(
        "id|published|text\nn1|01.03.2024|В этом году цены выросли.\nn2||Вторая строка.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = invoke(str(table), "-o", str(out), "--date-field", "published", "--csv-sep", "|",
                    "--with-text", "--format", "parquet")  # fmt: skip
    assert result.exit_code == 0, result.output
    docs = ruextract.read_tables(out)["documents"].set_index("doc_id")
    assert str(docs.loc["n1", "date"]) == "2024-03-01" and pd.isna(docs.loc["n2", "date"])
    assert docs.loc["n1", "text"] == "В этом году цены выросли."
    bad = invoke(str(table), "-o", str(out), "--csv-sep", "||")
    assert bad.exit_code == 2 and "--csv-sep" in bad.output
    bad = invoke(str(table), "-o", str(out), "--date", "2024-13-45")
    assert bad.exit_code == 2 and "invalid date '2024-13-45'" in bad.output


def test_cli_run_ctrl_c_says_what_was_kept_and_exits_130(cli_nlp, tmp_path, monkeypatch):
    def interrupted(inputs, out, on_document=None, **settings):
        on_document(3)  # three records done, then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "run", interrupted)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 130
    assert "interrupted after 3 input records" in result.output
    assert "Run the same command again to resume." in result.output


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
               "--batch-size", "1", "--part-size", "2"]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    parts = out / ".ruextract" / "parts"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if parts.is_dir() and len(list(parts.glob("*.part"))) >= 3:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it was killed"
    done = len(list(parts.glob("*.part")))
    assert 3 <= done < 20  # parts of 2 records of the 40 files
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

    monkeypatch.setattr(runner.workers, "run_docs", failing)
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


@pytest.mark.parametrize(
    ("n", "size", "workers", "sizes"),
    [
        # one worker: full batches, the rest last
        (70, 32, 1, [32, 32, 6]),
        # two workers: full batches while records remain beyond the 128 read ahead, then each
        # batch a quarter of what is left, never below 4 (TAIL_MIN) nor above the size
        (300, 32, 2, [32] * 6 + [27, 21, 15, 12, 9, 6, 5, 4, 4, 4, 1]),
        (129, 32, 2, [32, 25, 18, 14, 10, 8, 6, 4, 4, 4, 4]),
        (128, 32, 2, [32, 24, 18, 14, 10, 8, 6, 4, 4, 4, 4]),
        (5, 32, 2, [4, 1]),
        (3, 32, 2, [3]),
        (0, 32, 2, []),
        (40, 4, 2, [4] * 10),  # the size bounds the tail's share from above
        (36, 32, 3, [6, 5, 5, 4, 4, 4, 4, 4]),  # a sixth of what is left with 3 workers
    ],
)
def test_runner_batches_shrink_in_the_tail_with_workers(n, size, workers, sizes):
    batches = list(runner._batches(iter(range(n)), size, workers))
    assert [len(batch) for batch in batches] == sizes
    assert [item for batch in batches for item in batch] == list(range(n))


# ---------------------------------------------------------------------------- --tables


def test_runner_tables_chosen_are_identical_to_a_full_run(nlp, tmp_path):
    """``--tables people,countries,dates,facts``: those tables (and documents, errors) are
    the full run's, byte for byte; the others are not written; roles is not run."""
    inputs = bad_batch(tmp_path / "in")
    (inputs / "bad" / "huge.txt").unlink()
    chosen = ["people", "countries", "dates", "facts"]
    ruextract.run([inputs], tmp_path / "all", nlp=nlp)
    ran: list[list[str]] = []
    real_process = runner.process_batch

    def spy(nlp_, batch, keep=None):
        ran.append(list(nlp_.pipe_names))
        return real_process(nlp_, batch, keep)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner.workers, "process_batch", spy)
        summary = ruextract.run([inputs], tmp_path / "some", nlp=nlp, tables=chosen)
    assert ran and all("ruextract_roles" not in names for names in ran)
    assert all("ruextract_facts" in names for names in ran)
    assert nlp.pipe_names[-1] == "ruextract_facts" and "ruextract_roles" in nlp.pipe_names
    written = sorted(path.name for path in (tmp_path / "some").glob("*.csv"))
    assert written == sorted(f"{name}.csv" for name in [*chosen, "documents", "errors"])
    full = table_bytes(tmp_path / "all")
    for name in [*chosen, "documents", "errors"]:
        assert (tmp_path / "some" / f"{name}.csv").read_bytes() == full[name], name
    assert summary.n_docs == len(read_tables(tmp_path / "all")["documents"])
    assert set(ruextract.read_tables(tmp_path / "some")) == {*chosen, "documents", "errors"}


@pytest.mark.parametrize(
    ("chosen", "persons_table"), [(["mentions"], False), (["persons", "roles"], True)]
)
def test_runner_tables_with_person_ids_get_the_full_runs_ids(nlp, tmp_path, chosen, persons_table):
    """mentions and roles carry person ids from the run's persons pass over people rows,
    which the parts keep even when the people table is not written."""
    ruextract.run([FIXTURES], tmp_path / "all", nlp=nlp)
    ruextract.run([FIXTURES], tmp_path / "some", nlp=nlp, tables=chosen)
    full = table_bytes(tmp_path / "all")
    for name in chosen:
        assert (tmp_path / "some" / f"{name}.csv").read_bytes() == full[name], name
    assert not (tmp_path / "some" / "people.csv").exists()
    assert (tmp_path / "some" / "persons.csv").exists() == persons_table
    ids = io.read_table(tmp_path / "some" / f"{chosen[0]}.csv")["person_id"]
    assert ids.notna().any()


NEWS = [
    "ruextract_morph", "ruextract_ner", "ruextract_people", "ruextract_countries",
    "ruextract_organizations", "ruextract_roles", "ruextract_dates", "ruextract_syntax",
    "ruextract_facts",
]  # fmt: skip


@pytest.mark.parametrize(
    ("chosen", "skipped"),
    [
        (None, []),
        (["people", "countries", "dates", "facts"], ["roles"]),
        (["dates"], ["ner", "people", "countries", "organizations", "roles", "syntax", "facts"]),
        (["facts"], ["ner", "people", "countries", "organizations", "roles"]),
        (["roles"], ["dates", "syntax", "facts"]),
        (["persons"], ["roles", "dates", "syntax", "facts"]),
        (["tokens", "sentences"], NEWS[1:]),
        (["organizations"], ["roles", "dates", "syntax", "facts"]),
    ],
)
def test_runner_unneeded_stages_of_chosen_tables(nlp, chosen, skipped):
    assert nlp.pipe_names == NEWS
    names = runner.choose_tables(chosen)
    expected = [name if name in NEWS else f"ruextract_{name}" for name in skipped]
    assert runner.unneeded_stages(nlp, names) == expected


@pytest.mark.parametrize(
    ("chosen", "written", "kept"),
    [
        (None, list(tables.TABLES), list(tables.TABLES)),
        (["dates"], ["documents", "dates", "errors"], ["documents", "dates", "errors"]),
        ([" facts", "dates ", ""], ["documents", "dates", "facts", "errors"], None),
        (["roles"], ["documents", "roles", "errors"], ["documents", "people", "roles", "errors"]),
        (
            ["persons"],
            ["documents", "errors", "persons"],
            ["documents", "people", "errors", "persons"],
        ),
        (["countries"], ["documents", "countries", "errors"], None),
    ],
)
def test_runner_choose_tables_and_the_rows_kept(chosen, written, kept):
    assert runner.choose_tables(chosen) == written
    assert list(runner.kept_tables(written)) == (kept or written)


def test_runner_unknown_table_is_refused(tmp_path, nlp):
    with pytest.raises(ValueError, match="unknown table nope; known: documents, sentences"):
        ruextract.run([FIXTURES], tmp_path / "out", nlp=nlp, tables=["dates", "nope"])
    result = invoke(str(FIXTURES), "-o", str(tmp_path / "out"), "--tables", "dates,nope")
    assert result.exit_code == 2 and "unknown table nope" in result.output
    dask = invoke(
        str(FIXTURES), "-o", str(tmp_path / "out"), "--tables", "dates", "--dask", "local"
    )
    assert dask.exit_code == 2 and "not available with --dask" in dask.output


def test_cli_run_tables_writes_only_those(cli_nlp, tmp_path):
    result = invoke(str(FIXTURES), "-o", str(tmp_path / "out"), "--tables", "dates")
    assert result.exit_code == 0, result.output
    assert "7 documents: 7 ok" in result.output
    assert set(ruextract.read_tables(tmp_path / "out")) == {"documents", "dates", "errors"}
    assert len(io.read_table(tmp_path / "out" / "dates.csv")) > 0


# ------------------------------------------------------------------- progress and summary


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.txt": "x", "b/c.txt": "y"}, 2),
        ({"a.txt": "x", "f.jsonl": '{"text": "a"}\n\n{"text": "b"}\n'}, 3),
        ({"f.jsonl": ""}, 0),
        ({"a.txt": "x", "t.csv": "text\nx\n"}, None),  # counting would mean parsing
        ({"f.jsonl.gz": ""}, None),
    ],
)
def test_runner_count_records_for_the_eta(tmp_path, files, expected):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert runner.count_records([tmp_path]) == expected


def test_cli_run_summary_gives_docs_and_tokens_per_second(cli_nlp, tmp_path):
    result = invoke(str(FIXTURES), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    docs = io.read_table(tmp_path / "out" / "documents.csv")
    found = re.search(r"([\d.]+) s \(([\d.]+) docs/s, ([\d,]+) tokens/s\)", result.output)
    seconds, rate, token_rate = float(found[1]), float(found[2]), int(found[3].replace(",", ""))
    # the line rounds seconds to 0.1 and the rates to 0.1 / 1: the true time lies within
    # seconds ± 0.05, so each rate lies between what the two ends of that interval give
    slow, fast = seconds + 0.05, max(seconds - 0.05, 1e-9)
    assert len(docs) / slow - 0.05 <= rate <= len(docs) / fast + 0.05
    n_tokens = int(docs["n_tokens"].sum())
    assert n_tokens / slow - 0.5 <= token_rate <= n_tokens / fast + 0.5
    assert not (tmp_path / "out" / ".ruextract" / "parts").exists()


@pytest.mark.parametrize(("speed", "text"), [(None, "- docs/s"), (2.345, "2.3 docs/s")])
def test_cli_progress_rate_column(speed, text):
    class Task:
        pass

    task = Task()
    task.speed = speed
    assert cli.RateColumn().render(task).plain == text


# ---------------------------------------------------------------------------- collector


def test_runner_runs_with_the_young_gc_threshold_and_restores_it(nlp, tmp_path, monkeypatch):
    seen = []
    process = runner.process_batch

    def recording(*args, **kwargs):
        seen.append(gc.get_threshold())
        return process(*args, **kwargs)

    monkeypatch.setattr(runner.workers, "process_batch", recording)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    before = gc.get_threshold()
    assert before[0] != runner.GC_THRESHOLD
    summary = runner.run([tmp_path / "a.txt"], tmp_path / "out", nlp=nlp, workers=1)
    assert summary.n_ok == 1
    assert seen == [(runner.GC_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before


def test_runner_processes_with_the_loaded_models_frozen_and_unfreezes_after(
    nlp, tmp_path, monkeypatch
):
    seen = []
    process = runner.process_batch

    def recording(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return process(*args, **kwargs)

    monkeypatch.setattr(runner.workers, "process_batch", recording)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert gc.get_freeze_count() == 0
    summary = runner.run([tmp_path / "a.txt"], tmp_path / "out", nlp=nlp, workers=1)
    assert summary.n_ok == 1
    assert len(seen) == 1 and seen[0] > 10_000  # the pipeline's objects at least
    assert gc.get_freeze_count() == 0


def test_frozen_heap_unfreezes_when_the_block_fails():
    with pytest.raises(KeyError), runner.frozen_heap():
        assert gc.get_freeze_count() > 0
        raise KeyError("x")
    assert gc.get_freeze_count() == 0


def test_runner_gc_threshold_restored_when_the_block_fails():
    before = gc.get_threshold()
    with pytest.raises(KeyError), runner.gc_threshold(12_345):
        assert gc.get_threshold() == (12_345, *before[1:])
        raise KeyError("stop")
    assert gc.get_threshold() == before
