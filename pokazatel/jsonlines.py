"""JSON-lines files as the project reads them: one JSON value a line, blank lines skipped, and a bad
line named by file and number."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class JsonLinesError(ValueError):
    """A line that is not JSON or not UTF-8; the message is "FILE:LINE: not JSON (why)"."""


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
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            raise JsonLinesError(f"{path}:{number}: not JSON ({error.msg})") from None
