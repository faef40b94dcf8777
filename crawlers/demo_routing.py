"""Demo crawls whatever port serves the demo: its pages always carry DEMO_BASE, so the URLs a demo crawl
stores (an article's identity, "never fetch a stored URL again") are the same whichever port was free.
When DEMO_BASE's port was taken, requests for it are sent to the server actually serving, as to an HTTP
proxy: the request keeps its URL, only the connection goes elsewhere."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class DemoRoutingMiddleware:
    """Runs before Scrapy's HttpProxyMiddleware (750), which connects through request.meta["proxy"]."""

    def __init__(self, base: str, server: str) -> None:
        self.netloc = urlsplit(base).netloc
        self.server = server

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DemoRoutingMiddleware:
        base, server = crawler.settings.get("DEMO_BASE"), crawler.settings.get("DEMO_SERVER")
        if not (base and server):
            raise NotConfigured("not a demo crawl served away from its base")
        return cls(base, server)

    def process_request(self, request: Request, spider=None) -> None:
        if urlsplit(request.url).netloc == self.netloc:
            request.meta["proxy"] = self.server
