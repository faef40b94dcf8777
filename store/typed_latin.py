"""Kazakh typed in plain Latin letters ("zhymkyrdy", "Kapshagay") or in the alphabet of 2021 ("äkımşılık") rewritten
into the Latin alphabet Kazakh articles are written in, that of 2018 ("jymkyrdy", "Kapshagaı", "ákimshilik"), so
search reads it in Cyrillic as it reads that alphabet. The spellings: data/search/typed_latin.yaml."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml


@cache
def _rules() -> tuple[re.Pattern, dict[str, str]]:
    data = read_yaml(data_path("search", "typed_latin.yaml"))
    vowels = data["after_vowels"]
    after_vowel = {typed.lower(): alphabet for typed, alphabet in data["after_vowel"].items()}
    written = {typed.lower(): alphabet for typed, alphabet in data["sequences"].items()}
    alternatives = [*(f"(?<={_either_case(vowels)}){_any_case(typed)}" for typed in sorted(after_vowel, key=len,
                                                                                             reverse=True)),
                    *(_any_case(typed) for typed in sorted(written, key=len, reverse=True))]
    # no sequence is also one after a vowel, so one table tells what each match is written as
    return re.compile("|".join(alternatives)), written | after_vowel


def _either_case(letters: str) -> str:
    return f"[{letters.lower()}{letters.upper()}]"


def _any_case(typed: str) -> str:
    """Each letter in either case, spelled out: re.IGNORECASE would also take the alphabet's ı for i."""
    return "".join(_either_case(letter) for letter in typed)


def in_kazakh_alphabet(text: str) -> str:
    """`text` with plain-Latin spellings of Kazakh letters as the 2018 alphabet writes them: "Zhambyl" -> "Jambyl",
    "ayyppul" -> "aıyppul"."""
    pattern, written = _rules()

    def rewrite(match: re.Match) -> str:
        typed = match.group()
        letters = written[typed.lower()]
        return letters[0].upper() + letters[1:] if typed[0].isupper() else letters

    return pattern.sub(rewrite, text)


@cache
def _alphabet_2021() -> tuple[frozenset[str], frozenset[str], dict[int, str]]:
    data = read_yaml(data_path("search", "typed_latin.yaml"))["alphabet_2021"]
    letters = {**data["letters"], **{typed.upper(): written.upper()[0] + written[1:]
                                     for typed, written in data["letters"].items() if typed.islower()}}
    letters["I"] = "I"  # the capital of ı and of i alike, as in the 2018 alphabet
    own = frozenset(data["own_letters"] + data["own_letters"].upper())
    return own, frozenset(data["marks_2018"] + data["marks_2018"].upper()), str.maketrans(letters)


def from_2021_alphabet(text: str) -> str:
    """`text` in the 2018 alphabet when it is written in that of 2021 (a letter of its own, no mark of 2018's):
    "äkımşılık" -> "ákimshilik", "qyzmetkerı" beside it -> "qyzmetkeri"; any other text as it is."""
    own, marks_2018, letters = _alphabet_2021()
    characters = set(text)
    if not characters & own or characters & marks_2018:
        return text
    return text.translate(letters)
