"""Kazakh as typed on a Russian keyboard: "паракорлык" for "парақорлық", "акимдери" for "әкімдері".

The search index holds lemmas with each Kazakh letter written as the Russian letter people type for it
(`keyboard_fold`), and a query's lemmas are folded alike, so either spelling finds both. A word typed
without Kazakh letters cannot be stemmed by the Kazakh stemmer, whose endings carry them ("-ға", "-дері"):
`keyboard_stems` strips the same endings (data/kazakh/suffixes.yaml) compared in folded form.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
KEYBOARD_LETTERS = "агкноуухиАГКНОУУХИ"  # ұ and ү are both typed у; і is typed и
_FOLD = str.maketrans(KAZAKH_LETTERS, KEYBOARD_LETTERS)

# SQLite's replace() applied letter by letter: the index folds its lemma columns in SQL, so every
# connection (Datasette's too) reads the same index without a registered function.
def sql_fold(column: str) -> str:
    for kazakh, keyboard in zip(KAZAKH_LETTERS, KEYBOARD_LETTERS, strict=True):
        if kazakh.islower():
            column = f"replace({column}, '{kazakh}', '{keyboard}')"
    return column


def keyboard_fold(text: str) -> str:
    """`text` with every Kazakh letter as the Russian letter typed for it: "әкімі" -> "акими"."""
    return text.translate(_FOLD)


def folded_pattern(text: str) -> str:
    """A regular expression for every spelling of `text` that folds to what `text` folds to:
    "кам" -> "[кқ][аә]м". Cheaper than folding a whole article to look for a word in it."""
    pattern = []
    for letter in keyboard_fold(text):
        spellings = letter + "".join(k for k, f in zip(KAZAKH_LETTERS, KEYBOARD_LETTERS, strict=True) if f == letter)
        pattern.append(f"[{spellings}]" if len(spellings) > 1 else re.escape(letter))
    return "".join(pattern)


@cache
def _folded_groups() -> dict[str, tuple]:
    from pokazatel.nlp.kk.stem import Ending, suffixes

    def fold_ending(ending: Ending) -> Ending:
        return Ending(keyboard_fold(ending.suffix), frozenset(keyboard_fold(letter) for letter in ending.after),
                      tuple(keyboard_fold(e) for e in ending.after_endings))

    return {name: tuple(sorted({fold_ending(e) for e in group}, key=lambda e: (-len(e.suffix), e.suffix)))
            for name, group in suffixes().groups.items()}


@cache
def _folded_uninflected() -> tuple[frozenset[str], tuple[str, ...]]:
    from pokazatel.nlp.kk.stem import suffixes

    data = suffixes()
    return frozenset(map(keyboard_fold, data.uninflected)), tuple(map(keyboard_fold, data.protected_endings))


def _is_protected(word: str) -> bool:
    """A word that only looks inflected ("Караганды", "Казакстан"), as the stemmer keeps it."""
    words, endings = _folded_uninflected()
    return word in words or word.endswith(endings)


def _strip(word: str, group: str) -> str | None:
    from pokazatel.nlp.kk.stem import MIN_STEM

    for ending in _folded_groups()[group]:
        if word.endswith(ending.suffix):
            rest = word[: -len(ending.suffix)]
            if len(rest) >= MIN_STEM and ending.fits(rest):
                return rest
    return None


@lru_cache(maxsize=10_000)
def keyboard_stems(word: str) -> tuple[str, ...]:
    """The folded stems a word typed without Kazakh letters may be of: the stemmer's own, and the
    word with case, possessive and plural endings (or a verb ending) stripped as they read folded.
    Empty for a word with a Kazakh letter or any non-Cyrillic letter, and for a word Russian
    morphology knows ("взятки" is Russian, not Kazakh typed without its letters)."""
    from pokazatel.nlp.kk.stem import stem
    from pokazatel.nlp.ru.morph import parse

    lower = word.lower()
    if keyboard_fold(lower) != lower or not lower.isalpha() or not all("а" <= c <= "я" or c == "ё" for c in lower):
        return ()
    analyses = parse(lower)
    if analyses and analyses[0].is_known:
        return ()
    if _is_protected(lower):
        return (keyboard_fold(stem(lower)),)
    return tuple(dict.fromkeys((keyboard_fold(stem(lower)), folded_stem(lower))))


def folded_stem(word: str) -> str:
    """The stem of a lower-case Kazakh word typed without Kazakh letters: the stemmer's endings stripped as
    they read folded."""
    current = word
    for group in ("case", "possessive", "plural"):
        current = _strip(current, group) or current
    if current == word:
        current = _strip(word, "verb") or word
    if current != word and word[len(current)] in "аеиоуыэюя" and current[-1] == "г":  # әкімдігі → әкімдік
        current = current[:-1] + "к"
    return current
