"""The other forms of a Kazakh query word that the stemmer leaves apart, as the stems the index holds.

The stemmer (pokazatel.nlp.kk.stem) strips case, possessive and plural endings and one verb ending, and keeps at
least three letters; so forms of one verb land on different stems (ұстаған → ұста, ұсталды → ұстал, ұстады →
ұстад) and a short noun keeps its ending (істі → іст, ісі). Search finds them all by generating the word's
paradigm from its root (data/kazakh/paradigm.yaml for verbs, suffixes.yaml's case, possessive and plural endings
for nouns), stemming every form as the index did, and keeping the stems that still begin with the root: a form
that does not exist matches nothing, and no stem shorter than the root ("сот" from "сотта-") is let in.
"""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.nlp.kk.stem import stem, suffixes
from pokazatel.store.kazakh_keyboard import KAZAKH_LETTERS, keyboard_fold

from pokazatel.resources import data_path, read_yaml

MIN_ROOT = 2  # іс, ал, бер: the roots the stemmer's three letters keep whole
BACK, FRONT = set("аоұыя"), set("әеөүіэ")
VOWELS = BACK | FRONT | set("иуюё")
VOICELESS = set("кқпстфхцчшщ")


@cache
def _paradigm() -> dict:
    return read_yaml(data_path("kazakh", "paradigm.yaml"))


@cache
def _noun_endings() -> tuple[str, ...]:
    groups = suffixes().groups
    return tuple(sorted({e.suffix for name in ("case", "possessive", "plural") for e in groups[name]},
                        key=len, reverse=True))


@cache
def _all_verb_endings() -> tuple[str, ...]:
    lists = _paradigm()["verb_endings"].values()
    return tuple(sorted({e for by_harmony in lists for endings in by_harmony.values() for e in endings},
                        key=len, reverse=True))


@cache
def _all_voices() -> tuple[str, ...]:
    lists = _paradigm()["voices"].values()
    return tuple(sorted({v for by_harmony in lists for voices in by_harmony.values() for v in voices},
                        key=len, reverse=True))


def _after(stem_: str, kind: str) -> list[str]:
    """The endings of `kind` (verb_endings, voices) that follow `stem_`, by its last letter and its vowels."""
    vowel = next((letter for letter in reversed(stem_) if letter in BACK | FRONT), None)
    if vowel is None:
        return []
    position = ("after_vowel" if stem_[-1] in VOWELS else
                "after_voiceless" if stem_[-1] in VOICELESS else "after_voiced")
    return _paradigm()[kind][position]["back" if vowel in BACK else "front"]


def _verb_roots(word: str) -> set[str]:
    """The roots `word` may be a verb form of: without a verb ending, and without the passive voice before it."""
    roots = set()
    for ending in _all_verb_endings():
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < MIN_ROOT:
            continue
        voice = next((v for v in _all_voices() if base.endswith(v) and len(base) - len(v) > MIN_ROOT), None)
        roots.add(base[: -len(voice)] if voice else base)
    return roots


def _verb_forms(root: str) -> set[str]:
    forms = set()
    for voiced in (root, *(root + voice for voice in _after(root, "voices"))):
        forms.update(voiced + ending for ending in _after(voiced, "verb_endings"))
    return forms


def _short_noun_root(word: str) -> str | None:
    """The root of a noun the stemmer kept whole for being short: істі → іс (its ending leaves two letters)."""
    return next((word[:MIN_ROOT] for ending in _noun_endings()
                 if word.endswith(ending) and len(word) - len(ending) == MIN_ROOT), None)


def is_kazakh(text: str) -> bool:
    """Written with a Kazakh letter."""
    return any(letter in KAZAKH_LETTERS for letter in text)


def looks_kazakh(word: str) -> bool:
    """A word with a Kazakh letter, or a Cyrillic one Russian morphology does not know (сотталды)."""
    from pokazatel.nlp.ru.morph import parse

    if is_kazakh(word):
        return True
    analyses = parse(word)
    return not (analyses and analyses[0].is_known)


@lru_cache(maxsize=10_000)
def paradigm_stems(word: str) -> tuple[str, ...]:
    """Folded stems of the other forms of a Kazakh `word` that its own stem does not reach: those of its
    verb's other tenses and voices, or of a two-letter noun's other cases; () for none or a Russian word."""
    lower = word.lower()
    if not lower.isalpha() or not all("а" <= c <= "я" or c in KAZAKH_LETTERS or c == "ё" for c in lower):
        return ()
    if not looks_kazakh(lower):
        return ()
    found: set[str] = set()
    for root in _verb_roots(lower):
        found.update(s for s in map(stem, _verb_forms(root)) if s.startswith(root))
    noun_root = _short_noun_root(lower)
    if noun_root is not None:
        forms = {noun_root + ending for ending in _noun_endings()}
        found.update(s for s in map(stem, forms) if s.startswith(noun_root) and s != noun_root)
    found.discard(stem(lower))
    return tuple(sorted({keyboard_fold(s) for s in found}))
