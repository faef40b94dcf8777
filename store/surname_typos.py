"""A surname typed with a slip that no article holds ("Абдраманов", "Сулейманов", "Нурпеисов": a name heard, not
read) read as the surnames the index holds a letter or two from it (Абдрахманов, Сулейменов, Нұрпейісов), as a search
box proposes "did you mean". Only a word of a surname's shape that finds nothing is read so: a name the archive has is
never taken for another."""

from __future__ import annotations

import sqlite3
from functools import cache

import sqlite_utils
from pokazatel.store import search_index
from pokazatel.store.kazakh_keyboard import keyboard_fold

from pokazatel.resources import data_path, read_yaml

MIN_LENGTH = 6  # a shorter surname one letter from another is mostly another name ("Ким", "Кем")
LONG = 9  # from this many letters two slips are allowed ("Дюсенбаев": Дүйсенбаев), below it one
MAX_NEAR = 5  # the nearest surnames taken, fewest slips first


@cache
def _endings() -> tuple[str, ...]:
    return tuple(read_yaml(data_path("kazakh", "name_spellings.yaml"))["surname_endings"])


def is_surname_shaped(word: str) -> bool:
    """A capitalised word of at least MIN_LENGTH letters ending as a Russian or Kazakh surname does."""
    return word[:1].isupper() and word.isalpha() and len(word) >= MIN_LENGTH and word.casefold().endswith(_endings())


def near_surnames(db: sqlite_utils.Database, word: str) -> tuple[str, ...]:
    """The index's terms of a surname's shape within a slip or two of `word` (folded as the index folds Kazakh
    letters), beginning with its letter: the nearest MAX_NEAR, fewest slips first."""
    typed = keyboard_fold(word.casefold().replace("ё", "е"))
    allowed = 2 if len(typed) >= LONG else 1
    try:
        search_index.attach_terms(db.conn)
    except sqlite3.OperationalError:  # a query_only connection not given them when opened: no guesses
        return ()
    rows = db.execute(f"SELECT term FROM temp.{search_index.TERMS} WHERE term >= ? AND term < ?",
                      [typed[0], chr(ord(typed[0]) + 1)])
    endings = _endings()
    near = []
    for (term,) in rows:
        if abs(len(term) - len(typed)) > allowed or not term.endswith(endings) or term == typed:
            continue
        slips = _slips(typed, term, allowed)
        if slips <= allowed:
            near.append((slips, term))
    return tuple(term for _, term in sorted(near)[:MAX_NEAR])


def _slips(first: str, second: str, limit: int) -> int:
    """Letters added, dropped or changed between the two (Levenshtein), or limit + 1 once more than `limit`."""
    previous = list(range(len(second) + 1))
    for i, letter in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)
