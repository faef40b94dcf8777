"""What a command-line value must be, as argparse types: a bad one is a one-line usage error (exit 2)
before anything is read or written."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def output_file(text: str) -> str:
    """The `--out FILE` of export, watch show and train classifier, unchanged when it may be written whole
    ("-" is stdout). A missing folder, a folder in the file's place and an existing SQLite database (the one
    being exported from, say) are refused: the tool writes only to databases it created, never over one."""
    if text == "-":
        return text
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name (or - for stdout)")
    target = Path(text)
    if target.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder: give a file name")
    folder = target.absolute().parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"no folder {folder} to write {target.name} in")
    if not os.access(folder, os.W_OK):  # the file is written beside itself first, then moved into place
        raise argparse.ArgumentTypeError(f"cannot write in {folder} (read-only)")
    if target.is_file() and _is_sqlite(target):
        raise argparse.ArgumentTypeError(f"{text} is an SQLite database: not replaced")
    for suffix in SQLITE_COMPANIONS:  # a database's -wal holds its latest writes: replaced, they are lost
        database = target.with_name(target.name.removesuffix(suffix))
        if target.name.endswith(suffix) and database.is_file() and _is_sqlite(database):
            raise argparse.ArgumentTypeError(f"{text} belongs to the SQLite database {database}: not replaced")
    return text


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def positive_count(text: str) -> int:
    """A count of at least one (--limit): 0 or less would do nothing and say so with exit 0."""
    return _whole_number(text, 1)


def non_negative_count(text: str) -> int:
    """A count that may be 0 (--refs 0: none listed)."""
    return _whole_number(text, 0)


def port_number(text: str) -> int:
    value = _whole_number(text, 1)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"a port is at most 65535, not {value}")
    return value


def _whole_number(text: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
    return value


def finite_number(text: str) -> float:
    """A number to compare figures' values with: "nan" would match nothing, silently."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if math.isnan(value):
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def positive_time(text: str) -> float:
    """A time limit (`sources check --timeout`, `train --max-minutes`): a finite number above 0. Zero or less ran
    the check and failed every source ("did not finish within 0.0 s", exit 1); "inf" is no limit at all."""
    value = finite_number(text)
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"must be a number above 0, not {text}")
    return value
