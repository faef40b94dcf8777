"""The news spider: follows an outlet's RSS feeds, sitemaps and paged listings to article pages
and yields one ArticleItem a page. Article URLs already in the database are never fetched again."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any
from urllib.parse import urldefrag, urljoin

import scrapy
from pokazatel.crawlers.backlog import BACKLOG_URL, is_transient
from pokazatel.crawlers.counts import count, fail
from pokazatel.crawlers.dates import to_iso
from pokazatel.crawlers.encoding import page_text
from pokazatel.crawlers.extract import extract_article
from pokazatel.crawlers.items import ArticleItem
from pokazatel.crawlers.sources import Source
from pokazatel.nlp.language import detect_lang
from pokazatel.store import crawl_backlog
from pokazatel.store.db import open_db
from pokazatel.store.load import known_url
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure


def _error_message(failure: Failure) -> str:
    reason = failure.value
    response = getattr(reason, "response", None)
    if response is not None and getattr(response, "status", None):
        return f"HTTP {response.status}"
    return failure.getErrorMessage() or failure.type.__name__


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: dict[str, Any], db_path: str, since: str | None = None,
                 until: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source = Source.from_dict(source)
        self.source_name = self.source.name
        self.article_pattern = re.compile(self.source.article)
        self.since = date.fromisoformat(since) if since else None
        self.until = date.fromisoformat(until) if until else None
        self.db = open_db(db_path)
        crawl_backlog.ensure(self.db)

    def closed(self, reason: str) -> None:
        self.db.conn.close()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self._unfinished():
            yield request
        for point in self.source.start:
            if "rss" in point:
                yield self._request(point["rss"], self.parse_feed)
            elif "sitemap" in point or "sitemap_index" in point:
                yield self._request(point.get("sitemap") or point["sitemap_index"], self.parse_sitemap,
                                    point=point)
            else:
                yield self._request(point["listing"], self.parse_listing, point=point,
                                    page=point.get("first_page", 2) - 1)

    def _request(self, url: str, callback, **cb_kwargs: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error, cb_kwargs=cb_kwargs,
                              dont_filter=True)

    def on_error(self, failure: Failure) -> None:
        fail(self.crawler, f"{failure.request.url}: {_error_message(failure)}")
        backlog_url = failure.request.meta.get(BACKLOG_URL)
        if backlog_url and is_transient(failure):
            crawl_backlog.failed(self.db, self.source_name, backlog_url, _error_message(failure))
        elif backlog_url:  # will not get better by asking again
            crawl_backlog.done(self.db, self.source_name, backlog_url)

    def _unfinished(self) -> Iterator[scrapy.Request]:
        """What earlier crawls of this source did not finish, asked for again before anything else."""
        retry, given_up = crawl_backlog.due(self.db, self.source_name)
        for entry in given_up:
            fail(self.crawler, f"{entry['url']}: given up after {crawl_backlog.MAX_ATTEMPTS} more crawls"
                               f" ({entry['last_error'] or 'never finished'})")
        for entry in retry:
            url, context = entry["url"], entry["context"]
            if entry["kind"] == "listing" and context.get("point", -1) < len(self.source.start):
                request = self._request(url, self.parse_listing, point=self.source.start[context["point"]],
                                        page=context["page"])
            elif entry["kind"] == "article" and not known_url(self.db, url):
                request = scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                                         cb_kwargs={"published_hint": None})
            else:
                crawl_backlog.done(self.db, self.source_name, url)
                continue
            request.meta[BACKLOG_URL] = url
            yield request

    # Start points -----------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS 2.0 or Atom: every item's link, with its pubDate as a fallback publication date."""
        count(self.crawler, "pages")
        feed = scrapy.Selector(text=page_text(response), type="xml") if hasattr(response, "text") else None
        if feed is None or not feed.xpath("/*[local-name()='rss' or local-name()='feed' or local-name()='RDF']"):
            # a maintenance page or a binary file where the feed was: a failure, not an empty feed
            fail(self.crawler, f"{response.url}: not an RSS or Atom feed")
            return
        feed.remove_namespaces()
        for entry in feed.xpath("//item | //entry"):
            link = entry.xpath("link/text()").get() or entry.xpath("link/@href").get()
            published = entry.xpath("pubDate/text() | published/text() | updated/text()").get()
            if link:
                yield from self._follow_article(urljoin(response.url, link.strip()), to_iso(published))

    def parse_sitemap(self, response: Response, point: dict[str, Any]) -> Iterator[scrapy.Request]:
        """A sitemap index (child maps matching `follow`) or a urlset of articles."""
        count(self.crawler, "pages")
        body = response.body
        if body[:2] == b"\x1f\x8b":
            # bounded like any download: a small .gz can unpack to gigabytes
            limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            try:
                body = gunzip(body, max_size=limit)
            except Exception as error:  # over the limit, or not gzip after all
                fail(self.crawler, f"{response.url}: cannot unpack the sitemap within {limit:,} bytes ({error})")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as error:  # lxml raises several kinds on a broken map
            fail(self.crawler, f"{response.url}: not a sitemap ({error})")
            return
        follow = re.compile(point["follow"]) if point.get("follow") else None
        for entry in sitemap:
            location = entry.get("loc", "").strip()
            lastmod = to_iso(entry.get("lastmod"))
            if not location or self._before_since(lastmod):
                continue
            if sitemap.type == "sitemapindex":
                if follow is None or follow.search(location):
                    yield self._request(location, self.parse_sitemap, point=point)
            else:
                yield from self._follow_article(location, None)

    def parse_listing(self, response: Response, point: dict[str, Any], page: int) -> Iterator[scrapy.Request]:
        """A listing page; the next page is fetched only while pages still show unseen articles."""
        count(self.crawler, "pages")
        listing = scrapy.Selector(text=page_text(response))
        unseen = 0
        for href in listing.css(point["cards"]).xpath("@href").getall():
            for request in self._follow_article(urljoin(response.url, href.strip()), None):
                unseen += 1
                yield request
        max_pages = point.get("max_pages", 1)
        # A window walk (--since: backfill) reads every page; otherwise a page of known articles ends it.
        if point.get("next") and (unseen or self.since) and page + 1 <= max_pages:
            url = point["next"].replace("{n}", str(page + 1))
            crawl_backlog.remember(self.db, self.source_name, url, "listing",
                                   {"point": self.source.start.index(point), "page": page + 1})
            request = self._request(url, self.parse_listing, point=point, page=page + 1)
            request.meta[BACKLOG_URL] = url
            yield request
        if response.meta.get(BACKLOG_URL):
            crawl_backlog.done(self.db, self.source_name, response.meta[BACKLOG_URL])

    def _before_since(self, published: str | None) -> bool:
        return bool(self.since and published and date.fromisoformat(published[:10]) < self.since)

    def _follow_article(self, url: str, published_hint: str | None) -> Iterator[scrapy.Request]:
        url = urldefrag(url)[0]
        if not self.article_pattern.search(url) or self._before_since(published_hint):
            return
        if known_url(self.db, url):
            count(self.crawler, "skipped")
            return
        crawl_backlog.remember(self.db, self.source_name, url, "article")
        yield scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                             cb_kwargs={"published_hint": published_hint}, meta={BACKLOG_URL: url})

    # Articles ---------------------------------------------------------------------------------

    def parse_article(self, response: Response, published_hint: str | None) -> Iterator[ArticleItem]:
        count(self.crawler, "fetched")
        if not hasattr(response, "text"):
            fail(self.crawler, f"{response.url}: not an HTML page")
            self._no_article(response)
            return
        fields = extract_article(page_text(response), response.url, self.source.selectors)
        if not fields["title"] or not fields["text"]:
            fail(self.crawler, f"{response.url}: no article title or text found")
            self._no_article(response)
            return
        yield ArticleItem({
            **fields,
            "fetched_url": response.request.url if response.request else response.url,
            "source": self.source.name,
            "lang": detect_lang(f"{fields['title']}\n{fields['text']}"),
            "published_at": fields["published_at"] or published_hint,
        })

    def _no_article(self, response: Response) -> None:
        """A page that is no article will not become one by asking again."""
        if response.meta.get(BACKLOG_URL):
            crawl_backlog.done(self.db, self.source_name, response.meta[BACKLOG_URL])
