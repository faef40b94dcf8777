"""Public institutions named in lower case by their kind and number (kinds in data/gazetteer/institutions.yaml):
"школы-гимназии № 38", "поликлиникой № 5" are organisations, as the gold's "№ 12 мектеп-гимназия" is; the place after
one joins it as it joins any body (join_bodies_and_places). Without a number a kind names no organisation, even with
its place ("в областную больницу Усть-Каменогорска" is the town, dev.jsonl)."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import GAZETTEER_DIR, word_lemmas
from pokazatel.nlp.ru.mentions import Mention, Word

from pokazatel.resources import read_yaml

NUMBER_SIGN = "№"


@cache
def _kinds() -> frozenset[str]:
    return frozenset(read_yaml(GAZETTEER_DIR / "institutions.yaml")["kinds"])


def add_institutions(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """ORG mentions for numbered institutions where no mention is."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i, word in enumerate(words[:-2]):
        if i in taken or not word.text[:1].islower() or not word_lemmas(word.text) & _kinds():
            continue
        if words[i + 1].text == NUMBER_SIGN and words[i + 2].text.isdigit() and not taken & {i + 1, i + 2}:
            found.append(Mention(i, i + 3, "ORG"))
    return sorted([*mentions, *found], key=lambda m: m.start)
