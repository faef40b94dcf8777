"""Downloader middleware: a redirect that comes back to a URL already visited is a loop, reported
as a failure at once (Scrapy's duplicate filter would otherwise drop it without a word)."""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request
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
