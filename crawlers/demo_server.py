"""A local HTTP server for the demo sites (data/demo/site), so the real spiders crawl them over
HTTP exactly as they crawl the outlets. Pages carry __BASE__ where the server's address goes."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from pokazatel.crawlers.demo_site import BASE, SITE_DIR, file_for

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
                 ".rss": "application/rss+xml; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class DemoServer(ThreadingHTTPServer):
    """Serves a site root; remembers every requested path (tests count what a crawl fetched)."""

    daemon_threads = True

    def __init__(self, root: Path, port: int = 0, public_base: str | None = None) -> None:
        super().__init__(("127.0.0.1", port), DemoHandler)
        self.root = root.resolve()
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.public_base = public_base or self.base  # the address its pages name

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client went away mid-answer (a stopped crawl): no traceback on the run's stderr
        super().handle_error(request, client_address)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class DemoHandler(BaseHTTPRequestHandler):
    server: DemoServer

    def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
        with self.server.lock:
            self.server.requests.append(self.path)
        parts = urlsplit(self.path)  # an absolute URL when the crawl connects as to a proxy (demo_routing.py)
        if parts.netloc and parts.netloc != urlsplit(self.server.public_base).netloc:
            self._send(404, "text/html; charset=utf-8", b"<html><body><h1>404 Not Found</h1></body></html>")
            return
        target = (self.server.root / file_for(parts.path, parts.query)).resolve()
        if not target.is_relative_to(self.server.root) or not target.is_file():
            self._send(404, "text/html; charset=utf-8", b"<html><body><h1>404 Not Found</h1></body></html>")
            return
        content = target.read_text(encoding="utf-8").replace(BASE, self.server.public_base).encode("utf-8")
        self._send(200, CONTENT_TYPES.get(target.suffix, "application/octet-stream"), content)

    def _send(self, status: int, content_type: str, content: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args) -> None:  # quiet: tests and the CLI print their own
        pass


@contextmanager
def running(server: ThreadingHTTPServer) -> Iterator[ThreadingHTTPServer]:
    """Serve in a background thread until the block ends, then shut down and close the socket."""
    thread = threading.Thread(target=server.serve_forever, name=f"http-{server.server_address[1]}", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def demo_server(root: Path | None = None, port: int = 0, public_base: str | None = None) -> Iterator[DemoServer]:
    """The running server (its .base and .requests), stopped on exit; port 0 picks a free one."""
    with running(DemoServer(root or SITE_DIR, port, public_base)) as server:
        yield server


@contextmanager
def serve_demo(root: Path | None = None, port: int = 0) -> Iterator[str]:
    """Serve the demo sites on 127.0.0.1 (a free port unless told); yields "http://127.0.0.1:<port>"."""
    with demo_server(root, port) as server:
        yield server.base


# The address the demo sites' pages name, whatever port serves them, so the URLs stored by one demo crawl
# are recognised by the next.
DEMO_PORT = 47615
DEMO_BASE = f"http://127.0.0.1:{DEMO_PORT}"


@dataclass(frozen=True)
class DemoSites:
    base: str  # what the pages and the stored URLs name
    server: str  # where they are served: base itself, unless DEMO_PORT was taken

    @property
    def crawl_settings(self) -> dict[str, str]:
        """Scrapy settings that route requests for `base` to `server` (crawlers/demo_routing.py)."""
        return {} if self.server == self.base else {"DEMO_BASE": self.base, "DEMO_SERVER": self.server}


@contextmanager
def serve_demo_sites() -> Iterator[DemoSites]:
    """The demo sites for a demo crawl, named by DEMO_BASE: served on DEMO_PORT, or on any free port
    when another program holds it (a crawl then reaches them through DemoSites.crawl_settings)."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(demo_server(None, DEMO_PORT))
        except OSError:
            server = stack.enter_context(demo_server(None, 0, public_base=DEMO_BASE))
        yield DemoSites(base=DEMO_BASE, server=server.base)
