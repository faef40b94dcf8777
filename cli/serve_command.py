"""`pokazatel serve [--db PATH] [--host 127.0.0.1] [--port 8001]`: the read-only web UI (Datasette)."""

from __future__ import annotations

import argparse

from pokazatel.cli.argument_types import port_number


def add_parser(commands) -> None:
    parser = commands.add_parser("serve", help="browse and search the database in a web browser")
    parser.add_argument("--db", help="database file (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=port_number, default=8001)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.store.serve import serve

    return serve(args.db, host=args.host, port=args.port)
