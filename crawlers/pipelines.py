"""Item pipelines: keep what is in scope (date range, corruption keywords), then store it."""

from __future__ import annotations

from datetime import date

from pokazatel.crawlers.counts import count
from pokazatel.crawlers.items import ArticleItem
from pokazatel.crawlers.prefilter import matches_prefilter
from pokazatel.store.db import open_db
from pokazatel.store.load import save_article
from scrapy.exceptions import DropItem


class FilterPipeline:
    """Drops articles published outside --since/--until, and (prefilter on) those the keyword
    prefilter finds off topic. Off-topic articles are counted whether kept or not."""

    def open_spider(self, spider) -> None:
        self.crawler = spider.crawler
        self.prefilter = spider.crawler.settings.getbool("POKAZATEL_PREFILTER", True)

    def process_item(self, item: ArticleItem, spider) -> ArticleItem:
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

    def open_spider(self, spider) -> None:
        self.crawler = spider.crawler
        self.db = open_db(spider.crawler.settings.get("POKAZATEL_DB"))

    def close_spider(self, spider) -> None:
        self.db.conn.close()

    def process_item(self, item: ArticleItem, spider) -> ArticleItem:
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
