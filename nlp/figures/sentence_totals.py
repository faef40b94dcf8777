"""A count of people that a later total of the same sentence takes in: "под подозрение попали бывший руководитель и
двое технадзорщиков – всего четверо фигурантов", "бұрынғы басшы мен екі инженер күдікті деп танылды, барлығы төрт
адам". The part is no figure of its own unless an event of its own is told of it between it and the total ("трое
задержаны, ещё двое объявлены в розыск – всего пятеро") (figure round 22). A Kazakh clause ends with its verb, so
the verb of the part's own clause, before a total added after a comma, is told of the total too."""

from __future__ import annotations

from pokazatel.nlp.figures.events import NO_FIGURE, find_triggers
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.sentence_figures import Figure
from pokazatel.nlp.figures.text import Sentence, Token

MARKER_REACH = 3  # tokens before the total's number its marker may stand ("– всего четверо", "всего же 12")


def is_part_of_later_total(tokens: list[Token], figure: Figure, figures: list[Figure], sentence: Sentence,
                           lang: str) -> bool:
    """Is the person count `figure` taken in by a larger count of people after it in `figures` (its sentence) that a
    total word marks, with no trigger of an event between the two?"""
    if figure.measure.kind != "person":
        return False
    markers = rules("statistics")["total_markers"][lang]
    for total in figures:
        if total.mention.first <= figure.measure.last or total.measure.kind != "person" or total.value <= figure.value:
            continue
        before = " ".join(t.lower for t in tokens[max(figure.measure.last + 1, total.mention.first - MARKER_REACH)
                                                   : total.mention.first])
        if not any(f" {marker} " in f" {before} " for marker in markers):
            continue
        start = figure.measure.last + 1
        clause = sentence.clause_of(figure.mention.first)
        if lang == "kk" and sentence.clause_of(total.mention.first) != clause:
            start = clause[1]  # "бұрынғы басшы мен үш инженер күдікті деп танылды, барлығы төрт адам"
        return not any(not m.trigger.weak and m.trigger.event != NO_FIGURE
                       for m in find_triggers(tokens, start, total.mention.first, lang))
    return False
