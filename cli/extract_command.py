"""`pokazatel extract [FILE|-]`: JSON lines in, one SCHEMA.md record a line out, streamed: lines are read
as they are needed and each record is written as soon as its window of articles is tagged."""

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
    parser.add_argument("--workers", type=int, metavar="N",
                        help="processes tagging articles (default: 2 when the input has more than 200 articles and "
                             "a core is idle, else 1)")
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
    from pokazatel.cli.main import UsageError
    from pokazatel.nlp.parallel import choose_workers
    from pokazatel.nlp.pipeline import analyse

    if args.workers is not None and args.workers < 1:
        raise UsageError("pokazatel extract: --workers must be at least 1")
    stream = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
    with stream:
        workers, records = choose_workers(args.workers, read_records(stream, args.input))
        for result in analyse(records, batch_size=args.batch_size, workers=workers):
            result.pop("lemmas", None)
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    return 0
