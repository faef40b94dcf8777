"""A survey's later percentages: once a share of its people is told ("Респонденттердің 18 пайызы", "18% респондентов"),
the change of that share against another time ("бұл өткен жылғыдан 4 пайыз аз", "это на 4% меньше, чем годом
ранее") and a share told bare or of "them" ("Ал 62 пайызы … деп санайды", "Олардың 34 пайызы") are the same survey's
answers: `other`, no period, not the setting the survey's sample is."""

from __future__ import annotations

from pokazatel.nlp.figures.events import reports_change
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.sentence_figures import Figure
from pokazatel.nlp.figures.text import Token
from pokazatel.nlp.kk.stem import ending_list


def continues_survey(tokens: list[Token], figure: Figure, clause: tuple[int, int], lang: str) -> bool:
    """Is the percentage, told after a survey's share of people, a change of that share or a bare share of the same
    people?"""
    if figure.measure.kind != "percent":
        return False
    return reports_change(tokens, clause, lang) or _bare_share(tokens, figure, lang)


def _bare_share(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """"Ал 62 пайызы", "Олардың 34 пайызы": a Kazakh share in the possessive with no genitive whole before its number
    but a pronoun pointing back to the people just counted."""
    if lang != "kk":
        return False
    first, last = figure.mention.first, figure.measure.last
    data = rules("statistics")
    if tokens[last].lower not in data["bare_share_words"][lang]:
        return False
    before = tokens[first - 1] if first else None
    return before is None or not before.is_word or not before.lower.endswith(ending_list("genitive")) \
        or before.lower in data["same_people_pronouns"][lang]
