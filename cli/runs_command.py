"""`pokazatel runs`: recent ingestion runs with their counts and failures."""

from __future__ import annotations

import argparse
import json
import sys

from pokazatel.cli.argument_types import positive_count


def add_parser(commands) -> None:
    parser = commands.add_parser("runs", help="list recent ingestion runs")
    parser.add_argument("--db", help="database file")
    parser.add_argument("--limit", type=positive_count, default=10)
    parser.add_argument("--json", action="store_true", help="one JSON object per run")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.terminal_text import shown
    from pokazatel.store.health import run_flags
    from pokazatel.store.runs import recent_runs

    from pokazatel import open_db

    db = open_db(args.db, readonly=True)
    runs = recent_runs(db, args.limit)
    if not runs:
        print("no runs recorded yet: `pokazatel run` records one", file=sys.stderr)
    for entry in runs:
        entry["health"] = run_flags(db, entry["id"])
        if args.json:
            print(json.dumps(entry, ensure_ascii=False))
            continue
        print(f"#{entry['id']} {entry['flow']:<9} {entry['status']:<8} {entry['started_at']} → "
              f"{entry['finished_at'] or '…'}  new {entry['articles_new']}, processed {entry['articles_processed']},"
              f" entities {entry['entities_added']}, figures {entry['statistics_added']}")
        for source in entry["sources"]:
            duplicates = f", duplicates {source['duplicates']}" if source.get("duplicates") else ""
            failed = f", failed {source['failed']}: {'; '.join(source['errors'])[:160]}" if source["failed"] else ""
            counted = f"fetched {source['fetched']}, new {source['new']}{duplicates}{failed}"
            print(shown(f"    {source['source']:<16} {counted}"))
            for flag in entry["health"].get(source["source"], []):
                print(f"    {'':<16} ! {flag}")
        for error in entry["errors"]:
            print(shown(f"    error: {error}"))  # a server's error page may hold anything
    return 0
