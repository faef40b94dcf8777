"""The keyword prefilter (data/prefilter.yaml): is an article about corruption at all?"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pokazatel.nlp.kk.latin import is_kazakh_latin, to_cyrillic

from pokazatel.resources import data_path

PREFILTER_FILE = data_path("prefilter.yaml")


def _stem_pattern(entry: str) -> str:
    """Each word of an entry is a stem: it starts a word and may be followed by any ending."""
    return r"\s+".join(rf"(?<!\w){re.escape(word)}\w*" for word in entry.split())


@cache
def load_prefilter(path: Path = PREFILTER_FILE) -> re.Pattern[str]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = [entry for words in document.values() for entry in words or []]
    return re.compile("|".join(_stem_pattern(entry) for entry in entries), re.IGNORECASE)


def matches_prefilter(title: str, text: str) -> bool:
    """True when the title or text names corruption in Russian or Kazakh (Kazakh in the Latin alphabet is
    read through its Cyrillic spelling, which the stems are written in)."""
    article = f"{title}\n{text}"
    if is_kazakh_latin(article):
        article = to_cyrillic(article).text
    return load_prefilter().search(article) is not None
