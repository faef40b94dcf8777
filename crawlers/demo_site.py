"""The offline demo news sites: data/demo/articles.yaml rendered into static pages shaped like the
real outlets (data/demo/site/<outlet>/...), served by pokazatel.crawlers.demo_server.

`pokazatel demo render [--articles FILE] [--out DIR]` re-renders the site."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import yaml
from pokazatel.crawlers import demo_templates as templates
from pokazatel.store.whole_file import current_umask

from pokazatel.resources import data_path

DEMO_DIR = data_path("demo")
ARTICLES_FILE = DEMO_DIR / "articles.yaml"
SITE_DIR = DEMO_DIR / "site"
BASE = templates.BASE  # replaced by the server's address when a page is served
GOV_LISTING = "/gov/memleket/entities/anticorruption/press/news"
PAGE_SIZE = 4          # cards a listing page shows


def file_for(path: str, query: str = "") -> str:
    """Where the page for a URL path (+ query) lives under the site root: /a/b/ → a/b/index.html,
    /a/b?x=1 → a/b/index@x=1.html, /a/feed.xml → a/feed.xml (the query of a file is ignored)."""
    path = path.lstrip("/")
    last = path.rsplit("/", 1)[-1]
    if "." in last and not path.endswith("/"):
        return path
    folder = path.rstrip("/")
    name = "index" + (f"@{urlencode(sorted(parse_qsl(query)))}" if query else "")
    return f"{folder}/{name}.html" if folder else f"{name}.html"


def _number(slug: str, digits: int) -> int:
    return int(hashlib.sha1(slug.encode()).hexdigest(), 16) % 10 ** digits


def article_path(article: dict[str, Any]) -> str:
    """The URL path (with query) of an article on the demo server, in its outlet's real shape."""
    slug, section = article["slug"], article.get("section") or "news"
    match article["outlet"]:
        case "tengrinews":
            return f"/tengrinews/{section}/{slug}-{500000 + _number(slug, 5)}/"
        case "zakon":
            return f"/zakon/{section}/{6500000 + _number(slug, 5)}-{slug}.html"
        case "inform_kk":
            return f"/inform/kz/{slug}-{hashlib.sha1(slug.encode()).hexdigest()[:6]}"
        case "anticor_gov":
            return (f"/gov/memleket/entities/anticorruption/press/news/details/{800000 + _number(slug, 5)}"
                    f"?lang={article['lang']}")
        case "egemen":
            return f"/egemen/article/{slug}"
    raise DemoArticlesError(f"no demo site for outlet {article['outlet']!r}")


class DemoArticlesError(ValueError):
    """An articles file that is no list of demo articles, said in one line."""


REQUIRED = ("outlet", "lang", "slug", "published", "title", "text")  # what the pages are made of


def load_demo_articles(path: Path = ARTICLES_FILE) -> list[dict[str, Any]]:
    """The demo articles, each with its `path`; a republication without its own title or text
    takes them from the article it duplicates."""
    try:
        articles = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise DemoArticlesError(f"{path}: not a YAML text ({' '.join(str(error).split())})") from None
    if not isinstance(articles, list) or not all(isinstance(article, dict) for article in articles):
        raise DemoArticlesError(f"{path}: not a list of articles (each with {', '.join(REQUIRED)})")
    by_slug = {article.get("slug"): article for article in articles}
    for number, article in enumerate(articles, 1):
        original = by_slug.get(article.get("duplicate_of") or "")
        if original:
            for field in ("title", "lead", "text"):
                article.setdefault(field, original.get(field))
        wrong = [field for field in REQUIRED if not isinstance(article.get(field), str)]
        if wrong:
            raise DemoArticlesError(f"{path}: article {number}: {wrong[0]!r} "
                                    + ("must be text (in quotes)" if wrong[0] in article else "is missing"))
        article["text"] = "\n".join(line.strip() for line in article["text"].strip().splitlines() if line.strip())
        article["path"] = article_path(article)
    return articles


def _newest_first(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(articles, key=lambda article: str(article["published"]), reverse=True)


def _paged(pages: dict[str, str], items: list[dict[str, Any]], first: tuple[str, str],
           next_page: Callable[[int], tuple[str, str]], full: Callable[[list[dict[str, Any]]], str],
           fragment: Callable[[list[dict[str, Any]]], str]) -> None:
    """A listing: the first page in full, then pages 2.. (and one empty page after the last)."""
    chunks = [items[start:start + PAGE_SIZE] for start in range(0, len(items), PAGE_SIZE)] or [[]]
    pages[file_for(*first)] = full(chunks[0])
    for number, chunk in enumerate([*chunks[1:], []], start=2):
        pages[file_for(*next_page(number))] = fragment(chunk)


def demo_pages(articles: list[dict[str, Any]]) -> dict[str, str]:
    """Every page of the demo sites: {file under the site root: content}."""
    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        by_outlet[article["outlet"]].append(article)
    pages: dict[str, str] = {"robots.txt": templates.robots()}
    pages["index.html"] = templates.front_page(sorted(by_outlet))
    for outlet, items in by_outlet.items():
        items = _newest_first(items)
        for article in items:
            pages[file_for(*article["path"].partition("?")[::2])] = templates.ARTICLE_PAGES[outlet](article)
        if outlet == "tengrinews":
            pages["tengrinews/news.rss"] = templates.tengrinews_rss(items)
        elif outlet == "zakon":
            _paged(pages, items, ("/zakon/news/", ""),
                   lambda n: ("/zakon/news/", f"handler=LoadMoreNews&p={n}&type=list"),
                   templates.zakon_listing, templates.zakon_cards)
        elif outlet == "inform_kk":
            pages[file_for("/inform/kz/lenta/")] = templates.inform_lenta(items)
            pages["inform/rss/kaz.xml"] = templates.inform_rss(items[:PAGE_SIZE])
        elif outlet == "anticor_gov":
            for lang in ("ru", "kk"):
                in_lang = [article for article in items if article["lang"] == lang]
                _paged(pages, in_lang, (GOV_LISTING, f"lang={lang}"),
                       lambda n, lang=lang: (GOV_LISTING, f"lang={lang}&page={n}"),
                       lambda chunk, lang=lang: templates.gov_listing(chunk, lang),
                       lambda chunk, lang=lang: templates.gov_listing(chunk, lang))
        elif outlet == "egemen":
            pages["egemen/sitemap.xml"] = templates.egemen_sitemap(items)
    return pages


class NotADemoSite(ValueError):
    """The folder to render into holds something a demo site does not: it is not wiped."""


def render_site(articles_file: Path = ARTICLES_FILE, site_dir: Path = SITE_DIR) -> int:
    """Write the demo site afresh, replacing an earlier rendering whole; returns the number of files written.
    A folder holding anything but a demo site's top-level pages and outlet folders is refused."""
    pages = demo_pages(load_demo_articles(articles_file))
    site_dir = Path(site_dir)
    if site_dir.is_file():
        raise NotADemoSite(f"{site_dir} is a file, not a site folder")
    if site_dir.is_dir():
        site_names = {name.split("/")[0] for name in pages}
        foreign = sorted(entry.name for entry in site_dir.iterdir() if entry.name not in site_names)
        if foreign:
            raise NotADemoSite(f"{site_dir} holds {', '.join(foreign[:3])}, not a demo site: not replaced")
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.", dir=site_dir.parent))
    try:
        for name, content in pages.items():
            target = fresh / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        fresh.chmod(0o777 & ~current_umask())  # mkdtemp makes it 0700
        if site_dir.exists():
            shutil.rmtree(site_dir)
        fresh.rename(site_dir)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return len(pages)
