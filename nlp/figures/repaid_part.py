"""A part of the damage told by its noun and repaid by the sentence's verb ("Часть ущерба, 8 млн тенге, она уже
возместила"): the damage noun says what the amount is a part of, the recovering verb what happened to it. Word list:
data/rules/statistics.yaml `part_of_whole`."""

from __future__ import annotations

from pokazatel.nlp.figures.events import EventChoice, find_triggers
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token


def repaid_part(tokens: list[Token], choice: EventChoice, sentence: Sentence, lang: str) -> EventChoice:
    """The `recovered` reading, with the recovering verb as its trigger, of a `damage` amount whose trigger is the
    damage noun after a part word, when the sentence has a recovering trigger for money; else `choice` unchanged."""
    if choice.event != "damage" or not choice.trigger:
        return choice
    first = min(choice.trigger)
    if first == 0 or tokens[first - 1].lower not in rules("statistics")["part_of_whole"][lang]:
        return choice
    recovering = [m for m in find_triggers(tokens, sentence.start, sentence.end, lang)
                  if m.trigger.event == "recovered" and "money" in m.trigger.units]
    return EventChoice("recovered", recovering[0].indices) if recovering else choice
