"""Faults, round 8 (stop 33): the command line's promises checked end to end with real processes, where the earlier
rounds left a way to break them."""

from __future__ import annotations

import os
import signal
import subprocess

import psutil
import pytest
from pokazatel.store.db import open_db
from test_faults_killed_runs import POKAZATEL, group_alive, is_prefect_server, still_running, stored_urls, wait_for

# --- a terminal's Ctrl-C reaches the whole foreground process group -------------------------------------------------


@pytest.mark.slow
def test_ctrl_c_in_a_terminal_stops_a_run_at_once_with_prefects_server_out_of_its_reach(tmp_path):
    """Ctrl-C sends SIGINT to every process of the terminal's foreground group. Prefect's temporary server was one of
    them and quit at once, while the run still had to report to it: the run recorded itself interrupted, then hung
    at exit for minutes retrying to send Prefect's events to the server that was gone (not ended after 180 s)."""
    database = tmp_path / "news.db"
    run = subprocess.Popen([*POKAZATEL, "run", "--demo", "--db", str(database)], start_new_session=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: stored_urls(database), 300, "the first stored article")
        servers = [child for child in psutil.Process(run.pid).children(recursive=True) if is_prefect_server(child)]
        assert servers, "the run started no Prefect server"
        assert all(os.getpgid(server.pid) != run.pid for server in servers)
        os.killpg(run.pid, signal.SIGINT)  # the run is its group's leader, as a shell makes a command it starts
        _, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130 and "pokazatel: interrupted" in stderr, stderr
    assert "Traceback" not in stderr
    wait_for(lambda: not any(still_running(server) for server in servers), 30, "Prefect's server to stop with the run")
    db = open_db(database, readonly=True)
    [record] = db.query("SELECT status, articles_new FROM runs")
    assert record["status"] == "interrupted" and record["articles_new"] == db["articles"].count > 0
    db.close()

    again = subprocess.run([*POKAZATEL, "run", "--demo", "--db", str(database)], capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    db = open_db(database, readonly=True)
    assert db.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 0
    assert [row["status"] for row in db.query("SELECT status FROM runs ORDER BY id")] == ["interrupted", "ok"]
    db.close()


@pytest.mark.slow
def test_ctrl_c_in_a_terminal_stops_a_run_on_a_local_dask_cluster_without_tracebacks(tmp_path):
    """`run --workers 2` crawls and tags on a local Dask cluster, whose worker processes are in the terminal's group
    too: at Ctrl-C each died in a KeyboardInterrupt traceback, the cluster lost the results of the crawls they had
    run, and the run waited for ever for crawls that had reported (stopped while tagging: killed after 4 minutes)."""
    database = tmp_path / "news.db"
    run = subprocess.Popen([*POKAZATEL, "run", "--demo", "--workers", "2", "--db", str(database)],
                           start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: stored_urls(database), 300, "the first stored article")  # by a crawl on a Dask worker
        os.killpg(run.pid, signal.SIGINT)
        _, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130 and "pokazatel: interrupted" in stderr.splitlines(), stderr[-3000:]
    assert "Traceback" not in stderr
    wait_for(lambda: not group_alive(run.pid), 30, "every process of the run's group to end")
    db = open_db(database, readonly=True)
    assert [row["status"] for row in db.query("SELECT status FROM runs")] == ["interrupted"]
    db.close()


# --- a command-line value in bytes that are no UTF-8 --------------------------------------------------------------


def test_a_command_line_value_that_is_no_utf8_is_bad_input_and_nothing_is_written(tmp_path):
    """A value typed in a Latin-1 or CP1251 terminal reaches Python as lone surrogates, which SQLite cannot take:
    `stats --entity`, `watch add` and `import --source` said "'utf-8' codec can't encode character '\\udcff'…" with
    exit 1, a failure at run time, where the input was bad (exit 2). A file name in such bytes is still a file name."""
    from pokazatel.store.load import save_article

    database = tmp_path / "news.db"
    db = open_db(database)
    save_article(db, {"url": "https://example.kz/1", "source": "example", "title": "Аким задержан",
                      "text": "Аким района задержан при получении взятки.", "published_at": "2026-11-20"})
    db.close()
    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"id": "1", "title": "Аким", "text": "Аким задержан за взятку."}\n', encoding="utf-8")
    latin1 = "Аким".encode() + b"\xff"  # a byte that starts no UTF-8 character
    commands = {"stats --entity": [b"stats", b"--entity", latin1],
                "watch add": [b"watch", b"add", b"mine", latin1],
                "import --source": [b"import", os.fsencode(articles), b"--source", b"outlet\xe9"]}
    for what, words in commands.items():
        result = subprocess.run([*map(os.fsencode, POKAZATEL), *words, b"--db", os.fsencode(database)],
                                capture_output=True, timeout=120)
        stderr = result.stderr.decode("utf-8", "backslashreplace")
        assert result.returncode == 2 and len(stderr.splitlines()) == 1, (what, stderr)
        assert stderr.startswith("pokazatel: not UTF-8 text:"), (what, stderr)
    db = open_db(database, readonly=True)
    assert db["articles"].count == 1 and "watches" not in db.table_names() or not db["watches"].count
    db.close()

    out = os.fsencode(tmp_path) + b"/figures\xff.csv"
    result = subprocess.run([*map(os.fsencode, POKAZATEL), b"export", b"articles", b"--out", out, b"--db",
                             os.fsencode(database)], capture_output=True, timeout=120)
    assert result.returncode == 0 and os.path.exists(out), result.stderr
