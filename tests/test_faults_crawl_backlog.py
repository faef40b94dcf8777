"""Fault: articles lost for good after an interrupted or failed crawl (issue 15, item 4). A paged
listing on a real HTTP server on 127.0.0.1, crawled in a subprocess as `pokazatel crawl` does."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from pokazatel.crawlers.demo_server import running
from pokazatel.crawlers.run import crawl
from pokazatel.store import crawl_backlog
from pokazatel.store.db import open_db
from test_crawl_faults import article_html

pytestmark = pytest.mark.slow

PAGES = {1: ["a1", "a2"], 2: ["a3", "a4"], 3: ["a5"]}
FAST = {"DOWNLOAD_TIMEOUT": 5, "RETRY_TIMES": 1, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


class Site(BaseHTTPRequestHandler):
    down: set[str]  # paths answering 503, as long as they are in it
    hits: Counter[str]
    lock = threading.Lock()

    def log_message(self, format: str, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        with self.lock:
            self.hits[self.path] += 1
        if self.path in self.down:
            body, status = b"<h1>Service Unavailable</h1>", 503
        elif self.path.startswith("/list/") and int(self.path.rsplit("/", 1)[1]) in PAGES:
            cards = "".join(f'<a class="card" href="/news/{slug}">{slug}</a>'
                            for slug in PAGES[int(self.path.rsplit("/", 1)[1])])
            body, status = f"<html><body>{cards}</body></html>".encode(), 200
        elif self.path.startswith("/news/"):
            body, status = article_html(f"Аким задержан при получении взятки ({self.path})").encode(), 200
        else:
            body, status = b"not found", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site(tmp_path):
    handler = type("Handler", (Site,), {"down": set(), "hits": Counter()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    with running(server):
        base = f"http://127.0.0.1:{server.server_address[1]}"
        source = {"name": "paged", "langs": ["ru"], "homepage": f"{base}/", "article": r"/news/",
                  "start": [{"listing": f"{base}/list/1", "cards": "a.card", "next": f"{base}/list/{{n}}",
                             "first_page": 2, "max_pages": 3}]}
        path = tmp_path / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": [source]}), encoding="utf-8")
        yield handler, path


def crawl_once(tmp_path: Path, sources: Path, **kwargs) -> dict:
    return crawl(["paged"], db_path=tmp_path / "news.db", sources_file=sources, settings=FAST, **kwargs)["paged"]


def stored(tmp_path: Path) -> set[str]:
    rows = sqlite3.connect(tmp_path / "news.db").execute("SELECT url FROM articles")
    return {url.rsplit("/", 1)[1] for (url,) in rows}


def test_a_listing_page_down_through_all_retries_brings_its_articles_once_it_recovers(tmp_path, site):
    handler, sources = site
    handler.down |= {"/list/2", "/news/a2"}
    first = crawl_once(tmp_path, sources)
    assert stored(tmp_path) == {"a1"}
    assert first["failed"] == 2 and handler.hits["/list/2"] == 2  # asked twice (one retry), then counted
    assert {(e["url"].split("/", 3)[3], e["kind"], e["last_error"])
            for e in crawl_backlog.entries(open_db(tmp_path / "news.db", readonly=True))} == \
        {("list/2", "listing", "HTTP 503"), ("news/a2", "article", "HTTP 503")}

    handler.down.clear()  # the site recovers; list/1 shows nothing new, which used to end the walk there
    second = crawl_once(tmp_path, sources)
    assert stored(tmp_path) == {"a1", "a2", "a3", "a4", "a5"}
    assert second["new"] == 4 and second["failed"] == 0
    assert crawl_backlog.entries(open_db(tmp_path / "news.db", readonly=True)) == []


def test_a_page_that_never_recovers_is_given_up_after_the_limit_with_its_error(tmp_path, site):
    handler, sources = site
    handler.down.add("/list/2")
    crawl_once(tmp_path, sources)
    for _ in range(crawl_backlog.MAX_ATTEMPTS):
        crawl_once(tmp_path, sources)
    hits = handler.hits["/list/2"]
    assert hits == 2 * (1 + crawl_backlog.MAX_ATTEMPTS)  # each crawl: the request and its one retry
    last = crawl_once(tmp_path, sources)
    assert handler.hits["/list/2"] == hits, "not asked for again once given up"
    assert any("list/2: given up after 5 more crawls (HTTP 503)" in error for error in last["errors"])
    [entry] = crawl_backlog.entries(open_db(tmp_path / "news.db", readonly=True))
    assert entry["gave_up_at"] and entry["last_error"] == "HTTP 503"


def test_a_window_walk_reads_past_the_first_page_of_known_articles(tmp_path, site):
    handler, sources = site
    crawl_once(tmp_path, sources)
    assert stored(tmp_path) == {"a1", "a2", "a3", "a4", "a5"}
    conn = sqlite3.connect(tmp_path / "news.db")
    conn.execute("DELETE FROM articles WHERE url LIKE '%/a5'")  # lost, as by an earlier version's crawl
    conn.commit()
    crawl_once(tmp_path, sources)
    assert "a5" not in stored(tmp_path)  # the nightly walk stops at a page of known articles, by design
    from datetime import date

    crawl_once(tmp_path, sources, since=date(2000, 1, 1))
    assert "a5" in stored(tmp_path)


def test_a_window_walk_ends_without_a_failure_where_the_listing_ends(tmp_path, site):
    # max_pages is a bound, not a promise: a listing with fewer pages answers 404 after its last one
    handler, sources = site
    config = yaml.safe_load(sources.read_text(encoding="utf-8"))
    config["sources"][0]["start"][0]["max_pages"] = 6
    sources.write_text(yaml.safe_dump(config), encoding="utf-8")
    from datetime import date

    walked = crawl_once(tmp_path, sources, since=date(2000, 1, 1))
    assert stored(tmp_path) == {"a1", "a2", "a3", "a4", "a5"}
    assert handler.hits["/list/4"] == 1 and handler.hits["/list/5"] == 0, "the walk ends at the first 404"
    assert walked["failed"] == 0 and walked["errors"] == []
    assert crawl_backlog.entries(open_db(tmp_path / "news.db", readonly=True)) == []


def test_an_article_that_could_not_be_stored_is_fetched_again_by_the_next_crawl(tmp_path, site):
    handler, sources = site
    open_db(tmp_path / "news.db").close()
    conn = sqlite3.connect(tmp_path / "news.db")  # a real SQLite failure for one article's insert
    conn.execute("CREATE TRIGGER refuse_a3 BEFORE INSERT ON articles WHEN NEW.url LIKE '%/news/a3' "
                 "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    conn.commit()
    first = crawl_once(tmp_path, sources)
    assert stored(tmp_path) == {"a1", "a2", "a4", "a5"}
    assert first["failed"] == 1
    [entry] = crawl_backlog.entries(open_db(tmp_path / "news.db", readonly=True))
    assert entry["url"].endswith("/news/a3") and "cannot store" in entry["last_error"]
    assert "disk I/O error" in entry["last_error"]

    conn.execute("DROP TRIGGER refuse_a3")  # the cause is gone
    conn.commit()
    conn.close()
    second = crawl_once(tmp_path, sources)
    assert stored(tmp_path) == {"a1", "a2", "a3", "a4", "a5"}
    assert second["new"] == 1 and handler.hits["/news/a3"] == 2
    assert crawl_backlog.entries(open_db(tmp_path / "news.db", readonly=True)) == []


def test_backfill_brings_back_an_article_the_nightly_walk_does_not_reach(tmp_path):
    # the probe as a user met it: an article missing behind a listing page of known ones comes back
    # with `pokazatel backfill --since 2000-01-01`, the nightly flow's window walk
    import subprocess
    import sys

    database = str(tmp_path / "news.db")
    pokazatel = [sys.executable, "-m", "pokazatel"]
    first = subprocess.run([*pokazatel, "crawl", "--demo", "--source", "zakon", "--db", database],
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    conn = sqlite3.connect(database)
    [(url,)] = conn.execute("SELECT url FROM articles ORDER BY published_at, url LIMIT 1")  # on the last page
    conn.execute("DELETE FROM articles WHERE url = ?", [url])
    conn.commit()
    nightly = subprocess.run([*pokazatel, "crawl", "--demo", "--source", "zakon", "--db", database],
                             capture_output=True, text=True, timeout=300)
    assert nightly.returncode == 0, nightly.stderr
    assert url not in {u for (u,) in conn.execute("SELECT url FROM articles")}, "the nightly walk stops early"
    backfill = subprocess.run([*pokazatel, "backfill", "--demo", "--source", "zakon", "--since", "2000-01-01",
                               "--db", database], capture_output=True, text=True, timeout=600)
    assert backfill.returncode == 0, backfill.stderr[-2000:]
    assert url in {u for (u,) in conn.execute("SELECT url FROM articles")}
