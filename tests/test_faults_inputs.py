"""Faults: bad input said in one line with exit 2, failures at run time in one line with exit 1, bounds
on what a query, a limit or a sitemap can cost (issue 15, items 6 and 7). The CLI as a separate process
on real SQLite files; crawls against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml
from pokazatel.crawlers.demo_server import running
from pokazatel.crawlers.run import crawl
from test_faults_readonly import read_only_folder  # noqa: F401  (fixture)
from test_search import build_database

POKAZATEL = [sys.executable, "-m", "pokazatel"]


def pokazatel(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*POKAZATEL, *args], capture_output=True, text=True, timeout=timeout)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return str(build_database(tmp_path_factory.mktemp("inputs") / "news.db"))


@pytest.mark.parametrize(("args", "said"), [
    (("search", "(" * 400 + "взятка" + ")" * 400), "nests parentheses more than 20 deep"),
    (("search", "взятка", "--limit", "1000000000000"), "at most 1,000,000 results"),
    (("search", "взятка AND"), "search query"),
    (("search", "взятка", "--from", "2024-13-45"), "--from '2024-13-45' is not a date"),
    (("stats", "--to", "вчера"), "--to 'вчера' is not a date"),
    (("search", "взятка", "--from", "2025-01-01", "--to", "2024-01-01"), "--from is after --to"),
    (("search", "взятка", "--source", "tengrinwes"), "unknown --source 'tengrinwes': known values are"),
    (("stats", "--event", "bribes"), "unknown --event 'bribes': known values are bribe, cases,"),
    (("export", "articles", "--out", "-", "--topic", "bribe"), "unknown --topic 'bribe': known values are"),
    # each filter in each of the three commands
    (("search", "взятка", "--event", "bribes"), "unknown --event 'bribes': known values are bribe,"),
    (("search", "взятка", "--topic", "bribe"), "unknown --topic 'bribe': known values are"),
    (("stats", "--source", "tengrinwes"), "unknown --source 'tengrinwes': known values are"),
    (("stats", "--topic", "bribe"), "unknown --topic 'bribe': known values are"),
    (("export", "articles", "--out", "-", "--source", "tengrinwes"), "unknown --source 'tengrinwes': known values"),
    (("export", "statistics", "--out", "-", "--event", "bribes"), "unknown --event 'bribes': known values are"),
    (("search", "взятка", "--min-value", "nan"), "--min-value: not a number: 'nan'"),
    (("runs", "--limit", "0"), "--limit: must be at least 1, not 0"),
    (("stats", "--refs", "-1"), "--refs: must be at least 0, not -1"),
    (("serve", "--port", "99999"), "--port: a port is at most 65535"),
])
def test_bad_search_input_is_one_line_and_exit_2(db_path, args, said):
    result = pokazatel(*args, "--db", db_path)
    assert result.returncode == 2, result.stderr
    line = one_line(result)
    assert said in line
    assert "date_from" not in line and "range()" not in line


def test_a_known_source_lists_still_filters(db_path):
    result = pokazatel("search", "взятки", "--source", "tengrinews", "--json", "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


@pytest.mark.parametrize("args", [("process", "--batch-size", "-1"), ("process", "--batch-size", "0"),
                                  ("run", "--demo", "--batch-size", "0"), ("process", "--all", "--batch-size", "0")])
def test_a_batch_size_below_one_is_refused(tmp_path, args):
    result = pokazatel(*args, "--db", str(tmp_path / "news.db"))
    assert result.returncode == 2
    assert "--batch-size must be at least 1" in one_line(result)


def test_run_with_an_unknown_source_refuses_at_once_and_records_no_run(tmp_path):
    result = pokazatel("run", "--demo", "--source", "nosuch", "--db", str(tmp_path / "news.db"))
    assert result.returncode == 2
    assert "nosuch" in one_line(result)
    assert not (tmp_path / "news.db").exists(), "refused before any flow started or any run was recorded"


@pytest.mark.parametrize(("command", "status", "said"), [
    (("crawl", "--demo", "--source", "nosuch"), 2, "unknown demo source nosuch"),
    (("crawl", "--source", "nosuch"), 2, "unknown source nosuch"),
    (("process",), 1, "no database at"), (("process", "--all"), 1, "no database at"),
    (("watch", "list"), 1, "no database at"), (("watch", "show", "bribes"), 1, "no database at"),
    (("watch", "remove", "bribes"), 1, "no database at")])
def test_a_refused_or_empty_handed_command_leaves_no_new_database_behind(tmp_path, command, status, said):
    result = pokazatel(*command, "--db", str(tmp_path / "news.db"))
    assert result.returncode == status, result.stderr
    assert said in one_line(result)
    assert list(tmp_path.iterdir()) == [], "nothing was done, so no file was made"


def test_extract_of_a_missing_file_is_a_usage_error(tmp_path):
    missing = tmp_path / "articles.jsonl"
    result = pokazatel("extract", str(missing))
    assert result.returncode == 2
    assert one_line(result) == f"pokazatel extract: cannot read {missing}: No such file or directory"


@pytest.mark.parametrize("command", [("crawl", "--demo", "--source", "tengrinews"), ("run", "--demo"),
                                     ("process",)])
def test_writing_commands_on_a_read_only_database_say_so_in_one_line(read_only_folder, command):  # noqa: F811
    _, mounted = read_only_folder
    result = pokazatel(*command, "--db", str(mounted / "news.db"), timeout=300)
    assert result.returncode == 1, result.stderr
    assert "is read-only" in one_line(result)


class Feeds(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        bodies = {"/robots.txt": b"", "/maintenance.rss": b"<html><body><h1>Technical works</h1></body></html>",
                  "/binary.rss": bytes(range(256)) * 64,
                  # 64 MB of one sitemap line, 64 KB on the wire: six times DOWNLOAD_MAXSIZE
                  "/bomb.xml.gz": gzip.compress(b"<!-- " + b" " * (64 * 1024 * 1024) + b" -->")}
        body = bodies.get(self.path, b"")
        self.send_response(200 if self.path in bodies else 404)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.mark.slow
def test_a_feed_turned_html_or_binary_and_a_sitemap_bomb_count_as_failed(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Feeds)
    server.daemon_threads = True
    with running(server):
        base = f"http://127.0.0.1:{server.server_address[1]}"
        sources = [{"name": name, "homepage": base, "article": "/news/", "start": [start]} for name, start in
                   (("maintenance", {"rss": f"{base}/maintenance.rss"}), ("binary", {"rss": f"{base}/binary.rss"}),
                    ("bomb", {"sitemap": f"{base}/bomb.xml.gz"}))]
        path = tmp_path / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
        counts = crawl(None, db_path=tmp_path / "news.db", sources_file=path,
                       settings={"RETRY_TIMES": 0, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False})
    assert counts["maintenance"]["failed"] == 1 and "not an RSS or Atom feed" in counts["maintenance"]["errors"][0]
    assert counts["binary"]["failed"] == 1 and "not an RSS or Atom feed" in counts["binary"]["errors"][0]
    assert counts["bomb"]["failed"] == 1
    assert "cannot unpack the sitemap within 10,485,760 bytes" in counts["bomb"]["errors"][0]


@pytest.mark.parametrize(("args", "said"), [
    (("eval", "GOLD", "--limit", "-2"), "--limit: must be at least 1, not -2"),
    (("eval", "GOLD"), "gold.jsonl:2: not UTF-8 text"),
    (("extract", "GOLD", "--workers", "1000"), "--workers must be at most"),
    (("train", "classifier", "--out", "DB_THERE"), "DB_THERE is an SQLite database: not replaced"),
    (("backfill", "--demo", "--since", "2999-01-01", "--db", "DB"), "--since 2999-01-01 is after today"),
])
def test_bad_input_to_commands_without_a_database_is_one_line_and_exit_2(tmp_path, args, said):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes('{"id": "a", "text": "взятка"}\n'.encode() + b'{"id": "b", "text": "\xe9t\xe9"}\n')
    there = build_database(tmp_path / "there.db")
    names = {"GOLD": str(gold), "DB": str(tmp_path / "new.db"), "DB_THERE": str(there)}
    before = there.read_bytes()
    result = pokazatel(*(names.get(arg, arg) for arg in args))
    assert result.returncode == 2, result.stderr
    assert said.replace("DB_THERE", str(there)) in one_line(result)
    assert there.read_bytes() == before
    assert not (tmp_path / "new.db").exists()


def test_serve_on_a_port_already_taken_says_so_in_one_line(db_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = pokazatel("serve", "--db", db_path, "--port", str(taken.getsockname()[1]))
    assert result.returncode == 1
    assert "cannot listen on 127.0.0.1:" in one_line(result) and "in use" in result.stderr
