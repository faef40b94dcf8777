"""A place keeps the name the text gives it when that is another name, not another spelling: "ВКО" stays "ВКО",
"Нур-Султаном" is "Нур-Султан", "Семипалатинском" "Семипалатинск", as the gold annotation keeps "ОАЭ" and "Антикор"
(an organisation's one name is its `body`); "Алма-Ате", "Қарағанды", "Абайской области" are spellings of the
gazetteer's name and take it ("Алматы", "Караганда", "область Абай"). The gazetteer's name stays beside a name of
its own as the span's `place`, so figures name one region by one name."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import Entry, lemma_key, variants
from pokazatel.nlp.ru.norm import SINGULAR_HEADS

# Kazakh letters read as Russian spells them, to compare names across the two spellings ("Жетісу", "Жетысу")
KAZAKH_AS_RUSSIAN = str.maketrans("әғқңөұүһіё", "агкноуухые")
GENERIC_WORDS = SINGULAR_HEADS | {"республика"}
SAME_NAME_LETTERS = 4  # names whose distinctive words open alike are one name spelt two ways


@cache
def _place_variants() -> dict[str, tuple[str, ...]]:
    by_norm: dict[str, list[str]] = {}
    for variant, entry in variants():
        if entry.is_place and variant != entry.norm:
            by_norm.setdefault(entry.norm, []).append(variant)
    return {norm: tuple(names) for norm, names in by_norm.items()}


def _openings(name: str) -> set[str]:
    words = name.casefold().translate(KAZAKH_AS_RUSSIAN).replace("-", " ").split()
    return {word[:SAME_NAME_LETTERS] for word in words if word not in GENERIC_WORDS}


def written_place_name(entry: Entry, surface: str) -> str | None:
    """The variant of the gazetteer place `entry` that `surface` is a form of, when it is another name than the
    canonical one (an abbreviation, a former name), not a spelling of it."""
    if not entry.is_place:
        return None
    key = lemma_key(surface)
    if key == lemma_key(entry.norm):
        return None
    variant = next((v for v in _place_variants().get(entry.norm, ()) if lemma_key(v) == key), None)
    if variant is None or _openings(variant) & _openings(entry.norm):
        return None
    return variant
