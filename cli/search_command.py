"""`pokazatel search QUERY [filters]`: find articles by words in any form.

Output, one of:
  (default)  a table: date, source, title, snippet (matches in [brackets]).
  --json     JSON lines, one article a line, best first. A contract; each line is an object with
             id (int, article id), url (str), source (str), lang ("ru" | "kk" | null),
             title (str), published_at (ISO 8601 str or null), topic (str or null),
             relevant (bool or null: null when not processed yet), score (float, higher is better),
             exact (bool: the exact word form was found, not only another form),
             snippet (str: the original text around the matches, marked [like this]).
  --csv      the same fields as CSV with a header row; a text cell a spreadsheet would run as a formula
             (=, +, -, @ first) starts with an apostrophe, as in `pokazatel export`.

The filters here are shared by `pokazatel stats` and `pokazatel export`.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from pokazatel.cli.argument_types import finite_number, non_negative_count, positive_count

RESULT_FIELDS = ("id", "url", "source", "lang", "title", "published_at", "topic", "relevant", "score",
                 "exact", "snippet")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The article filters of pokazatel.store.query.Filters, plus --db."""
    parser.add_argument("--db", help="database file (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
    group = parser.add_argument_group("filters")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="published on or before (YYYY-MM-DD)")
    group.add_argument("--source", help="outlet name(s), comma-separated")
    group.add_argument("--lang", choices=("ru", "kk"))
    group.add_argument("--topic", help="topic(s), comma-separated: bribery, embezzlement, …")
    relevance = group.add_mutually_exclusive_group()
    relevance.add_argument("--all", dest="relevant", action="store_const", const=None, default=True,
                           help="include articles not about corruption and not yet processed")
    relevance.add_argument("--irrelevant", dest="relevant", action="store_const", const=False,
                           help="only articles judged not about corruption")
    group.add_argument("--entity", metavar="NAME", help="articles naming this person or body, any case form")
    group.add_argument("--event", help="articles reporting a figure of this event (convicted, bribe, …)")
    group.add_argument("--min-value", type=finite_number, metavar="N", help="… with a value of at least N")
    group.add_argument("--unit", help="… in this unit (person, KZT, year, …), comma-separated")
    group.add_argument("--period", help="… of a period within this one, written as `stats --by period` shows it: "
                                        "2024 (finds 2024, 2024-H1, 2024-Q3, 2024-07, …), 2024-H1, 2024-Q3, 2024-07 "
                                        "or 2024-01..2024-09; comma-separated")


def filters_from_args(args: argparse.Namespace) -> dict:
    from pokazatel.cli.filter_check import check_filters
    from pokazatel.store.query import Filters

    filters = {name: getattr(args, name) for name in Filters.names()}
    check_filters(args, filters)
    return filters


def open_readonly(args: argparse.Namespace):
    from pokazatel import open_db

    return open_db(args.db, readonly=True)


@contextmanager
def database_errors(args: argparse.Namespace) -> Iterator[None]:
    """SQLite errors (not a database, a schema from another version) as one line, not a traceback."""
    from pokazatel.store.db import DatabaseError, db_path

    try:
        yield
    except sqlite3.Error as error:
        raise DatabaseError(f"database {db_path(args.db)}: {error}") from None


def add_parser(commands) -> None:
    parser = commands.add_parser("search", help="find articles by words in any form")
    parser.add_argument("query", help='words, "a phrase", prefix*, OR, -excluded')
    add_filter_arguments(parser)
    parser.add_argument("--limit", type=positive_count, default=20)
    parser.add_argument("--offset", type=non_negative_count, default=0)
    parser.add_argument("--rank-all", action="store_true",
                        help="rank all matches together (slower on a large archive); by default, a query matching "
                             "thousands of articles has them ranked a window at a time, the newest window first")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON lines (fields in `pokazatel search` docs)")
    output.add_argument("--csv", action="store_true", help="CSV with a header row")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.store.search import RANK_WINDOW

    from pokazatel import search

    with database_errors(args):
        db = open_readonly(args)
        results = search(db, args.query, limit=args.limit, offset=args.offset,
                         window=None if args.rank_all else RANK_WINDOW, **filters_from_args(args))
    if results.windowed:
        print(f"note: more than {RANK_WINDOW:,} articles matched, so they were ranked {RANK_WINDOW:,} at a time, "
              "newest first; --rank-all ranks them all together (slower)", file=sys.stderr)
    if not results:
        print(nothing_found(db, "articles"), file=sys.stderr)
    if args.json:
        for result in results:
            print(json.dumps({field: result[field] for field in RESULT_FIELDS}, ensure_ascii=False))
    elif args.csv:
        from pokazatel.store.export import neutralise

        writer = csv.writer(sys.stdout)
        writer.writerow(RESULT_FIELDS)  # a title crawled as "=HYPERLINK(…)" is no formula in a spreadsheet
        writer.writerows([neutralise(result[field]) for field in RESULT_FIELDS] for result in results)
    else:
        print_table(results)
    return 0


def nothing_found(db, what: str) -> str:
    """"no … found", and why when the database holds articles not tagged yet (crawled or imported, not
    processed): search and stats see only tagged articles' lemmas, topics and figures."""
    untagged = db.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0]
    if not untagged:
        return f"no {what} found"
    return f"no {what} found; {untagged} stored articles are not tagged yet: run `pokazatel process` first"


def print_table(results: list[dict]) -> None:
    from pokazatel.cli.terminal_text import shown

    if not results:
        return
    width = max(80, shutil.get_terminal_size((120, 24)).columns)
    sources = max(len(r["source"]) for r in results)
    title_width = min(60, max(len(r["title"]) for r in results))
    snippet_width = max(20, width - 10 - sources - title_width - 6)
    for result in results:
        title = _clip(result["title"], title_width)
        print(shown(f"{(result['published_at'] or '')[:10]:10}  {result['source']:{sources}}  {title:{title_width}}  "
                    f"{_clip_around_match(result['snippet'], snippet_width)}"))


def _clip(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _clip_around_match(snippet: str, width: int) -> str:
    """The part of the snippet around its first marked match that fits the width."""
    snippet = " ".join((snippet or "").split())
    first = snippet.find("[")
    if len(snippet) <= width or first < width // 3:
        return _clip(snippet, width)
    start = min(first - width // 3, len(snippet) - width + 1)
    space = snippet.find(" ", start, first)
    return _clip("…" + snippet[space + 1 if space >= 0 else start:], width)
