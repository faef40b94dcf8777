"""The product as its users meet it, round 5: each fault found by running the real command on a real database,
port or server, fixed by its cause, and checked here through the command line in a subprocess."""

import csv
import http.client
import io
import json
import socket
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pokazatel.store import processing_claims
from pokazatel.store.db import open_db
from pokazatel.store.load import now_almaty, save_article
from test_web import free_port, wait_until_up


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
    assert capsys.readouterr().err == ("pokazatel process: nothing to tag: another run tagged or is tagging all 1 "
                                       "articles that were waiting\n")


# --- the web UI ------------------------------------------------------------------------------------------------


@contextmanager
def _served(pokazatel_cmd, database, log) -> Iterator[str]:
    """`pokazatel serve` on the database at a free port until the block ends, its log in the file `log`."""
    port = free_port()
    with open(log, "w", encoding="utf-8") as log_file:
        server = subprocess.Popen([*pokazatel_cmd, "serve", "--db", str(database), "--port", str(port)],
                                  stdout=log_file, stderr=subprocess.STDOUT, text=True)
        try:
            wait_until_up(f"http://127.0.0.1:{port}/-/versions.json", server)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(timeout=60)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.mark.slow
def test_the_web_uis_table_search_takes_any_typed_text_and_says_plainly_what_raw_syntax_is_wrong(tmp_path,
                                                                                                 pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in (1, 2, 3):
        _store(db, number)
    db.close()
    log = tmp_path / "serve.log"
    with _served(pokazatel_cmd, database, log) as base:
        for table in ("articles", "article_overview"):
            for typed in ('"', '""', "", "AND", "*", "NEAR(", "OR NOT", "чиновник \"", "\x00"):
                query = urllib.parse.urlencode({"_search": typed})
                status, page = _get(f"{base}/news/{table}?{query}")  # '"' was a 400: "fts5: syntax error"
                assert status == 200, (table, typed, page[:300])
                assert "syntax error" not in page
            status, page = _get(f"{base}/news/{table}?" + urllib.parse.urlencode({"_search": "задержан чиновник"}))
            assert status == 200 and "3 rows where search matches" in page, page[:300]
        for typed in ('"', "AND", "*", "NEAR(", "OR NOT"):
            query = urllib.parse.urlencode({"_search": typed, "_searchmode": "raw"})
            status, page = _get(f"{base}/news/articles?{query}")
            assert status == 400 and "is not valid FTS5 syntax" in page, (typed, page[:300])
        query = urllib.parse.urlencode({"_search": "чинов* NOT взятка", "_searchmode": "raw"})
        assert "3 rows where search matches" in _get(f"{base}/news/articles?{query}")[1]
    served_log = log.read_text(encoding="utf-8")
    assert "Traceback" not in served_log and "ERROR" not in served_log, served_log  # each '"' logged its SQL


@pytest.mark.slow
def test_a_csv_download_failing_after_its_200_is_cut_off_visibly_not_ended_as_a_whole_file(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in range(1, 301):
        _store(db, number)
    with db.conn:  # a page of the download fails at run time as a locked database or a query past the limit would
        db.conn.execute("CREATE VIEW failing_late AS SELECT id, title, "
                        "CASE WHEN id > 200 THEN abs(-9223372036854775807 - 1) ELSE id END AS n FROM articles")
    db.close()
    log = tmp_path / "serve.log"
    with _served(pokazatel_cmd, database, log) as base:
        with urllib.request.urlopen(f"{base}/news/failing_late.csv?_stream=on&_dl=1", timeout=60) as response:
            assert response.status == 200
            with pytest.raises(http.client.IncompleteRead) as cut:  # it ended whole, its last line "integer overflow"
                response.read()
        received = cut.value.partial.decode("utf-8")
        assert received.startswith("id,title,n\r\n1,Задержан чиновник 1,1\r\n") and "overflow" not in received
        with urllib.request.urlopen(f"{base}/news/articles.csv?_stream=on&_sort=id", timeout=60) as response:
            whole = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"), newline="")))
        assert [int(row["id"]) for row in whole] == list(range(1, 301)), "a download that does not fail is whole"
    served_log = log.read_text(encoding="utf-8")
    assert "pokazatel serve: the CSV download /news/failing_late.csv failed after its first rows (integer overflow)" \
        in served_log
    assert "Traceback" not in served_log, served_log


@pytest.mark.slow
def test_a_sorted_tables_pages_and_streamed_csv_hold_every_row_once_when_rows_share_the_sort_value(tmp_path,
                                                                                                  pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in range(1, 131):  # one minute's articles, as an outlet giving dates without times stores a day's
        _store(db, number)
    db.close()
    with _served(pokazatel_cmd, database, tmp_path / "serve.log") as base:
        for sort in ("", "&_sort=source", "&_sort_desc=title"):
            seen, url = [], f"{base}/news/articles.json?_shape=objects&_size=50{sort}"
            while url:  # the pages a journalist reads with "Next page"
                with urllib.request.urlopen(url, timeout=60) as response:
                    page = json.load(response)
                seen += [row["id"] for row in page["rows"]]
                url = page.get("next_url")
            assert sorted(seen) == list(range(1, 131)), (sort, len(seen), len(set(seen)))  # was 99 rows, 50 distinct
        with urllib.request.urlopen(f"{base}/news/articles.csv?_stream=on&_dl=1", timeout=60) as response:
            rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"), newline="")))
        assert sorted(int(row["id"]) for row in rows) == list(range(1, 131))
