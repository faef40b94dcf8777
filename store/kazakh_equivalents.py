"""The Kazakh words for a post, a body or an offence typed in Russian (data/search/kazakh_words.yaml): "суд" also finds
"сотқа", "акимат" "әкімдігінің", "взятка" "пара" in Kazakh articles. Search looks for them as folded Kazakh lemmas
in Kazakh articles only, as it looks for a word typed in Kazakh."""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.store.kazakh_keyboard import keyboard_fold
from pokazatel.store.query import lemmatise

from pokazatel.resources import data_path, read_yaml


@cache
def _words() -> dict[str, tuple[str, ...]]:
    data = read_yaml(data_path("search", "kazakh_words.yaml"))
    return {russian: tuple(kazakh) for russian, kazakh in data["words"].items()}


@lru_cache(maxsize=10_000)
def kazakh_lemmas(russian_lemmas: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The folded Kazakh lemmas (one tuple a word or phrase) of the Kazakh words for a Russian word given by its
    lemmas; () when none is listed."""
    words = _words()
    found = [kazakh for lemma in russian_lemmas for kazakh in words.get(lemma, ())]
    return tuple(dict.fromkeys(tuple(keyboard_fold(lemmatise(kazakh, "kk")).split()) for kazakh in found))
