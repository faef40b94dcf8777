"""A name ends before the verb natasha sometimes runs it into ("Агентства по финансовому мониторингу пресёк
деятельность": the body is the subject, "пресёк" its verb): a lower-case word at a mention's end that pymorphy reads
only as a finite verb, an infinitive or a gerund is no word of the name."""

from __future__ import annotations

from dataclasses import replace

from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.morph import parse

VERB_PARTS = frozenset({"VERB", "INFN", "GRND"})


def _is_verb_only(word: Word) -> bool:
    if not word.text.isalpha() or not word.text.islower():
        return False
    parses = [p for p in parse(word.text) if p.is_known]
    return bool(parses) and all(p.tag.POS in VERB_PARTS for p in parses)


def without_trailing_verbs(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the verbs at their ends cut off; one left with no word is dropped."""
    kept = []
    for mention in mentions:
        end = mention.end
        while end > mention.start and _is_verb_only(words[end - 1]):
            end -= 1
        if end == mention.end:
            kept.append(mention)
        elif end > mention.start:
            kept.append(replace(mention, end=end, entry=None, norm=None))
    return kept
