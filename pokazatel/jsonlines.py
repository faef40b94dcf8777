"""JSON-lines files as the project reads them: one JSON value a line, blank lines skipped, and a bad
line named by file and number."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class JsonLinesError(ValueError):
    """A line that is not JSON or not UTF-8; the message is "FILE:LINE: not JSON (why)"."""


class NotText(ValueError):
    """A JSON string holding half of a UTF-16 surrogate pair ("\\ud800"): valid JSON, but no character."""


SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def id_problem(value: Any) -> str | None:
    """What makes a record's "id" no id, in user words (extract's and eval's inputs, SCHEMA.md): an id is a string or
    a whole number; None for one that is. An object, a list, null or true came out of extract as they went in."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return f"\"id\" must be a string or a whole number, not {value!r}"
    return None


def parse_line(line: str) -> Any:
    """json.loads, refusing half a surrogate pair: no UTF-8 text, so neither the database nor the output can hold it
    (import stopped with "'utf-8' codec can't encode…" naming no line, extract called the article untaggable)."""
    value = json.loads(line)
    if SURROGATE_ESCAPE.search(line):  # a pair ("\\ud83d\\ude00", an emoji) is one character and passes
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            raise NotText(f"not text: {error.object[error.start:error.end]!r} is half of a UTF-16 surrogate pair, "
                          "no character") from None
    return value


def read_json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line. Split on "\\n" only: texts may hold U+2028, at
    which str.splitlines() would cut a record in two."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = error.object[:error.start].count(b"\n") + 1
        raise JsonLinesError(f"{path}:{line}: not UTF-8 text ({error.reason})") from None
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield number, parse_line(line)
        except json.JSONDecodeError as error:
            raise JsonLinesError(f"{path}:{number}: not JSON ({error.msg})") from None
        except NotText as error:
            raise JsonLinesError(f"{path}:{number}: {error}") from None
