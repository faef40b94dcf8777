"""`pokazatel backfill --since DATE [--until DATE]`: walk the sources back in time."""

from __future__ import annotations

import argparse
from datetime import date

from pokazatel.cli.run_command import add_flow_arguments, flow_with_runner, print_summary


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(commands) -> None:
    parser = commands.add_parser("backfill", help="crawl the sources over a past date window, then tag")
    parser.add_argument("--since", type=iso_date, required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--demo", action="store_true", help="crawl the bundled offline demo sites")
    parser.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")
    add_flow_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.cli.preflight import check_flow_arguments
    from pokazatel.store.load import now_almaty

    if args.until and args.until < args.since:
        raise UsageError("pokazatel backfill: --until is before --since")
    today = date.fromisoformat(now_almaty()[:10])  # the outlets' day, not the machine's
    if args.since > today:
        raise UsageError(f"pokazatel backfill: --since {args.since} is after today ({today}): nothing to fetch")
    check_flow_arguments(args)
    from pokazatel.cli.flow_console import one_line_failures
    from pokazatel.cli.prefect_server import start_temporary_server
    from pokazatel.flows.nightly import backfill

    one_line_failures()
    start_temporary_server()  # out of the reach of the terminal's Ctrl-C
    flow_fn, fan_out = flow_with_runner(backfill, args)
    summary = flow_fn(since=args.since, until=args.until, database=args.db, demo=args.demo,
                      sources=args.source, batch_size=args.batch_size, fan_out=fan_out)
    print_summary(summary)
    return 0 if summary["status"] == "ok" else 1
