"""The product as its users meet it, round 7: each fault found by running the real command on a real database, server
or input, fixed by its cause, and checked here the same way (the command in a subprocess, the server on a free
port)."""

import shutil
import sqlite3
import urllib.parse
from pathlib import Path

import pytest
from test_faults_round6 import _get
from test_search import build_database
from web_server import served

ROOT = Path(__file__).resolve().parent.parent

# --- a visitor's bad SQL is no server error -----------------------------------------------------------------------

VISITORS_BAD_SQL = [
    "select * from nosuch",  # Datasette logged "ERROR: conn=…, sql = …"
    "select title from articles where",
    "select randomblob(900000000)",  # past the server's bound on a value
    "select pk_fold(1)",  # the project's SQL functions given no text: Python's traceback in the log
    "select pk_snippet('a', 1)",
    "select pk_search_match(x'ff')",
    "select escape_fts(1)",
    "select * from search_fts where search_fts match 'NEAR('",
]


@pytest.mark.slow
def test_a_visitors_bad_sql_is_a_400_and_logs_no_error_while_a_corrupt_table_is_logged(tmp_path):
    database = build_database(tmp_path / "news.db")
    log = tmp_path / "serve.log"
    with served(database, log) as (base, _):
        for sql in VISITORS_BAD_SQL:
            status, answer = _get(f"{base}/news.json?{urllib.parse.urlencode({'sql': sql})}")
            assert status == 400 and answer.get("error"), (sql, status, answer)
        assert _get(f"{base}/news.json?{urllib.parse.urlencode({'sql': 'select count(*) from articles'})}")[0] == 200
    said = log.read_text(encoding="utf-8")
    assert "ERROR" not in said and "Traceback" not in said, said
    assert said.count("400 Bad Request") == len(VISITORS_BAD_SQL), said

    # the server's own failure is still said: a page of the articles table overwritten on disk
    corrupt = tmp_path / "corrupt.db"
    shutil.copy(database, corrupt)
    with sqlite3.connect(corrupt) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    conn.close()
    with open(corrupt, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)
    log = tmp_path / "corrupt.log"
    with served(corrupt, log) as (base, _):
        status, _answer = _get(f"{base}/corrupt.json?{urllib.parse.urlencode({'sql': 'select title from articles'})}")
        assert status >= 400
    errors = [line for line in log.read_text(encoding="utf-8").splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "SQLITE_CORRUPT" in errors[0] and "select title from articles" in errors[0], errors
