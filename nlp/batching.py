"""Articles grouped by language across a window, so each language's pipeline gets full nlp.pipe batches
while the output keeps the input's order: a crawl interleaves Russian and Kazakh articles, and starting
a new nlp.pipe at every change of language would give batches of one or two."""

from __future__ import annotations

from collections import deque
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


def within_tokens(docs: Iterable[Sequence], most: int) -> Iterator[list]:
    """Consecutive chunks of documents (anything with a length: its tokens) of at most `most` tokens together; a
    longer document alone."""
    chunk: list = []
    tokens = 0
    for doc in docs:
        if chunk and tokens + len(doc) > most:
            yield chunk
            chunk, tokens = [], 0
        chunk.append(doc)
        tokens += len(doc)
    if chunk:
        yield chunk


def tapered_windows(items: Iterable[T], size: int, parts: int, smallest: int = 16) -> Iterator[list[T]]:
    """Consecutive chunks of `size` items, read lazily but `parts` chunks ahead, so that the end of the input is
    seen in time to cut what is left into shrinking chunks (a `parts`-th of it each, at least `smallest`):
    processes tagging `parts` chunks in parallel then finish together, where one used to wait out the other's
    last full chunk. Memory stays bounded: at most (parts + 1) * size items are held."""
    smallest = min(smallest, size)
    ahead: deque[T] = deque()
    for item in items:
        ahead.append(item)
        if len(ahead) == (parts + 1) * size:
            yield [ahead.popleft() for _ in range(size)]
    while ahead:
        count = min(size, len(ahead), max(smallest, -(-len(ahead) // parts)))
        yield [ahead.popleft() for _ in range(count)]


def positions_by_language(languages: Sequence[str]) -> dict[str, list[int]]:
    """The positions of each language's items, languages in order of first appearance."""
    positions: dict[str, list[int]] = {}
    for position, lang in enumerate(languages):
        positions.setdefault(lang, []).append(position)
    return positions
