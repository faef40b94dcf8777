"""A news agency's dateline opening an article, in either language ("АСТАНА. KAZINFORM –", "БРЮССЕЛЬ. КАЗИНФОРМ –",
"БАКУ. AZERTADJ –"): a place in capitals, a full stop, the agency's name and a dash. The agency signs the report and
is no one the report names (data/eval/README, "Entity labels": the outlet crediting the report is no entity)."""

from __future__ import annotations

from collections.abc import Sequence

DASHES = frozenset({"–", "—", "-"})
MAX_PLACE_WORDS = 3  # "УСТЬ-КАМЕНОГОРСК", "НЬЮ-ЙОРК", "АЛМАТЫ ОБЛЫСЫ"
MAX_AGENCY_WORDS = 2
LONGEST = MAX_PLACE_WORDS + 1 + MAX_AGENCY_WORDS + 1  # the words a dateline may take after any leading spaces


def dateline_words(words: Sequence[str]) -> tuple[range, range]:
    """The indexes of the place's and of the agency's words in the dateline that `words` (an article's tokens, in
    order) open with, or two empty ranges."""
    start = next((i for i, word in enumerate(words) if not word.isspace()), len(words))
    stop = start
    while stop < len(words) and stop - start < MAX_PLACE_WORDS and words[stop].isupper():
        stop += 1
    if stop == start or stop >= len(words) or words[stop] != ".":
        return range(0), range(0)
    dash = next((i for i in range(stop + 1, min(stop + 2 + MAX_AGENCY_WORDS, len(words))) if words[i] in DASHES),
                None)
    if dash is None or dash == stop + 1 or not all(word[:1].isupper() for word in words[stop + 1 : dash]):
        return range(0), range(0)
    return range(start, stop), range(stop + 1, dash)
