"""The web UI: Datasette over the database, read-only, with the project's metadata, views and SQL
functions.

Why neither `--immutable` nor `--nolock`: the nightly load writes while the UI is up. Immutable
mode tells SQLite the file never changes, so it ignores the WAL and its locks: pages checkpointed
mid-query give wrong or corrupt results. `nolock` drops the locks that keep a checkpoint from
overwriting pages a reader still needs. Datasette's default for a mutable file, `mode=ro` with
normal locking, gives each query a consistent WAL snapshot and never writes.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import sqlite3
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import yaml
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Base400
from markupsafe import Markup, escape
from pokazatel.store import readonly_open, web_paging, web_query_log
from pokazatel.store.db import db_path, open_db
from pokazatel.store.query import QueryError, lemmatise, register_functions

from pokazatel.resources import data_path

METADATA = data_path("datasette", "metadata.yaml")
TEMPLATE_DB_NAME = "pokazatel"  # the database key in metadata.yaml, renamed to the served file's stem

# Views the UI facets on (Datasette facets only on a table's or view's own columns). They belong in
# pokazatel.store.db.SCHEMA; until they are there, `serve` adds them to a database that lacks them.
def metadata_for(path: Path) -> dict:
    """metadata.yaml with its database section under the name Datasette gives the served file."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if TEMPLATE_DB_NAME in databases:
        databases[path.stem] = databases.pop(TEMPLATE_DB_NAME)
    if "description_html" in metadata:  # a URL path as Datasette writes the name: "news.2024" is news~2E2024
        metadata["description_html"] = metadata["description_html"].replace(
            f"/{TEMPLATE_DB_NAME}/", f"/{tilde_encode(path.stem)}/")
    return metadata


# Datasette plugin hooks: this module registers itself.

# The longest string or blob a query of the web UI may make or read. SQLite's default (1,000,000,000 bytes) let one
# visitor's `select length(randomblob(900000000))` take the server from 160 MB to 1 GB, three at once (Datasette's
# three SQL threads) 3 GB. A stored article is at most a 10 MB page (the crawl's DOWNLOAD_MAXSIZE).
MAX_VALUE_BYTES = 50 * 1024 * 1024


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    register_functions(conn)
    conn.create_function("pk_search_match", 1, _search_match, deterministic=True)
    conn.create_function("pk_snippet", 2, _snippet, deterministic=True)


ARTICLE_LINKS = {("article_overview", "id"), ("figures", "article_id"), ("fact_overview", "article_id"),
                 (None, "article_id")}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Article ids in views and canned queries link to the article (tables do it through their keys)."""
    if (table, column) in ARTICLE_LINKS and isinstance(value, int):
        href = datasette.urls.row(database, "articles", value)
        return Markup(f'<a href="{escape(href)}">{value}</a>')
    return None


@hookimpl
def handle_exception(datasette, request, exception):
    """A sort on a column that does not exist is the visitor's mistake: 400, not Datasette's 500. A CSV download
    broken off after its 200 OK is said in the log, and its connection closed without the body's end."""
    from datasette.views.base import DatasetteError

    if isinstance(exception, CsvStreamBroken):
        print(f"pokazatel serve: the CSV download {request.path} failed after its first rows ({exception}); its "
              "connection is closed without the end of the file", file=sys.stderr, flush=True)
        return _NoMoreResponse()
    if isinstance(exception, DatasetteError) and exception.status == 500 and \
            str(exception.message).startswith("Cannot sort"):
        exception.status = 400
    return None  # Datasette's own handler renders the page


@hookimpl
def asgi_wrapper(datasette):
    """Each request's arguments as the views should read them: a streamed CSV in full pages (web_paging), a cleared
    search box no search (web_search)."""
    from pokazatel.store.web_search import without_blank_searches

    def wrap(app):
        async def with_arguments_completed(scope, receive, send):
            await app(web_paging.stream_in_full_pages(without_blank_searches(scope)), receive, send)

        return with_arguments_completed

    return wrap


def _search_match(query: str | None) -> str:
    """search's FTS5 expression over search_fts; one that matches nothing for an empty or broken
    query, so the form shows no rows instead of an error."""
    from pokazatel.store.search import match_expression

    try:
        return match_expression(query or "")
    except QueryError:
        return '"\u2400"'  # a token no text holds


def _snippet(text: str | None, query: str | None) -> str:
    from pokazatel.store.search import highlight

    try:
        return highlight(text or "", query or "", ("**", "**"))
    except QueryError:
        return ""


def datasette_args(path: Path, metadata_file: Path, host: str, port: int) -> list[str]:
    # immutable only where nothing can write (a read-only folder): see the module's docstring and
    # pokazatel.store.readonly_open
    database = ["--immutable", str(path)] if readonly_open.cannot_take_shm(path) else [str(path)]
    return [
        *database, "--host", host, "--port", str(port), "--metadata", str(metadata_file),
        "--setting", "sql_time_limit_ms", "5000",
        "--setting", "facet_time_limit_ms", "1000",
        "--setting", "default_page_size", "50",
        "--setting", "allow_download", "off",  # a copy taken mid-write could be torn
        # Datasette cuts a streamed CSV at 100 MB by default, after its 200 OK: the analyst got the first part of
        # the archive, its last cell ending in "CSV contains more than … bytes". Pages are streamed one at a time
        # (memory flat), so the whole table is sent.
        "--setting", "max_csv_mb", "0",
    ]


def serve(path: str | Path | None = None, *, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Run Datasette on the database until interrupted."""
    from datasette.cli import serve as datasette_serve
    from datasette.plugins import pm

    target = db_path(path).resolve()
    open_db(target, readonly=True).close()  # a missing or broken file: one clear line, not Datasette's
    _check_can_listen(host, port)
    lemmatise("взятка", "ru")  # load the morphology now, not on the first search someone makes
    _plain_error_pages()
    _neutralised_csv()
    web_paging.install()
    web_query_log.install()
    if not pm.has_plugin("pokazatel"):
        pm.register(sys.modules[__name__], name="pokazatel")
    # uvicorn shuts down on SIGTERM, then raises the signal again: with the default handler that kills
    # the process before the temporary folder below is removed.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    if signal.getsignal(signal.SIGHUP) != signal.SIG_IGN:  # a closed terminal: the same orderly shutdown
        signal.signal(signal.SIGHUP, _shut_down_as_on_sigterm)
    from pokazatel.store import trends, watch_feed, web_arguments, web_search

    for module, name in ((trends, "pokazatel-trends"), (watch_feed, "pokazatel-watches"),  # /-/trends, feeds
                         (web_search, "pokazatel-search"), (web_arguments, "pokazatel-arguments")):
        if not pm.has_plugin(name):
            pm.register(module, name=name)
    with tempfile.TemporaryDirectory(prefix="pokazatel-serve-") as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata_for(target), ensure_ascii=False), encoding="utf-8")
        datasette_serve.main(datasette_args(target, metadata_file, host, port), standalone_mode=False)
    return 0


def _check_can_listen(host: str, port: int) -> None:
    """A port already taken or a host not of this machine: one line (exit 1), not uvicorn's log and exit 3."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(address)
    except OSError as error:
        raise OSError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _shut_down_as_on_sigterm(signum: int, frame: object) -> None:
    """uvicorn handles SIGINT and SIGTERM only: an exception raised in its event loop (SIGHUP) ended the
    server in a traceback."""
    os.kill(os.getpid(), signal.SIGTERM)


def _plain_error_pages() -> None:
    """Datasette's error handler prints every error with rich's print_exception, which the rich installed
    here refuses outside an `except` block: each 4xx (a bad _sort, a POST to a write endpoint) became a
    500 with two tracebacks in the log. Without rich, a 4xx is answered as a 4xx and logged in one line."""
    import datasette.handle_exception

    datasette.handle_exception.rich = None


class _NeutralisingCsv:
    """The csv module as Datasette's CSV views use it, each cell a spreadsheet would run as a formula
    neutralised as `pokazatel export` does (pokazatel.store.export.neutralise)."""

    @staticmethod
    def writer(out, *args, **kwargs):
        _break_off_on_error(out)
        return _NeutralisingWriter(csv.writer(out, *args, **kwargs))


class CsvStreamBroken(Base400):
    """A CSV download failed after its 200 OK and first rows were sent. A Base400 only because Datasette's own
    exception handler, which runs whatever a plugin answers, prints the traceback of any other kind."""


class _NoMoreResponse:
    """What is sent after a broken CSV download: nothing. uvicorn then closes the connection without the
    chunked body's last chunk, so the client sees a cut download, not a whole file."""

    async def asgi_send(self, send) -> None:
        return None


def _break_off_on_error(out) -> None:
    """When a page of a streamed CSV fails (the database locked, a query past the time limit), Datasette
    writes the error's text straight into the response and ends it as a whole file: the analyst's CSV
    ended in a row reading "database is locked". Rows reach the response through the writers wrapped
    around it (`out`), the error text straight: rows keep their way, the error text raises instead."""
    from datasette.utils.asgi import AsgiWriter

    holder = out
    while not isinstance(getattr(holder, "writer", None), AsgiWriter):
        holder = getattr(holder, "writer", None)
        if holder is None:  # another Datasette's chain of writers: left as it is
            return
    response = holder.writer
    holder.writer = SimpleNamespace(write=response.write)

    async def broken_off(error_text: str) -> None:
        raise CsvStreamBroken(error_text)

    response.write = broken_off


class _NeutralisingWriter:
    def __init__(self, writer) -> None:
        self._writer = writer

    def writerow(self, row):
        from pokazatel.store.export import neutralise

        return self._writer.writerow([neutralise(cell) for cell in row])  # Datasette awaits what write returns


def _neutralised_csv() -> None:
    """A title crawled as '=HYPERLINK("http://…")' reached an analyst's spreadsheet as a live formula through
    the web UI's CSV links, though `pokazatel export` neutralises it."""
    import datasette.views.base

    datasette.views.base.csv = _NeutralisingCsv
