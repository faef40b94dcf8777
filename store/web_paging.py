"""Every row of a sorted table once, on the web UI's pages and in its streamed CSV.

Datasette (0.65) pages a table sorted on a column by keyset: the next page starts after the last row's sort value
and primary key, ordered by both. Its first page is ordered by the sort column alone, so rows that share a value
come in whatever order SQLite picks (for `articles`, newest first by the published_at index: id descending),
while the next page continues in id ascending: rows of a tie at the page break came twice and others never.
`articles.csv?_stream=on` over 1,500 articles published at the same minute sent 99 rows, 50 of them distinct.
Here the first page is ordered by the primary key after the sort column too, as every later page is.

A streamed CSV was also read in pages of 50 rows, not the 1,000 Datasette means to use (it sets `_size` to max
and never passes it on): a view is paged by offset, so each page re-reads all before it, and `figures.csv` of
20,000 figures took 8.5 s instead of 0.45 s; of 200,000, about a hundred times that, its late pages near the
query time limit. A streamed CSV that names no `_size` is asked for in pages of the most rows allowed."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from datasette.database import Database
from datasette.utils import escape_sqlite

_NAME = r'(?:\[[^\]]+\]|"(?:[^"]|"")+"|\w+)'
# The shape of TableView's first page: rows of one table (its first `from`), one sort column, no tie-breaker, no
# offset. A query typed in the SQL box of the same shape gets the tie-breaker too, which only orders its ties.
FIRST_PAGE = re.compile(rf"(select (?:(?! from ).)+ from (?P<table>{_NAME}) (?:where .+ )?order by {_NAME}(?: desc)?)"
                        r" (limit \d+)", re.DOTALL)


def _unquoted(name: str) -> str:
    if name.startswith("["):
        return name[1:-1]
    if name.startswith('"'):
        return name[1:-1].replace('""', '"')
    return name


def install() -> None:
    """Datasette's queries of this process get the tie-breaker (once, however often called)."""
    if getattr(Database.execute, "orders_ties", False):
        return
    plain_execute = Database.execute

    async def execute(self: Database, sql: str, *args, **kwargs):
        page = FIRST_PAGE.fullmatch(sql)
        if page:
            primary_keys = await self.primary_keys(_unquoted(page["table"]))
            if primary_keys:  # a view, or a table keyed by rowid alone, is left as it is
                sql = f"{page[1]}, {', '.join(map(escape_sqlite, primary_keys))} {page[3]}"
        return await plain_execute(self, sql, *args, **kwargs)

    execute.orders_ties = True
    Database.execute = execute


def stream_in_full_pages(scope: dict) -> dict:
    """The request's ASGI scope, with `_size=max` added to a streamed CSV that names no page size."""
    if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
        return scope
    arguments = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    names = {name for name, _ in arguments}
    if "_size" in names or not any(name == "_stream" and value for name, value in arguments):
        return scope
    return {**scope, "query_string": urlencode([*arguments, ("_size", "max")]).encode("latin-1")}

