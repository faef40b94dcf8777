"""Fault: a database in a read-only folder (issue 15, item 3), and `serve` stopped by SIGTERM (item 8).

Tests run as root, for whom chmod does not stop a write. So the folder is made read-only by the kernel:
a read-only bind mount, where every write fails with EROFS for root too (checked first below). Before
the fix, every read command failed there with "unable to open database file": SQLite's WAL readers
want a -shm file beside the database, and a read-only folder cannot take one."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.runs import finish_run, start_run
from test_search import ARTICLES, build_database
from web_server import free_port, wait_until_up

POKAZATEL = [sys.executable, "-m", "pokazatel"]


def pokazatel(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*POKAZATEL, *args], capture_output=True, text=True, timeout=120, **kwargs)


@pytest.fixture
def read_only_folder(tmp_path):
    """(the writable folder, the same folder mounted read-only), the database in it."""
    source, mounted = tmp_path / "archive", tmp_path / "mounted"
    source.mkdir()
    mounted.mkdir()
    db = open_db(build_database(source / "news.db"))
    finish_run(db, start_run(db, "nightly"), status="ok", sources={"tengrinews": {"fetched": 5, "new": 5}})
    db.close()
    for command in (["mount", "--bind", str(source), str(mounted)],
                    ["mount", "-o", "remount,ro,bind", str(mounted)]):
        subprocess.run(command, check=True, capture_output=True)
    try:
        with pytest.raises(OSError) as refused:  # what the test stands on: even root cannot write there
            (mounted / "probe").write_text("x")
        assert refused.value.errno == errno.EROFS and not os.access(mounted, os.W_OK)
        yield source, mounted
    finally:
        subprocess.run(["umount", str(mounted)], check=True)


@pytest.mark.parametrize("command", [("search", "взятки", "--json"), ("runs",), ("stats",),
                                     ("export", "articles", "--out", "-")])
def test_read_commands_work_in_a_read_only_folder(read_only_folder, command):
    source, mounted = read_only_folder
    result = pokazatel(*command, "--db", str(mounted / "news.db"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in mounted.iterdir()) == ["news.db"]
    assert result.stdout.strip()
    assert result.stdout == pokazatel(*command, "--db", str(source / "news.db")).stdout, "the same as writable"


def test_changes_still_in_the_wal_are_read_through_the_read_only_folder(read_only_folder):
    source, mounted = read_only_folder
    writer = sqlite3.connect(source / "news.db")  # a writer in the writable place, its changes in the -wal
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET title = 'Новый заголовок' WHERE id = 1")
    writer.commit()
    try:
        assert (mounted / "news.db-wal").stat().st_size > 0
        result = pokazatel("export", "articles", "--out", "-", "--db", str(mounted / "news.db"))
        assert result.returncode == 0, result.stderr
        assert "Новый заголовок" in result.stdout
    finally:
        writer.close()


@pytest.mark.slow
def test_serve_in_a_read_only_folder_and_sigterm_leaves_no_temporary_folder(read_only_folder, tmp_path):
    source, mounted = read_only_folder
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    port = free_port()
    server = subprocess.Popen([*POKAZATEL, "serve", "--db", str(mounted / "news.db"), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "TMPDIR": str(temporary)})
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/-/versions.json", server)
        assert [p.name.startswith("pokazatel-serve-") for p in temporary.iterdir()] == [True]
        with urllib.request.urlopen(f"{base}/news/articles.json?_shape=array", timeout=10) as response:
            assert len(json.load(response)) == len(ARTICLES) + 1
        # a visitor's mistakes and write attempts: 4xx, and no traceback in the log (they were 500s)
        for method, path in [("GET", "/news/articles?_sort=nosuch"), ("GET", "/news/figures.json?_sort_desc=x"),
                             ("POST", "/news/articles/-/insert"), ("POST", "/news/articles/-/drop"),
                             ("POST", "/news/articles/1/-/delete")]:
            request = urllib.request.Request(f"{base}{path}", method=method, data=b"{}" if method == "POST" else None,
                                             headers={"Content-Type": "application/json"})
            with pytest.raises(urllib.error.HTTPError) as answer:
                urllib.request.urlopen(request, timeout=10)
            assert 400 <= answer.value.code < 500, (path, answer.value.code)
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0
        assert "Traceback" not in server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert list(temporary.iterdir()) == []
