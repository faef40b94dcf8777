"""Articles grouped by language across a window, so each language's pipeline gets full nlp.pipe batches
while the output keeps the input's order: a crawl interleaves Russian and Kazakh articles, and starting
a new nlp.pipe at every change of language would give batches of one or two."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar

WINDOW = 256  # articles grouped at a time: a few full batches per language, and bounded memory

T = TypeVar("T")


def windows(items: Iterable[T], size: int = WINDOW) -> Iterator[list[T]]:
    """Consecutive chunks of at most `size` items, read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def positions_by_language(languages: Sequence[str]) -> dict[str, list[int]]:
    """The positions of each language's items, languages in order of first appearance."""
    positions: dict[str, list[int]] = {}
    for position, lang in enumerate(languages):
        positions.setdefault(lang, []).append(position)
    return positions
