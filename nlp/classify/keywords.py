"""Keyword evidence for the classifier: the crawl's prefilter words (data/prefilter.yaml) as features.

The crawl drops articles that name no corruption word; `extract` and a crawl with the prefilter off see them
all, so the same knowledge goes into the model: an article that names none gets a very low probability. Each
entry is also a feature of its own, because the entries differ in weight: "взятк" nearly always means a
corruption story, "похищ" is as often a kidnapping. The model file keeps the entry list it was trained with.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

from pokazatel.nlp.classify.casefold import fold

from pokazatel.resources import data_path, read_yaml

PREFILTER_FILE = data_path("prefilter.yaml")
SUMMARY_FEATURES = ("keyword_any", "keyword_in_title", "keyword_hits_log", "keyword_distinct_log")


def stem_pattern(entry: str) -> str:
    """Each word of an entry is a stem: it starts a word and may be followed by any ending."""
    return r"\s+".join(rf"(?<!\w){re.escape(word)}\w*" for word in entry.split())


def prefilter_entries(path: Path = PREFILTER_FILE) -> tuple[str, ...]:
    """The prefilter's entries, Russian and Kazakh, in file order."""
    document = read_yaml(path) or {}
    return tuple(entry for words in document.values() for entry in words or [])


@cache
def _patterns(entries: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(stem_pattern(entry), re.IGNORECASE) for entry in entries)


def feature_names(entries: tuple[str, ...]) -> list[str]:
    return [*SUMMARY_FEATURES, *(f"keyword:{entry}" for entry in entries)]


@cache
def _folded_words(entries: tuple[str, ...]) -> tuple[tuple[str, ...] | None, ...]:
    """Each entry's words folded as casefold.fold folds a text (None: an entry that cannot be)."""
    folded = [[fold(word) for word in entry.split()] for entry in entries]
    return tuple(None if None in words else tuple(words) for words in folded)


def _count(pattern: re.Pattern[str], words: tuple[str, ...] | None, text: str, folded: str | None) -> int:
    """len(pattern.findall(text)); no search when a word of the entry is nowhere in the folded text."""
    if folded is not None and words is not None and not all(word in folded for word in words):
        return 0
    return len(pattern.findall(text))


def keyword_features(title: str, text: str, entries: tuple[str, ...]) -> list[float]:
    """In feature_names order: any keyword, any in the title, log(1 + hits), log(1 + distinct entries hit),
    then log(1 + hits) of each entry."""
    title, text = title or "", text or ""
    folded_title, folded_text = fold(title), fold(text)
    patterns = list(zip(_patterns(entries), _folded_words(entries), strict=True))
    in_title = [_count(pattern, words, title, folded_title) for pattern, words in patterns]
    counts = [_count(pattern, words, text, folded_text) + found
              for (pattern, words), found in zip(patterns, in_title, strict=True)]
    hits = sum(counts)
    return [float(hits > 0), float(any(in_title)), math.log1p(hits), math.log1p(sum(count > 0 for count in counts)),
            *(math.log1p(count) for count in counts)]
