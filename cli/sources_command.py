"""`pokazatel sources check`: what works, per outlet and field, right now."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys

from pokazatel.cli.argument_types import positive_time

COLOURS = {"ok": "\033[32m", "warn": "\033[33m", "FAIL": "\033[31m"}


def add_parser(commands) -> None:
    parser = commands.add_parser("sources", help="check the sources: entry points, articles, extraction")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION", parser_class=type(parser))
    check = actions.add_parser(
        "check", help="fetch each enabled source's entry points and a few articles; say per field what works",
        description="Fetches each source's entry points and a few articles into a throwaway database and "
                    "prints one line per source and field: ok, warn (works, but not as configured) or FAIL. "
                    "Exit status 1 when a source yields no usable article.")
    check.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")
    check.add_argument("--demo", action="store_true", help="check the bundled offline demo sites")
    check.add_argument("--sample", type=int, default=3, metavar="N", help="articles fetched an entry point (3)")
    check.add_argument("--timeout", type=positive_time, default=600, metavar="SECONDS",
                       help="for the whole check (600)")
    check.add_argument("--json", action="store_true", help="one JSON object per source")
    check.set_defaults(run=run)


def _paint(status: str) -> str:
    text = f"{status:<4}"
    return f"{COLOURS[status]}{text}\033[0m" if sys.stdout.isatty() else text


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.crawlers.check import check_sources
    from pokazatel.crawlers.sources import SourceError

    if args.sample < 1:
        raise UsageError("pokazatel sources check: --sample must be at least 1")
    with contextlib.ExitStack() as stack:
        demo_base = None
        if args.demo:
            from pokazatel.crawlers.demo_server import serve_demo

            demo_base = stack.enter_context(serve_demo())
        try:
            results = check_sources(args.source, demo_base=demo_base, sample=args.sample, timeout=args.timeout)
        except SourceError as error:
            raise UsageError(f"pokazatel sources check: {error}") from None
    for result in results:
        if args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
            continue
        for check in result.fields:
            print(f"{result.source:<16} {check.field:<8} {_paint(check.status)} {check.detail}")
    if not args.json:
        broken = [result.source for result in results if not result.usable]
        warned = [result.source for result in results if result.usable and result.status != "ok"]
        print(f"{len(results) - len(broken) - len(warned)} ok, {len(warned)} with warnings, {len(broken)} yield "
              f"nothing usable{': ' + ', '.join(broken) if broken else ''}")
    return 1 if any(not result.usable for result in results) else 0
