"""`pokazatel`: one subcommand a module in this package, each with `add_parser` and `run`."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import signal
import sqlite3
import sys
from pathlib import Path

COMMAND_MODULES = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])
                         if m.name.endswith("_command"))


DESCRIPTION = ("Kazakhstan's corruption news as a searchable database of articles, the people and bodies "
               "they name, and the figures they report.")


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


# argparse reads a word starting with "-" that is no option as a value only when it matches this: by default only
# "-5" or "-.5", so a query excluding a word (`search -взятка`) and "-1e309" were taken for unknown options and the
# command said "the following arguments are required: query" or "expected one argument". Options here are all
# "--long" but -h, which argparse matches first, so a word of a dash and no second dash is a value. argparse has no
# public way to say so (its documentation offers only "--" before such a value, and `--option=-value`; rewriting the
# arguments into those forms would mean resolving abbreviated options as argparse does): the private attribute stays,
# and tests/test_faults_round7b.py fails if a Python release changes what it does.
VALUE_STARTING_WITH_A_DASH = re.compile(r"-[^-]")


class Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = VALUE_STARTING_WITH_A_DASH

    def error(self, message: str) -> None:  # one line, not usage + message
        if "ignored explicit argument" in message:  # `search -hakim`: read as -h with "akim"
            message += ' (a value starting with "-h": put -- before it)'
        raise UsageError(f"{self.prog}: {message}")


def build_parser(command: str | None = None) -> Parser:
    """The whole command line, or only `command`'s part of it when that is a command's name: importing every
    command's module (the crawler's, the database's) cost each start about 0.1 CPU s."""
    parser = Parser(prog="pokazatel", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    chosen = [f"{command}_command"] if f"{command}_command" in COMMAND_MODULES else COMMAND_MODULES
    for module in chosen:
        importlib.import_module(f"pokazatel.cli.{module}").add_parser(commands)
    return parser


def _exit_at_once(status: int) -> None:
    """End the process once its output is flushed, without the interpreter's teardown: a command that holds
    the tagging models (extract) spent 0.5-1 s freeing their millions of objects after its last record.
    Only for the command line itself (argv None): main() called in a process that goes on returns."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _raised_by(module: str, *names: str) -> tuple[type[BaseException], ...]:
    """The named exception classes of a module if it has been imported, else none: what was never imported
    cannot have raised, and importing pokazatel.store.db (sqlite_utils) would slow `extract`'s start."""
    loaded = sys.modules.get(module)
    return tuple(getattr(loaded, name) for name in names) if loaded else ()


def main(argv: list[str] | None = None) -> int:
    from pokazatel.cli.standard_output import OutputFailed, name_its_failures
    from pokazatel.store.query import QueryError

    if sys.stdout is None:  # started with stdout closed (`>&-`): print() would drop every line, silently
        print("pokazatel: standard output is closed: nothing could be printed", file=sys.stderr)
        return 2
    if argv is None:
        from pokazatel.cli.stopping import interrupt_on_termination

        interrupt_on_termination()
        name_its_failures()
    try:
        words = sys.argv[1:] if argv is None else argv
        args = build_parser(words[0] if words else None).parse_args(argv)
        if isinstance(getattr(args, "db", None), str) and not args.db.strip():  # `--db "$DB"` with DB unset
            raise UsageError(f"pokazatel {args.command}: --db is empty: give a database file, or leave --db out "
                             "for the default one")  # it used the default database instead, written by run
        status = args.run(args) or 0
        if argv is None and getattr(args, "exit_at_once", False):
            _exit_at_once(status)
        sys.stdout.flush()  # here, where a reader gone away (BrokenPipeError) is caught below
        return status
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except (*_raised_by("pokazatel.store.db", "ForeignDatabaseError"), QueryError) as error:
        print(f"pokazatel: {error}", file=sys.stderr)  # the wrong file, a query to correct: bad input
        return 2
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as `yes | head` does
        _silence_stdout()
        return 128 + signal.SIGPIPE
    except OutputFailed as error:  # what is still buffered is not written again at the interpreter's exit
        print(f"pokazatel: {error}", file=sys.stderr)
        _silence_stdout()
        return 1
    except UnicodeDecodeError as error:  # input that is not UTF-8 text (a ValueError: caught before those)
        print(f"pokazatel: the input is not UTF-8 text ({error.reason} at byte {error.start})", file=sys.stderr)
        return 2
    except UnicodeEncodeError as error:  # a ValueError: caught before those
        if "surrogates" not in error.reason:
            print(f"pokazatel: {error}", file=sys.stderr)
            return 1
        # A word of the command line in bytes that are no UTF-8 (`--entity` typed in a Latin-1 terminal): Python keeps
        # each such byte as a lone surrogate, which neither SQLite nor the output can hold (it was exit 1, "'utf-8'
        # codec can't encode character '\udcff'…"). Whatever was being written is rolled back.
        given = error.object[max(0, error.start - 40):error.end + 40]
        print(f"pokazatel: not UTF-8 text: {given!r} (\\udcXX stands for a byte that is no UTF-8)", file=sys.stderr)
        return 2
    except (*_raised_by("pokazatel.store.db", "DatabaseError"), OSError, ValueError) as error:
        print(f"pokazatel: {error}", file=sys.stderr)
        return 1
    except sqlite3.Error as error:  # the disk or the file failed mid-run: every write was rolled back
        print(f"pokazatel: database error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pokazatel: interrupted", file=sys.stderr)
        return 130


def _silence_stdout() -> None:
    """stdout onto /dev/null, so the interpreter's last flush of what is still buffered does not fail again
    with "Exception ignored … BrokenPipeError"."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
