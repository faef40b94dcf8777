"""A sentence that opens with a pronoun for the people just counted names their penalty: "… рассмотрены материалы в
отношении двух руководителей отделов. Им объявлены строгие выговоры", "… екі басшыға қатысты материалдар қаралды.
Оларға қатаң сөгіс берілді". Words in data/rules/statistics.yaml (`people_pointer`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import find_triggers, outermost
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token

PENALTY_EVENTS = {"disciplined", "dismissed"}


def event_of_pointed_people(tokens: list[Token], sentence: Sentence, lang: str) -> str | None:
    """The penalty a sentence opening with "Им"/"Оларға" gives the people counted before it, or None."""
    pointers = rules("statistics")["people_pointer"][lang]
    if sentence.start >= sentence.end or tokens[sentence.start].lower not in pointers:
        return None
    events = {m.trigger.event for m in outermost(find_triggers(tokens, sentence.start, sentence.end, lang))
              if "person" in m.trigger.units and not m.trigger.weak}
    return events.pop() if len(events) == 1 and events <= PENALTY_EVENTS else None
