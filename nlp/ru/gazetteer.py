"""The Kazakhstan gazetteers and word lists under data/gazetteer/, loaded once, and a matcher that finds
gazetteer names in a run of words by their lemmas, so every inflected form matches ("Алматинской
области" finds the entry "Алматинская область")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pymorphy3
from pokazatel.nlp.ru.morph import PARSE_CACHE_SIZE, analyzer, lemma, parse

from pokazatel.resources import data_path, read_yaml

GAZETTEER_DIR = data_path("gazetteer")
# Every variant's lemma keys, computed by `python -m pokazatel.nlp.ru.gazetteer_keys`: computing them at each
# process start (pymorphy over ~1,900 words) cost about 0.1 CPU s.
LEMMA_KEYS = GAZETTEER_DIR / "lemma_keys.json"
WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    norm: str  # canonical form reported as the entity's norm
    label: str
    body: str = ""  # ties together the several names of one body ("anticorruption_agency", see bodies.yaml)
    is_place: bool = False
    region: str = ""  # the region's norm a town or district lies in (places.yaml's `region:`)


@dataclass
class Gazetteer:
    by_key: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    by_first_lemma: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def add(self, variant: str, entry: Entry, keys: Sequence[tuple[str, ...]] | None = None) -> None:
        """The variant under its keys (variant_keys: computed unless given)."""
        for key in variant_keys(variant) if keys is None else keys:
            if key and key not in self.by_key:
                self.by_key[key] = entry
                self.by_first_lemma.setdefault(key[0], []).append(key)

    def matches(self, lemmas: Sequence[frozenset[str]]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping (start, end, entry) over the candidate lemmas of each word (a form can have
        several: "Конаеве" is "конаева" or "конаев"), longest match first at each point."""
        found = []
        i = 0
        while i < len(lemmas):
            fitting = [
                key for first in lemmas[i] for key in self.by_first_lemma.get(first, ())
                if len(key) <= len(lemmas) - i and all(part in lemmas[i + k] for k, part in enumerate(key))
            ]
            if fitting:
                key = max(fitting, key=len)
                found.append((i, i + len(key), self.by_key[key]))
                i += len(key)
            else:
                i += 1
        return found


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def word_lemma(word: str) -> str:
    """Lemma used for matching: abbreviations and non-Cyrillic words keep their lower-case form."""
    if word.isupper() and len(word) > 1 or not re.search(r"[а-яё]", word.lower()):
        return word.lower()
    return lemma(word)


# A place in -ай/-ей/-ой declines like "Кордай": Кордая, Кордаю, Кордаем, Кордае; pymorphy, not knowing
# the name, may read "Кордая" as a feminine name instead.
Y_STEM_ENDINGS = re.compile(r"(?<=[аеоуыэ])(я|ю|ем|е)$")
# A name in a consonant declines like "Антикор": Антикора, Антикору, Антикором, Антикоре; pymorphy, not knowing
# the name, may read "Антикора" as a feminine noun instead.
CONSONANT_STEM_ENDINGS = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(а|у|ом|е)$")


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def word_lemmas(word: str) -> frozenset[str]:
    """Every lemma a word form may have, for matching: the likeliest one and all pymorphy's readings,
    and for a capitalised word its nominative in -й or in a consonant if it has the endings of that declension."""
    lower = word.lower()
    lemmas = {word_lemma(word), lower}
    if re.search(r"[а-яё]", lower):
        lemmas |= {analysis.normal_form for analysis in parse(lower)}
        if word[:1].isupper() and Y_STEM_ENDINGS.search(lower):
            lemmas.add(Y_STEM_ENDINGS.sub("", lower) + "й")
        if word[:1].isupper() and len(CONSONANT_STEM_ENDINGS.sub("", lower)) >= 4:
            lemmas.add(CONSONANT_STEM_ENDINGS.sub("", lower))
    return frozenset(lemmas)


def _nominative_lemma(word: str) -> str:
    """Lemma of a gazetteer variant, which is written in the nominative: "Конаев" is the town, not a
    form of the verb "конаесть" pymorphy would guess first."""
    if word.isupper() and len(word) > 1 or not re.search(r"[а-яё]", word.lower()):
        return word.lower()
    nominative = [p for p in parse(word.lower()) if p.tag.case == "nomn"]
    return nominative[0].normal_form if nominative else lemma(word)


def lemma_key(text: str) -> tuple[str, ...]:
    """The lemmas of a gazetteer variant, word by word."""
    return tuple(_nominative_lemma(word) for word in WORD.findall(text))


def name_key(text: str) -> tuple[str, ...]:
    """A second key for a variant with a capitalised word pymorphy reads in no nominative: "Семей" is
    to it only the genitive plural of "семья", but as a city it declines as "Семея", "Семее", whose
    lemma pymorphy gives as "семей"; such a word is its own lemma."""
    words = WORD.findall(text)
    key = tuple(
        word.lower() if word[:1].isupper() and not any(p.tag.case == "nomn" for p in parse(word.lower()))
        else _nominative_lemma(word)
        for word in words
    )
    return key if key != lemma_key(text) else ()


def variant_keys(variant: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return lemma_key(variant), name_key(variant)


def _load(name: str):
    return read_yaml(GAZETTEER_DIR / name)


def variants() -> Iterator[tuple[str, Entry]]:
    """Every name of every place and state body of Kazakhstan, and the few names beyond it of world.yaml,
    with its entry."""
    for name, is_place in (("places.yaml", True), ("organisations.yaml", False), ("world.yaml", False)):
        for item in _load(name):
            entry = Entry(item["norm"], item["label"], item.get("body", ""), is_place, item.get("region", ""))
            for variant in [item["norm"], *item.get("variants", [])]:
                yield variant, entry


def morphology() -> str:
    """What the keys depend on: pymorphy3's version and its dictionary's."""
    meta = analyzer().dictionary.meta
    return f"pymorphy3 {pymorphy3.__version__}, dictionary {meta['source_revision']} of {meta['compiled_at']}"


def shipped_keys() -> dict[str, list[list[str]]]:
    """The variants' keys in LEMMA_KEYS when they were computed with this morphology, else none."""
    try:
        shipped = json.loads(LEMMA_KEYS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return shipped["keys"] if shipped.get("morphology") == morphology() else {}


@cache
def gazetteer() -> Gazetteer:
    """Places and state bodies of Kazakhstan in one lemma index; each variant's keys from LEMMA_KEYS, or
    computed when it is not there (a variant added since the file was made)."""
    index = Gazetteer()
    shipped = shipped_keys()
    for variant, entry in variants():
        keys = shipped.get(variant)
        index.add(variant, entry, None if keys is None else [tuple(key) for key in keys])
    return index


@cache
def org_words() -> dict[str, frozenset[str]]:
    """heads, linkers, legal_forms, legal_form_suffixes, law_codes, ignore: see data/gazetteer/org_words.yaml."""
    return {key: frozenset(values) for key, values in _load("org_words.yaml").items()}


@cache
def position_words() -> dict[str, frozenset[str]]:
    """heads, modifiers, need_complement: see data/gazetteer/positions.yaml."""
    return {key: frozenset(values) for key, values in _load("positions.yaml").items()}


@cache
def first_names() -> dict[str, str]:
    """Lower-case nominative first name -> "masc" or "femn"."""
    data = _load("first_names.yaml")
    names = {name.lower(): "masc" for name in data["male"]}
    names.update({name.lower(): "femn" for name in data["female"]})
    return names
