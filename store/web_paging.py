"""Every row of a sorted table once, on the web UI's pages and in its streamed CSV.

Datasette (0.65) pages a table sorted on a column by keyset: the next page starts after the last row's sort value
and primary key, ordered by both. Its first page is ordered by the sort column alone, so rows that share a value
come in whatever order SQLite picks (for `articles`, newest first by the published_at index: id descending),
while the next page continues in id ascending: rows of a tie at the page break came twice and others never.
`articles.csv?_stream=on` over 1,500 articles published at the same minute sent 99 rows, 50 of them distinct.
Here the first page is ordered by the primary key after the sort column too, as every later page is."""

from __future__ import annotations

import re

from datasette.database import Database
from datasette.utils import escape_sqlite

_NAME = r'(?:\[[^\]]+\]|"(?:[^"]|"")+"|\w+)'
# The shape of TableView's first page: one sort column, no tie-breaker, no offset.
FIRST_PAGE = re.compile(rf"(select .+ from (?P<table>{_NAME}) (?:where .+ )?order by {_NAME}(?: desc)?) (limit \d+)",
                        re.DOTALL)


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
