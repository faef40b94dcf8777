"""A Russian name whose every part reads as a man's or a woman's ("Марину Орлову": Марин Орлов in the dative, or
Марина Орлова in the accusative) takes the gender the text tells where it says the surname again in a form only a
woman's surname takes ("Орловой", "Орловой-Ли") or only a man's ("Орлов" in the nominative)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pokazatel.nlp.ru.mentions import Mention, Word

WOMANS_SURNAME_FORM = re.compile(r"(ов|ев|ёв|ин|ын)(ой|ою)$")
MANS_SURNAME_FORM = re.compile(r"(ов|ев|ёв|ин|ын)$")


def is_womans_surname_form(word: str) -> bool:
    return any(WOMANS_SURNAME_FORM.search(part) for part in word.lower().split("-"))


def _gender_of_form(word: str) -> str | None:
    if is_womans_surname_form(word):
        return "femn"
    last = word.lower().split("-")[-1]
    return "masc" if MANS_SURNAME_FORM.search(last) else None


def with_gendered_norms(words: list[Word], mentions: list[Mention],
                        gendered_norm: Callable[[Mention, str], str]) -> None:
    """Re-norm in the gender a lone surname's form tells (`gendered_norm(full, gender)`) every full name that
    surname was linked to, and the mentions that share its norm."""
    for alone in [m for m in mentions if m.label == "PER" and m.end - m.start == 1 and m.norm]:
        gender = _gender_of_form(words[alone.start].text)
        if gender is None:
            continue
        # the mention that writes the name out: a later "Нурлан Сабитович" linked to it names no surname to gender
        for full in [m for m in mentions if m.label == "PER" and m.end - m.start > 1 and m.norm == alone.norm
                     and m.end - m.start >= len(m.norm.split())]:
            norm = gendered_norm(full, gender)
            if norm != full.norm:
                previous = full.norm
                for mention in mentions:
                    if mention.label == "PER" and mention.norm == previous:
                        mention.norm = norm
