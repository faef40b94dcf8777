"""The Latin alphabet writes Kazakh Э and Е alike (e), so a Latin-script article read back into Cyrillic has
"Енергетика министрлігі" where a Cyrillic article writes "Энергетика министрлігі". Entity norms take Э back in
the loanwords that have it (data/kazakh/latin_e_stems.txt), so one body is one norm whatever the script; the
text itself is left as read (the figure rules and the classifier see what they were built on)."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path

WORD = re.compile(r"[^\W\d_]+")


@cache
def _stems() -> tuple[str, ...]:
    lines = data_path("kazakh", "latin_e_stems.txt").read_text(encoding="utf-8").splitlines()
    return tuple("е" + line.strip()[1:] for line in lines if line.strip() and not line.startswith("#"))


def with_e_loanwords(norm: str) -> str:
    """`norm` with Э for the Е that opens a loanword written with Э ("Енергетика" → "Энергетика")."""
    def restored(match: re.Match[str]) -> str:
        word = match.group()
        if not word.lower().startswith(_stems()):
            return word
        return ("Э" if word[0].isupper() else "э") + word[1:]

    return WORD.sub(restored, norm)
