"""The web UI's table search (`?_search=` on articles and article_overview) never fails on what a visitor types.

Datasette quotes each typed word (its `escape_fts`), but a lone `"` (or `""`, an empty box, a NUL) quoted to
nothing, and FTS5 refused the empty expression: a 400 page reading "fts5: syntax error" and an ERROR line with
the SQL in the log. Here the words are searched as typed and a query with no words matches nothing. With
`_searchmode=raw` the visitor asks for FTS5's own syntax (`AND`, `NEAR(…)`, `взят*`): one that FTS5 cannot
parse is answered with a 400 saying so in plain words, before any query runs, and nothing is logged. A blank search
box is no search: the table unfiltered (it showed "0 rows where search matches \"\"", and a 400 in raw mode)."""

from __future__ import annotations

import sqlite3
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils import escape_fts
from datasette.utils.asgi import BadRequest
from pokazatel.store.search import MAX_WORDS

NO_WORDS = '"\u2400"'  # a token no text holds


def words_as_typed(query: str | None) -> str:
    """An FTS5 expression matching the query's words (and "quoted phrases") as typed; never an invalid one."""
    return escape_fts((query or "").replace("\x00", " ")) or NO_WORDS


def fts5_syntax_error(query: str) -> str | None:
    """What FTS5 finds wrong in a raw query, or None when it parses."""
    with sqlite3.connect(":memory:") as probe:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        try:
            probe.execute("SELECT 1 FROM probe WHERE probe MATCH ?", [query]).fetchall()
        except sqlite3.Error as error:
            return str(error).removeprefix("fts5: ")
    return None


@hookimpl(trylast=True)  # after Datasette's own prepare_connection, so this escape_fts is the one kept
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("escape_fts", 1, words_as_typed, deterministic=True)


@hookimpl
def filters_from_request(request, database, table, datasette):
    """Adds no filter: refuses, in plain words, a search of more words than `pokazatel search` takes (50,000 words
    held the server 11 s to find nothing) or a raw search FTS5 cannot parse."""
    raw = request.args.get("_searchmode") == "raw" or (
        request.args.get("_searchmode") != "escaped" and datasette.table_metadata(database, table).get(
            "searchmode") == "raw")
    for key in request.args:
        if not key.startswith("_search") or key == "_searchmode":
            continue
        words = len(request.args[key].split())
        if words > MAX_WORDS:
            raise BadRequest(f"The search has {words:,} words: at most {MAX_WORDS}")
        error = fts5_syntax_error(request.args[key]) if raw else None
        if error:
            raise BadRequest(f"The search {request.args[key]!r} is not valid FTS5 syntax ({error}); without "
                             "_searchmode=raw the words are searched as typed")
    return None


def without_blank_searches(scope: dict) -> dict:
    """The request's ASGI scope without its `_search` arguments that hold no text (a search box cleared)."""
    query = scope.get("query_string", b"") if scope.get("type") == "http" else b""
    if b"_search" not in query:
        return scope
    arguments = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    kept = [(name, value) for name, value in arguments
            if not name.startswith("_search") or name == "_searchmode" or value.strip()]
    return scope if len(kept) == len(arguments) else {**scope, "query_string": urlencode(kept).encode("latin-1")}

