"""Faults: another application's database given as --db (issue 15, item 2). The tool writes only to
databases it made; any other SQLite file is refused in one line, exit 2, and left byte for byte as it was.
Real SQLite files, the CLI as a separate process."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pokazatel.store.db import ForeignDatabaseError, open_db
from pokazatel.store.ownership import APPLICATION_ID
from test_search import build_database

POKAZATEL = [sys.executable, "-m", "pokazatel"]
COMMANDS = [("process",), ("search", "взятка"), ("runs",), ("stats",), ("export", "articles", "--out", "-"),
            ("crawl", "--demo", "--source", "nosuch_demo")]


def pokazatel(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*POKAZATEL, *args], capture_output=True, text=True, timeout=120)


def fingerprint(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def other_application(path: Path, application_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                       "INSERT INTO notes (body) VALUES ('моя заметка');"
                       # a table of the same name as ours does not make it ours
                       "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT);")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("application_id", [0, 0x1234])
@pytest.mark.parametrize("command", COMMANDS[:5])
def test_another_applications_database_is_refused_and_left_as_it_was(tmp_path, command, application_id):
    other = other_application(tmp_path / "other.db", application_id)
    before = fingerprint(other)
    result = pokazatel(*command, "--db", str(other))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"pokazatel: {other} is not a pokazatel database (") and "refusing" in line
    assert fingerprint(other) == before, "not one byte written, no -wal/-shm left beside it"
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [name for (name,) in conn.execute("SELECT name FROM sqlite_master ORDER BY name")] == ["articles", "notes"]


def test_a_new_database_is_marked_as_the_tools_at_creation(tmp_path):
    db = open_db(tmp_path / "new.db")
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_database_of_an_earlier_version_is_read_as_it_is_and_marked_at_the_first_write_open(tmp_path):
    path = build_database(tmp_path / "earlier.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")  # as every database made before the mark existed
    conn.commit()
    conn.close()
    reader = open_db(path, readonly=True)
    assert reader.execute("PRAGMA application_id").fetchone()[0] == 0
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
    reader.close()
    result = pokazatel("search", "взятка", "--db", str(path))
    assert result.returncode == 0, result.stderr
    writer = open_db(path)
    assert writer.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_open_db_refuses_the_file_in_python_too(tmp_path):
    other = other_application(tmp_path / "other.db")
    with pytest.raises(ForeignDatabaseError, match="not a pokazatel database"):
        open_db(other)
    with pytest.raises(ForeignDatabaseError):
        open_db(other, readonly=True)
