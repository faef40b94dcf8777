"""`pokazatel run`: the nightly ingestion flow (crawl → process → run record), here and now."""

from __future__ import annotations

import argparse


def add_parser(commands) -> None:
    parser = commands.add_parser("run", help="run the nightly flow: crawl every source, tag, record the run")
    add_flow_arguments(parser)
    parser.add_argument("--demo", action="store_true", help="crawl the bundled offline demo sites")
    parser.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")
    parser.set_defaults(run=run)


def add_flow_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database file (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per nlp.pipe batch and transaction")
    parser.add_argument("--workers", type=int, metavar="N", help="process on a local Dask cluster of N workers")
    parser.add_argument("--dask-address", metavar="ADDRESS", help="process on an existing Dask cluster")


def flow_with_runner(flow_fn, args: argparse.Namespace):
    """The flow as given, or fanned out on Dask when --workers/--dask-address ask for it."""
    if args.workers or args.dask_address:
        from pokazatel.flows.nightly import with_dask

        return with_dask(flow_fn, workers=args.workers, address=args.dask_address), True
    return flow_fn, False


def print_summary(summary: dict) -> None:
    print(f"run {summary['run_id']}: {summary['status']}  database {summary.get('database', '')}")
    if "fetched" in summary:
        print(f"articles fetched {summary['fetched']}, new {summary['new']}")
    for name, counts in sorted(summary.get("sources", {}).items()):
        print(f"  {name:<16} fetched {counts.get('fetched', 0):>4}  new {counts.get('new', 0):>4}"
              f"  duplicates {counts.get('duplicates', 0):>3}  failed {counts.get('failed', 0):>3}")
    print(f"processed {summary.get('processed_articles', 0)} articles"
          f" ({summary.get('processed_relevant', 0)} about corruption):"
          f" {summary.get('processed_entities', 0)} entities, {summary.get('processed_statistics', 0)} figures")
    print_processing_warnings({key.removeprefix("processed_"): value for key, value in summary.items()},
                              summary.get("database"))
    for error in summary.get("errors", []):
        print(f"  error: {error}")
    for name, flags in sorted(summary.get("health", {}).items()):
        print(f"  health: {name}: {'; '.join(flags)}")


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.preflight import check_flow_arguments

    check_flow_arguments(args)  # before Prefect is even imported
    from pokazatel.cli.flow_console import one_line_failures
    from pokazatel.cli.prefect_server import start_temporary_server
    from pokazatel.flows.nightly import nightly

    one_line_failures()
    start_temporary_server()  # out of the reach of the terminal's Ctrl-C
    flow_fn, fan_out = flow_with_runner(nightly, args)
    summary = flow_fn(database=args.db, demo=args.demo, sources=args.source, batch_size=args.batch_size,
                      fan_out=fan_out)
    print_summary(summary)
    return 0 if summary["status"] == "ok" else 1


def print_processing_warnings(counts: dict, database: str | None) -> None:
    """Articles cut at the length limit or that could not be tagged, said after the summary."""
    truncated, failed = counts.get("truncated", 0), counts.get("failed", 0)
    if truncated or failed:
        print(f"  warning: {truncated} articles tagged only up to the length limit, {failed} could not be tagged"
              f" (table processing_warnings in {database or 'the database'})")
    if counts.get("left_to_others"):
        print(f"  {counts['left_to_others']} articles were left to another run tagging them at the same time")
