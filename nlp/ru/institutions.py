"""Public institutions named in lower case (kinds and levels in data/gazetteer/institutions.yaml): a kind with its
number ("школы-гимназии № 38", "поликлиникой № 5") and a level and a kind before a place ("областной больницы ВКО")
are organisations; the place after them joins them as it joins any body (join_bodies_and_places)."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import GAZETTEER_DIR, word_lemmas
from pokazatel.nlp.ru.mentions import Mention, Word

from pokazatel.resources import read_yaml

NUMBER_SIGN = "№"


@cache
def _institutions() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml(GAZETTEER_DIR / "institutions.yaml")
    return frozenset(data["kinds"]), frozenset(data["levels"])


def add_institutions(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """ORG mentions for numbered and regional institutions where no mention is."""
    kinds, levels = _institutions()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = {m.start: m for m in mentions}
    found = []
    for i, word in enumerate(words):
        if i in taken or not word.text[:1].islower() or not word_lemmas(word.text) & kinds:
            continue
        start = i - 1 if i > 0 and i - 1 not in taken and word_lemmas(words[i - 1].text) & levels else i
        if i + 2 < len(words) and words[i + 1].text == NUMBER_SIGN and words[i + 2].text.isdigit():
            end = i + 3
        elif start < i and (place := starts.get(i + 1)) is not None and place.label == "LOC":
            end = i + 1
        else:
            continue
        if not taken & set(range(start, end)):
            found.append(Mention(start, end, "ORG"))
            taken.update(range(start, end))
    return sorted([*mentions, *found], key=lambda m: m.start)
