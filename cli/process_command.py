"""`pokazatel process [--all] [--since DATE]`: tag stored articles (only the new ones by default)."""

from __future__ import annotations

import argparse

from pokazatel.cli.backfill_command import iso_date
from pokazatel.cli.run_command import add_flow_arguments, flow_with_runner, print_processing_warnings, print_summary


def add_parser(commands) -> None:
    parser = commands.add_parser("process", help="tag unprocessed articles; --all re-tags stored ones (reprocess)")
    parser.add_argument("--all", action="store_true", help="re-tag every stored article, replacing old tags")
    parser.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="with --all: only articles since")
    add_flow_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.preflight import check_flow_arguments

    check_flow_arguments(args)
    if args.all:
        from pokazatel.flows.nightly import reprocess

        flow_fn, fan_out = flow_with_runner(reprocess, args)
        summary = flow_fn(database=args.db, since=args.since.isoformat() if args.since else None,
                          batch_size=args.batch_size, fan_out=fan_out)
        print_summary(summary)
        return 0
    from pokazatel import open_db, process

    db = open_db(args.db)
    counts = process(db, batch_size=args.batch_size)
    print(f"processed {counts['articles']} articles ({counts['relevant']} about corruption):"
          f" {counts['entities']} entities, {counts['statistics']} figures")
    print_processing_warnings(counts, args.db)
    return 0
