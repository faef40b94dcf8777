"""An interview's answer gives an amount the question named ("– Какова средняя сумма взятки? – Если в прошлом году
она составляла около 900 тысяч тенге, …", "– Орташа пара қанша? – Биыл 1,2 млн теңге"): the amount, with no trigger of
its own, is of the event the question asked about; a count answering a question about the setting ("– Кеңседе қанша адам
жұмыс істейді? – Небәрі бес маман") is the setting too."""

from __future__ import annotations

from pokazatel.nlp.figures.events import NO_FIGURE, find_triggers, in_background, outermost
from pokazatel.nlp.figures.text import Sentence, Token

DASHES = {"–", "—", "-"}


def event_asked(tokens: list[Token], question: Sentence, answer: Sentence, lang: str) -> str | None:
    """The event of the money a question right before an interview's answer names, or None."""
    if tokens[question.end - 1].text != "?" or tokens[answer.start].text not in DASHES:
        return None
    events = {m.trigger.event for m in outermost(find_triggers(tokens, question.start, question.end, lang))
              if "money" in m.trigger.units and not m.trigger.weak and m.trigger.event not in ("other", NO_FIGURE)}
    return events.pop() if len(events) == 1 else None


def asks_the_setting(tokens: list[Token], question: Sentence, answer: Sentence, lang: str) -> bool:
    """Does a question right before an interview's answer ask about the setting ("– Сколько человек работает в
    офисе?", "– Кеңседе қанша адам жұмыс істейді?"), so that the answer's count is no figure?"""
    return tokens[question.end - 1].text == "?" and tokens[answer.start].text in DASHES \
        and in_background(tokens, (question.start, question.end), lang)
