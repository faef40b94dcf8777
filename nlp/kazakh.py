"""spaCy has no Kazakh: the project registers a `kk` language of its own.

Word lists live in data/kazakh/: stop words, number words, abbreviations the tokenizer keeps whole.
The lexeme's PREFIX attribute is the word's stem (nlp/kazakh_stem.py) rather than its first letter:
for an agglutinative language that is the feature worth hashing, and the NER model's embedding
(nlp/ner_kk.cfg) reads it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.attrs import LIKE_NUM, ORTH, PREFIX
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import Language
from spacy.util import registry, update_exc

from nlp.kazakh_stem import stem

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "kazakh"
DIGITS = re.compile(r"^[+-]?\d+([.,\s]\d+)*(-[^\W\d_]+)?$")  # 12 | 1,5 | 318-і | 900-ге
ORDINAL_ENDINGS = ("ыншы", "інші", "ншы", "нші")


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def number_words() -> frozenset[str]:
    return _word_list("number_words.txt")


def like_num(text: str) -> bool:
    """Digits ("1,5", "318-і"), a number word ("жиырма", "бесінші", "мыңнан") or a fraction ("1/2")."""
    lower = text.lower()
    if DIGITS.match(lower) or re.fullmatch(r"\d+/\d+", lower):
        return True
    words = number_words()
    if lower in words or stem(lower) in words:
        return True
    return any(lower.endswith(ending) and lower[: -len(ending)] in words for ending in ORDINAL_ENDINGS)


def stem_prefix(text: str) -> str:
    return stem(text)


def _tokenizer_exceptions() -> dict:
    special = {}
    for abbreviation in _word_list("tokenizer_exceptions.txt"):
        for form in {abbreviation, abbreviation.capitalize()}:
            special[form] = [{ORTH: form}]
    return update_exc(BASE_EXCEPTIONS, special)


class KazakhDefaults(Language.Defaults):
    stop_words = set(_word_list("stop_words.txt"))
    tokenizer_exceptions = _tokenizer_exceptions()
    lex_attr_getters = {LIKE_NUM: like_num, PREFIX: stem_prefix}


@registry.languages("kk")
class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults
