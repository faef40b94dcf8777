"""A figure quoted from a speaker the article names for the first time in its sentence ("Депутат Гульнар Сейтжанова
усомнилась: «Из 180 млрд тенге ущерба возмещено меньше половины»") is that speaker's claim, not part of the report an
earlier speaker told in the body: it takes no period of that report."""

from __future__ import annotations

import re

from pokazatel.nlp.figures.text import Sentence, Token

OPENING_QUOTES = "«„“"
CLOSING_QUOTES = "»“”"
NAME_START = 5  # letters of a name compared with the text before: "Сейтжанова" = "Сейтжановой"


def quotes_a_new_speaker(text: str, tokens: list[Token], sentence: Sentence, first: int) -> bool:
    """Does the figure starting at token `first` stand inside a quote whose lead-in, in its own sentence, names a
    person the text has not named before (a capitalised word other than the sentence's first)?"""
    start, position = tokens[sentence.start].start, tokens[first].start
    opening = max(text.rfind(mark, start, position) for mark in OPENING_QUOTES)
    if opening < 0 or any(mark in text[opening:position] for mark in CLOSING_QUOTES):
        return False
    before = text[:start].lower().replace("ё", "е")
    lead_in = [t for t in tokens[sentence.start + 1 : sentence.end] if t.end <= opening]
    names = {t.lower[:NAME_START] for t in lead_in if t.is_word and t.text[0].isupper() and len(t.text) >= 3}
    return any(re.search(rf"(?<!\w){re.escape(name)}", before) is None for name in names)
