"""IOB2 tag sequences: repaired where an I- tag starts an entity, read as spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def repair_iob(tags: Iterable[str]) -> list[str]:
    """An I- tag that does not continue an entity of its label starts one."""
    repaired, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
        previous = tag
    return repaired


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities of an IOB2 tag sequence."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(repair_iob(tags)):
        if tag.startswith("B-"):
            spans.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-"):
            start, _, label = spans[-1]
            spans[-1] = (start, i + 1, label)
    return spans
