"""Every real outlet's crawl path, proven against pages in that outlet's HTML shape.

tests/outlets/<source>/ holds what the project wrote in the shape of the outlet's pages (feed,
sitemap or listing with its paging, two article pages) under the paths they have on the real
site, and expected.yaml with what must be stored. Each folder is served by its own HTTP server on
127.0.0.1, and ONE crawl runs every outlet with its real entry from data/sources.yaml, in which
only "https://<host>" is replaced by the local server's address. The pages keep the real
addresses too; the server swaps them the same way when it serves them."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pokazatel.crawlers.boilerplate import load_boilerplate
from pokazatel.crawlers.demo_server import DemoHandler, running
from pokazatel.crawlers.demo_site import file_for
from pokazatel.crawlers.extract import extract_article
from pokazatel.crawlers.run import LOCAL_SETTINGS, crawl
from pokazatel.crawlers.sources import SOURCES_FILE

pytestmark = pytest.mark.slow

OUTLETS_DIR = Path(__file__).resolve().parent / "outlets"
OUTLETS = sorted(path.name for path in OUTLETS_DIR.iterdir() if (path / "expected.yaml").is_file())
HOST = re.compile(r"https://[a-z0-9.-]+")
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
                 ".rss": "application/rss+xml; charset=utf-8", ".json": "application/json; charset=utf-8"}
NOT_PAGES = {"expected.yaml"}
CRAWL_SETTINGS = {**LOCAL_SETTINGS, "RETRY_ENABLED": False}


# The real source entries, pointed at local servers ------------------------------------------

def real_entries() -> dict[str, dict[str, Any]]:
    document = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    return {entry["name"]: entry for entry in document["sources"]}


def entry_hosts(entry: dict[str, Any]) -> list[str]:
    """The "https://<host>" origins an entry's start points and homepage name."""
    urls = [entry.get("homepage", "")] + [value for point in entry["start"] for value in point.values()
                                          if isinstance(value, str)]
    return sorted({match.group() for url in urls for match in HOST.finditer(url)})


def localise(value: Any, origins: list[str], base: str) -> Any:
    """Every URL of a start point (or selector) with its real origin replaced by base."""
    if isinstance(value, str):
        for origin in origins:
            value = value.replace(origin, base)
        return value
    if isinstance(value, dict):
        return {key: localise(item, origins, base) for key, item in value.items()}
    if isinstance(value, list):
        return [localise(item, origins, base) for item in value]
    return value


def localise_pattern(pattern: str, origins: list[str], base: str) -> str:
    """The article regex with each origin, as it is escaped in the regex, replaced by base."""
    for origin in origins:
        scheme, host = origin.split("://")
        pattern = pattern.replace(f"{scheme}://{re.escape(host)}", re.escape(base))
    return pattern


def local_entry(entry: dict[str, Any], base: str) -> dict[str, Any]:
    origins = entry_hosts(entry)
    local = {**localise(entry, origins, base), "article": localise_pattern(entry["article"], origins, base)}
    assert re.escape(base) in local["article"], f"{entry['name']}: article regex names no start host"
    return local


# One server an outlet ---------------------------------------------------------------------

@dataclass
class OutletSite:
    name: str
    root: Path
    origins: list[str]
    base: str = ""
    served: set[str] = field(default_factory=set)     # files under root that were requested
    requests: list[str] = field(default_factory=list)  # request paths (with query)

    def local(self, url: str) -> str:
        return localise(url, self.origins, self.base)


class OutletHandler(DemoHandler):
    """The demo server's replies, from an outlet folder that keeps the real hosts in its pages."""
    server: OutletServer

    def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
        site = self.server.site
        parts = urlsplit(self.path)
        relative = file_for(parts.path, parts.query)
        if relative.endswith(".html") and (site.root / relative).with_suffix(".json").is_file():
            relative = relative[:-len(".html")] + ".json"  # a JSON API's answer (gov.kz)
        target = (site.root / relative).resolve()
        with self.server.lock:
            site.requests.append(self.path)
            if target.is_file():
                site.served.add(relative)
        if relative in NOT_PAGES or not target.is_relative_to(site.root) or not target.is_file():
            self._send(404, "text/html; charset=utf-8", b"<html><body><h1>404</h1></body></html>")
            return
        self._send(200, CONTENT_TYPES.get(target.suffix, "text/html; charset=utf-8"),
                   site.local(target.read_text(encoding="utf-8")).encode("utf-8"))


class OutletServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: OutletSite) -> None:
        super().__init__(("127.0.0.1", 0), OutletHandler)
        self.site = site
        self.lock = threading.Lock()
        site.base = f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def serve(site: OutletSite) -> Iterator[OutletSite]:
    with running(OutletServer(site)):
        yield site


@contextmanager
def every_outlet_served(workdir: Path) -> Iterator[tuple[dict[str, OutletSite], Path]]:
    """Each outlet's pages on a server of its own, and workdir/sources.yaml: the real entries pointed at them."""
    entries = real_entries()
    with ExitStack() as stack:
        sites = {name: stack.enter_context(serve(OutletSite(name, OUTLETS_DIR / name, entry_hosts(entries[name]))))
                 for name in OUTLETS}
        sources_file = workdir / "sources.yaml"
        sources_file.write_text(yaml.safe_dump(
            {"sources": [local_entry(entries[name], sites[name].base) for name in OUTLETS]},
            allow_unicode=True, sort_keys=False), encoding="utf-8")
        yield sites, sources_file


# The crawl --------------------------------------------------------------------------------

@dataclass
class OutletCrawl:
    sites: dict[str, OutletSite]
    counts: dict[str, dict[str, Any]]
    stored: dict[str, dict[str, Any]]


def expected_of(name: str) -> dict[str, Any]:
    return yaml.safe_load((OUTLETS_DIR / name / "expected.yaml").read_text(encoding="utf-8"))


def fixture_pages(name: str) -> set[str]:
    root = OUTLETS_DIR / name
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()} - NOT_PAGES


@pytest.fixture(scope="module")
def outlet_crawl(tmp_path_factory: pytest.TempPathFactory) -> OutletCrawl:
    workdir = tmp_path_factory.mktemp("outlets")
    db = workdir / "outlets.db"
    with every_outlet_served(workdir) as (sites, sources_file):
        counts = crawl(OUTLETS, db_path=db, sources_file=sources_file, prefilter=False,
                       settings=CRAWL_SETTINGS, timeout=240)
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    stored = {row["url"]: dict(row) for row in connection.execute("SELECT * FROM articles")}
    connection.close()
    return OutletCrawl(sites, counts, stored)


# Tests ------------------------------------------------------------------------------------

def test_every_real_outlet_has_fixture_pages() -> None:
    assert set(OUTLETS) == set(real_entries())


def test_localised_entry_keeps_everything_but_the_host() -> None:
    entry = real_entries()["zakon_kk"]
    local = local_entry(entry, "http://127.0.0.1:8000")
    assert local["start"][0]["next"] == "http://127.0.0.1:8000/news/?handler=LoadMoreNews&p={n}&type=list"
    assert re.search(local["article"], "http://127.0.0.1:8000/kogam/6500001-astanada-zhana-mektep.html")
    assert not re.search(local["article"], "https://kaz.zakon.kz/kogam/6500001-astanada-zhana-mektep.html")
    assert {key: value for key, value in local.items() if key not in {"start", "article", "homepage"}} == \
        {key: value for key, value in entry.items() if key not in {"start", "article", "homepage"}}


def test_selectors_with_alternatives_give_element_texts() -> None:
    """A source selector listing alternatives picks the text of every alternative's elements."""
    page = ("<html><head><title>t</title></head><body><h2 class='head'>Заголовок <b>новости</b></h2>"
            "<div class='story'><p>Аким задержан при получении взятки.</p></div>"
            "<div class='article__tags'><a href='/t/1'>взятка</a></div><div class='tags'><a href='/t/2'><span>"
            "Актобе</span></a></div><p class='byline'><span>Асель</span> <span>Нуртаева</span></p></body></html>")
    fields = extract_article(page, "http://127.0.0.1/a", {
        "title": "h1.headline, h2.head", "body": ".story", "tags": ".article__tags a, .tags a",
        "author": ".author, .byline", "lead": ".excerpt, .story p"})
    assert fields["title"] == "Заголовок новости"
    assert fields["tags"] == ["взятка", "Актобе"]
    assert fields["author"] == "Асель Нуртаева"
    assert fields["lead"] == "Аким задержан при получении взятки."


def test_photo_captions_with_a_credit_are_boilerplate() -> None:
    clean = load_boilerplate().clean
    caption = "Суретте: аудан әкімдігінің ғимараты. Сурет: ашық дереккөзден"
    news = "Суд изучил фото и видео: записи подтвердили передачу денег."
    assert clean([caption, "На фото: здание акимата", "Фото автора: Иван Петров", news]) == [news]


def test_bare_date_stamp_lines_are_boilerplate() -> None:
    clean = load_boilerplate().clean
    stamps = ["24 қараша 2026, 09:40", "27.11.2026 14:05", "2026 жылғы 27 қараша", "14:05, 27 ноября 2026",
              "27 ноября 2026 г.", "Қараша 27, 2026"]
    news = ["27 ноября 2026 года суд вынес приговор.", "В 2026 году осуждены 14 человек.", "Статья 190"]
    assert clean([*stamps, *news]) == news


@pytest.mark.parametrize("name", OUTLETS)
def test_outlet_crawl_follows_its_start_points(name: str, outlet_crawl: OutletCrawl) -> None:
    expected, site, counts = expected_of(name), outlet_crawl.sites[name], outlet_crawl.counts[name]
    articles = expected["articles"]
    assert counts["failed"] == 0, counts["errors"]
    assert counts["fetched"] == counts["new"] == len(articles)
    # The keyword prefilter (off in this crawl, counting all the same) knows which story is which.
    assert counts["off_topic"] == sum(1 for article in articles if not article["corruption"])
    # Every page written for the outlet was reached: feeds, sitemap children, every listing page.
    assert site.served == fixture_pages(name)
    # Links the article pattern must refuse (sections, tags, other editions) were never fetched.
    for path in expected.get("not_fetched") or []:
        assert path not in site.requests


@pytest.mark.parametrize("name", OUTLETS)
def test_outlet_articles_are_stored_field_by_field(name: str, outlet_crawl: OutletCrawl) -> None:
    site = outlet_crawl.sites[name]
    for article in expected_of(name)["articles"]:
        url = site.local(article["url"])
        assert url in outlet_crawl.stored, f"{article['url']} not stored under its canonical URL"
        row = outlet_crawl.stored[url]
        assert row["source"] == name
        assert row["title"] == article["title"]
        assert row["lead"] == (article.get("lead") or "")
        assert row["text"] == "\n".join(line.strip() for line in article["text"].strip().splitlines())
        assert row["lang"] == article["lang"]
        assert row["author"] == article.get("author")
        assert json.loads(row["tags"]) == (article.get("tags") or [])
        assert row["published_at"] == article["published_at"]
        assert row["published_at"].endswith("+05:00")
        assert row["modified_at"] == article.get("modified_at")
