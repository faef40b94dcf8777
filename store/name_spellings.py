"""One key for the spellings Russian and Kazakh text give one Kazakh name: "Тілеубаев" and "Тлеубаев", "Төлегенов",
"Толегенов" and "Тулегенов" (data/kazakh/name_spellings.yaml; Kazakh letters folded first as a Russian keyboard
types them, pokazatel.store.kazakh_keyboard). Facts key a person's surname by it; search finds a name in its other
spellings with it. A first о and у are one letter only in a root of Kazakh front vowels, as ө's is: "Мосин" and "Мусин"
are two names."""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.store.kazakh_keyboard import keyboard_fold

from pokazatel.resources import data_path, read_yaml

VOWELS = frozenset("аеёиоуыэюя")
MIN_DROPPING = 6  # a shorter word ("Кима") left without its и would be another word or an abbreviation (ҚМА)


@cache
def _rules() -> tuple[dict[str, str], frozenset[str]]:
    data = read_yaml(data_path("kazakh", "name_spellings.yaml"))
    classes = {letter: letters[0] for letters in data["first_vowel_classes"] for letter in letters}
    return classes, frozenset(data["dropped_after_first_consonant"])


@cache
def _harmony() -> tuple[frozenset[str], tuple[str, ...]]:
    data = read_yaml(data_path("kazakh", "name_spellings.yaml"))
    return frozenset(data["front_vowels"]), tuple(sorted(data["surname_endings"], key=len, reverse=True))


def _front_root(word: str, at: int) -> bool:
    """A front vowel follows the first vowel (at `at`) in the word's root, its surname ending left out: "тулеген(ов)",
    "умирзак(ов)", not "мос(ин)"."""
    front, endings = _harmony()
    root = next((word[: -len(ending)] for ending in endings if word.endswith(ending) and len(word) > len(ending) + at),
                word)
    return any(letter in front for letter in root[at + 1:])


def _vowel_class(word: str, at: int | None) -> str | None:
    """The class of the word's first vowel (at `at`) when it is one a Kazakh ө may be written with; else None."""
    classes, _ = _rules()
    if at is None or word[at] not in classes or not _front_root(word, at):
        return None
    return classes[word[at]]


def _folded(word: str) -> str:
    return keyboard_fold(word.casefold().replace("ё", "е"))


def _is_consonant(letter: str) -> bool:
    """A Russian consonant (a Latin letter is none: "Mangystau" has no и to drop)."""
    return ("а" <= letter <= "я" or letter == "ё") and letter not in VOWELS


def _drops(word: str) -> bool:
    """The letter after the first consonant is one Russian leaves out, and a consonant follows it."""
    _, dropped = _rules()
    return len(word) >= MIN_DROPPING and _is_consonant(word[0]) and word[1] in dropped and _is_consonant(word[2])


def _first_vowel(word: str) -> int | None:
    return next((i for i, letter in enumerate(word) if letter in VOWELS), None)


@lru_cache(maxsize=100_000)
def spelling_key(word: str) -> str:
    """The word folded, without a letter Russian leaves out after its first consonant, its first vowel as its class
    writes it: "Тілеубаев" and "Тлеубаев" -> "тлеубаев", "Төлегенов" and "Тулегенов" -> "тулегенов"."""
    folded = _folded(word)
    if _drops(folded):
        folded = folded[0] + folded[2:]
    at = _first_vowel(folded)
    vowel_class = _vowel_class(folded, at)
    if vowel_class is not None:
        folded = folded[:at] + vowel_class + folded[at + 1:]
    return folded


@lru_cache(maxsize=10_000)
def spellings(word: str) -> tuple[str, ...]:
    """The folded spellings of a name that share its key, the word's own first: "Тлеубаев" -> тлеубаев, тилеубаев;
    "Тулеуов" -> тулеуов, толеуов."""
    folded = _folded(word)
    classes, dropped = _rules()
    forms = [folded]
    if _drops(folded):
        forms.append(folded[0] + folded[2:])
    elif len(folded) >= MIN_DROPPING - 1 and _is_consonant(folded[0]) and _is_consonant(folded[1]):
        forms.extend(folded[0] + letter + folded[1:] for letter in sorted(dropped))
    for form in list(forms):
        at = _first_vowel(form)
        vowel_class = _vowel_class(form, at)
        if vowel_class is not None:
            forms.extend(form[:at] + other + form[at + 1:] for other in sorted(classes)
                         if classes[other] == vowel_class and other != form[at])
    return tuple(dict.fromkeys(form for form in forms if spelling_key(form) == spelling_key(folded)))


def feminine(surname: str) -> str | None:
    """The woman's surname of a man's ("курмангалиев": курмангалиева), None for a word of no man's surname's ending:
    Russian lemmas read both as his, Kazakh ones keep hers apart."""
    _, endings = _harmony()
    return surname + "а" if surname.endswith(tuple(e for e in endings if not e.endswith("а"))) else None
