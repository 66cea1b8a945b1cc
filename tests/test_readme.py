"""The README's examples run: its Python sessions give the outputs shown, its CLI lines work."""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ruextract.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SESSIONS = re.findall(r"```pycon\n(.*?)```", README, flags=re.S)
CLI_LINES = [
    line.split("#")[0].strip()
    for block in re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    for line in block.splitlines()
    if line.startswith("ruextract ")
]


def test_readme_has_library_and_spacy_examples():
    assert any("ruextract.extract(" in session for session in SESSIONS)
    assert any("ruextract.load()" in session for session in SESSIONS)


@pytest.mark.parametrize("session", SESSIONS, ids=["library", "spacy"][: len(SESSIONS)])
def test_readme_python_session_gives_the_output_shown(session, monkeypatch):
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(session, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=print)
    assert runner.failures == 0 and runner.tries == len(test.examples) > 3


@pytest.mark.parametrize("line", CLI_LINES)
def test_readme_cli_line_is_a_valid_command(line):
    """Every documented command and option exists (checked through --help)."""
    argv = shlex.split(line)[1:]
    command = argv[0]
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    for option in (arg for arg in argv if arg.startswith("--")):
        assert option.split("=")[0].split("/")[0] in result.output, (option, command)


@pytest.mark.parametrize(
    "line",
    [line for line in CLI_LINES if line.split()[1] in ("extract", "show")],
)
def test_readme_cli_line_runs(line, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    argv = shlex.split(line)[1:]
    if argv[0] == "show":
        argv += ["--out", str(tmp_path / "page.html")]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.output
