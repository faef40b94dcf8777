"""The news spider: follows an outlet's RSS feeds, sitemaps and paged listings to article pages
and yields one ArticleItem a page. Article URLs already in the database are never fetched again."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import scrapy
from pokazatel.crawlers.backlog import BACKLOG_URL, is_transient, oversized
from pokazatel.crawlers.counts import count, fail, note_article, note_entry
from pokazatel.crawlers.dates import to_iso
from pokazatel.crawlers.encoding import page_text
from pokazatel.crawlers.extract import extract_article
from pokazatel.crawlers.gov_api import ApiError, article_fields, article_object, list_items
from pokazatel.crawlers.items import ArticleItem
from pokazatel.crawlers.sources import Source, select_sources
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
    return oversized(failure) or failure.getErrorMessage() or failure.type.__name__


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: dict[str, Any] | str, db_path: str | None = None, since: str | None = None,
                 until: str | None = None, sample: int = 0, **kwargs: Any) -> None:
        """`source` is a source's settings, or its name in data/sources.yaml (`scrapy crawl news -a
        source=tengrinews-ru`); without `db_path` the articles go to the default database."""
        super().__init__(**kwargs)
        self.source = select_sources([source])[0] if isinstance(source, str) else Source.from_dict(source)
        self.source_name = self.source.name
        self.article_pattern = re.compile(self.source.article)
        self.since = date.fromisoformat(since) if since else None
        self.until = date.fromisoformat(until) if until else None
        self.db = open_db(db_path)
        # A source check (`pokazatel sources check`) samples a few articles an entry point and
        # fetches no further listing pages or child maps than it needs.
        self.sample = int(sample)
        self.sampled: dict[str, int] = {}
        crawl_backlog.ensure(self.db)

    def closed(self, reason: str) -> None:
        self.db.conn.close()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self._unfinished():
            yield request
        for point in self.source.start:
            if "rss" in point:
                yield self._request(point["rss"], self.parse_feed, entry=point["rss"])
            elif "sitemap" in point or "sitemap_index" in point:
                entry = point.get("sitemap") or point["sitemap_index"]
                yield self._request(entry, self.parse_sitemap, point=point, entry=entry)
            elif "api" in point:
                first = point.get("first_page", 1)
                entry = point["api"].replace("{n}", str(first))
                yield self._api_request(entry, self.parse_api_list, point, page=first, entry=entry)
            else:
                yield self._request(point["listing"], self.parse_listing, point=point,
                                    page=point.get("first_page", 2) - 1, entry=point["listing"])

    def _request(self, url: str, callback, **cb_kwargs: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error, cb_kwargs=cb_kwargs,
                              dont_filter=True)

    def _api_request(self, url: str, callback, point: dict[str, Any], **cb_kwargs: Any) -> scrapy.Request:
        headers = {"Accept": "application/json", **({"Accept-Language": point["lang"]} if point.get("lang") else {})}
        return scrapy.Request(url, callback=callback, errback=self.on_error, cb_kwargs={"point": point, **cb_kwargs},
                              headers=headers, dont_filter=True)

    def on_error(self, failure: Failure) -> None:
        message = _error_message(failure)
        backlog_url = failure.request.meta.get(BACKLOG_URL)
        if self._past_the_last_page(failure, message):
            if backlog_url:
                crawl_backlog.done(self.db, self.source_name, backlog_url)
            return
        fail(self.crawler, f"{failure.request.url}: {message}")
        if failure.request.url == failure.request.cb_kwargs.get("entry"):
            note_entry(self.crawler, failure.request.url, status=message)
        if backlog_url and is_transient(failure):
            crawl_backlog.failed(self.db, self.source_name, backlog_url, message)
        elif backlog_url:  # will not get better by asking again
            crawl_backlog.done(self.db, self.source_name, backlog_url)

    def _past_the_last_page(self, failure: Failure, message: str) -> bool:
        """A next listing page that is not there: the listing has fewer pages than max_pages (a window
        walk reads up to it), which ends the walk and is no failure."""
        request = failure.request
        return (message in ("HTTP 404", "HTTP 410") and request.callback == self.parse_listing
                and request.url != request.cb_kwargs.get("entry"))

    def _unfinished(self) -> Iterator[scrapy.Request]:
        """What earlier crawls of this source did not finish, asked for again before anything else."""
        retry, given_up = crawl_backlog.due(self.db, self.source_name)
        for entry in given_up:
            fail(self.crawler, f"{entry['url']}: given up after {crawl_backlog.MAX_ATTEMPTS} more crawls"
                               f" ({entry['last_error'] or 'never finished'})")
        for entry in retry:
            url, context = entry["url"], entry["context"]
            if entry["kind"] == "listing" and context.get("point", -1) < len(self.source.start):
                point = self.source.start[context["point"]]
                request = self._request(url, self.parse_listing, point=point, page=context["page"],
                                        entry=point.get("listing", url))
            elif entry["kind"] == "article" and not known_url(self.db, url):
                request = scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                                         cb_kwargs={"published_hint": None})
            else:
                crawl_backlog.done(self.db, self.source_name, url)
                continue
            request.meta[BACKLOG_URL] = url
            yield request

    # Start points -----------------------------------------------------------------------------

    def parse_feed(self, response: Response, entry: str) -> Iterator[scrapy.Request]:
        """RSS 2.0 or Atom: every item's link, with its pubDate as a fallback publication date."""
        self._reached(response, entry)
        feed = scrapy.Selector(text=page_text(response), type="xml") if hasattr(response, "text") else None
        if feed is None or not feed.xpath("/*[local-name()='rss' or local-name()='feed' or local-name()='RDF']"):
            # a maintenance page or a binary file where the feed was: a failure, not an empty feed
            fail(self.crawler, f"{response.url}: not an RSS or Atom feed")
            return
        feed.remove_namespaces()
        for story in feed.xpath("//item | //entry"):
            link = story.xpath("link/text()").get() or story.xpath("link/@href").get()
            published = story.xpath("pubDate/text() | published/text() | updated/text()").get()
            if link:
                yield from self._follow_article(urljoin(response.url, link.strip()), to_iso(published), entry)

    def parse_sitemap(self, response: Response, point: dict[str, Any], entry: str) -> Iterator[scrapy.Request]:
        """A sitemap index (child maps matching `follow`) or a urlset of articles."""
        self._reached(response, entry)
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
            note_entry(self.crawler, entry, status=f"answers, but not a sitemap ({error})")
            return
        follow = re.compile(point["follow"]) if point.get("follow") else None
        children = 0
        for line in sitemap:
            location = line.get("loc", "").strip()
            lastmod = to_iso(line.get("lastmod"))
            if not location or self._before_since(lastmod):
                continue
            if sitemap.type == "sitemapindex":
                if (follow is None or follow.search(location)) and not (self.sample and children >= 2):
                    children += 1
                    yield self._request(location, self.parse_sitemap, point=point, entry=entry)
            else:
                yield from self._follow_article(location, None, entry)

    def parse_listing(self, response: Response, point: dict[str, Any], page: int,
                      entry: str) -> Iterator[scrapy.Request]:
        """A listing page; the next page is fetched only while pages still show unseen articles."""
        self._reached(response, entry)
        listing = scrapy.Selector(text=page_text(response))
        unseen = 0
        for href in listing.css(point["cards"]).xpath("@href").getall():
            for request in self._follow_article(urljoin(response.url, href.strip()), None, entry):
                unseen += 1
                yield request
        max_pages = point.get("max_pages", 1)
        # A window walk (--since: backfill) reads every page; otherwise a page of known articles ends it.
        if point.get("next") and (unseen or self.since) and page + 1 <= max_pages \
                and not self.sample:
            url = point["next"].replace("{n}", str(page + 1))
            crawl_backlog.remember(self.db, self.source_name, url, "listing",
                                   {"point": self.source.start.index(point), "page": page + 1})
            request = self._request(url, self.parse_listing, point=point, page=page + 1, entry=entry)
            request.meta[BACKLOG_URL] = url
            yield request
        if response.meta.get(BACKLOG_URL):
            crawl_backlog.done(self.db, self.source_name, response.meta[BACKLOG_URL])

    def parse_api_list(self, response: Response, point: dict[str, Any], page: int,
                       entry: str) -> Iterator[scrapy.Request | ArticleItem]:
        """A page of a JSON API's article list (gov.kz): each unseen article is taken from the list
        item, or from the article endpoint when the item has no body; pages go on while unseen
        articles come, up to max_pages."""
        self._reached(response, entry)
        try:
            items, last = list_items(response.body)
        except ApiError as error:
            fail(self.crawler, f"{response.url}: {error}")
            note_entry(self.crawler, entry, status=f"answers, but {error}")
            return
        unseen = 0
        for item in items:
            page_url = point["page_url"].replace("{id}", str(item["id"]))
            hint = to_iso(item.get("publish_date")) or to_iso(item.get("created_date"))
            if not self._wanted(page_url, hint, entry):
                continue
            unseen += 1
            if item.get("body") or not point.get("article_api"):
                count(self.crawler, "fetched")
                yield from self._api_article(item, page_url)
            else:
                yield self._api_request(point["article_api"].replace("{id}", str(item["id"])), self.parse_api_article,
                                        point, page_url=page_url)
        first, max_pages = point.get("first_page", 1), point.get("max_pages", 1)
        if unseen and not last and page + 1 < first + max_pages and not self.sample:
            yield self._api_request(point["api"].replace("{n}", str(page + 1)), self.parse_api_list, point,
                                    page=page + 1, entry=entry)

    def parse_api_article(self, response: Response, point: dict[str, Any], page_url: str) -> Iterator[ArticleItem]:
        count(self.crawler, "fetched")
        try:
            item = article_object(response.body)
        except ApiError as error:
            fail(self.crawler, f"{response.url}: {error}")
            return
        yield from self._api_article(item, page_url)

    def _api_article(self, item: dict[str, Any], page_url: str) -> Iterator[ArticleItem]:
        fields = article_fields(item, page_url)
        note_article(self.crawler, page_url, fields, body_expected=False)
        if not fields["title"] or not fields["text"]:
            fail(self.crawler, f"{page_url}: no article title or text in the API's answer")
            return
        yield ArticleItem({**fields, "fetched_url": page_url, "source": self.source.name,
                           "lang": detect_lang(f"{fields['title']}\n{fields['text']}")})

    def _reached(self, response: Response, entry: str) -> None:
        """A feed, map or listing page answered (the entry point itself, after any redirect, or a
        page it led to): the entry point is reachable."""
        count(self.crawler, "pages")
        note_entry(self.crawler, entry, status="ok")

    def _before_since(self, published: str | None) -> bool:
        return bool(self.since and published and date.fromisoformat(published[:10]) < self.since)

    def _wanted(self, url: str, published_hint: str | None, entry: str) -> bool:
        """An article link to fetch: it matches the source's pattern, is in the date range, is not
        stored yet (and, in a source check, is one of the few sampled)."""
        if not self.article_pattern.search(url) or self._before_since(published_hint):
            return False
        if urlsplit(url).scheme not in ("http", "https"):  # never asked for (settings.DOWNLOAD_HANDLERS)
            self.logger.warning("%s: not an http(s) address: not followed", url)
            return False
        if not self.source.serves(url):  # never asked for (middlewares.SourceHostsMiddleware)
            self.logger.warning("%s: not on the source's own hosts: not followed", url)
            return False
        note_entry(self.crawler, entry, links=1)
        if self.sample:
            if self.sampled.get(entry, 0) >= self.sample:
                return False
            self.sampled[entry] = self.sampled.get(entry, 0) + 1
        if known_url(self.db, url):
            count(self.crawler, "skipped")
            return False
        return True

    def _follow_article(self, url: str, published_hint: str | None, entry: str) -> Iterator[scrapy.Request]:
        url = urldefrag(url)[0]
        if not self._wanted(url, published_hint, entry):
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
        if not fields["published_at"] and published_hint:
            fields["extraction"]["date"] = "feed"
        note_article(self.crawler, response.url, fields, body_expected=bool(self.source.selectors.get("body")))
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
