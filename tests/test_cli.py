"""The command line through typer's CliRunner, and the README's promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from ruextract import __version__
from ruextract.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_cli_no_args_shows_help():
    result = runner.invoke(app, [])
    assert "run" in result.output and "extract" in result.output and "eval" in result.output


def test_cli_run_writes_every_table(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("date 2024-01-03\nВладимир Путин прибыл в Астану.", "utf-8")
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 documents: 1 ok, 0 failed; 0 files skipped" in result.output
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs.loc[0, "doc_id"] == "a"
    assert docs.loc[0, "date"] == "2024-01-03"
    for name in ("sentences", "tokens", "mentions", "errors"):
        assert (tmp_path / "out" / f"{name}.csv").exists()


def test_cli_run_parquet(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Токаев прибыл в Москву.", "utf-8")
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    tokens = pd.read_parquet(tmp_path / "tokens.parquet")
    assert list(tokens["text"]) == ["Токаев", "прибыл", "в", "Москву", "."]


def test_cli_run_missing_input_exits_1(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 1


def test_cli_run_unknown_pipeline_is_bad_parameter(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Текст.", "utf-8")
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path), "--pipeline", "nope"])
    assert result.exit_code == 2
    assert "unknown pipeline" in result.output


def test_cli_extract_prints_tables():
    result = runner.invoke(app, ["extract", "Владимира Путина встретили в Астане."])
    assert result.exit_code == 0, result.output
    assert "mentions" in result.output
    assert "Владимир Путин" in result.output


def test_cli_eval_small_fixture():
    gold = ROOT / "tests" / "fixtures" / "gold_ner_small.jsonl"
    result = runner.invoke(app, ["eval", str(gold), "--labels", "PER"])
    assert result.exit_code == 0, result.output
    assert re.search(r"PER\s*│\s*2\s*│", result.output)


def _readme_command(marker: str) -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    at = lines.index(f"<!-- {marker} -->")
    assert lines[at + 1] == "```bash"
    return lines[at + 2]


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci and "README.md" in ci
    command = _readme_command("test-command")
    assert "pytest" in command and "-c constraints.txt" in command


def test_readme_run_command_runs_the_main_job_on_data_raw():
    command = _readme_command("run-command")
    assert command.startswith("python3 -m venv .venv && ")
    assert "ruextract run data/raw --out data/processed" in command
    assert (ROOT / "data" / "raw" / "000_a1ea925e5c1963ce.txt").exists()


def test_cli_show_writes_a_displacy_page_to_a_named_temp_file(tmp_path):
    article = tmp_path / "visit.txt"
    article.write_text(
        "date 2024-01-03\nВладимир Путин прибыл в Казахстан. Товарооборот вырос на 5%.", "utf-8"
    )
    result = runner.invoke(app, ["show", str(article)])
    assert result.exit_code == 0, result.output
    target = Path(re.search(r"wrote (\S+\.html)", result.output).group(1))
    assert target.parent != tmp_path and sorted(p.name for p in tmp_path.iterdir()) == [
        "visit.txt"
    ]  # nothing written into the input folder
    page = target.read_text(encoding="utf-8")
    target.unlink()
    assert page.startswith("<!DOCTYPE html>")
    assert "Владимир" in page and ">PER<" in page.replace("\n", "").replace(" ", "")
    assert "<h2>mentions</h2>" in page


def test_cli_show_picks_a_record_by_id_and_writes_to_out(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Владимир Путин прибыл в Казахстан."}\n'
        '{"id": "b", "text": "Эмманюэль Макрон посетил Германию."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "pages" / "b.html"
    result = runner.invoke(app, ["show", str(feed), "--id", "b", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: b (2 articles" in result.output
    page = out.read_text(encoding="utf-8")
    assert "Макрон" in page and "Путин" not in page
    missing = runner.invoke(app, ["show", str(feed), "--id", "zzz"])
    assert (
        missing.exit_code == 2 and "no record 'zzz'" in missing.output and "a, b" in missing.output
    )


def test_cli_version():
    from ruextract import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"ruextract {__version__}"


def test_cli_extract_reads_stdin_and_rejects_unknown_tables():
    text = "Владимира Путина встретили в Астане 3 января 2024 года."
    result = runner.invoke(app, ["extract", "-", "-t", "mentions"], input=text)
    assert result.exit_code == 0, result.output
    assert "Владимир Путин" in result.output and "documents" not in result.output
    bogus = runner.invoke(app, ["extract", text, "-t", "bogus"])
    assert bogus.exit_code == 2 and "unknown table bogus" in bogus.output
    assert "mentions" in bogus.output  # the known tables are listed


def test_cli_extract_date_in_any_form_resolves_relative_dates():
    result = runner.invoke(
        app, ["extract", "В прошлом году цены выросли.", "--date", "03.01.2024", "-t", "dates"]
    )
    assert result.exit_code == 0, result.output
    assert "2023-01-01" in result.output and "2023-12-31" in result.output
    bad = runner.invoke(app, ["extract", "Текст.", "--date", "вчера вечером"])
    assert bad.exit_code == 2 and "invalid date" in bad.output


def test_cli_show_unreadable_article_exits_1(tmp_path):
    article = tmp_path / "broken.txt"
    article.write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["show", str(article)])
    assert result.exit_code == 1


def _program(*args: str) -> subprocess.CompletedProcess:
    """``python -m ruextract ARGS`` as a program (its own process, output piped)."""
    return subprocess.run(
        [sys.executable, "-m", "ruextract", *args], capture_output=True, text=True, timeout=300
    )


def test_cli_program_exits_with_the_command_code_and_flushed_output(tmp_path):
    # run as a program, the app leaves the process without Python's shutdown: the exit code
    # and the piped output must be what the command gave
    article = tmp_path / "a.txt"
    article.write_text("Владимир Путин прибыл в Астану 3 января 2024 года.", "utf-8")
    done = _program("run", str(article), "--out", str(tmp_path / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "1 documents: 1 ok, 0 failed" in done.stdout
    assert (tmp_path / "out" / "people.csv").read_text("utf-8").count("\n") == 2
    missing = _program("run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o2"))
    assert missing.returncode == 1
    assert "input not found" in missing.stderr
    bad = _program("run", str(article), "--out", str(tmp_path / "o3"), "--tables", "nope")
    assert bad.returncode == 2
    assert "unknown table nope" in bad.stderr
    version = _program("--version")
    assert (version.returncode, version.stdout.strip()) == (0, "ruextract " + __version__)
