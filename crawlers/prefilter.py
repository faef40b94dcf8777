"""The keyword prefilter (data/prefilter.yaml): is an article about corruption at all?"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pokazatel.nlp.classify.keywords import PREFILTER_FILE, prefilter_entries, stem_pattern
from pokazatel.nlp.kk.latin import is_kazakh_latin, to_cyrillic


@cache
def load_prefilter(path: Path = PREFILTER_FILE) -> re.Pattern[str]:
    return re.compile("|".join(stem_pattern(entry) for entry in prefilter_entries(path)), re.IGNORECASE)


def matches_prefilter(title: str, text: str) -> bool:
    """True when the title or text names corruption in Russian or Kazakh (Kazakh in the Latin alphabet is
    read through its Cyrillic spelling, which the stems are written in)."""
    article = f"{title}\n{text}"
    if is_kazakh_latin(article):
        article = to_cyrillic(article).text
    return load_prefilter().search(article) is not None
