"""The Latin alphabet writes Kazakh Э and Е alike (e), so a Latin-script article read back into Cyrillic has
"Енергетика министрлігі" where a Cyrillic article writes "Энергетика министрлігі". Entity norms take Э back in
the loanwords that have it, first or after a vowel ("аэро-"; data/kazakh/latin_e_stems.txt), so one body is one norm
whatever the script; the text itself is left as read (the figure rules and the classifier see what they were built
on)."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path

WORD = re.compile(r"[^\W\d_]+")


@cache
def _stems() -> tuple[tuple[str, str], ...]:
    """(the stem as read, with Е; the stem as written, with Э)."""
    lines = data_path("kazakh", "latin_e_stems.txt").read_text(encoding="utf-8").splitlines()
    stems = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return tuple((written.replace("э", "е"), written) for written in stems)


def with_e_loanwords(norm: str) -> str:
    """`norm` with Э for the Е of a loanword written with Э ("Енергетика" → "Энергетика", "аероғарыш" →
    "аэроғарыш")."""
    def restored(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        written = next((written for read, written in _stems() if lower.startswith(read)), None)
        if written is None:
            return word
        cased = (w.upper() if c.isupper() else w for c, w in zip(word[: len(written)], written, strict=True))
        return "".join(cased) + word[len(written):]

    return WORD.sub(restored, norm)
