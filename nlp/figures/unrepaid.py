"""Money a sentence says was not (yet) returned ("Залалдың 25 млн теңгесі әлі өтелмеген", "25 млн тенге до сих пор не
возмещены") is what is left of the damage, not money recovered: the recovering trigger is negated. Word lists:
data/rules/statistics.yaml `unrepaid`."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.nlp.figures.events import EventChoice, triggers
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token


def is_unrepaid(tokens: list[Token], choice: EventChoice, lang: str) -> bool:
    """Is `choice` a `recovered` reading whose own trigger is negated: "не" before it (ru), a negative verb form or
    "жоқ"/"емес" after it (kk)?"""
    if choice.event != "recovered" or not choice.trigger:
        return False
    words = rules("statistics")["unrepaid"][lang]
    first, last = min(choice.trigger), max(choice.trigger)
    if first > 0 and tokens[first - 1].lower in words["before"]:
        return True
    if last + 1 < len(tokens) and tokens[last + 1].lower in words["after"]:
        return True
    return lang == "kk" and any(_negated_kk_form(tokens[i].lower) for i in choice.trigger)


def _negated_kk_form(word: str) -> bool:
    """"өтелмеген", "қайтарылмады": a recovering stem followed by the negative suffix."""
    return any(word.startswith(stem) and _negation().match(word, len(stem)) for stem in _recovering_stems())


@cache
def _recovering_stems() -> tuple[str, ...]:
    return tuple(t.words[0] for t in triggers("kk")
                 if t.event == "recovered" and len(t.words) == 1 and not t.words[0].startswith("="))


@cache
def _negation() -> re.Pattern:
    return re.compile("|".join(rules("statistics")["unrepaid"]["kk_negative_suffixes"]))
