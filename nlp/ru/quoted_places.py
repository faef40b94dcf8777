"""A customs post's or a market district's quoted name is a place, no organisation ("таможенного поста «Курык»",
"на пункте пропуска «Торугарт»"): data/rules/quoted_places.yaml names the words before the quotes."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.quote_marks import CLOSING_QUOTES, OPENING_QUOTES
from pokazatel.nlp.ru.mentions import Mention, Word

from pokazatel.resources import data_path, read_yaml


@cache
def _kinds_before() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(kind) for kind in read_yaml(data_path("rules", "quoted_places.yaml"))["ru_before"])


def _names_a_place_kind(words: list[Word], opening: int) -> bool:
    lemmas = [w.lemma for w in words[:opening]]
    return any(tuple(lemmas[-len(kind):]) == kind for kind in _kinds_before())


def relabel_quoted_places(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A mention exactly inside quotes after a kind of place of the list is that place, a LOC."""
    for mention in mentions:
        opening, closing = mention.start - 1, mention.end
        if (mention.label in ("ORG", "PER") and opening > 0 and closing < len(words)
                and words[opening].text in OPENING_QUOTES and words[closing].text in CLOSING_QUOTES
                and _names_a_place_kind(words, opening)):
            mention.label = "LOC"
            mention.entry = None
    return mentions
