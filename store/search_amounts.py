"""An amount typed in a query ("1,2 млрд", "640 млн", "1,5 млн тенге", "10 лет") is one phrase: the number with its
decimal part and the scale, currency or time words after it (data/search/amount_words.yaml), as the articles write
an amount. Typed loose, its digits and words would each be found anywhere in an article: "1,2 млрд" was any article
with a 1, a 2 and a billion."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.store.kazakh_keyboard import keyboard_fold

from pokazatel.resources import data_path, read_yaml

QUOTED = re.compile(r'"[^"]*"?|«[^»]*»?')
AMOUNT = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)?(?:\s+[^\W\d]+\.?)*")


@cache
def _amount_lemmas() -> frozenset[str]:
    return frozenset(keyboard_fold(lemma) for lemma in read_yaml(data_path("search", "amount_words.yaml"))["lemmas"])


def _is_amount_word(word: str) -> bool:
    from pokazatel.store.query import lemmatise

    lemmas = _amount_lemmas()
    return any(keyboard_fold(lemmatise(word, lang)) in lemmas for lang in ("ru", "kk"))


def _amount(match: re.Match) -> str:
    number, *words = match.group().split()
    kept = 0
    while kept < len(words) and _is_amount_word(words[kept].rstrip(".")):  # "1,2 млрд тенге" of "… тенге хищение"
        kept += 1
    if not kept and not re.search(r"[.,]", number):
        return match.group()  # a bare whole number ("2025", "366") stays a word
    phrase = " ".join([number, *(word.rstrip(".") for word in words[:kept])])
    return " ".join([f'"{phrase}"', *words[kept:]])


def quote_amounts(query: str) -> str:
    """The query with each amount typed outside quotes put in quotes: 'взятка 1,2 млрд' -> 'взятка "1,2 млрд"'."""
    pieces, at = [], 0
    for quoted in QUOTED.finditer(query):
        pieces.append(AMOUNT.sub(_amount, query[at:quoted.start()]))
        pieces.append(quoted.group())
        at = quoted.end()
    pieces.append(AMOUNT.sub(_amount, query[at:]))
    return "".join(pieces)


def amount_as_typed(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """An amount's words as typed, folded as the index folds lemmas: also a form of it to look for, since the Kazakh
    lemmatiser stems the currency differently in different cases (теңге: тен, теңгені: тенге). None for a term that
    is no amount."""
    if len(words) < 2 or not words[0].isdigit():
        return None
    return tuple(keyboard_fold(word.lower()) for word in words)
