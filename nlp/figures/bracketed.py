"""A figure in brackets told at another time than the figure before it: "Возмещено 1,8 млрд тенге (в прошлом году –
1,1 млрд тенге)", "залал 1,8 млрд теңгеге өтелді (былтыр – 1,1 млрд теңге)". The bracketed figure is the same thing
at the time its brackets name, so it takes the event of the figure before; and the time is its own, no period of the
figures outside the brackets."""

from __future__ import annotations

import re

from pokazatel.nlp.figures.periods import PeriodMention

DIGIT = re.compile(r"\d")


def brackets_around(text: str, position: int) -> tuple[int, int] | None:
    """The (start, end) of the round brackets holding `position` within its line, or None."""
    opening = text.rfind("(", 0, position)
    if opening < 0 or any(c in text[opening:position] for c in ")\n"):
        return None
    closing = text.find(")", position)
    if closing < 0 or any(c in text[position:closing] for c in "(\n"):
        return None
    return opening, closing + 1


def is_time_of_bracketed_figure(text: str, period: PeriodMention) -> bool:
    """Is the period in brackets that also hold a number after it ("(в прошлом году – 1,1 млрд тенге)"): the
    time of that number, not of the sentence's other figures?"""
    around = brackets_around(text, period.start)
    return around is not None and bool(DIGIT.search(text, period.end, around[1]))


def is_time_before_dash(text: str, period: PeriodMention, start: int) -> bool:
    """Is the period told right before a dash and the figure starting at `start` ("тогда как в 2022 году – 12,1%"),
    as an elliptic clause's: the time of that figure, as a bracket's is?"""
    return period.end <= start and re.fullmatch(r"\s*[–—-]\s*", text[period.end : start]) is not None


def told_at_another_time(text: str, start: int, periods: list[PeriodMention]) -> bool:
    """Does a period stand before the number starting at `start`, in the same brackets?"""
    around = brackets_around(text, start)
    return around is not None and any(around[0] < p.start and p.end <= start for p in periods)


def outside_other_brackets(text: str, periods: list[PeriodMention], start: int) -> list[PeriodMention]:
    """The periods that may be the time of the figure starting at `start`: not the time of a figure in other
    brackets."""
    own = brackets_around(text, start)
    return [p for p in periods if not is_time_of_bracketed_figure(text, p) or brackets_around(text, p.start) == own]
