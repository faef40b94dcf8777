"""The other forms of a Kazakh query word that the stemmer leaves apart, as the stems the index holds.

The stemmer (pokazatel.nlp.kk.stem) strips case, possessive and plural endings and one verb ending, and keeps at
least three letters; so forms of one verb land on different stems (ұстаған → ұста, ұсталды → ұстал, ұстады →
ұстад) and a short noun keeps its ending (істі → іст, ісі). Search finds them all by generating the word's
paradigm from its root (data/kazakh/paradigm.yaml for verbs, suffixes.yaml's case, possessive and plural endings
for nouns), stemming every form as the index did, and keeping the stems that still begin with the root: a form
that does not exist matches nothing, and no stem shorter than the root ("сот" from "сотта-") is let in. A word
typed without Kazakh letters ("устаганы") is worked on as the index folds it (pokazatel.store.kazakh_keyboard),
both vowel harmonies where its letters do not tell them apart.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from pokazatel.nlp.kk.stem import stem, suffixes
from pokazatel.store.kazakh_keyboard import KAZAKH_LETTERS, folded_stem, keyboard_fold

from pokazatel.resources import data_path, read_yaml

MIN_ROOT = 2  # іс, ал, бер: the roots the stemmer's three letters keep whole
BACK, FRONT = set("аоұыя"), set("әеөүіэ")
FOLDED_AMBIGUOUS = set("аоу")  # ә, ө, ұ and ү typed as а, о, у
VOWELS = BACK | FRONT | set("иуюё")
VOICELESS = set("кқпстфхцчшщ")


@cache
def _paradigm() -> dict:
    return read_yaml(data_path("kazakh", "paradigm.yaml"))


def _endings(kind: str, folded: bool) -> dict[str, dict[str, tuple[str, ...]]]:
    return {position: {harmony: tuple(keyboard_fold(e) if folded else e for e in endings)
                       for harmony, endings in by_harmony.items()}
            for position, by_harmony in _paradigm()[kind].items()}


@cache
def _tables(folded: bool) -> tuple[dict, dict, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Verb endings and voices by position and harmony, and every verb ending, voice and noun ending, longest
    first; folded as a Russian keyboard types them when `folded`."""
    verbs, voices = _endings("verb_endings", folded), _endings("voices", folded)

    def flat(table: dict) -> tuple[str, ...]:
        return tuple(sorted({e for by_harmony in table.values() for es in by_harmony.values() for e in es},
                            key=len, reverse=True))

    groups = suffixes().groups
    nouns = {e.suffix for name in ("case", "possessive", "plural") for e in groups[name]}
    nouns_folded = {keyboard_fold(e) for e in nouns} if folded else nouns
    return verbs, voices, flat(verbs), flat(voices), tuple(sorted(nouns_folded, key=len, reverse=True))


def _after(stem_: str, table: dict, folded: bool) -> list[str]:
    """The endings of `table` that may follow `stem_`, by its last sound and its vowels."""
    vowel = next((letter for letter in reversed(stem_) if letter in VOWELS - set("иуюё") or
                  (folded and letter in "иу")), None)
    if vowel is None:
        return []
    position = ("after_vowel" if stem_[-1] in VOWELS else
                "after_voiceless" if stem_[-1] in VOICELESS else "after_voiced")
    if folded and vowel in FOLDED_AMBIGUOUS:
        harmonies = ["back", "front"]
    else:
        harmonies = ["back" if vowel in BACK or (folded and vowel == "у") else "front"]
    return [e for harmony in harmonies for e in table[position][harmony]]


def _verb_roots(word: str, folded: bool) -> set[str]:
    """The roots `word` may be a verb form of: without a verb ending, and without the passive voice before it."""
    _, _, verb_endings, voices, _ = _tables(folded)
    roots = set()
    for ending in verb_endings:
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < MIN_ROOT:
            continue
        voice = next((v for v in voices if base.endswith(v) and len(base) - len(v) > MIN_ROOT), None)
        roots.add(base[: -len(voice)] if voice else base)
    return roots


def _verb_forms(root: str, folded: bool) -> set[str]:
    verbs, voices, _, _, _ = _tables(folded)
    forms = set()
    for voiced in (root, *(root + voice for voice in _after(root, voices, folded))):
        forms.update(voiced + ending for ending in _after(voiced, verbs, folded))
    return forms


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
    folded = not is_kazakh(lower)
    to_stem: Callable[[str], str] = folded_stem if folded else stem
    found: set[str] = set()
    for root in _verb_roots(lower, folded):
        found.update(s for s in map(to_stem, _verb_forms(root, folded)) if s.startswith(root))
    noun_endings = _tables(folded)[4]
    noun_root = next((lower[:MIN_ROOT] for ending in noun_endings
                      if lower.endswith(ending) and len(lower) - len(ending) == MIN_ROOT), None)
    if noun_root is None and len(lower) == MIN_ROOT and not folded:
        noun_root = lower  # іс itself: its Kazakh letter says it is no Russian word ("он", "да")
    if noun_root is not None:  # істі → іс, whose other cases the stemmer keeps whole
        forms = {noun_root + ending for ending in noun_endings}
        found.update(s for s in map(to_stem, forms) if s.startswith(noun_root) and s != noun_root)
    found.discard(to_stem(lower))
    return tuple(sorted({keyboard_fold(s) for s in found}))


@lru_cache(maxsize=10_000)
def adjective_relatives(word: str) -> tuple[str, ...]:
    """Folded stems of a Kazakh adjective's noun (қылмыстық → қылмыс), or of a noun's adjectives (лауазым →
    лауазымдық); () for a Russian word."""
    lower = word.lower()
    if not lower.isalpha() or not looks_kazakh(lower):
        return ()
    folded = not is_kazakh(lower)
    own = folded_stem(lower) if folded else stem(lower)
    endings = [keyboard_fold(e) if folded else e for e in _paradigm()["adjective_endings"]]
    nouns = [own[: -len(e)] for e in endings if own.endswith(e) and len(own) - len(e) >= MIN_ROOT + 1]
    if not nouns and len(own) > MIN_ROOT:
        nouns = [own + e for e in endings]
    return tuple(keyboard_fold(noun) for noun in nouns)
