"""`pokazatel stats [--by event,unit,year] [filters]`: reported figures added up, with the articles
behind each sum. `--json` prints one JSON object a group: the --by fields, count, sum, articles,
article_ids, urls."""

from __future__ import annotations

import argparse
import json

from pokazatel.cli.search_command import add_filter_arguments, database_errors, filters_from_args, open_readonly


def add_parser(commands) -> None:
    parser = commands.add_parser("stats", help="figures grouped by event, unit, year, region…")
    parser.add_argument("--by", default="event,unit,year",
                        help="comma-separated: event, unit, object, period, year, month, source, lang, "
                             "topic, region, body (default: event,unit,year)")
    add_filter_arguments(parser)
    parser.add_argument("--refs", type=int, default=5, metavar="N",
                        help="article links shown per group (all with --json)")
    parser.add_argument("--json", action="store_true", help="JSON lines")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel import stats

    by = tuple(part.strip() for part in args.by.split(",") if part.strip())
    with database_errors(args):
        rows = stats(open_readonly(args), by=by, **filters_from_args(args))
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    for row in rows:
        keys = "  ".join(f"{row[name] if row[name] is not None else '—'}" for name in by)
        total = f"{row['sum']:,.0f}".replace(",", " ") if row["sum"] is not None else "—"
        print(f"{keys}  count={row['count']}  sum={total}  articles={row['articles']}")
        for url in row["urls"][:args.refs]:
            print(f"    {url}")
        if len(row["urls"]) > args.refs:
            print(f"    … {len(row['urls']) - args.refs} more")
    return 0
