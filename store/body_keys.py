"""A body's name keyed the same in Russian and in Kazakh, for facts to compare subjects: a body of the gazetteer by its
canonical name ("Антикоррупционная служба" = "Сыбайлас жемқорлыққа қарсы қызмет"), a firm by its quoted name
(ТОО «Береке Тамақ» = «Береке Тамақ» ЖШС), any other body by its outermost unit, the words qualifying that unit and
the places it names ("управление миграционной службы департамента полиции Алматы" = "Алматы қаласы полиция
департаменті"; an outlet often leaves a unit's sub-unit out). The words: data/facts/body_keys.yaml."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml

WORD = re.compile(r"\w+(?:-\w+)*")
QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"“”]")
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")  # Russian never writes them; a Kazakh name of a body always does


def body_key(name: str) -> str | None:
    """The key of the body `name` names, None when it names none this can read (a word it does not know)."""
    from pokazatel.nlp.bodies import canonical_body

    quoted = QUOTED.findall(name)
    if quoted:
        return "body:" + _fold(quoted[-1])
    canonical = canonical_body(name)
    if canonical:
        return "body:" + _fold(canonical)
    return _composed_key(name)


def _fold(text: str) -> str:
    from pokazatel.store.kazakh_keyboard import keyboard_fold

    return " ".join(WORD.findall(keyboard_fold(text).casefold().replace("ё", "е")))


def _composed_key(name: str) -> str | None:
    """Outermost unit | qualifying words | places: the unit is the last in Russian (its parents follow it in the
    genitive), the first in Kazakh (they precede it); its qualifiers are the words after it and the adjectives right
    before it in Russian, the words before it in Kazakh."""
    words = WORD.findall(name)
    places, spans = _places(words)
    readings = [None if i in spans else _reading(word.casefold()) for i, word in enumerate(words)]
    units = [i for i, reading in enumerate(readings) if reading and reading[0] == "unit"]
    if not units:
        return None
    if KAZAKH_LETTERS & set(name):
        unit = units[0]
        qualifying = range(unit)
    else:
        unit = units[-1]
        before = unit
        while before > 0 and readings[before - 1] is not None and readings[before - 1][0] == "word":
            before -= 1
        qualifying = [*range(before, unit), *range(unit + 1, len(words))]
    keys = set()
    for i in qualifying:
        if i in spans:
            continue
        reading = readings[i]
        if reading is None:  # a word the table does not know: nothing says the other language's name is this one
            return None
        keys.update(reading[1])
    return f"body:{readings[unit][1][0]}|{','.join(sorted(keys - {''}))}|{','.join(sorted(places))}"


def _places(words: list[str]) -> tuple[set[str], set[int]]:
    """The gazetteer names of the places among the words, in any case of either language, and the words they take."""
    from pokazatel.nlp.kk.stem import strip_case
    from pokazatel.nlp.ru.gazetteer import gazetteer, word_lemmas

    places, spans = set(), set()
    for start, end, entry in gazetteer().matches([word_lemmas(strip_case(word)) for word in words]):
        if entry.is_place:
            places.add(_fold(entry.norm))
            spans.update(range(start, end))
    return places, spans


def _reading(word: str) -> tuple[str, tuple[str, ...]] | None:
    """("unit", (key,)) or ("word", keys) for a word of the table, ("word", ("",)) for one that names nothing; a word
    joined by hyphens is read whole when the table has it so ("көші-қон"), else part by part."""
    table = _table()
    if word in table["ignored"]:
        return "word", ("",)
    whole = _longest(word, table["hyphenated"])
    if whole:
        return whole
    parts = [part for part in word.split("-") if part]
    readings = [table["ignored_reading"] if part in table["ignored"] else _longest(part, table["plain"])
                for part in parts]
    if not readings or None in readings:
        return None
    unit = next((reading for reading in readings if reading[0] == "unit"), None)
    if unit:
        return unit
    return "word", tuple(key for reading in readings for key in reading[1])


def _longest(word: str, beginnings: dict[str, tuple[str, str]]) -> tuple[str, tuple[str, ...]] | None:
    best = max((start for start in beginnings if word.startswith(start)), key=len, default=None)
    if best is None:
        return None
    kind, key = beginnings[best]
    return kind, (key,)


@cache
def _table() -> dict:
    data = read_yaml(data_path("facts", "body_keys.yaml"))
    beginnings = {start.casefold(): (kind, key) for kind, group in (("unit", data["units"]), ("word", data["words"]))
                  for key, starts in group.items() for start in starts}
    return {"ignored": frozenset(word.casefold() for word in data["ignored"]), "ignored_reading": ("word", ("",)),
            "hyphenated": {start: reading for start, reading in beginnings.items() if "-" in start},
            "plain": {start: reading for start, reading in beginnings.items() if "-" not in start}}
