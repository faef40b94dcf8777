"""A body's name keyed the same in Russian and in Kazakh, for facts to compare subjects: a body of the gazetteer by its
canonical name ("Антикоррупционная служба" = "Сыбайлас жемқорлыққа қарсы қызмет"), a firm by its quoted name
(ТОО «Береке Тамақ» = «Береке Тамақ» ЖШС), any other body by its outermost unit (under an akimat or a ministry, with
the unit below it), the words qualifying that unit and the places it names ("управление миграционной службы
департамента полиции Алматы" = "Алматы қаласы полиция департаменті"; an outlet often leaves a unit's sub-unit out).
The words: data/facts/body_keys.yaml."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml

WORD = re.compile(r"\w+(?:-\w+)*")
QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"“”]")
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")  # Russian never writes them; a Kazakh name of a body always does
RUSSIAN_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ей|ую|юю|ых|их|ыми|ими)$")


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
    before it in Russian, the words before it in Kazakh. Under an umbrella (an akimat, a ministry: the table's
    `umbrellas`) the unit is the one right below it, with its own qualifiers too ("управление строительства акимата
    Шымкента" = "Шымкент қаласы әкімдігінің құрылыс басқармасы", not its health department). None when a qualifier is
    a word the table does not know."""
    words = WORD.findall(name)
    places, spans = _places(words)
    readings = [None if i in spans else _reading(word.casefold()) for i, word in enumerate(words)]
    units = [i for i, reading in enumerate(readings) if reading and reading[0] == "unit"]
    if not units:
        return None
    kazakh = bool(KAZAKH_LETTERS & set(name))
    chain = units if kazakh else units[::-1]  # outermost first
    qualifying = _qualifying(words, spans, chain[0], kazakh)
    unit_keys = [readings[chain[0]][1][0]]
    if unit_keys[0] in _table()["umbrellas"] and len(chain) > 1:
        below = chain[1]
        unit_keys.append(readings[below][1][0])
        qualifying += _qualifying(words, spans, below, kazakh, upper=chain[0])
    keys = set()
    for i in qualifying:
        if i in spans:
            continue
        reading = readings[i]
        if reading is None:  # a word the table does not know: nothing says the other language's name is this one
            return None
        keys.update(reading[1])
    return f"body:{'/'.join(unit_keys)}|{','.join(sorted(keys - {''}))}|{','.join(sorted(places))}"


def _qualifying(words: list[str], spans: set[int], unit: int, kazakh: bool, upper: int | None = None) -> list[int]:
    """The positions of the words qualifying the unit at `unit`: in Kazakh those before it, back to the unit above it
    (`upper`); in Russian those after it, up to the unit above it, and the adjectives right before it."""
    if kazakh:
        return list(range(upper + 1 if upper is not None else 0, unit))
    before = unit
    while before > 0 and before - 1 not in spans and RUSSIAN_ADJECTIVE.search(words[before - 1].casefold()):
        before -= 1  # "Карагандинский городской суд": its adjectives, known or not; a lower unit's noun is none
    return [*range(before, unit), *range(unit + 1, upper if upper is not None else len(words))]


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
            "umbrellas": frozenset(data["umbrellas"]),
            "hyphenated": {start: reading for start, reading in beginnings.items() if "-" in start},
            "plain": {start: reading for start, reading in beginnings.items() if "-" not in start}}
