"""Russian morphology from pymorphy3 (called directly: natasha's pymorphy2 breaks on Python 3.11),
cached per word form because news text repeats its words."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3

# word forms kept by every cache of what a Russian word form is (its parses, lemmas, part of speech): a long
# crawl's vocabulary keeps growing, memory must not
PARSE_CACHE_SIZE = 100_000
# pymorphy's analyses of a word form take about 3.5 KB (its parses with their methods): fewer are kept (35 MB), and
# the caches of what is read from them (lemmas, parts of speech) keep PARSE_CACHE_SIZE word forms
PARSES_KEPT = 10_000


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=PARSES_KEPT)
def parse(word: str) -> tuple:
    """All analyses of a word form, most likely first."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def lemma(word: str) -> str:
    """Dictionary form, lower case: 'сотрудника' -> 'сотрудник'."""
    return parse(word.lower())[0].normal_form


NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


@lru_cache(maxsize=PARSES_KEPT)
def may_be_name(word: str) -> bool:
    """A capitalised word morphology reads as a surname, first name or patronymic, or does not know ("Тлеубаеву",
    "Сейтказиев", "Тілеубаев"); not a known common word ("Прокуратура", "Магазин", "Итогов")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    analyses = parse(word.casefold())
    return not analyses or not analyses[0].is_known or bool(NAME_TAGS & analyses[0].tag.grammemes)
