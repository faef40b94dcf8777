"""Figures in the lines of a list take the event of the line that announced it: "Всего государству возвращено
активов на 146 млрд тенге. В их числе:\n– 38,5 млрд тенге денежных средств;\n– 212 объектов недвижимости;" are
returned money and property, although no line says so. A list is a run of sentences opening with a mark of
`list_marks` (data/rules/text.yaml) right after a sentence that ends in a colon; the head's event is its own first
trigger's or, when the head only points back ("В их числе:", "Оның ішінде:"), the event of the sentence before."""

from __future__ import annotations

from pokazatel.nlp.figures.events import NO_FIGURE, RU_VERB_POS, find_triggers, has_anaphora, outermost
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token, ru_pos


def opens_list_line(tokens: list[Token], sentence: Sentence) -> bool:
    """Does the sentence open with a list mark ("– 212 объектов", "• 43 қылмыстық іс")?"""
    return tokens[sentence.start].text in rules("text")["list_marks"]


def heads_a_list(tokens: list[Token], sentence: Sentence) -> bool:
    """Does the sentence end in a colon, announcing what follows ("В их числе:", "Департамент мәліметінше:")?"""
    return tokens[sentence.end - 1].text == ":"


def head_event(tokens: list[Token], sentence: Sentence, event_before: str | None, lang: str) -> str | None:
    """The event a list's head gives its lines: its own first firm trigger's, else the sentence before's when the
    head points back to it; None when the head says nothing of what the lines are ("Департамент мәліметінше:") or
    only what they resulted from ("По итогам проверок:")."""
    if _names_only_a_source(tokens, sentence, lang):
        return None
    own = [m for m in outermost(find_triggers(tokens, sentence.start, sentence.end, lang))
           if not m.trigger.weak and m.trigger.event not in ("other", NO_FIGURE)]
    if own:
        return min(own, key=lambda m: min(m.indices)).trigger.event
    return event_before if has_anaphora(tokens, (sentence.start, sentence.end), lang) else None


def _names_only_a_source(tokens: list[Token], sentence: Sentence, lang: str) -> bool:
    """"По итогам служебных расследований и проверок:", "Ішкі аудит пен тексерулер нәтижесінде:": a head with no
    verb that opens (ru) or ends (kk) with a phrase of `source_heads` (data/rules/text.yaml)."""
    words = [t.lower for t in tokens[sentence.start : sentence.end] if t.is_word]
    phrases = [phrase.split() for phrase in rules("text")["source_heads"][lang]]
    if lang == "kk":
        return any(words[-len(phrase):] == phrase for phrase in phrases if len(words) > len(phrase))
    return any(words[: len(phrase)] == phrase for phrase in phrases) \
        and not any(ru_pos(word) in RU_VERB_POS for word in words)
