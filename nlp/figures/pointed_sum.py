"""A sentence that opens by pointing back to the amount just told names its event: "Рыночная стоимость земли
оценивается в 1,1 млрд тенге. Эту сумму следствие считает ущербом государству", "… 40 млн теңге. Бұл соманы тергеу
залал деп есептейді". Words in data/rules/statistics.yaml (`sum_pointer`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import NO_FIGURE, find_triggers, names_entry, outermost, scope_keys
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token

POINTER_REACH = 3  # words from the sentence's start within which the pointer stands


def event_of_pointed_sum(tokens: list[Token], sentence: Sentence, lang: str) -> str | None:
    """The event a sentence opening with "эту сумму" gives the amount before it, or None."""
    keys = set(scope_keys(tokens, sentence.start, min(sentence.end, sentence.start + POINTER_REACH), lang))
    if not names_entry(keys, rules("statistics")["sum_pointer"][lang], lang):
        return None
    events = {m.trigger.event for m in outermost(find_triggers(tokens, sentence.start, sentence.end, lang))
              if "money" in m.trigger.units and not m.trigger.weak and m.trigger.event not in ("other", NO_FIGURE)}
    return events.pop() if len(events) == 1 else None
