"""Other names search finds for a place a query names (data/gazetteer/places.yaml's variants, matched as
pokazatel.store.entity_places.place_named matches them): "ВКО" also finds "Шығыс Қазақстан облысы", "Капчагай"
"Қонаев", "Усть-Каменогорск" "Өскемен". A one-word name other than the place's own that is also a word of another
place's name is left out: "Ақмола", an old name of Astana, would find every article on Ақмола облысы."""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.store.entity_places import place_named
from pokazatel.store.kazakh_keyboard import keyboard_fold
from pokazatel.store.query import WORD, fold, word_variants


def _key(text: str) -> str:
    return keyboard_fold(fold(text))


@cache
def _names() -> dict[str, tuple[str, ...]]:
    from pokazatel.nlp.ru.gazetteer import variants

    by_place: dict[str, list[str]] = {}
    for variant, entry in variants():
        if entry.is_place and variant not in by_place.setdefault(entry.norm, []):
            by_place[entry.norm].append(variant)
    words_of = {place: {word for name in names for word in _key(name).split()} for place, names in by_place.items()}

    def shared(name: str, place: str) -> bool:
        key = _key(name)
        return " " not in key and any(key in words for other, words in words_of.items() if other != place)

    return {place: tuple(name for name in names if name == place or not shared(name, place))
            for place, names in by_place.items()}


@cache
def place_words() -> frozenset[str]:
    """Every form of every word of the places' names (word_variants): a query word outside it names no place."""
    return frozenset(variant for names in _names().values() for name in names for word in WORD.findall(name)
                     for variant in word_variants(word))


@lru_cache(maxsize=10_000)
def place_names(text: str) -> tuple[str, ...]:
    """The other names of the place `text` names in any form; () when it names none."""
    place = place_named(text)
    if place is None:
        return ()
    return tuple(name for name in _names().get(place, ()) if _key(name) != _key(text))
