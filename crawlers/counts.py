"""Per-source counts of a crawl, kept in Scrapy's stats and gathered when each spider closes."""

from __future__ import annotations

from statistics import median
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

COUNT_KEYS = (
    "pages",         # feeds, sitemaps and listings fetched
    "fetched",       # article pages fetched
    "new",           # articles stored
    "duplicates",    # same content as a stored article under another URL (remembered as an alias)
    "known",         # canonical URL already stored
    "skipped",       # article links not fetched because their URL is already stored
    "off_topic",     # articles the keyword prefilter finds not about corruption
    "out_of_range",  # articles published outside --since/--until
    "failed",        # requests or pages that failed (see errors)
)
MAX_ERRORS = 100
MAX_SAMPLES = 20
EXTRACTED_FIELDS = ("title", "date", "body")

# Filled by SourceCounts as spiders close; read by the crawl process once the reactor stops.
RESULTS: dict[str, dict[str, Any]] = {}


def empty_counts() -> dict[str, Any]:
    return {**dict.fromkeys(COUNT_KEYS, 0), "errors": []}


def count(crawler: Crawler, key: str, amount: int = 1) -> None:
    crawler.stats.inc_value(f"pokazatel/{key}", amount)


def fail(crawler: Crawler, message: str) -> None:
    """One failure: counted, and its message kept (the first MAX_ERRORS of them)."""
    count(crawler, "failed")
    errors = crawler.stats.get_value("pokazatel/errors") or []
    if len(errors) < MAX_ERRORS:
        crawler.stats.set_value("pokazatel/errors", [*errors, message])


def note_entry(crawler: Crawler, url: str, *, status: str | None = None, links: int = 0) -> None:
    """An entry point (feed, sitemap, listing) answered (status "ok" or the error) or led to links
    that match the source's article pattern."""
    entries = crawler.stats.get_value("pokazatel/entry_points") or {}
    entry = entries.setdefault(url, {"status": "", "links": 0})
    if status is not None and entry["status"] in {"", "ok"}:  # the first problem stays
        entry["status"] = status
    entry["links"] += links
    crawler.stats.set_value("pokazatel/entry_points", entries)


def note_article(crawler: Crawler, url: str, fields: dict[str, Any], *, body_expected: bool) -> None:
    """Which extraction path gave an article page's title, date and body, and the body's length.
    body_expected: the source names a body selector, so a generic body is a fallback."""
    extraction = fields["extraction"]
    for name in EXTRACTED_FIELDS:
        count(crawler, f"path/{name}/{extraction.get(name) or 'none'}")
    crawler.stats.set_value("pokazatel/body_expected", body_expected)
    lengths = crawler.stats.get_value("pokazatel/body_lengths") or []
    crawler.stats.set_value("pokazatel/body_lengths", [*lengths, len(fields["text"])])
    samples = crawler.stats.get_value("pokazatel/samples") or []
    if len(samples) < MAX_SAMPLES:
        crawler.stats.set_value("pokazatel/samples", [*samples, {
            "url": url, "title": fields["title"][:120], "published_at": fields["published_at"],
            "body_length": len(fields["text"]), **{name: extraction.get(name) or "" for name in EXTRACTED_FIELDS},
            "matched": extraction.get("matched") or {}}])


def extraction_summary(stats: dict[str, Any]) -> dict[str, Any]:
    """The extraction part of a source's counts, from its crawl stats: {"extraction": {field:
    {path: n}}, "body_median": chars or None, "body_expected", "entry_points", "samples"}."""
    paths: dict[str, dict[str, int]] = {name: {} for name in EXTRACTED_FIELDS}
    for key, value in stats.items():
        parts = key.split("/")
        if len(parts) == 4 and parts[:2] == ["pokazatel", "path"] and parts[2] in paths:
            paths[parts[2]][parts[3]] = int(value)
    lengths = stats.get("pokazatel/body_lengths") or []
    return {"extraction": paths, "body_median": int(median(lengths)) if lengths else None,
            "body_expected": bool(stats.get("pokazatel/body_expected")),
            "entry_points": stats.get("pokazatel/entry_points") or {},
            "samples": stats.get("pokazatel/samples") or []}


class SourceCounts:
    """Scrapy extension: turns each spider's stats into a RESULTS entry for its source."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceCounts:
        return cls(crawler)

    def spider_error(self, failure, response, spider) -> None:
        fail(self.crawler, f"{response.url}: {failure.getErrorMessage() or failure.type.__name__}")

    def item_error(self, item, response, spider, failure) -> None:
        fail(self.crawler, f"{item.get('url')}: cannot store ({failure.getErrorMessage()})")

    def spider_closed(self, spider, reason: str) -> None:
        stats = self.crawler.stats
        result = {key: int(stats.get_value(f"pokazatel/{key}", 0)) for key in COUNT_KEYS}
        result["errors"] = list(stats.get_value("pokazatel/errors") or [])
        result.update(extraction_summary(stats.get_stats()))
        if reason != "finished":
            result["errors"].append(f"crawl ended early: {reason}")
        RESULTS[getattr(spider, "source_name", spider.name)] = result
