"""A year typed among a query's words ("взятка 2025") means the year of the news as well as the number written
in it: the term also matches the articles published that year, through the index's year facet
(pokazatel.store.search_index)."""

from __future__ import annotations

import re

from pokazatel.store import search_index

YEAR = re.compile(r"(?:19[89]\d|20\d\d)")  # the years of Kazakhstan's online news, not any four digits (ст. 1800 МРП)


def year_option(words: tuple[str, ...], prefix: bool) -> str | None:
    """The FTS5 alternative that finds the articles published in the year a one-word term names; None for any
    other term."""
    if prefix or len(words) != 1 or not YEAR.fullmatch(words[0]):
        return None
    return search_index.facet_clause(dates=[f"year{words[0]}"])
