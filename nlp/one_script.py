"""A norm's word in one script: a word mixing Cyrillic and Latin letters is a typo of look-alike letters, read as the
script its other letters cannot be written in (data/rules/look_alike_letters.yaml), so that "КЕGОС" is KEGOC and
"Aстана" Астана, and one name is one row in search and statistics."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml

LETTER_RUN = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@cache
def _pairs() -> tuple[dict[str, str], dict[str, str]]:
    to_latin = dict(read_yaml(data_path("rules", "look_alike_letters.yaml"))["pairs"])
    return to_latin, {latin: cyrillic for cyrillic, latin in to_latin.items()}


def in_one_script(norm: str) -> str:
    """`norm` with each word of both scripts in one: Cyrillic when all its Latin letters have Cyrillic look-alikes,
    else Latin when all its Cyrillic letters have Latin ones; a word neither fits (two words run together,
    "порталаМassaget") is left as it is."""
    if not (CYRILLIC.search(norm) and LATIN.search(norm)):
        return norm
    return LETTER_RUN.sub(lambda found: _one_script_word(found.group()), norm)


def _one_script_word(word: str) -> str:
    if not (CYRILLIC.search(word) and LATIN.search(word)):
        return word
    to_latin, to_cyrillic = _pairs()
    if all(to_cyrillic.get(char) for char in word if LATIN.match(char)):
        return "".join(to_cyrillic.get(char, char) for char in word)
    if all(to_latin.get(char) for char in word if CYRILLIC.match(char)):
        return "".join(to_latin.get(char, char) for char in word)
    return word
