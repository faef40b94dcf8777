"""`pokazatel crawl`: fetch new articles from the outlets (or the offline demo sites) into the database."""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from datetime import date


def add_parser(commands) -> None:
    parser = commands.add_parser("crawl", help="fetch new articles from the news outlets into the database")
    parser.add_argument("--source", action="append", metavar="NAME",
                        help="crawl only this source (repeatable; default: every enabled source)")
    parser.add_argument("--demo", action="store_true",
                        help="crawl the bundled offline demo sites, served on 127.0.0.1 for the crawl")
    parser.add_argument("--since", metavar="DATE", help="keep articles published on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="keep articles published on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--db", metavar="PATH",
                        help="SQLite database (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
    parser.add_argument("--http-cache", action="store_true", help="cache HTTP responses next to the database")
    parser.add_argument("--prefilter", action=argparse.BooleanOptionalAction, default=None,
                        help="store only articles with corruption keywords (default: on, off with --demo "
                             "so the classifier also sees unrelated news)")
    parser.set_defaults(run=run)


def parse_day(value: str | None, option: str) -> date | None:
    from pokazatel.cli.main import UsageError

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"pokazatel crawl: {option} {value!r} is not a date (YYYY-MM-DD)") from None


def format_counts(counts: dict[str, dict]) -> str:
    columns = ("pages", "fetched", "new", "duplicates", "skipped", "off_topic", "out_of_range", "failed")
    width = max([len("source"), *map(len, counts)])
    lines = ["  ".join(["source".ljust(width), *(column.rjust(max(len(column), 5)) for column in columns)])]
    for name, result in counts.items():
        lines.append("  ".join([name.ljust(width),
                                *(str(result.get(column, 0)).rjust(max(len(column), 5)) for column in columns)]))
        lines.extend(f"  ! {error}" for error in result.get("errors", [])[:10])
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.crawlers.demo_server import serve_demo_sites
    from pokazatel.crawlers.sources import SourceError, select_sources
    from pokazatel.store.db import db_path

    from pokazatel import crawl

    since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
    if since and until and since > until:
        raise UsageError("pokazatel crawl: --since is after --until")
    prefilter = (not args.demo) if args.prefilter is None else args.prefilter
    try:  # unknown names: a usage error before the database is made; any address will do for the names
        select_sources(args.source, demo_base="http://127.0.0.1:1" if args.demo else None)
    except SourceError as error:
        raise UsageError(f"pokazatel crawl: {error}") from None
    from pokazatel.store.db import open_db

    open_db(db_path(args.db)).close()  # a read-only or foreign database: one line now, not a failure an article
    from pokazatel.cli.stopping import stop_cleanly_on_signals

    stop_cleanly_on_signals()
    with ExitStack() as stack:
        sites = stack.enter_context(serve_demo_sites()) if args.demo else None
        counts = crawl(args.source, db_path=db_path(args.db), demo_base=sites.base if sites else None,
                       since=since, until=until, prefilter=prefilter, http_cache=args.http_cache,
                       settings=sites.crawl_settings if sites else None)
    print(format_counts(counts))
    if not prefilter:
        print("prefilter off: off_topic articles were stored too")
    return 1 if counts and all(result["failed"] and not result["new"] and not result["pages"]
                               for result in counts.values()) else 0
