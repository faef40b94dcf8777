"""Initials after a surname ("директора Оспанова Е. К."): natasha ends the name before the last initial's full
stop, which also ends the sentence, so the name would read "Оспанов Е. К". The stop belongs to the initial."""

from __future__ import annotations

from pokazatel.nlp.ru.mentions import Mention, Word


def with_final_initial_stop(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """Each PER ending in a one-letter capital word that a full stop follows right after takes the stop."""
    for mention in mentions:
        last = words[mention.end - 1].text
        if mention.label != "PER" or len(last) != 1 or not last.isupper() or mention.end >= len(words):
            continue
        stop = words[mention.end]
        if stop.text == "." and stop.start == words[mention.end - 1].stop:
            mention.end += 1
    return mentions
