"""Downloader middlewares: a redirect that comes back to a URL already visited is a loop, reported as a failure at
once (Scrapy's duplicate filter would otherwise drop it without a word); a request for a host that is not the
source's own is refused, whatever led to it (a feed's link, a sitemap's child map, a redirect)."""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response


class RedirectLoopError(IgnoreRequest):
    """The redirect chain of a request returned to a URL it had visited."""


class RedirectLoopMiddleware:
    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get("Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        visited = [*request.meta.get("redirect_urls", []), request.url]
        if target in visited:
            raise RedirectLoopError(f"redirect loop: {' -> '.join([*visited, target])}")
        return response


class SourceHostsMiddleware(OffsiteMiddleware):
    """Scrapy's OffsiteMiddleware with the crawled source's hosts (`Source.serves`, ports included) as the allowed
    domains. It also checks the requests Scrapy's lets through: the entry points the spider marks dont_filter, and where
    they redirect (a redirect keeps the mark). It checks when a request is downloaded, not when it is scheduled, so a
    refusal reaches the request's errback and is reported as the page's failure instead of being dropped unseen."""

    def should_follow(self, request: Request, spider: Spider) -> bool:
        source = getattr(spider, "source", None)
        return source.serves(request.url) if source is not None else super().should_follow(request, spider)

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        pass

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        super().process_request(request.replace(dont_filter=False) if request.dont_filter else request)
