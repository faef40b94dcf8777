"""A sentence that opens by giving an example ("Так, …", "Например, …", "В одном из дел …", "Айталық, …") tells one
case of a report, and so does the part of a sentence after a colon that opens so: its figures are that case's, not
totals over the report's period. Words in data/rules/periods.yaml (`example_openers`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token

DASHES = {"–", "—", "-"}  # an interview's answer opens with a dash


def example_start(tokens: list[Token], sentence: Sentence, lang: str) -> int | None:
    """Where the sentence's example begins: its start when it opens with an example opener (after an interview's
    dash), or the word after a colon an opener follows ("Бывают и крупные суммы: в одном из дел …"); else None."""
    starts = [sentence.start] + [i + 1 for i in range(sentence.start, sentence.end) if tokens[i].text == ":"]
    for start in starts:
        while start < sentence.end and tokens[start].text in DASHES:
            start += 1
        if _opens_with_opener(tokens, start, lang):
            return start
    return None


def _opens_with_opener(tokens: list[Token], start: int, lang: str) -> bool:
    opening = " ".join(t.lower for t in tokens[start : start + 4])
    openers = rules("periods")["example_openers"][lang]
    return any(opening == words or opening.startswith(f"{words} ") for words in openers)
