"""Keyword evidence for the classifier: the crawl's prefilter words (data/prefilter.yaml) as features.

The crawl drops articles that name no corruption word; `extract` and a crawl with the prefilter off see them
all, so the same knowledge goes into the model: an article that names none gets a very low probability.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

import yaml

from pokazatel.resources import data_path

PREFILTER_FILE = data_path("prefilter.yaml")
KEYWORD_FEATURES = ("keyword_any", "keyword_in_title", "keyword_hits_log", "keyword_distinct_log")


def _stem_pattern(entry: str) -> str:
    """Each word of an entry is a stem: it starts a word and may be followed by any ending."""
    return r"\s+".join(rf"(?<!\w){re.escape(word)}\w*" for word in entry.split())


@cache
def keyword_patterns(path: Path = PREFILTER_FILE) -> tuple[re.Pattern[str], ...]:
    """One pattern per prefilter entry, in Russian and Kazakh."""
    document = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return tuple(re.compile(_stem_pattern(entry), re.IGNORECASE)
                 for words in document.values() for entry in words or [])


def keyword_features(title: str, text: str) -> list[float]:
    """[any keyword, any in the title, log(1 + hits), log(1 + distinct entries hit)], in KEYWORD_FEATURES order."""
    hits = distinct = 0
    in_title = False
    for pattern in keyword_patterns():
        count = len(pattern.findall(text or "")) + (found_in_title := len(pattern.findall(title or "")))
        hits += count
        distinct += count > 0
        in_title = in_title or found_in_title > 0
    return [float(hits > 0), float(in_title), math.log1p(hits), math.log1p(distinct)]
