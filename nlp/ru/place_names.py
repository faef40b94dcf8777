"""A place keeps the name the text gives it: "ВКО" stays "ВКО", "Нур-Султаном" is "Нур-Султан", "Семипалатинском"
"Семипалатинск", as the gold annotation keeps "ОАЭ" and "Антикор" (an organisation's one name is its `body`). The
gazetteer's canonical name (places.yaml's norm) stays beside it, so figures name one region by one name."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import Entry, lemma_key, variants


@cache
def _place_variants() -> dict[str, tuple[str, ...]]:
    by_norm: dict[str, list[str]] = {}
    for variant, entry in variants():
        if entry.is_place and variant != entry.norm:
            by_norm.setdefault(entry.norm, []).append(variant)
    return {norm: tuple(names) for norm, names in by_norm.items()}


def written_place_name(entry: Entry, surface: str) -> str | None:
    """The variant of the gazetteer place `entry` that `surface` is a form of, when it is not the canonical name."""
    if not entry.is_place:
        return None
    key = lemma_key(surface)
    if key == lemma_key(entry.norm):
        return None
    return next((v for v in _place_variants().get(entry.norm, ()) if lemma_key(v) == key), None)
