"""`pokazatel extract [FILE|-]`: JSON lines in, one SCHEMA.md record a line out, streamed: lines are read
as they are needed and each record is written as soon as its window of articles is tagged."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date

TEXT_FIELDS = ("title", "lang", "published")  # optional, but a string (or null) when given


def add_parser(commands) -> None:
    parser = commands.add_parser("extract", help="tag JSON-lines articles and print SCHEMA.md records")
    parser.add_argument("input", nargs="?", default="-", help="JSON lines file with id and text (- for stdin)")
    parser.add_argument("--json", action="store_true", help="accepted for symmetry: output is always JSON lines")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, metavar="N",
                        help="processes tagging articles (default: 2 when the input has more than 200 articles and "
                             "a core is idle, else 1)")
    parser.set_defaults(run=run, exit_at_once=True)  # cli.main: no interpreter teardown after the last record


def record_problem(line: bytes) -> tuple[dict | None, str | None]:
    """The record on a line, or what is wrong with it in user words."""
    from pokazatel.nlp.language import tagged_language

    from pokazatel.jsonlines import NotText, id_problem, parse_line

    try:
        record = parse_line(line.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "not UTF-8 text"
    except json.JSONDecodeError as error:
        return None, f"not JSON ({error.msg})"
    except NotText as error:
        return None, str(error)
    except RecursionError:
        return None, "JSON nested too deeply"
    if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
        return None, "a record needs \"id\" and \"text\""
    if problem := id_problem(record["id"]):
        return None, problem
    wrong = [name for name in TEXT_FIELDS if record.get(name) is not None and not isinstance(record[name], str)]
    if wrong:
        return None, f"\"{wrong[0]}\" must be a string"
    if record.get("lang"):
        try:
            tagged_language(record["lang"])  # the one that decides for `pokazatel.analyse` too
        except ValueError as error:
            return None, str(error)
    # "20.11.2026" was ignored without a word, and "в этом году" in the text then had no year
    if record.get("published") and not _iso_day(record["published"]):
        return None, f"\"published\" is not an ISO date (YYYY-MM-DD or an ISO time): {record['published']!r}"
    return record, None


def _iso_day(value: str) -> bool:
    """Whether the value starts with the ISO day the pipeline reads ("2026-11-20", "2026-11-20T10:00:00+05:00")."""
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def read_records(lines, source: str, problems: list[str]) -> Iterator[dict]:
    """The good records; each bad line is added to problems (one line each) and skipped."""
    from pokazatel.cli.bounded_lines import MAX_LINE_MB, bounded_lines

    for number, line in enumerate(bounded_lines(lines), 1):
        if line is None:
            problems.append(f"pokazatel extract: {source}:{number}: a line longer than {MAX_LINE_MB} MB: not a "
                            "record, skipped")
            continue
        if not line.strip():
            continue
        record, problem = record_problem(line)
        if problem:
            problems.append(f"pokazatel extract: {source}:{number}: {problem}, skipped")
        else:
            yield record


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.nlp.parallel import analyse_in_pool, choose_workers, one_blas_thread

    one_blas_thread()  # before the pipelines import numpy
    from pokazatel.nlp.guard import outcomes

    if args.batch_size < 1:
        raise UsageError("pokazatel extract: --batch-size must be at least 1")
    if args.workers is not None and args.workers < 1:
        raise UsageError("pokazatel extract: --workers must be at least 1")
    if args.workers is not None and args.workers > (os.cpu_count() or 1):  # each loads every model: ~300 MB
        raise UsageError(f"pokazatel extract: --workers must be at most {os.cpu_count() or 1}, this machine's cores")
    if args.input == "-" and sys.stdin is None:  # started with `<&-`
        raise UsageError("pokazatel extract: standard input is closed: give a FILE to read")
    try:
        stream = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        raise UsageError(f"pokazatel extract: cannot read {args.input}: {error.strerror}") from None
    problems: list[str] = []
    said, failed = 0, 0
    with stream:
        records = read_records(stream, args.input, problems)
        first = next(records, None)  # before any model loads: an input with no article is said at once
        if first is None:
            if problems:
                print("\n".join(problems), file=sys.stderr)
                return 2
            where = "standard input" if args.input == "-" else args.input
            raise UsageError(f"pokazatel extract: {where} holds no article (it is empty or blank): nothing to tag")
        workers, records = choose_workers(args.workers, itertools.chain([first], records))
        if workers > 1:  # the models load once, here, and the workers are forked from this process
            from pokazatel.nlp import worker

            results = analyse_in_pool(records, workers, worker.tag_window, worker.load_russian,
                                      batch_size=args.batch_size, preload=worker.preload)
        else:
            from pokazatel.nlp.pipeline import analyse

            results = analyse(records, batch_size=args.batch_size, lemmas=False)  # extract never prints them
        with closing(results):  # a failed write ends the workers here, not in a thread's garbage collection
            for outcome in outcomes(results):
                for message in problems[said:]:  # bad lines are said as they are met, not all at the end
                    print(message, file=sys.stderr)
                said = len(problems)
                for warning in outcome.warnings:
                    print(f"pokazatel extract: record {outcome.record_id}: {warning}", file=sys.stderr)
                if outcome.analysis is None:
                    failed += 1
                    print(f"pokazatel extract: record {outcome.record_id} could not be tagged: {outcome.error}",
                          file=sys.stderr)
                    continue
                outcome.analysis.pop("lemmas", None)
                if outcome.warnings:
                    outcome.analysis["warnings"] = outcome.warnings
                sys.stdout.write(json.dumps(outcome.analysis, ensure_ascii=False) + "\n")
                sys.stdout.flush()
    for message in problems[said:]:
        print(message, file=sys.stderr)
    return 2 if problems else 1 if failed else 0
