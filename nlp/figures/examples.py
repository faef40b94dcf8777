"""A sentence that opens by giving an example ("Так, …", "Например, …", "В одном из дел …", "Айталық, …") tells one
case of a report: its figures are that case's, not totals over the report's period. Words in data/rules/periods.yaml
(`example_openers`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token

DASHES = {"–", "—", "-"}  # an interview's answer opens with a dash


def opens_example(tokens: list[Token], sentence: Sentence, lang: str) -> bool:
    """Does the sentence open with an example opener (after an interview's dash)?"""
    start = sentence.start
    while start < sentence.end and tokens[start].text in DASHES:
        start += 1
    opening = " ".join(t.lower for t in tokens[start : start + 4])
    openers = rules("periods")["example_openers"][lang]
    return any(opening == words or opening.startswith(f"{words} ") for words in openers)
