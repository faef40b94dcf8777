"""Item pipelines: keep what is in scope (date range, corruption keywords), then store it. They take the
crawler in from_crawler and no `spider` argument in their methods (Scrapy 2.13's API)."""

from __future__ import annotations

from datetime import date

from pokazatel.crawlers.counts import count
from pokazatel.crawlers.items import ArticleItem
from pokazatel.crawlers.prefilter import matches_prefilter
from pokazatel.store.db import open_db
from pokazatel.store.load import save_article
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem


class FilterPipeline:
    """Drops articles published outside --since/--until, and (prefilter on) those the keyword
    prefilter finds off topic. Off-topic articles are counted whether kept or not."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.prefilter = crawler.settings.getbool("POKAZATEL_PREFILTER", True)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FilterPipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        spider = self.crawler.spider
        published = item.get("published_at")
        day = date.fromisoformat(published[:10]) if published else None
        if day and ((spider.since and day < spider.since) or (spider.until and day > spider.until)):
            count(self.crawler, "out_of_range")
            raise DropItem(f"published {day}, outside the requested dates", log_level="DEBUG")
        if not matches_prefilter(item["title"], item["text"]):
            count(self.crawler, "off_topic")
            if self.prefilter:
                raise DropItem("no corruption keyword", log_level="DEBUG")
        return item


class StorePipeline:
    """Writes articles through pokazatel.store.load.save_article and counts new / known / duplicate."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.db = open_db(self.crawler.settings.get("POKAZATEL_DB"))

    def close_spider(self) -> None:
        self.db.conn.close()

    def process_item(self, item: ArticleItem) -> ArticleItem:
        outcome = save_article(self.db, dict(item))
        count(self.crawler, {"new": "new", "known": "known", "duplicate": "duplicates"}[outcome])
        self._remember_fetched_url(item)
        return item

    def _remember_fetched_url(self, item: ArticleItem) -> None:
        """A page fetched under another URL than its canonical one: keep that URL as an alias so
        the next crawl recognises the link it finds in the feed without fetching it."""
        fetched, canonical = item.get("fetched_url"), item["url"]
        if not fetched or fetched == canonical:
            return
        with self.db.conn:
            self.db.execute(
                "INSERT OR IGNORE INTO article_urls (url, article_id) "
                "SELECT ?, id FROM articles WHERE url = ? "
                "UNION ALL SELECT ?, article_id FROM article_urls WHERE url = ? LIMIT 1",
                [fetched, canonical, fetched, canonical])
