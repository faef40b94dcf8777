"""How much of a plan was done is no figure of corruption work: "План включает 48 мероприятий, выполнено 39, или 81%
от запланированного", "Жоспарға енгізілген 36 іс-шараның 30-ы, яғни 83 пайызы орындалды". Words in
data/rules/statistics.yaml (`plan_progress`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.not_case_figures import says_any
from pokazatel.nlp.figures.text import Token


def reports_plan_progress(tokens: list[Token], sentence: tuple[int, int], lang: str) -> bool:
    """Does the sentence name a plan's measures and say they were done?"""
    data = rules("statistics")["plan_progress"]
    return says_any(tokens, sentence, data["measures"][lang], lang) and says_any(tokens, sentence,
                                                                                 data["done"][lang], lang)
