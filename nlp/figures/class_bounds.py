"""An amount that bounds a kind of purchase or contract ("все закупки до 8 000 МРП будут проводиться через
электронный магазин", "контракты свыше 100 млн тенге", "8 000 АЕК-ке дейінгі сатып алулар") says which purchases a
rule covers: a bound, no sum of any case. Words in data/rules/statistics.yaml (`class_bound`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_lemma


def bounds_a_class(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Does the amount on tokens first..last bound the purchases or contracts named beside it: Russian a bound word
    right after their noun and before the amount, Kazakh a bound word after the amount before their noun?"""
    data = rules("statistics")["class_bound"]
    if lang == "ru":
        if first < 2 or tokens[first - 1].lower not in data["bounds"]["ru"]:
            return False
        noun = tokens[first - 2]
        return noun.is_word and ru_lemma(noun.lower) in data["kinds"]["ru"]
    after = [t.lower for t in tokens[last + 1 : last + 4] if t.is_word]
    return len(after) >= 2 and after[0] in data["bounds"]["kk"] \
        and any(after[1].startswith(kind) for kind in data["kinds"]["kk"])
