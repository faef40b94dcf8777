"""The Latin alphabet writes Kazakh Э and Е alike (e), so a Latin-script article read back into Cyrillic has
"Енергетика министрлігі" where a Cyrillic article writes "Энергетика министрлігі"; a capital I opening a loanword
and a consonant's я are read otherwise too ("Інвест", "апеллиация"). Entity norms take the loanwords' letters back
(data/kazakh/latin_e_stems.txt: Э first or after a vowel, "аэро-"; latin_respellings.yaml: the others;
latin_e_names.txt: foreign first names, "Дениел" → "Дэниел"), so one body or person is one norm whatever the
script; the text itself is left as read (the figure rules and the classifier see what they were built on)."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml

WORD = re.compile(r"[^\W\d_]+")


@cache
def _stems() -> tuple[tuple[str, str], ...]:
    """(the stem as read, the stem as written): with Е and Э, and the other respellings."""
    lines = data_path("kazakh", "latin_e_stems.txt").read_text(encoding="utf-8").splitlines()
    stems = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    respelt = read_yaml(data_path("kazakh", "latin_respellings.yaml"))
    return (*((written.replace("э", "е"), written) for written in stems), *respelt.items())


@cache
def _e_names() -> dict[str, str]:
    """A foreign first name as read (lower case, Е for Э) → as Cyrillic writes it."""
    lines = data_path("kazakh", "latin_e_names.txt").read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return {name.lower().replace("э", "е"): name for name in names}


def with_loanword_letters(norm: str) -> str:
    """`norm` with a loanword's letters as Cyrillic writes them ("Енергетика" → "Энергетика", "аероғарыш" →
    "аэроғарыш", "Інвест" → "Инвест")."""
    def restored(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if lower in _e_names() and word[:1].isupper():
            return _e_names()[lower]
        stem = next(((read, written) for read, written in _stems() if lower.startswith(read)), None)
        if stem is None:
            return word
        read, written = stem
        if word.isupper():
            written = written.upper()
        elif word[0].isupper():
            written = written[0].upper() + written[1:]
        return written + word[len(read):]

    return WORD.sub(restored, norm)
