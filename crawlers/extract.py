"""One article page in, the article's fields out: source selectors first, then JSON-LD, then
trafilatura's generic extraction; dates from JSON-LD, meta tags, <time> or visible text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import trafilatura
from parsel import Selector
from pokazatel.crawlers.boilerplate import load_boilerplate
from pokazatel.crawlers.dates import to_iso

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "WebPage"}
BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")
VISIBLE_DATE_SELECTORS = ("[class*=date]", "[class*=time]", "time")


def _json_ld_objects(page: Selector) -> Iterator[dict[str, Any]]:
    for script in page.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                yield node
                stack.extend(node.get("@graph") or [])
            elif isinstance(node, list):
                stack.extend(node)


def json_ld_article(page: Selector) -> dict[str, Any]:
    """The page's schema.org article object, or {}."""
    for node in _json_ld_objects(page):
        kinds = node.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if kinds & ARTICLE_TYPES and (node.get("headline") or node.get("articleBody")):
            return node
    return {}


def _first(page: Selector, *queries: str) -> str:
    for query in queries:
        value = page.css(query).get()
        if value and value.strip():
            return " ".join(value.split())
    return ""


def _element_texts(page: Selector, query: str) -> list[str]:
    """The text of each element a CSS selector matches, in page order. The selector may list
    alternatives ("a.tag, .tags a"): a "::text" appended to it would apply to the last one only."""
    texts = (" ".join("".join(element.xpath(".//text()").getall()).split()) for element in page.css(query))
    return [text for text in texts if text]


JSON_LD = "json-ld"  # in a source's list of selectors for title/date/body: the page's JSON-LD at that rank


def alternatives(selectors: dict[str, Any], field: str) -> list[str]:
    """A source's selectors for a field, in the order tried: a string is one selector (which may
    itself list CSS alternatives, "a, b", all taken together), a list gives selectors tried one
    after another until one finds something (old and new markup of an outlet)."""
    value = selectors.get(field)
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(item) for item in value if item]


def _selected(page: Selector, selectors: dict[str, Any], field: str) -> list[str]:
    """Texts of the elements the first of the source's selectors for field that matches picks."""
    for query in alternatives(selectors, field):
        if query != JSON_LD:
            texts = _element_texts(page, query)
            if texts:
                return texts
    return []


def _names(value: Any) -> list[str]:
    """Author/keywords in any of JSON-LD's shapes: "a, b", ["a"], {"name": "a"}, [{"name": "a"}]."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _people(value: Any) -> Any:
    """JSON-LD authors that are people: an outlet naming itself as author is no byline."""
    if isinstance(value, list):
        return [item for item in value if _people(item)]
    if isinstance(value, dict) and value.get("@type") == "Organization":
        return []
    return value


def _block_lines(element: Selector) -> list[str]:
    """Paragraph texts of a body element: its block children, or its whole text if it has none."""
    blocks = element.xpath(" | ".join(f".//{tag}[not(ancestor::{tag})]" for tag in BLOCKS))
    parts = blocks if blocks else [element]
    lines = []
    for part in parts:
        text = " ".join("".join(part.xpath(".//text()").getall()).split())
        if text:
            lines.append(text)
    return lines


def _strip(page: Selector, selectors: list[str]) -> None:
    for query in selectors:
        for element in page.css(query):
            element.drop()


def _selector_body(page: Selector, query: str) -> list[str]:
    """Text of every element the selector matches, in page order, each block once even when
    alternatives of the selector match both a block and its container."""
    elements = page.css(query)
    roots = {element.root for element in elements}
    lines: list[str] = []
    for element in elements:
        if not any(ancestor in roots for ancestor in element.root.iterancestors()):
            lines.extend(_block_lines(element))
    return lines


def _trafilatura_body(html: str, url: str) -> list[str]:
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               include_images=False, favor_precision=True, deduplicate=False)
    return text.splitlines() if text else []


def _split_body(text: str) -> list[str]:
    return [line for line in re.split(r"\s*\n\s*", text) if line.strip()]


def _selector_date(page: Selector, query: str) -> str | None:
    element = page.css(query)
    return to_iso(element.attrib.get("datetime") or " ".join(element.css("::text").getall())) if element else None


def _published(page: Selector, selectors: dict[str, Any], ld: dict[str, Any]) -> tuple[str | None, str]:
    """The publication date and where it came from: selector, json-ld, meta, generic (visible
    text) or "" (none found)."""
    for query in alternatives(selectors, "date"):
        found = to_iso(ld.get("datePublished")) if query == JSON_LD else _selector_date(page, query)
        if found:
            return found, JSON_LD if query == JSON_LD else "selector"
    if found := to_iso(ld.get("datePublished")):
        return found, JSON_LD
    if found := to_iso(_first(
            page, 'meta[property="article:published_time"]::attr(content)',
            'meta[itemprop="datePublished"]::attr(content)', 'meta[name="pubdate"]::attr(content)',
            "time[datetime]::attr(datetime)")):
        return found, "meta"
    for query in VISIBLE_DATE_SELECTORS:
        for element in page.css(query)[:3]:
            if found := to_iso(" ".join(element.css("::text").getall())):
                return found, "generic"
    return None, ""


def _modified(page: Selector, ld: dict[str, Any]) -> str | None:
    return to_iso(ld.get("dateModified")) or to_iso(_first(
        page, 'meta[property="article:modified_time"]::attr(content)',
        'meta[itemprop="dateModified"]::attr(content)'))


def _title(page: Selector, selectors: dict[str, Any], ld: dict[str, Any]) -> tuple[str, str, str]:
    """The headline, where it came from (selector, json-ld, meta, generic) and the selector used."""
    headline = " ".join(str(ld.get("headline", "")).split())
    for query in alternatives(selectors, "title"):
        found = headline if query == JSON_LD else next(iter(_element_texts(page, query)), "")
        if found:
            return found, JSON_LD if query == JSON_LD else "selector", query
    if found := _first(page, 'meta[property="og:title"]::attr(content)'):
        return found, "meta", ""
    if headline:
        return headline, JSON_LD, ""
    return _first(page, "h1 ::text", "title::text"), "generic", ""


def _body(page: Selector, html_url: str, selectors: dict[str, Any], ld: dict[str, Any]) -> tuple[list[str], str, str]:
    """The body's paragraphs, where they came from (selector, json-ld, generic) and the selector."""
    ld_body = _split_body(str(ld.get("articleBody") or ""))
    for query in alternatives(selectors, "body"):
        lines = ld_body if query == JSON_LD else _selector_body(page, query)
        if lines:
            return lines, JSON_LD if query == JSON_LD else "selector", query
    if ld_body:
        return ld_body, JSON_LD, ""
    return _trafilatura_body(page.get(), html_url), "generic", ""


def extract_article(html: str, url: str, selectors: dict[str, Any] | None = None) -> dict[str, Any]:
    """The article fields of a page: url (canonical), title, lead, text, author, tags,
    published_at, modified_at, and `extraction`: which path gave the title, date and body
    ("selector", "json-ld", "meta", "generic"; "" when none did) and the selector that matched.
    Fields the page does not give are "" / [] / None."""
    selectors = selectors or {}
    page = Selector(text=html)
    boilerplate = load_boilerplate()
    ld = json_ld_article(page)

    canonical = _first(page, 'link[rel="canonical"]::attr(href)', 'meta[property="og:url"]::attr(content)')
    title, title_path, title_query = _title(page, selectors, ld)
    lead = " ".join(_selected(page, selectors, "lead")) or " ".join(str(ld.get("description", "")).split()) \
        or _first(page, 'meta[name="description"]::attr(content)', 'meta[property="og:description"]::attr(content)')
    author = next(iter(_selected(page, selectors, "author")), "") \
        or ", ".join(_names(_people(ld.get("author")))) \
        or _first(page, 'meta[name="author"]::attr(content)', 'meta[property="article:author"]::attr(content)')
    tags = _selected(page, selectors, "tags") or _names(ld.get("keywords")) \
        or [t.strip() for t in page.css('meta[property="article:tag"]::attr(content)').getall() if t.strip()]
    published, date_path = _published(page, selectors, ld)
    modified = _modified(page, ld)

    _strip(page, [*boilerplate.remove, *(name for query in alternatives(selectors, "remove")
                                          for name in _names(query))])
    lines, body_path, body_query = _body(page, url, selectors, ld)
    lines = boilerplate.clean(lines)
    # The lead is stored on its own; pages that repeat it (or the title) atop the body lose the copy.
    while lines and lines[0] in {title, lead}:
        lines.pop(0)

    matched = {field: query for field, query in (("title", title_query), ("body", body_query))
               if query and query != JSON_LD}
    return {"url": urljoin(url, canonical) if canonical else url, "title": title, "lead": lead,
            "text": "\n".join(lines), "author": author or None, "tags": list(dict.fromkeys(tags)),
            "published_at": published, "modified_at": modified,
            "extraction": {"title": title_path if title else "", "date": date_path,
                           "body": body_path if lines else "", "matched": matched}}


def warm_up() -> None:
    """Load trafilatura's and dateparser's data now: done lazily inside a crawl, it would block
    Scrapy's reactor for a second or more and time out every connection in flight."""
    extract_article("<html><body><article><p>Текст.</p><time>1 января 2026, 10:00</time></article></body></html>",
                    "http://localhost/")
    to_iso("Бүгін, 10:00")
