"""The product as its users meet it, round 5: each fault found by running the real command on a real database,
server or site, fixed by its cause, and checked here the same way (the command in a subprocess, the server on a
free port, the site a local HTTP server); two helpers the subprocesses cannot reach are checked in this process."""

import csv
import gzip
import http.client
import io
import json
import re
import resource
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from pokazatel.crawlers.demo_server import running
from pokazatel.crawlers.run import crawl
from pokazatel.store import processing_claims
from pokazatel.store.db import open_db
from pokazatel.store.load import now_almaty, save_article
from test_crawl_faults import article_html
from test_faults_round4 import _cli, _one_line
from web_server import served


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


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.mark.slow
def test_the_web_uis_table_search_takes_any_typed_text_and_says_plainly_what_raw_syntax_is_wrong(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in (1, 2, 3):
        _store(db, number)
    db.close()
    log = tmp_path / "serve.log"
    with served(database, log) as (base, _):
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
        status, page = _get(f"{base}/news/articles?" + urllib.parse.urlencode({"_search": "аким " * 5000}))
        assert status == 400 and "The search has 5,000 words: at most 200" in page  # 50,000 words held it 11 s
        assert _get(f"{base}/news/articles?" + urllib.parse.urlencode({"_search": "чиновник " * 200}))[0] == 200
    served_log = log.read_text(encoding="utf-8")
    assert "Traceback" not in served_log and "ERROR" not in served_log, served_log  # each '"' logged its SQL



@pytest.mark.slow
def test_a_non_numeric_page_or_time_limit_in_the_address_is_a_400_without_a_traceback(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in range(1, 61):
        _store(db, number)
    db.close()
    log = tmp_path / "serve.log"
    with served(database, log) as (base, _):
        for path, argument in (("/news/article_overview?_next=abc", "_next"), ("/news/figures?_next=x", "_next"),
                               ("/news/articles?_timelimit=abc", "_timelimit")):
            status, page = _get(base + path)  # a 500 with a traceback in the log
            assert status == 400 and f"{argument} must be a whole number" in page, (path, status)
        status, page = _get(f"{base}/news/article_overview.json?_next=50&_shape=objects")
        assert status == 200 and len(json.loads(page)["rows"]) == 10
        assert _get(f"{base}/news/articles?_timelimit=1000")[0] == 200
    assert "Traceback" not in log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_csv_download_failing_after_its_200_is_cut_off_visibly_not_ended_as_a_whole_file(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in range(1, 301):
        _store(db, number)
    with db.conn:  # a page of the download fails at run time as a locked database or a query past the limit would
        db.conn.execute("CREATE VIEW failing_late AS SELECT id, title, "
                        "CASE WHEN id > 200 THEN abs(-9223372036854775807 - 1) ELSE id END AS n FROM articles")
    db.close()
    log = tmp_path / "serve.log"
    with served(database, log) as (base, _):
        # pages of 100 rows: the first two are sent, the third fails
        with urllib.request.urlopen(f"{base}/news/failing_late.csv?_stream=on&_dl=1&_size=100", timeout=60) as response:
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
def test_a_sorted_tables_pages_and_streamed_csv_hold_every_row_once_when_rows_share_the_sort_value(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in range(1, 131):  # one minute's articles, as an outlet giving dates without times stores a day's
        _store(db, number)
    db.close()
    with served(database, tmp_path / "serve.log") as (base, _):
        for sort in ("", "&_sort=source", "&_sort_desc=title"):
            seen, url = [], f"{base}/news/articles.json?_shape=objects&_size=50{sort}"
            while url:  # the pages a journalist reads with "Next page"
                with urllib.request.urlopen(url, timeout=60) as response:
                    page = json.load(response)
                seen += [row["id"] for row in page["rows"]]
                url = page.get("next_url")
            assert sorted(seen) == list(range(1, 131)), (sort, len(seen), len(set(seen)))  # was 99 rows, 50 distinct
        for table in ("articles", "article_overview"):
            with urllib.request.urlopen(f"{base}/news/{table}.csv?_stream=on&_dl=1", timeout=60) as response:
                rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"), newline="")))
            assert sorted(int(row["id"]) for row in rows) == list(range(1, 131)), table


def test_a_streamed_csv_is_read_in_pages_of_the_most_rows_allowed_unless_it_names_a_size():
    from pokazatel.store.web_paging import stream_in_full_pages

    def query(path: str, query_string: bytes) -> bytes:
        return stream_in_full_pages({"type": "http", "path": path, "query_string": query_string})["query_string"]

    # pages of 50: figures.csv of 20,000 figures took 8.5 s to stream, 0.5 s in pages of 1,000
    assert query("/news/figures.csv", b"_stream=on&event=bribe") == b"_stream=on&event=bribe&_size=max"
    assert query("/news/figures.csv", b"_stream=on&_search=%D0%B0%D0%BA%D0%B8%D0%BC") == \
        b"_stream=on&_search=%D0%B0%D0%BA%D0%B8%D0%BC&_size=max"
    for path, kept in (("/news/figures.csv", b"_stream=on&_size=10"), ("/news/figures.csv", b"_dl=1"),
                       ("/news/figures.csv", b"_stream="), ("/news/figures", b"_stream=on")):
        assert query(path, kept) == kept, (path, kept)



def _peak_memory_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


@pytest.mark.slow
def test_one_visitors_query_cannot_make_the_server_hold_a_gigabyte(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    _store(db, 1, text="Аким задержан за взятку. " * 100_000)  # 2.5 MB: a long article is still served
    db.close()
    with served(database, tmp_path / "serve.log") as (base, server):
        before = _peak_memory_mb(server.pid)
        query = urllib.parse.urlencode({"sql": "select length(randomblob(900000000))"})
        status, answer = _get(f"{base}/news.json?{query}")
        assert status == 400 and json.loads(answer)["error"] == "string or blob too big"
        assert _peak_memory_mb(server.pid) < before + 200, "the server took 900 MB more for one query"
        query = urllib.parse.urlencode({"sql": "select length(text) from articles"})
        status, answer = _get(f"{base}/news.json?{query}")
        assert status == 200 and json.loads(answer)["rows"] == [[2_500_000]]


# --- the crawl against a hostile site ----------------------------------------------------------------------------

HOSTILE = {"/news/ok-1": "Аким задержан за взятку", "/news/bomb-2": "Страница-бомба gzip",
           "/news/chunked-3": "Страница в 50 МБ без длины", "/news/ok-4": "Аким района задержан"}


class HostileSite(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bomb = b""
    local_page = ""  # a page on the crawler's own disk

    def log_message(self, format: str, *args) -> None:
        pass

    def _head(self, length: int | None, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", headers.pop("content_type", "text/html; charset=utf-8"))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        try:
            if self.path == "/feed.rss":  # an unescaped & in every title, the last item cut off
                items = "".join(f"<item><title>{title} & Co</title><link>{base}{path}</link></item>"
                                for path, title in HOSTILE.items())
                items += f"<item><title>Локальный файл</title><link>file://{self.local_page}</link></item>"
                body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}<item><title>об'.encode()
                self._head(len(body), content_type="application/rss+xml")
                self.wfile.write(body)
            elif self.path == "/news/bomb-2":  # 64 KB on the wire, 64 MB unpacked
                self._head(len(self.bomb), Content_Encoding="gzip")
                self.wfile.write(self.bomb)
            elif self.path == "/news/chunked-3":  # no Content-Length: the size is known only as it arrives
                self._head(None, Transfer_Encoding="chunked")
                chunk = b"<p>" + b"x" * (1024 * 1024) + b"</p>"
                for _ in range(50):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            elif self.path in HOSTILE:
                body = article_html(HOSTILE[self.path]).encode()
                self._head(len(body))
                self.wfile.write(body)
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up on the page


@pytest.mark.slow
def test_a_hostile_sites_bombs_and_local_links_are_skipped_with_their_reason_and_its_news_kept(tmp_path):
    local_page = tmp_path / "news" / "secret.html"
    local_page.parent.mkdir()
    local_page.write_text(article_html("Файл с диска краулера"), encoding="utf-8")
    handler = type("Handler", (HostileSite,), {"bomb": gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9),
                                               "local_page": str(local_page)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    database = tmp_path / "news.db"
    with running(server):
        base = f"http://127.0.0.1:{server.server_address[1]}"
        source = {"name": "hostile", "title": "Hostile", "langs": ["ru"], "homepage": f"{base}/",
                  "start": [{"rss": f"{base}/feed.rss"}], "article": "/news/", "verified": "test"}
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": [source]}, allow_unicode=True), encoding="utf-8")
        counts = crawl(["hostile"], db_path=database, sources_file=sources,
                       settings={"RETRY_TIMES": 0, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False})["hostile"]
    conn = sqlite3.connect(database)
    stored = sorted(row[0] for row in conn.execute("SELECT title FROM articles"))
    assert stored == sorted([HOSTILE["/news/ok-1"], HOSTILE["/news/ok-4"]])  # the local file was read and stored
    assert counts["new"] == 2 and counts["failed"] == 2, counts["errors"]
    errors = dict(line.removeprefix(base).split(": ", 1) for line in counts["errors"])
    assert "exceeded DOWNLOAD_MAXSIZE (10485760 B) during decompression" in errors["/news/bomb-2"]
    assert errors["/news/chunked-3"] == ("larger than download max size (10,485,760 bytes): cut off while it was "
                                         "arriving")  # was "DownloadCancelledError"
    backlog = [row[0] for row in conn.execute("SELECT url FROM crawl_backlog")]
    assert backlog == [], "an oversized page is not asked again on the next nights (it was, five times)"


# --- `run` killed with SIGKILL while it tags, then run again ------------------------------------------------------


def _count(database, sql: str) -> int:
    if not database.exists():
        return 0
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        try:
            return conn.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # the tables are not made yet
            return 0


def _killed_while_tagging(database, command: list[str]) -> tuple[int, int]:
    """Starts the run, SIGKILLs it once the first article is tagged: (stored, tagged) when it died."""
    killed = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tagged = "SELECT count(*) FROM articles WHERE processed_at IS NOT NULL"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and killed.poll() is None and not _count(database, tagged):
        time.sleep(0.01)
    killed.kill()  # SIGKILL: nothing in the run can react
    killed.wait()
    return _count(database, "SELECT count(*) FROM articles"), _count(database, tagged)


@pytest.mark.slow
def test_a_run_killed_while_tagging_loses_nothing_and_tags_nothing_twice_when_run_again(tmp_path, pokazatel_cmd):
    # On a loaded machine the run can tag every article between two looks at the database: then it was not killed
    # in the middle and nothing was tested, so it is tried again on a new database.
    for attempt in range(3):
        database = tmp_path / f"news{attempt}.db"
        command = [*pokazatel_cmd, "run", "--demo", "--batch-size", "2", "--db", str(database)]
        stored, tagged_before = _killed_while_tagging(database, command)
        if 0 < tagged_before < stored:
            break
    assert 0 < tagged_before < stored, (tagged_before, stored, "killed in the middle of tagging")
    again = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stderr
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == stored, "the crawl found nothing new"
    assert conn.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM classifications").fetchone()[0] == stored
    for duplicates in ("SELECT count(*) - count(DISTINCT article_id || ':' || start || ':' || \"end\" || label) "
                       "FROM entities",
                       "SELECT count(*) - count(DISTINCT article_id || ':' || start || ':' || event || ':' || value) "
                       "FROM statistics"):
        assert conn.execute(duplicates).fetchone()[0] == 0, duplicates
    assert [row[0] for row in conn.execute("SELECT status FROM runs ORDER BY id")] == ["abandoned", "ok"]
    assert conn.execute("SELECT count(*) FROM processing_claims").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- a JSON-lines input without line ends ----------------------------------------------------------------------


def _at_most_a_gigabyte() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3))


def test_import_of_a_file_without_line_ends_is_refused_in_bounded_memory(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    open_db(database).close()
    endless = _cli(pokazatel_cmd, "import", "/dev/zero", "--db", database, preexec_fn=_at_most_a_gigabyte)
    assert "/dev/zero:1: a line longer than 64 MB: not an article" in _one_line(endless, 2)  # it took 13 GB in 16 s
    assert sqlite3.connect(database).execute("SELECT count(*) FROM articles").fetchone()[0] == 0


@pytest.mark.slow
def test_extract_skips_a_line_longer_than_any_article_and_tags_the_next(tmp_path, pokazatel_cmd):
    lines = tmp_path / "articles.jsonl"
    with lines.open("w", encoding="utf-8") as out:
        out.write('{"id": "dump", "text": "' + "x" * (65 * 1024 * 1024) + '"}\n')
        out.write(json.dumps({"id": "next", "text": "Аким района задержан при получении взятки в 2 млн тенге."},
                             ensure_ascii=False) + "\n")
    tagged = _cli(pokazatel_cmd, "extract", lines, preexec_fn=_at_most_a_gigabyte)
    assert f"{lines}:1: a line longer than 64 MB: not a record, skipped" in _one_line(tagged, 2)
    assert [json.loads(line)["id"] for line in tagged.stdout.splitlines()] == ["next"]


# --- an export that finds nothing says why, as search does --------------------------------------------------------


def test_an_empty_export_of_articles_not_tagged_yet_says_to_process_them(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _store(db, 1)
    db.close()
    out = tmp_path / "articles.csv"
    exported = _cli(pokazatel_cmd, "export", "articles", "--out", out, "--db", database)
    assert exported.returncode == 0 and exported.stderr == (  # was "exported 0 articles to …" and no more
        f"exported 0 articles to {out}; 1 stored articles are not tagged yet: run `pokazatel process` first\n")
    assert out.read_text(encoding="utf-8").startswith("id,url,")
