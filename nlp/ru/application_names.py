"""A phone application's name is no organisation ("через приложение «Е-Өтініш»"): data/rules/application_names.yaml
names the words before it."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import word_lemmas
from pokazatel.nlp.ru.mentions import Mention, Word

from pokazatel.resources import data_path, read_yaml

OPENING_QUOTES = frozenset("«\"„“")


@cache
def _kinds_before() -> frozenset[str]:
    return frozenset(read_yaml(data_path("rules", "application_names.yaml"))["ru_before"])


def _follows_application_word(words: list[Word], start: int) -> bool:
    before = start - 1
    if before >= 0 and words[before].text in OPENING_QUOTES:
        before -= 1
    return before >= 0 and bool(word_lemmas(words[before].text) & _kinds_before())


def without_application_names(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the organisations and places named right after an application's word."""
    return [m for m in mentions
            if not (m.label in ("ORG", "LOC") and _follows_application_word(words, m.start))]
