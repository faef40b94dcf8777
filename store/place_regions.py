"""Which places lie inside which: a town or district in its region (data/gazetteer/places.yaml's `region:`),
a district of Almaty in Almaty, so a sum adds no town's case to its region's total ("в Таразе" inside
"Жамбылская область"). A place is known by any of its gazetteer names ("Жамбыл облысы" is Жамбылская область)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache


def _fold(name: str) -> str:
    return name.casefold().replace("ё", "е")


@cache
def _places() -> tuple[dict[str, str], dict[str, str]]:
    """Every folded name of a place -> its gazetteer norm; a norm -> the norm of the region it lies in."""
    from pokazatel.nlp.ru.gazetteer import variants

    norms, regions = {}, {}
    for name, entry in variants():
        if entry.is_place:
            norms.setdefault(_fold(name), entry.norm)
            if entry.region:
                regions[entry.norm] = entry.region
    return norms, regions


def enclosing(place: str) -> list[str]:
    """The place's gazetteer norm (the place as written when the gazetteer has none), then the region it lies
    in, and that region's, outward: "Алмалинский район", "Алматы"."""
    norms, regions = _places()
    chain = [norms.get(_fold(place), place)]
    while chain[-1] in regions and regions[chain[-1]] not in chain:
        chain.append(regions[chain[-1]])
    return chain


def lies_within(place: str, areas: Iterable[str], *, strictly: bool = False) -> bool:
    """Is the place one of the areas, or inside one (only inside, when `strictly`)?"""
    wanted = {enclosing(area)[0] for area in areas}
    return any(name in wanted for name in enclosing(place)[1 if strictly else 0:])


def outermost(place: str) -> str:
    """The region, or city of republican significance, the place lies in (itself when it is one, or when the
    gazetteer knows no region for it): "Тараз", "Жамбыл облысы" and "Жамбылская область" are Жамбылская область."""
    return enclosing(place)[-1]
