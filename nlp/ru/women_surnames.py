"""A Russian name whose every part reads as a man's or a woman's ("Марину Орлову": Марин Орлов in the dative, or
Марина Орлова in the accusative) is a woman's where the text says her surname again in a form only a woman's
surname takes ("Орловой", "Орловой-Ли")."""

from __future__ import annotations

import re
from collections.abc import Callable

from pokazatel.nlp.ru.mentions import Mention, Word

WOMANS_SURNAME_FORM = re.compile(r"(ов|ев|ёв|ин|ын)(ой|ою)$")


def is_womans_surname_form(word: str) -> bool:
    return any(WOMANS_SURNAME_FORM.search(part) for part in word.lower().split("-"))


def with_womens_norms(words: list[Word], mentions: list[Mention], womans_norm: Callable[[Mention], str]) -> None:
    """Re-norm as a woman's (`womans_norm`) every full name a lone surname in a woman's form was linked to, and
    the mentions that share its norm."""
    for alone in [m for m in mentions if m.label == "PER" and m.end - m.start == 1 and m.norm]:
        if not is_womans_surname_form(words[alone.start].text):
            continue
        for full in [m for m in mentions if m.label == "PER" and m.end - m.start > 1 and m.norm == alone.norm]:
            norm = womans_norm(full)
            if norm != full.norm:
                previous = full.norm
                for mention in mentions:
                    if mention.label == "PER" and mention.norm == previous:
                        mention.norm = norm
