"""Does an article tell of another case of someone already in the news ("начато ещё одно досудебное расследование",
"по новому эпизоду", "тағы бір қылмыстық іс"; data/facts/new_episodes.yaml)? Its figure is then a fact of its own,
not a conflicting report of an earlier one's value (store/facts.py)."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.resources import data_path, read_yaml


@cache
def _pattern() -> re.Pattern:
    data = read_yaml(data_path("facts", "new_episodes.yaml"))
    return re.compile("|".join(f"(?:{word})" for words in data.values() for word in words), re.IGNORECASE)


def tells_new_episode(text: str) -> bool:
    return _pattern().search(text.replace("ё", "е").replace("Ё", "Е")) is not None
