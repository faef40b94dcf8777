"""A count of things asked about ("сообщить, сколько из 2 400 видеокамер работают", "қанша мектеп …") or told as what
will be done ("Проверим все 15 районных акиматов", "будут проверены 20 больниц") reports nothing done: no figure of
the case. Words in data/rules/statistics.yaml (`asked_or_planned`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_is_future


def is_asked_or_planned(tokens: list[Token], clause: tuple[int, int], first: int, lang: str) -> bool:
    """Does a question word stand before the count in its clause, or does the clause's verb speak of the future?"""
    data = rules("statistics")["asked_or_planned"]
    if any(t.lower in data["question"][lang] for t in tokens[clause[0] : first]):
        return True
    return lang == "ru" and any(t.is_word and ru_is_future(t.lower) for t in tokens[clause[0] : clause[1]])
