"""The Latin alphabet writes Ш and С + Х alike (sh), so a Latin-script article read back into Cyrillic has "Ашат"
where a Cyrillic article writes "Асхат". A word of an entity's norm that is no known first name as read but is one
with СХ for a Ш (data/gazetteer/first_names.yaml) takes СХ back, so one person is one norm whatever the script; the
text itself is left as read."""

from __future__ import annotations

import re

from pokazatel.nlp.kk.first_names import first_names

WORD = re.compile(r"[^\W\d_]+")


def with_skh_names(norm: str) -> str:
    """`norm` with a first name's СХ written back where the Latin alphabet's sh was read Ш ("Ашат" → "Асхат")."""
    def restored(match: re.Match[str]) -> str:
        word = match.group()
        if "ш" not in word.lower() or word.casefold() in first_names():
            return word
        for at in (i for i, char in enumerate(word.lower()) if char == "ш"):
            skh = "СХ" if word.isupper() else "Сх" if word[at].isupper() else "сх"
            candidate = word[:at] + skh + word[at + 1 :]
            if candidate.casefold() in first_names():
                return candidate
        return word

    return WORD.sub(restored, norm)
