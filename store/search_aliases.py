"""Other names search finds for a service or term that is no body of data/gazetteer/bodies.yaml, in Russian and
Kazakh (data/search/aliases.yaml): "Экономикалық тергеу қызметі" also finds "Служба экономических
расследований". A name in another case names it too, word for word (pokazatel.store.query.names_match)."""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.store.query import WORD, fold, names_match, word_variants

from pokazatel.resources import data_path, read_yaml


@cache
def _groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in read_yaml(data_path("search", "aliases.yaml"))["groups"])


@cache
def alias_words() -> frozenset[str]:
    """Every form of every word of the aliases (word_variants): a query word outside it is in no alias."""
    return frozenset(variant for group in _groups() for name in group for word in WORD.findall(name)
                     for variant in word_variants(word))


@lru_cache(maxsize=10_000)
def alias_names(text: str) -> tuple[str, ...]:
    """The other names of the group one of whose names `text` is, in any case form; () for none."""
    words = len(WORD.findall(text))
    for group in _groups():
        if any(len(WORD.findall(name)) == words and names_match(name, text) for name in group):
            return tuple(name for name in group if fold(name) != fold(text))
    return ()
