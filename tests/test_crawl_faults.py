"""The crawler against a misbehaving site: every fault ends with the right rows stored and the
right failures counted. The site is a real HTTP server on 127.0.0.1; the crawl runs in a
subprocess through pokazatel.crawlers.run.crawl, exactly as `pokazatel crawl` runs it."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from pokazatel.crawlers.demo_server import running
from pokazatel.crawlers.run import crawl

pytestmark = pytest.mark.slow

BODY = ("Сотрудники Антикоррупционной службы задержали акима сельского округа при получении взятки.\n"
        "По данным следствия, он требовал деньги за выделение земельного участка.")


def article_html(title: str, *, charset_meta: str | None = "utf-8", cut: bool = False) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.splitlines())
    page = (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title>"
            f'<meta property="article:published_time" content="2026-11-27T09:00:00Z"></head>'
            f'<body><h1>{title}</h1><div class="story">{paragraphs}'
            "<p>Читайте также: другие новости</p></div></body></html>")
    if cut:  # the connection closed mid-page: no closing tags after the first paragraph
        page = page[: page.index("</p>") + 4]
    return page


ARTICLES = {  # path → (title, fault); the feed links to each of them
    "/news/flaky-1": "Аким задержан: ответ 500, затем страница",
    "/news/missing-2": "Страницы нет",
    "/news/slow-3": "Страница отвечает дольше таймаута",
    "/news/loop-4": "Страница переадресует по кругу",
    "/news/truncated-5": "Аким задержан: страница оборвана",
    "/news/cp1251-6": "Аким задержан: windows-1251 с meta",
    "/news/cp1251-bare-7": "Аким задержан: windows-1251 без указания кодировки",
    "/news/huge-8": "Страница в 20 МБ",
    "/news/dataloss-9": "Соединение закрыто раньше Content-Length",
    "/blocked/article-10": "Закрыто в robots.txt",
}


HUGE_PAGE = article_html("Страница в 20 МБ").replace("</body>", "<p>" + "x" * 20 * 1024 * 1024 + "</p></body>").encode()
# Generous against a loaded machine: only the slow page may time out.
TIMEOUT_SECONDS, SLOW_SECONDS = 3, 5


class FaultyHandler(BaseHTTPRequestHandler):
    hits: Counter[str]
    lock: threading.Lock

    def log_message(self, format: str, *args) -> None:
        pass

    def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
             length: int | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up on this page (too big, too slow)

    def do_GET(self) -> None:  # noqa: N802
        with self.lock:
            self.hits[self.path] += 1
            hits = self.hits[self.path]
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        title = ARTICLES.get(self.path, "")
        match self.path:
            case "/robots.txt":
                self.send(200, b"User-agent: *\nDisallow: /blocked/\n", "text/plain")
            case "/feed.rss":
                items = "".join(f"<item><title>{t}</title><link>{base}{p}</link></item>" for p, t in ARTICLES.items())
                self.send(200, f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
                          "application/rss+xml")
            case "/news/flaky-1":
                if hits == 1:
                    self.send(500, b"<h1>Internal Server Error</h1>")
                else:
                    self.send(200, article_html(title).encode())
            case "/news/missing-2":
                self.send(404, b"<h1>Not Found</h1>")
            case "/news/slow-3":
                time.sleep(SLOW_SECONDS)
                self.send(200, article_html(title).encode())
            case "/news/loop-4" | "/news/loop-4b":
                self.send_response(302)
                self.send_header("Location", "/news/loop-4b" if self.path == "/news/loop-4" else "/news/loop-4")
                self.send_header("Content-Length", "0")
                self.end_headers()
            case "/news/truncated-5":
                self.send(200, article_html(title, cut=True).encode())
            case "/news/cp1251-6":
                self.send(200, article_html(title, charset_meta="windows-1251").encode("cp1251"), "text/html")
            case "/news/cp1251-bare-7":
                self.send(200, article_html(title, charset_meta=None).encode("cp1251"), "text/html")
            case "/news/huge-8":
                self.send(200, HUGE_PAGE)
            case "/news/dataloss-9":
                body = article_html(title).encode()
                self.send(200, body, length=len(body) + 5000)
                self.close_connection = True
            case _:
                self.send(200, article_html(title).encode()) if title else self.send(404, b"not found")


@pytest.fixture
def faulty_site() -> Iterator[tuple[str, Counter[str]]]:
    handler = type("Handler", (FaultyHandler,), {"hits": Counter(), "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    with running(server):
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits


def sources_file(tmp_path: Path, base: str) -> Path:
    source = {"name": "faulty", "title": "Faulty", "langs": ["ru"], "homepage": f"{base}/",
              "start": [{"rss": f"{base}/feed.rss"}], "article": r"/(?:news|blocked)/", "verified": "test"}
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [source]}, allow_unicode=True), encoding="utf-8")
    return path


FAST = {"DOWNLOAD_TIMEOUT": TIMEOUT_SECONDS, "RETRY_TIMES": 1, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def test_every_fault_is_stored_or_counted(tmp_path: Path, faulty_site) -> None:
    base, hits = faulty_site
    db = tmp_path / "crawl.db"
    counts = crawl(["faulty"], db_path=db, sources_file=sources_file(tmp_path, base), settings=FAST)["faulty"]

    rows = {row[0].removeprefix(base): (row[1], row[2]) for row in
            sqlite3.connect(db).execute("SELECT url, title, text FROM articles")}
    stored = {"/news/flaky-1", "/news/truncated-5", "/news/cp1251-6", "/news/cp1251-bare-7"}
    assert set(rows) == stored
    for path in stored:
        title, text = rows[path]
        assert title == ARTICLES[path]  # windows-1251 pages decoded, with or without a declared charset
        assert text.startswith("Сотрудники Антикоррупционной службы задержали")
        assert "Читайте также" not in text
    assert rows["/news/truncated-5"][1] == BODY.splitlines()[0]  # what arrived of a truncated page
    assert rows["/news/flaky-1"][1] == BODY
    assert hits["/news/flaky-1"] >= 2  # retried after the 500

    assert counts["new"] == 4
    assert counts["failed"] == 6
    errors = "\n".join(counts["errors"])
    expected_errors = {
        "/news/missing-2": "HTTP 404",
        "/news/slow-3": f"took longer than {TIMEOUT_SECONDS}",
        "/news/loop-4": "redirect loop",
        "/news/huge-8": "larger than download max size",
        "/news/dataloss-9": "",
        "/blocked/article-10": "robots.txt",
    }
    for path, reason in expected_errors.items():
        line = next((line for line in counts["errors"] if path in line), None)
        assert line is not None, f"no error for {path} in {errors}"
        assert reason.lower() in line.lower()
    assert hits["/blocked/article-10"] == 0  # robots.txt obeyed: never requested
    assert hits["/news/slow-3"] == 2  # one retry after the timeout, then counted failed
    assert hits["/news/missing-2"] == 1  # a 404 is not retried

    flaky_hits = hits["/news/flaky-1"]
    again = crawl(["faulty"], db_path=db, sources_file=sources_file(tmp_path, base), settings=FAST)["faulty"]
    assert again["skipped"] == 4 and again["new"] == 0  # stored pages are not fetched again
    assert hits["/news/cp1251-bare-7"] == 1 and hits["/news/flaky-1"] == flaky_hits


def test_unreachable_source_fails_alone(tmp_path: Path, faulty_site) -> None:
    base, _ = faulty_site
    path = sources_file(tmp_path, base)
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    dead = {**document["sources"][0], "name": "dead", "start": [{"rss": "http://127.0.0.1:9/feed.rss"}]}
    document["sources"].append(dead)
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")

    counts = crawl(None, db_path=tmp_path / "crawl.db", sources_file=path, settings=FAST)

    assert counts["dead"]["failed"] == 1 and "feed.rss" in counts["dead"]["errors"][0]
    assert counts["faulty"]["new"] == 4
    json.dumps(counts)  # plain data, ready for the run log
