"""Per-source counts of a crawl, kept in Scrapy's stats and gathered when each spider closes."""

from __future__ import annotations

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
        if reason != "finished":
            result["errors"].append(f"crawl ended early: {reason}")
        RESULTS[getattr(spider, "source_name", spider.name)] = result
