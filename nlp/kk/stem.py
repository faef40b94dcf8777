"""A light Kazakh suffix stripper: `stem` for search ("параны", "паралар" → "пара") and `strip_case`
for entity norms ("Астанада" → "Астана", "облысында" → "облысы").

The endings and the sounds they attach to live in data/kazakh/suffixes.yaml; words that only look
inflected ("Қарағанды") in data/kazakh/uninflected.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from pokazatel.resources import data_path, read_yaml

DATA_DIR = data_path("kazakh")
MIN_STEM = 3  # letters a stem keeps, so short roots ("ал", "ер") survive
# A vowel-initial ending voices the stem's last consonant (әкімдік → әкімдігі); stems are given unvoiced.
UNVOICED = {"г": "к", "ғ": "қ"}


@dataclass(frozen=True)
class Ending:
    suffix: str
    after: frozenset[str]  # letters the remaining stem may end with; empty (with no after_endings) = anything
    after_endings: tuple[str, ...] = ()  # or endings it may end with

    def fits(self, rest: str) -> bool:
        if not self.after and not self.after_endings:
            return True
        return rest[-1] in self.after or rest.endswith(self.after_endings)


@dataclass(frozen=True)
class Suffixes:
    groups: dict[str, tuple[Ending, ...]]
    protected_endings: tuple[str, ...]
    uninflected: frozenset[str]
    possessive_forms: dict[str, str]


@cache
def _suffix_data() -> dict:
    return read_yaml(DATA_DIR / "suffixes.yaml")


@cache
def suffixes() -> Suffixes:
    data = _suffix_data()
    classes = {name: set(letters) for name, letters in data["sound_classes"].items()}

    def ending(item: dict) -> Ending:
        after = item["after"] if isinstance(item["after"], list) else [item["after"]]
        if "any" in after:
            return Ending(item["suffix"], frozenset())
        letters = set().union(*(classes[name] for name in after if not name.startswith("=")))
        endings = tuple(name[1:] for name in after if name.startswith("="))
        return Ending(item["suffix"], frozenset(letters), endings)

    groups = {
        name: tuple(sorted((ending(i) for i in data[name]), key=lambda e: -len(e.suffix)))
        for name in ("case", "possessive", "plural", "verb")
    }
    uninflected = frozenset(
        line.strip() for line in (DATA_DIR / "uninflected.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return Suffixes(groups, tuple(data.get("protected_endings", ())), uninflected,
                    dict(data.get("possessive_forms", {})))


@cache
def ending_list(name: str) -> tuple[str, ...]:
    """One of the flat ending lists of data/kazakh/suffixes.yaml (`ending_lists`): "genitive", "ordinal",
    "adjective", "verb", "patronymic", "counted_noun", "number", "number_possessive"."""
    return tuple(_suffix_data()["ending_lists"][name])


def _strip_one(word: str, group: str, min_stem: int) -> str | None:
    """`word` without its longest ending of `group` whose sound condition holds, or None."""
    for ending in suffixes().groups[group]:
        if not word.endswith(ending.suffix):
            continue
        rest = word[: -len(ending.suffix)]
        if len(rest) >= min_stem and ending.fits(rest):
            return rest
    return None


@cache
def _all_endings() -> frozenset[str]:
    return frozenset(e.suffix for group in suffixes().groups.values() for e in group)


def _is_ending(text: str) -> bool:
    """`text` is one inflectional ending or two of them (a hyphenated "-ның", "-дағы", "-лары")."""
    return text in _all_endings() or any(
        text.endswith(e) and text[: -len(e)] in _all_endings() for e in _all_endings()
    )


def _is_protected(word: str) -> bool:
    data = suffixes()
    return word in data.uninflected or word.endswith(data.protected_endings)


@lru_cache(maxsize=100_000)  # about 270 bytes a word form: 27 MB at most
def stem(word: str) -> str:
    """Lower-cased stem of a Kazakh word: case, possessive and plural endings (or a verb ending)
    stripped, keeping at least MIN_STEM letters. "Параны" → "пара"; non-words come back lower-cased."""
    lower = word.lower()
    head, hyphen, tail = lower.rpartition("-")
    if hyphen and head and _is_ending(tail):  # 318-і, 900-ге, ҰБТ-ның
        return head if not head.replace("-", "").isalpha() else stem(head)
    if hyphen and head and tail.isalpha():  # only the last part inflects: мектеп-гимназияның
        return f"{head}-{stem(tail)}"
    if not lower.isalpha() or _is_protected(lower):
        return lower
    if lower in suffixes().possessive_forms:
        return suffixes().possessive_forms[lower]
    current = lower
    stripped_vowel_initial = False
    for group in ("case", "possessive", "plural"):
        rest = _strip_one(current, group, MIN_STEM)
        if rest is not None:
            stripped_vowel_initial = current[len(rest)] in "аәеиоөұүыіэюя"
            current = rest
    if current == lower:
        current = _strip_one(lower, "verb", MIN_STEM) or lower
        stripped_vowel_initial = current != lower and lower[len(current)] in "аәеиоөұүыіэюя"
    if stripped_vowel_initial and current[-1] in UNVOICED:
        current = current[:-1] + UNVOICED[current[-1]]
    return current


@lru_cache(maxsize=50_000)
def strip_case(word: str) -> str:
    """`word` without its case ending, letter case and possessive kept: the nominative an entity norm
    wants ("Бектеновке" → "Бектенов", "облысында" → "облысы", "Қарағанды" stays)."""
    lower = word.lower()
    if "-" in lower:  # only the last part of a hyphenated word inflects (мектеп-гимназияның, ҰБТ-ның)
        head, _, tail = word.rpartition("-")
        if head and _is_ending(tail.lower()):
            return head
        return f"{head}-{strip_case(tail)}" if tail else word
    if not lower.isalpha() or _is_protected(lower) or lower in suffixes().possessive_forms:
        return word
    rest = _strip_one(lower, "case", MIN_STEM)
    return word[: len(rest)] if rest is not None else word
