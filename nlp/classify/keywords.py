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

from pokazatel.resources import data_path, read_yaml

PREFILTER_FILE = data_path("prefilter.yaml")
SUMMARY_FEATURES = ("keyword_any", "keyword_in_title", "keyword_hits_log", "keyword_distinct_log")


def _stem_pattern(entry: str) -> str:
    """Each word of an entry is a stem: it starts a word and may be followed by any ending."""
    return r"\s+".join(rf"(?<!\w){re.escape(word)}\w*" for word in entry.split())


def prefilter_entries(path: Path = PREFILTER_FILE) -> tuple[str, ...]:
    """The prefilter's entries, Russian and Kazakh, in file order."""
    document = read_yaml(path) or {}
    return tuple(entry for words in document.values() for entry in words or [])


@cache
def _patterns(entries: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_stem_pattern(entry), re.IGNORECASE) for entry in entries)


def feature_names(entries: tuple[str, ...]) -> list[str]:
    return [*SUMMARY_FEATURES, *(f"keyword:{entry}" for entry in entries)]


def keyword_features(title: str, text: str, entries: tuple[str, ...]) -> list[float]:
    """In feature_names order: any keyword, any in the title, log(1 + hits), log(1 + distinct entries hit),
    then log(1 + hits) of each entry."""
    counts = [len(pattern.findall(text or "")) + len(pattern.findall(title or "")) for pattern in _patterns(entries)]
    in_title = any(pattern.search(title or "") for pattern in _patterns(entries))
    hits = sum(counts)
    return [float(hits > 0), float(in_title), math.log1p(hits), math.log1p(sum(count > 0 for count in counts)),
            *(math.log1p(count) for count in counts)]
