"""A cheap necessary condition for a case-insensitive stem pattern to match: its stem, folded, is a substring
of the text, folded the way `re.IGNORECASE` compares characters. Counting the matches of some sixty keyword
patterns in every article is then done only for the few stems the article holds, with the same counts.

How `re` compares under IGNORECASE (Python's re._compiler): a pattern character matches a text character
when their simple lower-case forms are equal, or are one of the extra equivalences in re._casefix
(в and the old rounded ᲀ, σ and ς, s and ſ...). `fold` lower-cases and maps each such class to one member.
str.lower() is the simple mapping except where it expands a character (İ) or picks the final sigma; a text
whose length lower() changes is not folded (None: count the slow way), and σ/ς are one class anyway.
"""

from __future__ import annotations

try:  # the table re compiles IGNORECASE patterns with; private, so its absence only turns the shortcut off
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _EXTRA_CASES = None

FOLDS = ({code: min(code, *others) for code, others in _EXTRA_CASES.items() if min(code, *others) != code}
         if _EXTRA_CASES is not None else None)


def fold(text: str) -> str | None:
    """The text as IGNORECASE compares it, or None when this cannot be told by lower() alone."""
    if FOLDS is None:
        return None
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.translate(FOLDS)
