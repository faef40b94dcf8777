"""Foreign names in Kazakh written in the Latin alphabet ("Transparency International uıymy jarııalady"): a run of
capitalised words with no Kazakh-only letter (á ǵ ı ń ó ú ý), one of which has a letter the Kazakh alphabet does not
have (latin.yaml's c, w, x; not the c of "ch", Kazakh Latin's Ч), is a name in its own spelling. Read into Cyrillic
it would be garbled ("Транспаренцы Інтернатіонал"), so its norm is the run as written, and the entity ends with the
run: a Kazakh word after it ("uıymy", the organisation) is no part of the name."""

from __future__ import annotations

import re

NAME_WORD = re.compile(r"[A-Z][A-Za-z'’&.-]*")
KAZAKH_ONLY = re.compile(r"[áǵıńóúýÁǴŃÓÚÝ]")
FOREIGN_LETTERS = re.compile(r"[cC](?![hH])|[wxWX]")  # "ch" is Kazakh Latin's Ч: "Chjan", "Shevchenko"


def foreign_name(text: str) -> str | None:
    """The foreign name `text` (an entity's Latin original) opens with, or None."""
    words, end = [], 0
    for match in re.finditer(r"\S+", text):
        if not NAME_WORD.fullmatch(match.group()) or KAZAKH_ONLY.search(match.group()):
            break
        words.append(match.group())
        end = match.end()
    if not words or not any(FOREIGN_LETTERS.search(word) for word in words):
        return None
    return text[:end]
