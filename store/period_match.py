"""Which figures `--period` finds: those whose period lies within the one asked for. "2024" finds a figure of
2024, of 2024-H1, 2024-Q3, 2024-07 or 2024-01..2024-09; "2024-H1" those of its quarters and months; a month
only itself. A period reaching outside the one asked for ("2023-11..2024-02" for "2024") is not found: its
figure counts months of another period too."""

from __future__ import annotations

import re
from functools import lru_cache

_SHAPE = re.compile(r"(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>0[1-9]|1[0-2])"
                    r"(?:\.\.(?P<last_year>\d{4})-(?P<last_month>0[1-9]|1[0-2]))?))?")


@lru_cache(maxsize=4096)
def month_bounds(period: str | None) -> tuple[int, int] | None:
    """The first and last month a period covers, as year * 12 + month - 1; None for no period or another shape."""
    match = _SHAPE.fullmatch(period or "")
    if not match:
        return None
    year = int(match["year"]) * 12
    if match["half"]:
        first = year + (int(match["half"]) - 1) * 6
        return first, first + 5
    if match["quarter"]:
        first = year + (int(match["quarter"]) - 1) * 3
        return first, first + 2
    if match["last_month"]:
        return year + int(match["month"]) - 1, int(match["last_year"]) * 12 + int(match["last_month"]) - 1
    if match["month"]:
        return year + int(match["month"]) - 1, year + int(match["month"]) - 1
    return year, year + 11


def period_within(period: str | None, wanted: str) -> bool:
    """Whether a figure's period lies within a period asked for (each written as `stats --by period` shows it;
    `wanted` may list several, comma-separated)."""
    inner = month_bounds(period)
    return inner is not None and any(outer[0] <= inner[0] <= inner[1] <= outer[1] for outer in _bounds_of(wanted))


@lru_cache(maxsize=64)
def _bounds_of(wanted: str) -> tuple[tuple[int, int], ...]:
    return tuple(dict.fromkeys(bounds for part in wanted.split(",") if (bounds := month_bounds(part.strip()))))
