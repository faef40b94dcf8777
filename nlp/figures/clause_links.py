"""How a figure's clause stands to the rest of its sentence: the next item of a list, a later clause that takes a
part of the figure ("оның 640 млн теңгесі"), a relative clause that only describes a place ("в котором 120
сотрудников")."""

from __future__ import annotations

from pokazatel.nlp.figures.events import NO_FIGURE, EventChoice, find_triggers, has_anaphora, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.sentence_figures import Figure
from pokazatel.nlp.figures.text import Sentence, Token

LIST_JOINERS = {",", "и", "және", "мен", "бен", "пен"}
LIST_MARKS = {",", "–", "—", "-"}  # "Из них 12 – сотрудники полиции, 9 – работники акиматов"
LISTED_NOUN_WORDS = 3  # words of the previous item's noun phrase before "и" ("сотрудников полиции и 6 …")


def listed_after(tokens: list[Token], sentence: Sentence, previous: Figure, figure: Figure) -> bool:
    """Does the figure follow the previous one of its kind as the next item of a list ("8 сотрудников акимата, 5
    полицейских и 3 акима", "12 – сотрудники полиции, 9 – работники акиматов"): joined to it by a comma or "и"
    alone, or opening the clause after the previous one's?"""
    if previous.measure.kind != figure.measure.kind:
        return False
    between = tokens[previous.measure.last + 1 : figure.mention.first]
    if 0 < len(between) <= 2 and all(t.lower in LIST_JOINERS for t in between):
        return True
    if 0 < len(between) <= LISTED_NOUN_WORDS + 1 and between[-1].lower in LIST_JOINERS \
            and all(t.is_word for t in between[:-1]):
        return True  # "9 сотрудников полиции и 6 работников": the previous noun's own words, then "и"
    clause = sentence.clause_of(figure.mention.first)
    previous_clause = sentence.clause_of(previous.mention.first)
    return clause[0] - previous_clause[1] in (0, 1) and figure.mention.first == clause[0] \
        and all(t.is_word or t.text in LIST_MARKS for t in tokens[previous.measure.last + 1 : figure.mention.first])


def trigger_of_a_later_part(tokens: list[Token], choice: EventChoice, clause: tuple[int, int], sentence: Sentence,
                            lang: str) -> bool:
    """Does the trigger stand outside the figure's clause, in a later clause that takes a part of it ("оның 640 млн
    теңгесі", "из них возмещено 29 млрд")?"""
    if any(clause[0] <= i < clause[1] for i in choice.trigger):
        return False
    later = sentence.clause_of(min(choice.trigger))
    if later[0] < clause[1]:
        return False
    opening = " ".join(t.lower for t in tokens[later[0] : min(later[1], later[0] + 3)])
    return any(opening == part or opening.startswith(f"{part} ") for part in rules("statistics")["part_openers"][lang])


def is_relative_setting(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause open a relative clause ("в котором", "где") that names no event of its own? "из которых
    870 исполнены" points back to what was counted (`anaphora`) and is no setting."""
    data = rules("statistics")
    openers = data["relative_openers"][lang]
    opening = [t for t in tokens[clause[0] : min(clause[1], clause[0] + 3)] if t.is_word]
    if " ".join(t.lower for t in opening).startswith(tuple(data["relative_sources"][lang])):
        return False  # "по данным которого семья чиновника владеет 14 квартирами": whose report, not a setting
    return any(word_key(t, lang) in openers for t in opening) and not has_anaphora(tokens, clause, lang) \
        and not any(not m.trigger.weak and m.trigger.event != NO_FIGURE
                    for m in find_triggers(tokens, clause[0], clause[1], lang))


def restating_clause(tokens: list[Token], sentence: Sentence, clause: tuple[int, int],
                     lang: str) -> tuple[int, int] | None:
    """The next clause when it restates the figure of this one ("залалдың 70 пайызы, яғни 380 млн теңгеден астамы
    өтелді"): its predicate is the figure's too."""
    words = rules("statistics")["restating_clause_openers"][lang]
    later = [c for c in sentence.clauses if c[0] >= clause[1]]
    if not later:
        return None
    opening = " ".join(t.lower for t in tokens[later[0][0] : later[0][0] + 2])
    return later[0] if any(opening == w or opening.startswith(f"{w} ") for w in words) else None
