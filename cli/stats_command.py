"""`pokazatel stats [--by event,unit,year] [filters]`: reported figures added up, with the articles
behind each sum. `--json` prints one JSON object a group: the --by fields, count, sum, articles,
article_ids, urls, and facts, mentions, counted ("facts" or "mentions": what count and sum count; sum is
null, empty in CSV, when the group's figures are in several units: group by unit to add them up),
sum_level ("national", "regional", "regional+case" or "case": what sum adds, see one_level_sum in
pokazatel.store.stats) and conflicts.
`--csv` prints the same columns (urls space-separated, no article_ids; formula-like text neutralised as in
`pokazatel export`).
`--conflicts` prints the facts that disagree, side by side with their sources."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from pokazatel.cli.argument_types import non_negative_count
from pokazatel.cli.search_command import (
    add_filter_arguments,
    database_errors,
    filters_from_args,
    nothing_found,
    open_readonly,
)


def add_parser(commands) -> None:
    parser = commands.add_parser("stats", help="figures grouped by event, unit, year, region…")
    parser.add_argument("--by", default="event,unit,year",
                        help="comma-separated: event, unit, object, period, year, month, source, lang, "
                             "topic, region, body, scope, area, area_region (the region the area lies in: a "
                             "town's figures in its region's) (default: event,unit,year)")
    add_filter_arguments(parser)
    parser.add_argument("--refs", type=non_negative_count, default=5, metavar="N",
                        help="article links shown per group (all with --json)")
    parser.add_argument("--mentions", action="store_true",
                        help="count every figure as printed (default: facts, each reported thing once)")
    parser.add_argument("--conflicts", action="store_true",
                        help="list facts that sources report with different values, side by side")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON lines")
    output.add_argument("--csv", action="store_true",
                        help="CSV: the --by columns, count, sum, articles, facts, mentions, counted, sum_level, "
                             "conflicts, urls (space-separated)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel import stats

    if args.conflicts:
        return print_conflicts(args)
    by = tuple(dict.fromkeys(part.strip() for part in args.by.split(",") if part.strip()))  # each column once
    with database_errors(args):
        db = open_readonly(args)
        rows = stats(db, by=by, mentions=args.mentions, **filters_from_args(args))
        if not rows:
            print(nothing_found(db, "figures"), file=sys.stderr)
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.csv:
        from pokazatel.store.export import neutralise

        columns = [*by, "count", "sum", "articles", "facts", "mentions", "counted", "sum_level", "conflicts", "urls"]
        writer = csv.DictWriter(sys.stdout, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        # a group named from text (an object, a body) that a spreadsheet would run as a formula is neutralised
        writer.writerows({name: neutralise(value) for name, value in {**row, "urls": " ".join(row["urls"])}.items()}
                         for row in rows)
        return 0
    from pokazatel.cli.terminal_text import shown

    for row in rows:
        keys = "  ".join(f"{row[name] if row[name] is not None else '—'}" for name in by)
        total = f"{row['sum']:,.0f}".replace(",", " ") if row["sum"] is not None else "—"
        print(shown(f"{keys}  count={row['count']}  sum={total}  articles={row['articles']}{_notes(row)}"))
        for url in row["urls"][:args.refs]:
            print(shown(f"    {url}"))
        if len(row["urls"]) > args.refs:
            print(f"    … {len(row['urls']) - args.refs} more")
    return 0


def _notes(row: dict) -> str:
    """What the count and sum are, said only where it matters: the other count when it differs, the
    level summed when not single cases, conflicts when there are any."""
    other = "mentions" if row["counted"] == "facts" else "facts"
    notes = [f"{row['counted']}; {other}={row[other]}"] if row[other] != row["count"] else []
    if row["sum"] is None:
        notes.append("no sum: several units, add unit to --by")
    elif row["sum_level"] != "case":
        notes.append(f"sum of {row['sum_level']}")
    if row["conflicts"]:
        notes.append(f"conflicts={row['conflicts']}")
    return f"  ({', '.join(notes)})" if notes else ""


def print_conflicts(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.store.facts import conflicts
    from pokazatel.store.query import as_list
    from pokazatel.store.stats import require_facts

    ignored = [option for option, given in (("--csv", args.csv), ("--mentions", args.mentions),
                                            ("--by", args.by != "event,unit,year"))
               if given] + [f"--{name.replace('date_', '').replace('_', '-')}"
                            for name, value in filters_from_args(args).items()
                            if name not in ("event", "relevant") and value is not None]
    if ignored:  # it would print every conflict as if filtered, grouped or as CSV
        raise UsageError(f"pokazatel stats: --conflicts takes only --event and --json, not {ignored[0]}")
    with database_errors(args):
        db = open_readonly(args)
        require_facts(db)
        events = as_list(args.event) or [None]  # "--event bribe,damage": each event's, as the filters read it
        stories = [story for event in events for story in conflicts(db, event=event)]
    if args.json:
        for story in stories:
            print(json.dumps(story, ensure_ascii=False))
        return 0
    from pokazatel.cli.terminal_text import shown

    if not stories:
        print("no conflicting facts")
    for story in stories:
        print(shown(f"{story['event']}  {story['unit']}  period={story['period'] or '—'}  {story['scope'] or '—'}"
                    f"  subject={story['subject'] or '—'}"))
        for fact in story["facts"]:
            value = f"{fact['value']:,.10g}".replace(",", " ")
            print(f"  {value:>14}  {fact['sources']} source(s)")
            for article in fact["articles"]:
                print(shown(f"      {(article['published_at'] or '')[:10]}  {article['outlet']}  «{article['quote']}»"
                            f"  {article['url']}"))
    return 0
