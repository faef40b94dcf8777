"""What `run`, `backfill` and `process` can check before Prefect starts a flow: bad numbers and unknown
sources are usage errors (exit 2), a database that cannot be written one line (exit 1), said at once
instead of after a temporary Prefect server has started and the flow has failed in a traceback."""

from __future__ import annotations

import argparse


def check_flow_arguments(args: argparse.Namespace, *, database_must_exist: bool = False) -> None:
    from pokazatel.cli.main import UsageError
    from pokazatel.crawlers.sources import SourceError, select_sources
    from pokazatel.store.db import existing_db_path, open_db

    command = f"pokazatel {args.command}"
    if args.batch_size < 1:
        raise UsageError(f"{command}: --batch-size must be at least 1, not {args.batch_size}")
    if getattr(args, "workers", None) is not None and args.workers < 1:
        raise UsageError(f"{command}: --workers must be at least 1, not {args.workers}")
    if getattr(args, "source", None):
        try:  # any address will do: only the names are checked here
            select_sources(args.source, demo_base="http://127.0.0.1:1" if args.demo else None)
        except SourceError as error:
            raise UsageError(f"{command}: {error}") from None
    if database_must_exist:  # process tags what crawl, import or run stored
        existing_db_path(args.db, "crawl or import articles first (`pokazatel run`)")
    open_db(args.db).close()  # created if new; a read-only or foreign file refused in one line
    from pokazatel.cli.run_watchdog import start_watchdog
    from pokazatel.cli.stopping import stop_cleanly_on_signals

    stop_cleanly_on_signals()
    start_watchdog()  # before anything is started: SIGKILL leaves nothing behind either
