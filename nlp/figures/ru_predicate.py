"""In Russian, a full participle after an amount says what the money was, the clause's verb what was done with it:
"Генпрокуратура вернула в бюджет 12 млрд тенге похищенных средств" returned the money (recovered), though
"похищенных" stands nearer to it than "вернула". Kazakh has the same rule in the events module (`kk_predicate`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import NO_FIGURE, EventChoice, find_triggers
from pokazatel.nlp.figures.text import Token, ru_pos

ATTRIBUTE_POS = {"PRTF"}  # "похищенных", "выведенных"
PREDICATE_POS = {"VERB", "PRTS"}  # "вернула", "возвращено"


def predicate_over_attribute(tokens: list[Token], choice: EventChoice, last: int, clause: tuple[int, int],
                             lang: str) -> EventChoice:
    """The clause's predicate trigger for money when the chosen trigger is a full participle after the amount
    (ending at token `last`); else the choice as it was."""
    if lang != "ru" or not choice.firm or min(choice.trigger) <= last \
            or not all(ru_pos(tokens[i].lower) in ATTRIBUTE_POS for i in choice.trigger if tokens[i].is_word):
        return choice
    for match in find_triggers(tokens, clause[0], clause[1], lang):
        trigger = match.trigger
        if "money" not in trigger.units or trigger.weak or trigger.event in (choice.event, "other", NO_FIGURE):
            continue
        if max(match.indices) < min(choice.trigger) and any(
                ru_pos(tokens[i].lower) in PREDICATE_POS for i in match.indices):
            return EventChoice(trigger.event, match.indices)
    return choice
