"""The Kazakh gazetteer: known names of Kazakhstan's bodies and places (data/gazetteer/kk_*.yaml and the Kazakh
names of data/gazetteer/bodies.yaml), found in any inflected form."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import spacy
from pokazatel.nlp.bodies import kazakh_names
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)
from pokazatel.nlp.kk.latin import to_cyrillic
from pokazatel.nlp.kk.stem import stem, strip_case
from spacy.tokens import Doc, Span

from pokazatel.resources import data_path, read_yaml

GAZETTEER_DIR = data_path("gazetteer")
RECENT_ARTICLES = 2  # whose matches Gazetteer.find_in_words keeps


@lru_cache(maxsize=100_000)  # about 400 bytes a word form: 40 MB at most
def _word_keys(word: str) -> frozenset[str]:
    """Forms a word is compared by: itself, its nominative and its stem (lower-cased); made once per word form
    (the gazetteer looks at every token of every Kazakh article, twice with the CRF's features)."""
    return frozenset((word.lower(), strip_case(word).lower(), stem(word)))


@dataclass(frozen=True)
class Gazetteer:
    """Known names, found in any inflected form: a word matches a name's word when their lower-cased
    forms, nominatives or stems agree ("агенттігінің" ~ "агенттігі", "Ақордада" ~ "Ақорда")."""

    by_first_word: dict[str, list[tuple[tuple[frozenset[str], ...], str]]]  # longest entries first
    # the last articles' words and what was found in them: the entity component and the CRF's features ask
    # for the same words of each Kazakh article, one after the other
    _recent: dict[tuple[str, ...], tuple[tuple[int, int, str], ...]] = field(
        default_factory=dict, compare=False, repr=False)

    def find(self, doc: Doc) -> list[Span]:
        return [Span(doc, start, end, label=label) for start, end, label in self.find_in_words([t.text for t in doc])]

    def find_in_words(self, words: list[str]) -> list[tuple[int, int, str]]:
        """`find` over the words alone, as (start, end, label): no Doc to build (the CRF's features ask too)."""
        key = tuple(words)
        found = self._recent.get(key)
        if found is None:
            if len(self._recent) >= RECENT_ARTICLES:
                self._recent.clear()
            found = self._recent[key] = tuple(self._find_in_words(words))
        return list(found)

    def names_in(self, words: list[str]) -> list[tuple[int, int, str]]:
        """`find_in_words` for a few words of no article, kept out of the articles' cache."""
        return self._find_in_words(words)

    def _find_in_words(self, words: list[str]) -> list[tuple[int, int, str]]:
        found, i = [], 0
        keys = [_word_keys(word) for word in words]
        while i < len(words):
            match = None
            if words[i][:1].isupper():  # names are capitalised; "орал" is also a verb
                candidates = {id(e): e for k in keys[i] for e in self.by_first_word.get(k, ())}
                for entry, label in sorted(candidates.values(), key=lambda e: -len(e[0])):
                    if i + len(entry) <= len(words) and all(
                        keys[i + n] & word_keys for n, word_keys in enumerate(entry)
                    ):
                        match = (i, i + len(entry), label)
                        break
            if match is not None:
                found.append(match)
                i = match[1]
            else:
                i += 1
        return found


@cache
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    """Every data/gazetteer/kk_*.yaml file ({"label": ..., "entries": [name, ...]}) and the Kazakh
    names of the bodies of data/gazetteer/bodies.yaml."""
    tokenizer = spacy.blank("kk").tokenizer
    index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = defaultdict(list)
    lists = [read_yaml(path) for path in sorted(directory.glob("kk_*.yaml"))]
    lists.append({"label": "ORG", "entries": kazakh_names()})  # the Kazakh names of data/gazetteer/bodies.yaml
    for data in lists:
        for name in data["entries"]:
            # a Latin-script name as a Latin-script article reaches the pipeline too: read into Cyrillic
            # ("Transparency International" -> "Транспаренцы Інтернатіонал")
            spellings = {name, to_cyrillic(name).text} if re.search("[A-Za-z]", name) else {name}
            for spelling in sorted(spellings):
                entry = tuple(frozenset(_word_keys(t.text)) for t in tokenizer(spelling))
                for key in entry[0]:
                    index[key].append((entry, data["label"]))
    return Gazetteer(dict(index))
