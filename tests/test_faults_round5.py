"""The product as its users meet it, round 5: each fault found by running the real command on a real database,
port or server, fixed by its cause, and checked here through the command line in a subprocess."""

import socket
import sqlite3
import subprocess
import sys

import pytest
from pokazatel.store import processing_claims
from pokazatel.store.db import open_db
from pokazatel.store.load import now_almaty, save_article


def _cli(pokazatel_cmd, *arguments, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*pokazatel_cmd, *map(str, arguments)], capture_output=True, text=True, timeout=300,
                          **options)


def _one_line(result: subprocess.CompletedProcess, status: int) -> str:
    assert result.returncode == status and result.stderr.count("\n") == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr


def _store(db, number: int, *, title: str | None = None, text: str | None = None) -> None:
    save_article(db, {"url": f"https://example.kz/news/{number}", "source": "example", "lang": "ru",
                      "title": title or f"Задержан чиновник {number}",
                      "text": text or f"В стране {number} задержан чиновник за взятку.",
                      "published_at": "2026-11-20T10:00:00+05:00"})


# --- `process` while another run holds the whole queue says so and exits 1, leaving that run alone ----------------


def test_process_while_another_run_holds_every_waiting_article_says_so_and_leaves_them_to_it(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in (1, 2, 3):
        _store(db, number)
    other_run = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        with db.conn:  # what a live `process` writes when it claims its batch
            db.conn.execute(processing_claims.SCHEMA)
            db.conn.executemany("INSERT INTO processing_claims VALUES (?, ?, ?, ?)",
                                [(article_id, other_run.pid, socket.gethostname(), now_almaty())
                                 for article_id in (1, 2, 3)])
        db.close()
        for command in (("process",), ("process", "--all")):
            held = _cli(pokazatel_cmd, *command, "--db", database)  # was "processed 0 articles", exit 0
            assert f"nothing to tag: all 3 articles waiting are being tagged by another run (pid {other_run.pid} on " \
                   in _one_line(held, 1), command
            assert held.stdout == ""
        conn = sqlite3.connect(database)
        assert conn.execute("SELECT count(*) FROM processing_claims WHERE pid = ?", [other_run.pid]).fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 0, "no run recorded for nothing"
        conn.close()
    finally:
        other_run.kill()
        other_run.wait()
    # once that run is gone, its claims are taken over: the articles are tagged
    tagged = _cli(pokazatel_cmd, "process", "--db", database)
    assert tagged.returncode == 0 and "processed 3 articles" in tagged.stdout, tagged.stderr


def test_process_that_finds_every_article_claimed_after_it_looked_exits_1_too(tmp_path, monkeypatch, capsys):
    """The other run may claim the queue between the check and the first batch: the same line, exit 1."""
    from pokazatel.cli import process_command
    from pokazatel.cli.main import main

    database = tmp_path / "news.db"
    db = open_db(database)
    _store(db, 1)
    db.close()
    monkeypatch.setattr(process_command, "_nothing_to_tag", lambda args: None)
    monkeypatch.setattr(processing_claims, "claim", lambda db, batch, **options: [])
    assert main(["process", "--db", str(database)]) == 1
    assert capsys.readouterr().err == ("pokazatel process: nothing to tag: all 1 articles waiting are being tagged "
                                       "by another run, which stores their tags\n")
