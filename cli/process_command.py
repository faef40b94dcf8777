"""`pokazatel process [--all] [--since DATE]`: tag stored articles (only the new ones by default)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from pokazatel.cli.backfill_command import iso_date
from pokazatel.cli.run_command import print_processing_warnings, print_summary


def add_parser(commands) -> None:
    parser = commands.add_parser("process", help="tag unprocessed articles; --all re-tags stored ones (reprocess)")
    parser.add_argument("--all", action="store_true", help="re-tag every stored article, replacing old tags")
    parser.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="with --all: only articles since")
    parser.add_argument("--db", help="database file (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per nlp.pipe batch and transaction")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="processes tagging articles (default: 2 when more than 200 articles wait and a core "
                             "is idle, else 1)")
    parser.add_argument("--dask-address", metavar="ADDRESS", help="with --all: re-tag on an existing Dask cluster")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.preflight import check_flow_arguments
    from pokazatel.nlp.parallel import one_blas_thread

    one_blas_thread()  # before the pipelines import numpy
    index_was_old = _search_index_is_old(args.db)
    check_flow_arguments(args, database_must_exist=True)  # opened for writing: an old search index is rebuilt
    if args.since:
        from pokazatel.cli.main import UsageError
        from pokazatel.store.load import now_almaty

        today = date.fromisoformat(now_almaty()[:10])  # the articles' day, as backfill's
        if args.since > today:  # it started Prefect and recorded a run that tagged nothing
            raise UsageError(f"pokazatel process: --since {args.since} is after today ({today}): nothing to re-tag")
    nothing = _nothing_to_tag(args)
    if nothing and index_was_old:  # what search's "run `pokazatel process` once" asked for is done
        print(f"pokazatel process: the search index is rebuilt for this version; {nothing}")
        return 0
    if nothing:  # asked by hand to tag and nothing waits: said, not a silent exit 0 (the nightly `run` is ok)
        print(f"pokazatel process: {nothing}", file=sys.stderr)
        return 1
    if args.all:
        from pokazatel.cli.flow_console import one_line_failures
        from pokazatel.cli.prefect_server import start_temporary_server
        from pokazatel.flows.nightly import reprocess, with_dask

        one_line_failures()
        start_temporary_server()  # out of the reach of the terminal's Ctrl-C
        flow_fn = with_dask(reprocess, address=args.dask_address) if args.dask_address else reprocess
        summary = flow_fn(database=args.db, since=args.since.isoformat() if args.since else None,
                          batch_size=args.batch_size, fan_out=bool(args.dask_address), workers=args.workers)
        print_summary(summary)
        if not summary.get("processed_articles") and summary.get("processed_left_to_others"):
            print(f"pokazatel process: {_taken_by_others(summary['processed_left_to_others'])}", file=sys.stderr)
            return 1
        return 0
    from pokazatel import open_db, process

    db = open_db(args.db)
    counts = process(db, batch_size=args.batch_size, workers=args.workers)
    if not counts["articles"] and counts["left_to_others"]:  # another run claimed them after the check above
        print(f"pokazatel process: {_taken_by_others(counts['left_to_others'])}", file=sys.stderr)
        return 1
    print(f"processed {counts['articles']} articles ({counts['relevant']} about corruption):"
          f" {counts['entities']} entities, {counts['statistics']} figures")
    print_processing_warnings(counts, args.db)
    return 0


def _held_elsewhere(count: int, holders: list[str]) -> str:
    return (f"nothing to tag: all {count} articles waiting are being tagged by another run ({', '.join(holders)}), "
            "which stores their tags")


def _taken_by_others(count: int) -> str:
    return f"nothing to tag: another run tagged or is tagging all {count} articles that were waiting"


def _nothing_to_tag(args: argparse.Namespace) -> str | None:
    """Why there is nothing for this `process` to tag, or None when there is. Asked before any model loads."""
    from pokazatel.store import processing_claims
    from pokazatel.store.db import open_db

    since = args.since and args.since.isoformat()
    to_tag, params = "(? OR processed_at IS NULL) AND (? IS NULL OR published_at >= ?)", [args.all, since, since]
    db = open_db(args.db, readonly=True)
    try:
        stored, waiting = db.execute(f"SELECT count(*), count(*) FILTER (WHERE {to_tag}) FROM articles",
                                     params).fetchone()
        held, holders = processing_claims.held_by_others(db, to_tag, params) if waiting else (0, [])
    finally:
        db.close()
    if waiting and held == waiting:  # the other run tags them; this one would load its models to tag nothing
        return _held_elsewhere(waiting, holders)
    if waiting:
        return None
    if not stored:
        return "nothing to tag: the database holds no articles yet (`pokazatel run`, `crawl` or `import` stores them)"
    if args.all:
        return f"nothing to re-tag: none of the {stored} stored articles was published on {args.since} or after"
    return f"nothing to tag: all {stored} stored articles are tagged (`pokazatel process --all` re-tags them)"


def _search_index_is_old(path: str | None) -> bool:
    """Whether the database holds an older version's search index, which read commands refuse until a command
    that writes (they say `process`) has rebuilt it. False when it cannot tell: the checks that follow say why."""
    import sqlite3

    import sqlite_utils
    from pokazatel.store import search_index
    from pokazatel.store.db import db_path

    target = db_path(path)
    if not target.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
            db = sqlite_utils.Database(conn)
            return "articles" in db.table_names() and not search_index.is_current(db)
    except sqlite3.Error:
        return False
