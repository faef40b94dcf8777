"""The lines of a JSON-lines input (`import`, `extract`), each read with a bound.

A file iterated line by line holds a whole line in memory: a file without line ends (a binary dump, a JSON array
written on one line, /dev/zero) grew `pokazatel import` and `extract` by about 800 MB a second, 13 GB in 16 s,
until the machine ran out. A line longer than MAX_LINE_BYTES is no article: it is reported as None."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

# An article's text is at most a 10 MB page (the crawl's DOWNLOAD_MAXSIZE); written as JSON with \u escapes,
# each Cyrillic letter (2 bytes of UTF-8) takes 6: 30 MB. Twice that, as a margin.
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_LINE_MB = MAX_LINE_BYTES // (1024 * 1024)


def bounded_lines(stream: BinaryIO, max_bytes: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Each line of a binary stream, or None for one longer than max_bytes; asked for the next line after a None,
    it reads past the rest of the long one in pieces of max_bytes."""
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        yield None
        while line and not line.endswith(b"\n"):
            line = stream.readline(max_bytes)
