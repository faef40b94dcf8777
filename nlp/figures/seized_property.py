"""Real estate seized ("у экс-заместителя председателя правления изъяты две квартиры"): flats, houses and land are
never found in a search, as cash is; seized, they are taken from their owner for the state, a return of assets. So is
confiscated property put up for sale ("выставлено 37 лотов: 14 квартир"). Words in data/rules/statistics.yaml
(`seized_real_estate`, `confiscated_for_sale`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import EventChoice, names_entry, scope_keys, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token


def seizes_real_estate(tokens: list[Token], choice: EventChoice, counted: str, lang: str) -> bool:
    """Does a seizing verb (`seized_real_estate.verbs`) decide an `other` count of real estate (`things`)?"""
    data = rules("statistics")["seized_real_estate"]
    return choice.event == "other" and counted in data["things"][lang] \
        and any(word_key(tokens[i], lang) in data["verbs"][lang] for i in choice.trigger)


def sells_confiscated(tokens: list[Token], sentence: Sentence, before: Sentence | None, lang: str) -> bool:
    """Does the sentence put things up for sale that it or the sentence before says were confiscated?"""
    data = rules("statistics")["confiscated_for_sale"]

    def names(start: int, end: int, entries: list[str]) -> bool:
        return names_entry(set(scope_keys(tokens, start, end, lang)), entries, lang)

    start = before.start if before else sentence.start
    return names(sentence.start, sentence.end, data["sale"][lang]) \
        and names(start, sentence.end, data["confiscated"][lang])
