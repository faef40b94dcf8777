"""Kazakh nouns as the figure rules know them: the dictionary noun a word form is built on (the nouns of
data/rules/units.yaml, the endings of data/kazakh/suffixes.yaml), and a noun's base."""

from __future__ import annotations

from functools import lru_cache

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.kk.stem import ending_list, stem


@lru_cache(maxsize=100_000)
def kk_known_noun(word: str) -> str | None:
    """The dictionary noun a Kazakh word form is built on, when it is one the rules know."""
    data = rules("units")
    known = [*data["person_nouns"]["kk"], *data["case_nouns"]["kk"], *data["kk_uninflected"]]
    endings = {*ending_list("counted_noun"), *data["kk_vowel_possessive_endings"]}
    shaped = data["kk_possessive_shaped"]
    for noun in sorted(known, key=len, reverse=True):
        rest = word[len(noun) :]
        if word.startswith(noun) and (_is_endings(rest, endings)
                                      or (noun in shaped["nouns"] and rest in shaped["endings"])):
            return noun
    return None


def _is_endings(rest: str, endings: set[str]) -> bool:
    if not rest:
        return True
    return any(rest.startswith(e) and _is_endings(rest[len(e) :], endings) for e in endings)


def kk_noun_base(word: str) -> str:
    """A Kazakh noun without its plural, possessive and case endings ("қызметкерлеріне" → "қызметкер"): the
    noun the rules know, else the project's one Kazakh stemmer's stem."""
    return kk_known_noun(word) or stem(word)
