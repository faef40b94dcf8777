"""The crawl's side of pokazatel.store.crawl_backlog: which failures are worth another try on the next
run, and a Scrapy extension that marks an article finished once the item pipelines are done with it."""

from __future__ import annotations

from pokazatel.store import crawl_backlog
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

BACKLOG_URL = "pokazatel_backlog_url"  # request meta: the URL the backlog knows the request by
OVERSIZED = "pokazatel_oversized"  # request meta: the size limit the body received so far passed
RECEIVED = "pokazatel_received"  # request meta: the body's bytes received so far
TRANSIENT_HTTP = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}


def is_transient(failure: Failure) -> bool:
    """A server error, a timeout or a dropped connection may pass by the next run; a 404, robots.txt
    or a page over the size limit will not."""
    if failure.check(HttpError):
        return failure.value.response.status in TRANSIENT_HTTP
    from scrapy.exceptions import IgnoreRequest

    return not failure.check(IgnoreRequest) and "max size" not in (failure.getErrorMessage() or "") \
        and not oversized(failure)


def oversized(failure: Failure) -> str | None:
    """Why a page sent without its length (chunked) failed, when it failed by passing the size limit: Scrapy cuts it
    off there with a DownloadCancelledError that says nothing (the run's errors read "DownloadCancelledError", and the
    page was asked again on five more nights)."""
    request = getattr(failure, "request", None)
    if request is None or not request.meta.get(OVERSIZED):
        return None
    return f"larger than download max size ({request.meta[OVERSIZED]:,} bytes): cut off while it was arriving"


class BacklogSignals:
    """Scrapy extension: an article stored or deliberately dropped is finished; one that could not be
    stored stays in the backlog with the error."""

    def __init__(self, crawler: Crawler) -> None:
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BacklogSignals:
        return cls(crawler)

    def bytes_received(self, data: bytes, request, spider) -> None:
        """Counts a body's bytes as they arrive, so a failure past the size limit is known as such (oversized)."""
        received = request.meta.get(RECEIVED, 0) + len(data)
        request.meta[RECEIVED] = received
        max_size = request.meta.get("download_maxsize", self.max_size)
        if max_size and received > max_size:
            request.meta[OVERSIZED] = max_size

    def item_scraped(self, item, response, spider) -> None:
        self._done(response, spider)

    def item_dropped(self, item, response, exception, spider) -> None:
        self._done(response, spider)

    def item_error(self, item, response, spider, failure) -> None:
        url = response.meta.get(BACKLOG_URL)
        if url:
            crawl_backlog.failed(spider.db, spider.source_name, url, f"cannot store ({failure.getErrorMessage()})")

    def _done(self, response, spider) -> None:
        url = response.meta.get(BACKLOG_URL)
        if url:
            crawl_backlog.done(spider.db, spider.source_name, url)
