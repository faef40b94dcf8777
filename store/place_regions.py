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


def enclosing(place: str, named: Iterable[str] = ()) -> list[str]:
    """The place's gazetteer norm (the place as written when the gazetteer has none), then the region it lies
    in, and that region's, outward: "Алмалинский район", "Алматы". A district of several regions' name lies in
    the one of them the other places its article names tell (`named`: region_named_with)."""
    norms, regions = _places()
    chain = [norms.get(_fold(place), place)]
    if chain[0] not in regions and (region := region_named_with(chain[0], named)):
        chain.append(region)
    while chain[-1] in regions and regions[chain[-1]] not in chain:
        chain.append(regions[chain[-1]])
    return chain


def lies_within(place: str, areas: Iterable[str], *, strictly: bool = False, named: Iterable[str] = ()) -> bool:
    """Is the place one of the areas, or inside one (only inside, when `strictly`)?"""
    wanted = {enclosing(area)[0] for area in areas}
    return any(name in wanted for name in enclosing(place, named)[1 if strictly else 0:])


@cache
def _shared_districts() -> dict[str, tuple[str, ...]]:
    """A district's norm -> the regions a district of that name lies in (data/gazetteer/shared_districts.yaml)."""
    from pokazatel.resources import data_path, read_yaml

    return {district: tuple(regions) for district, regions
            in read_yaml(data_path("gazetteer", "shared_districts.yaml")).items()}


def is_shared_district(place: str) -> bool:
    """Is the place a district of several regions' name (data/gazetteer/shared_districts.yaml)?"""
    return enclosing(place)[0] in _shared_districts()


def region_named_with(district: str, named: Iterable[str]) -> str | None:
    """The region a district of several regions' name lies in, as the other places its article names tell: the one
    of its regions named, or holding a place named ("Жамбылский район" beside "Алматинская область" or "Узынагаш":
    Алматинская область); None when they name none of its regions, or several."""
    candidates = _shared_districts().get(district, ())
    norms = {enclosing(name)[0] for name in named} - {district}
    found = {region for region in candidates for norm in norms if region in enclosing(norm)}
    return next(iter(found)) if len(found) == 1 else None


def outermost(place: str, named: Iterable[str] = ()) -> str:
    """The region, or city of republican significance, the place lies in (itself when it is one, or when the
    gazetteer knows no region for it): "Тараз", "Жамбыл облысы" and "Жамбылская область" are Жамбылская область."""
    return enclosing(place, named)[-1]
