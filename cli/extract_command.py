"""`pokazatel extract [FILE|-]`: JSON lines in, one SCHEMA.md record a line out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator


def add_parser(commands) -> None:
    parser = commands.add_parser("extract", help="tag JSON-lines articles and print SCHEMA.md records")
    parser.add_argument("input", nargs="?", default="-", help="JSON lines file with id and text (- for stdin)")
    parser.add_argument("--json", action="store_true", help="accepted for symmetry: output is always JSON lines")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.set_defaults(run=run)


def read_records(lines, source: str) -> Iterator[dict]:
    from pokazatel.cli.main import UsageError

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise UsageError(f"pokazatel extract: {source}:{number}: not JSON ({error.msg})") from None
        if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
            raise UsageError(f"pokazatel extract: {source}:{number}: a record needs \"id\" and \"text\"")
        yield record


def run(args: argparse.Namespace) -> int:
    from pokazatel import analyse

    stream = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
    with stream:
        records = list(read_records(stream, args.input))
    for result in analyse(records, batch_size=args.batch_size):
        result.pop("lemmas", None)
        print(json.dumps(result, ensure_ascii=False), flush=False)
    return 0
