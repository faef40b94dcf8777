"""`pokazatel export {articles,entities,statistics} --out FILE [--format csv|jsonl] [--excel] [filters]`:
rows out as CSV or JSON lines, streamed; `--out -` writes to stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pokazatel.cli.argument_types import output_file
from pokazatel.cli.search_command import add_filter_arguments, database_errors, filters_from_args, open_readonly


def add_parser(commands) -> None:
    parser = commands.add_parser("export", help="articles, entities or figures as CSV or JSON lines")
    parser.add_argument("kind", choices=("articles", "entities", "statistics"))
    parser.add_argument("--out", required=True, type=output_file, help="output file, or - for stdout")
    parser.add_argument("--format", dest="fmt", choices=("csv", "jsonl"), default=None,
                        help="default: from the file's extension, else csv")
    parser.add_argument("--excel", action="store_true",
                        help="CSV for Excel in a Russian or Kazakh locale: UTF-8 with a byte order mark, ';' between "
                             "cells, decimal commas")
    add_filter_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError

    from pokazatel import export

    if args.out.lower().endswith((".xlsx", ".xls", ".xlsm", ".ods")):
        raise UsageError(f"pokazatel export: {args.out}: this tool writes CSV or JSON lines, not spreadsheet "
                         "workbooks; for Excel use a .csv name with --excel")
    fmt = args.fmt or ("jsonl" if args.out.endswith((".jsonl", ".json")) else "csv")
    if args.excel and fmt != "csv":
        raise UsageError(f"pokazatel export: --excel is for CSV, and this export writes {fmt}")
    with database_errors(args):
        db = open_readonly(args)
        if args.out == "-":
            sys.stdout.reconfigure(newline="")  # csv writes its own line ends
            export(db, args.kind, sys.stdout, fmt=fmt, excel=args.excel, **filters_from_args(args))
        else:
            count = export(db, args.kind, Path(args.out), fmt=fmt, excel=args.excel, **filters_from_args(args))
            untagged = 0 if count else db.execute(
                "SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0]
            why = f"; {untagged} stored articles are not tagged yet: run `pokazatel process` first" if untagged else ""
            print(f"exported {count} {args.kind} to {args.out}{why}", file=sys.stderr)  # search says the same
    return 0
