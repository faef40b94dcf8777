"""The Latin alphabet drops Ь, so a Latin-script article read back into Cyrillic has "автомобил жолдары" where a
Cyrillic article writes "автомобиль жолдары". Entity norms take Ь back in the loanwords that have it
(data/kazakh/latin_soft_sign_words.txt), so one body is one norm whatever the script; the text itself is left as
read."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path

WORD = re.compile(r"[^\W\d_]+")
SOFT_SIGN = "ь"
VOWELS = "аәеёиоөуұүыіэюя"


@cache
def _words() -> tuple[tuple[str, str], ...]:
    """(the word as read without Ь, the word with it), longest first."""
    lines = data_path("kazakh", "latin_soft_sign_words.txt").read_text(encoding="utf-8").splitlines()
    words = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return tuple(sorted(((w.replace(SOFT_SIGN, ""), w) for w in words), key=lambda pair: -len(pair[0])))


def with_soft_signs(norm: str) -> str:
    """`norm` with Ь back in the loanwords that have it ("автомобил жолдары" → "автомобиль жолдары")."""
    def restored(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        for read, written in _words():
            rest = lower[len(read):]
            if not lower.startswith(read) or written.endswith(SOFT_SIGN) and rest and rest[0] in VOWELS + SOFT_SIGN:
                continue  # "автомобилист", "автомобилі": no Ь before a vowel
            restored_word = written + word[len(read):]
            return restored_word[:1].upper() + restored_word[1:] if word[:1].isupper() else restored_word
        return word

    return WORD.sub(restored, norm)
