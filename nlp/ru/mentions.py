"""The words of a Russian text and the entity mentions over them, shared by the entity and position finders."""

from __future__ import annotations

from dataclasses import dataclass

from pokazatel.nlp.ru.gazetteer import Entry


@dataclass
class Word:
    text: str
    start: int  # character offsets in the text
    stop: int
    lemma: str


@dataclass
class Mention:
    start: int  # word indexes, end exclusive
    end: int
    label: str
    entry: Entry | None = None  # the gazetteer entry this mention is exactly
    norm: str | None = None
    person: str | None = None
    place: str | None = None  # a place's canonical gazetteer name, where the text names it otherwise
