"""spaCy has no Kazakh: the project registers a `kk` language of its own.

Word lists live in data/kazakh/: stop words, number words, abbreviations the tokenizer keeps whole.
The lexeme's PREFIX attribute is the word's stem (nlp/kazakh_stem.py) rather than its first letter:
for an agglutinative language that is the feature worth hashing, and the NER model's embedding
(nlp/ner_kk.cfg) reads it.
"""

from __future__ import annotations

import re
from functools import cache

from pokazatel.nlp.kk import features  # noqa: F401  (registers the NER's embedding architecture)
from pokazatel.nlp.kk.stem import ending_list, stem
from spacy.attrs import LIKE_NUM, ORTH, PREFIX
from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    CURRENCY,
    LIST_ELLIPSES,
    LIST_ICONS,
    LIST_PUNCT,
    LIST_QUOTES,
    PUNCT,
    UNITS,
)
from spacy.lang.punctuation import TOKENIZER_PREFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import Language
from spacy.util import registry, update_exc

from pokazatel.resources import data_path

DATA_DIR = data_path("kazakh")
DIGITS = re.compile(r"^[+-]?\d+([.,\s]\d+)*(-[^\W\d_]+)?$")  # 12 | 1,5 | 318-і | 900-ге


# spaCy's letter classes miss ғ, қ, ұ: "жемқорлық." kept its period. Kazakh letters are added, and
# no hyphen infix: Kazakh writes compounds and endings on numbers with one (іс-қимыл, 318-і), and
# KazNERD, which the NER learnt from, keeps them as one token.
KAZAKH_LOWER = "әғқңөұүһі"
KAZAKH_UPPER = KAZAKH_LOWER.upper()
_LOWER = ALPHA_LOWER + KAZAKH_LOWER
_UPPER = ALPHA_UPPER + KAZAKH_UPPER
_ALPHA = ALPHA + KAZAKH_LOWER + KAZAKH_UPPER
SUFFIXES = (
    LIST_PUNCT + LIST_ELLIPSES + LIST_QUOTES + LIST_ICONS + ["—", "–"]
    + [
        r"(?<=[0-9])\+",
        rf"(?<=[0-9])(?:{CURRENCY})",
        rf"(?<=[0-9])(?:{UNITS})",
        r"(?<=[0-9{al}{e}{p}(?:{q})])\.".format(al=_LOWER, e=r"%²\-\+", q=CONCAT_QUOTES, p=PUNCT),
        rf"(?<=[{_UPPER}][{_UPPER}])\.",
    ]
)
INFIXES = (
    LIST_ELLIPSES + LIST_ICONS
    + [
        r"(?<=[0-9])[+\*^](?=[0-9-])",
        r"(?<=[0-9])-(?=[0-9])",
        rf"(?<=[{_LOWER}{CONCAT_QUOTES}])\.(?=[{_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{_ALPHA}]),(?=[{_ALPHA}])",
        rf"(?<=[{_ALPHA}0-9])[:<>=/](?=[{_ALPHA}])",
    ]
)


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
    return any(lower.endswith(ending) and lower[: -len(ending)] in words for ending in ending_list("ordinal"))


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
    prefixes = TOKENIZER_PREFIXES
    suffixes = SUFFIXES
    infixes = INFIXES


@registry.languages("kk")
class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults
