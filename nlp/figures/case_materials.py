"""Cases counted only as what materials sent on are about ("Материалы по двум фактам переданы в Агентство", "2 факт
бойынша материалдар жолданды"): the count is of the materials' subjects, an `other` item, no cases registered (as
materials sent are `other`, data/eval/README.md). Word list: data/rules/statistics.yaml `materials_on`."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_lemma

RU_ON = "по"
KK_ON = "бойынша"


def counts_materials_subjects(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Does the case count covering tokens first..last tell what materials are about: "материалы по N фактам" (ru),
    "N факт бойынша материалдар" (kk)?"""
    words = rules("statistics")["materials_on"][lang]
    if lang == "ru":
        return first >= 2 and tokens[first - 1].lower == RU_ON and ru_lemma(tokens[first - 2].lower) in words
    return last + 2 < len(tokens) and tokens[last + 1].lower == KK_ON \
        and any(tokens[last + 2].lower.startswith(word) for word in words)
