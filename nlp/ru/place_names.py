"""A place keeps the name the text gives it when that is another name, not another spelling: "ВКО" stays "ВКО",
"Нур-Султаном" is "Нур-Султан", "Семипалатинском" "Семипалатинск", as the gold annotation keeps "ОАЭ" and "Антикор"
(an organisation's one name is its `body`); "Алма-Ате", "Қарағанды", "Абайской области" are spellings of the
gazetteer's name and take it ("Алматы", "Караганда", "область Абай"). The gazetteer's name stays beside a name of
its own as the span's `place`, so figures name one region by one name."""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.nlp.ru.gazetteer import Entry, lemma_key, variants
from pokazatel.nlp.ru.norm import SINGULAR_HEADS

# Kazakh letters read as Russian spells them, to compare names across the two spellings ("Жетісу", "Жетысу")
KAZAKH_AS_RUSSIAN = str.maketrans("әғқңөұүһіё", "агкноуухые")
GENERIC_WORDS = SINGULAR_HEADS | {"республика"}
SAME_NAME_LETTERS = 4  # names whose distinctive words open alike are one name spelt two ways


@cache
def other_names() -> dict[str, str]:
    """Each variant of a gazetteer place that is another name than its own ("РК", "Нур-Султан"), with that own
    name ("Казахстан", "Астана"): a LOC whose norm is such a variant has the own name as its `place`."""
    names: dict[str, str] = {}
    for variant, entry in variants():
        if entry.is_place and variant != entry.norm and (not _openings(variant) & _openings(entry.norm)
                                                         or _is_russian_lettering(variant, entry.norm)):
            names.setdefault(variant, entry.norm)
    return names


@cache
def _other_names() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Per gazetteer place, its variants that are other names than its own (lemma key, variant)."""
    by_norm: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for variant, norm in other_names().items():
        by_norm.setdefault(norm, []).append((lemma_key(variant), variant))
    return {norm: tuple(names) for norm, names in by_norm.items()}


@lru_cache(maxsize=4096)  # a place is written in few forms; bounded for a long stream
def _surface_key(surface: str) -> tuple[str, ...]:
    return lemma_key(surface)


def _is_russian_lettering(variant: str, norm: str) -> bool:
    """"область Жетысу" for the official "область Жетісу": a Russian text writing the Kazakh letters of a name with
    Russian ones is kept as written (data/eval/README.md, fresh36), its place still the gazetteer's."""
    return variant != norm and variant == norm.translate(KAZAKH_AS_RUSSIAN)


def _openings(name: str) -> set[str]:
    words = name.casefold().translate(KAZAKH_AS_RUSSIAN).replace("-", " ").split()
    return {word[:SAME_NAME_LETTERS] for word in words if word not in GENERIC_WORDS}


def written_place_name(entry: Entry, surface: str) -> str | None:
    """The variant of the gazetteer place `entry` that `surface` is a form of, when it is another name than the
    canonical one (an abbreviation, a former name), not a spelling of it."""
    names = _other_names().get(entry.norm) if entry.is_place else None
    if not names:
        return None
    key = _surface_key(surface)
    return next((variant for variant_key, variant in names if variant_key == key), None)


def state_by_its_name(norm: str) -> str:
    """A state named by its form and its name alone is that name, as Kazakh "Қазақстан Республикасы" is "Қазақстан"
    and the gazetteer's "Республика Казахстан" "Казахстан": "Республика Корея" → "Корея", so one country is one
    row; with words between or an adjective ("Кыргызская Республика", "Китайская Народная Республика") the official
    name stays."""
    words = norm.split()
    if len(words) == 2 and words[0] == "Республика" and words[1][:1].isupper() and words[1].isalpha() \
            and not words[1].lower().endswith(("ая", "ий", "ой")):
        return words[1]
    return norm
