"""Real estate seized ("у экс-заместителя председателя правления изъяты две квартиры"): flats, houses and land are
never found in a search, as cash is; seized, they are taken from their owner for the state, a return of assets.
Words in data/rules/statistics.yaml (`seized_real_estate`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import EventChoice, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token


def seizes_real_estate(tokens: list[Token], choice: EventChoice, counted: str, lang: str) -> bool:
    """Does a seizing verb (`seized_real_estate.verbs`) decide an `other` count of real estate (`things`)?"""
    data = rules("statistics")["seized_real_estate"]
    return choice.event == "other" and counted in data["things"][lang] \
        and any(word_key(tokens[i], lang) in data["verbs"][lang] for i in choice.trigger)
