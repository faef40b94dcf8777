"""The people and things counted in a sentence that tells who took part in a gathering ("Форумға 20 жоғары оқу орны мен
колледждің 500-ден астам студенті, 60 оқытушы қатысты", "В семинаре приняли участие 120 служащих") are its audience,
the setting of the article, however many clauses the list runs to. Words in data/rules/statistics.yaml
(`audience`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.not_case_figures import says_any
from pokazatel.nlp.figures.text import Token


def tells_audience(tokens: list[Token], sentence: tuple[int, int], lang: str) -> bool:
    """Does the sentence name a gathering and its taking part?"""
    data = rules("statistics")["audience"]
    return says_any(tokens, sentence, data["gatherings"][lang], lang) \
        and says_any(tokens, sentence, data["taking_part"][lang], lang)
