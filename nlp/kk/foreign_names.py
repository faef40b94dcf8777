"""Foreign names in Kazakh written in the Latin alphabet ("Transparency International uıymy jarııalady"): a run of
capitalised words with no Kazakh-only letter (á ǵ ı ń ó ú ý), one of which has a letter the Kazakh alphabet does not
have (latin.yaml's c, w, x; not the c of "ch", Kazakh Latin's Ч) or that is an English word of firms' names
(english_name_words.txt: "Altyn Invest Group", "Group" read "Гроұп"), is a name in its own spelling. Read into Cyrillic
it would be garbled ("Транспаренцы Інтернатіонал"), so its norm is the run as written, and the entity ends with the
run: a Kazakh word after it ("uıymy", the organisation) is no part of the name. A quoted name right after the adjective
of a nation writing in the Latin alphabet needs no such letter ("túrik «Medikal Sistem» kompanııasy")."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml

NAME_WORD = re.compile(r"[A-Z][A-Za-z'’&.-]*")
KAZAKH_ONLY = re.compile(r"[áǵıńóúýÁǴŃÓÚÝ]")
FOREIGN_LETTERS = re.compile(r"[cC](?![hH])|[wxWX]")  # "ch" is Kazakh Latin's Ч: "Chjan", "Shevchenko"
WORD_AND_QUOTE_BEFORE = re.compile(r"(\S+)\s+«$")


@cache
def _english_name_words() -> frozenset[str]:
    lines = data_path("kazakh", "english_name_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _is_foreign_word(word: str) -> bool:
    return FOREIGN_LETTERS.search(word) is not None or word.lower() in _english_name_words()


@cache
def _latin_alphabet_nations() -> frozenset[str]:
    return frozenset(read_yaml(data_path("kazakh", "latin.yaml"))["latin_alphabet_nations"])


def after_latin_alphabet_nation(text: str, start: int) -> bool:
    """Whether the name at `start` of `text` opens a quote right after a Latin-alphabet nation's adjective."""
    before = WORD_AND_QUOTE_BEFORE.search(text[max(0, start - 40):start])
    return before is not None and before.group(1).lower() in _latin_alphabet_nations()


def foreign_name(text: str, after_nation: bool = False) -> str | None:
    """The foreign name `text` (an entity's Latin original) opens with, or None; `after_nation`: the name is quoted
    after a Latin-alphabet nation's adjective."""
    words, end = [], 0
    for match in re.finditer(r"\S+", text):
        if not NAME_WORD.fullmatch(match.group()) or KAZAKH_ONLY.search(match.group()):
            break
        words.append(match.group())
        end = match.end()
    if not words or not (after_nation or any(_is_foreign_word(word) for word in words)):
        return None
    return text[:end]
