"""Russian morphology from pymorphy3 (called directly: natasha's pymorphy2 breaks on Python 3.11),
cached per word form because news text repeats its words."""

from __future__ import annotations

from functools import cache

import pymorphy3


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@cache
def parse(word: str) -> tuple:
    """All analyses of a word form, most likely first."""
    return tuple(analyzer().parse(word))


@cache
def lemma(word: str) -> str:
    """Dictionary form, lower case: 'сотрудника' -> 'сотрудник'."""
    return parse(word.lower())[0].normal_form
