"""Crawl the demo sites over HTTP (a real local server, the real spiders in a subprocess) into a
temporary SQLite file and check what was stored against data/demo/articles.yaml."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from crawl_fixtures import FIXTURE_ARTICLES, write_articles
from pokazatel.crawlers.demo_server import demo_server
from pokazatel.crawlers.demo_site import DEMO_DIR, SITE_DIR, NotADemoSite, demo_pages, load_demo_articles, render_site
from pokazatel.crawlers.run import crawl
from pokazatel.store.load import content_hash

pytestmark = pytest.mark.slow


def stored_articles(db: Path) -> dict[str, dict]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    return {row["url"]: dict(row) for row in connection.execute("SELECT * FROM articles")}


def aliases(db: Path) -> dict[str, str]:
    return dict(sqlite3.connect(db).execute(
        "SELECT article_urls.url, articles.url FROM article_urls JOIN articles ON articles.id = article_id"))


def originals(articles: list[dict]) -> list[dict]:
    return [article for article in articles if not article.get("duplicate_of")]


def check_fields(article: dict, row: dict, base: str) -> None:
    assert row["url"] == base + article["path"]  # canonical URL, absolute
    assert row["title"] == article["title"]
    assert row["lead"] == article.get("lead")
    assert row["text"] == article["text"]  # every paragraph, in order, and nothing else
    for line in article.get("boilerplate") or []:
        assert line not in row["text"]
    assert row["lang"] == article["lang"]
    assert datetime.fromisoformat(row["published_at"]) == datetime.fromisoformat(str(article["published"]))
    assert row["published_at"].endswith("+05:00")  # Asia/Almaty
    assert json.loads(row["tags"]) == list(article.get("tags") or [])
    assert row["author"] == article.get("author")


def check_duplicates(articles: list[dict], db: Path, base: str) -> int:
    """Every republication with the same content hash is stored once, its other URL an alias."""
    by_slug = {article["slug"]: article for article in articles}
    stored, alias_of = stored_articles(db), aliases(db)
    checked = 0
    for article in articles:
        original = by_slug.get(article.get("duplicate_of") or "")
        if not original or content_hash(article["title"], article["text"]) != content_hash(
                original["title"], original["text"]):
            continue
        urls = {base + article["path"], base + original["path"]}
        assert len(urls & set(stored)) == 1  # which one came first depends on the crawl's order
        (alias,) = urls & set(alias_of)
        assert alias_of[alias] in urls
        checked += 1
    return checked


def test_committed_demo_site_is_rendered_from_articles_yaml() -> None:
    pages = demo_pages(load_demo_articles())
    on_disk = {str(path.relative_to(SITE_DIR)) for path in SITE_DIR.rglob("*") if path.is_file()}
    assert on_disk == set(pages), "re-render with: pokazatel demo render --out data/demo/site"
    for name, content in pages.items():
        assert (SITE_DIR / name).read_text(encoding="utf-8") == content, name


def test_demo_crawl_stores_every_article_and_refetches_nothing(tmp_path: Path) -> None:
    articles = load_demo_articles()
    outlets = sorted({article["outlet"] for article in articles})
    db = tmp_path / "demo.db"
    with demo_server() as server:
        counts = crawl(outlets, db_path=db, demo_base=server.base, prefilter=False)
        first_requests = list(server.requests)
        del server.requests[:]
        again = crawl(outlets, db_path=db, demo_base=server.base, prefilter=False)
        second_requests = list(server.requests)
        base = server.base

    stored = stored_articles(db)
    for article in articles:
        url = base + article["path"]
        if url in stored:
            check_fields(article, stored[url], base)
    assert len(stored) + len(aliases(db)) == len(articles)
    assert check_duplicates(articles, db, base) >= 1

    article_paths = {article["path"] for article in articles}
    assert article_paths <= set(first_requests)
    for outlet in outlets:
        in_outlet = [article for article in articles if article["outlet"] == outlet]
        assert counts[outlet]["failed"] == 0, counts[outlet]["errors"]
        assert counts[outlet]["fetched"] == len(in_outlet)
        assert counts[outlet]["new"] + counts[outlet]["duplicates"] == len(in_outlet)
        assert again[outlet]["fetched"] == again[outlet]["new"] == again[outlet]["failed"] == 0
        assert again[outlet]["skipped"] >= 1  # links seen, known, not fetched
    assert sum(result["duplicates"] for result in counts.values()) == len(aliases(db))
    # The nightly re-crawl reads feeds and first listing pages only: no article page again.
    assert not article_paths & set(second_requests)
    assert len(second_requests) < len(first_requests) - len(articles)


def test_prefilter_keeps_every_corruption_article_and_counts_the_rest(tmp_path: Path) -> None:
    articles = originals(load_demo_articles())
    expected = {entry["slug"]: entry for entry in yaml.safe_load((DEMO_DIR / "expected.yaml").read_text("utf-8"))}
    db = tmp_path / "prefiltered.db"
    with demo_server() as server:
        counts = crawl(["tengrinews", "egemen", "anticor_gov"], db_path=db, demo_base=server.base)
        base = server.base

    stored = stored_articles(db)
    crawled = [article for article in articles if article["outlet"] in {"tengrinews", "egemen", "anticor_gov"}]
    relevant = [article for article in crawled if expected[article["slug"]]["relevant"]]
    assert {base + article["path"] for article in relevant} <= set(stored)
    dropped = [article for article in crawled if base + article["path"] not in stored]
    assert dropped and not any(expected[article["slug"]]["relevant"] for article in dropped)
    for result in counts.values():
        assert result["new"] + result["off_topic"] == result["fetched"]
    assert sum(result["off_topic"] for result in counts.values()) == len(dropped)


def test_since_and_until_keep_only_articles_published_between(tmp_path: Path) -> None:
    articles = [article for article in load_demo_articles() if article["outlet"] == "zakon"]
    days = sorted(datetime.fromisoformat(str(article["published"])).date() for article in articles)
    since, until = days[1], days[-2]
    db = tmp_path / "window.db"
    with demo_server() as server:
        counts = crawl(["zakon"], db_path=db, demo_base=server.base, since=since, until=until, prefilter=False)

    published = [date.fromisoformat(row["published_at"][:10]) for row in stored_articles(db).values()]
    inside = [day for day in days if since <= day <= until]
    assert sorted(published) == inside
    assert counts["zakon"]["out_of_range"] == len(days) - len(inside)


def test_fixture_articles_of_kazakh_and_gov_outlets(tmp_path: Path) -> None:
    """Own articles rendered into a fresh site: Kazakh visible dates, gov.kz ?lang= pages, the
    generic (trafilatura) body of egemen, a republication across outlets."""
    site = tmp_path / "site"
    render_site(write_articles(tmp_path / "articles.yaml"), site)
    articles = load_demo_articles(tmp_path / "articles.yaml")
    db = tmp_path / "fixture.db"
    with demo_server(site) as server:
        counts = crawl(["inform_kk", "anticor_gov", "egemen"], db_path=db, demo_base=server.base,
                       prefilter=True)
        base = server.base

    stored = stored_articles(db)
    for article in articles:
        if base + article["path"] in stored:
            check_fields(article, stored[base + article["path"]], base)
    assert len(stored) == len(originals(FIXTURE_ARTICLES))
    assert check_duplicates(articles, db, base) == 1
    assert sum(result["failed"] for result in counts.values()) == 0


def test_a_client_that_goes_away_leaves_no_traceback(capsys) -> None:
    """A stopped crawl drops its connections mid-answer: the demo server says nothing of it, but still
    reports its own errors."""
    with demo_server() as server:
        for error, reported in ((BrokenPipeError(32, "Broken pipe"), False),
                                (ConnectionResetError(104, "Connection reset by peer"), False),
                                (ValueError("a bug in the handler"), True)):
            try:
                raise error
            except Exception:
                server.handle_error(None, ("127.0.0.1", 50000))
            assert ("Traceback" in capsys.readouterr().err) is reported


def test_render_refuses_a_folder_that_is_not_a_demo_site_and_replaces_one_that_is(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "articles.yaml")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "draft.txt").write_text("не трогать", encoding="utf-8")
    with pytest.raises(NotADemoSite, match="holds draft.txt, not a demo site"):
        render_site(articles, notes)
    assert (notes / "draft.txt").read_text(encoding="utf-8") == "не трогать"

    site = tmp_path / "site"
    written = render_site(articles, site)
    (site / "index.html").write_text("stale", encoding="utf-8")
    assert render_site(articles, site) == written
    assert (site / "index.html").read_text(encoding="utf-8") != "stale"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.yaml", "notes", "site"], "no temporary left"
