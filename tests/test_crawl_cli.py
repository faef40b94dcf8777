"""`pokazatel crawl` as a user runs it: counts printed, bad input refused in one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pokazatel.cli.main import main


@pytest.mark.slow
def test_demo_crawl_prints_counts_and_fills_the_database(tmp_path: Path, capsys) -> None:
    db = tmp_path / "cli.db"
    assert main(["crawl", "--demo", "--source", "zakon", "--db", str(db)]) == 0
    output = capsys.readouterr().out.splitlines()
    assert output[0].split()[:4] == ["source", "pages", "fetched", "new"]
    zakon = output[1].split()
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles WHERE source = 'zakon'").fetchone()[0]
    assert zakon[0] == "zakon" and int(zakon[3]) == stored > 0
    assert any("prefilter off" in line for line in output)  # the demo keeps unrelated news too


@pytest.mark.parametrize(("argv", "message"), [
    (["crawl", "--source", "no_such_outlet"], "unknown source no_such_outlet"),
    (["crawl", "--demo", "--source", "nur"], "unknown demo source nur"),
    (["crawl", "--since", "2026-02-30"], "--since '2026-02-30' is not a date"),
    (["crawl", "--since", "2026-11-02", "--until", "2026-11-01"], "--since is after --until"),
])
def test_bad_input_is_one_line_and_exit_2(argv: list[str], message: str, capsys, tmp_path: Path) -> None:
    assert main([*argv, "--db", str(tmp_path / "unused.db")]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
