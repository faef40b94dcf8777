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
    if args.command == "process":
        _check_process_arguments(args, command)
    if getattr(args, "dask_address", None):
        _check_dask_address(args.dask_address, command)
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


def _check_process_arguments(args: argparse.Namespace, command: str) -> None:
    """What only `process --all` reads is refused without it, not ignored; tagging processes are bounded by
    the cores, as in `extract`: each holds every model (about 300 MB)."""
    import os

    from pokazatel.cli.main import UsageError

    for option, value in (("--since", args.since), ("--dask-address", args.dask_address)):
        if value is not None and not args.all:
            raise UsageError(f"{command}: {option} goes with --all (re-tag stored articles)")
    cores = os.cpu_count() or 1
    if args.workers is not None and args.workers > cores and not args.dask_address:
        raise UsageError(f"{command}: --workers must be at most {cores}, this machine's cores")


def _check_dask_address(address: str, command: str) -> None:
    """A Dask scheduler's address as Dask reads it (tcp://host:8786, host:8786): a bad one failed only
    after Prefect's server had started, in a traceback."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from pokazatel.cli.main import UsageError

    try:
        parse_host_port(parse_address(address)[1])
    except ValueError as error:
        raise UsageError(f"{command}: --dask-address {address!r}: {error}") from None
