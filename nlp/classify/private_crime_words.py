"""The word lists of the private-crime rule (private_crimes.py), kept apart so that lexicons.py can hold them without
importing the rule, which reads lexicons.py's EvidenceLexicons."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pokazatel.nlp.classify.word_lists import WordLists

from pokazatel.resources import data_path, read_yaml

PRIVATE_CRIMES_FILE = data_path("rules", "private_crimes.yaml")


@dataclass(frozen=True)
class PrivateCrimeLexicon(WordLists):
    """private_crimes.yaml's lists: more private parties, a public side, a sentence that rules officials out, an
    illegal private market or poaching, "сыбайлас" as an accomplice, a trade's contract or prepayment."""

    private: tuple[str, ...] = ()
    public: tuple[str, ...] = ()
    uninvolved: tuple[str, ...] = ()
    offences: tuple[str, ...] = ()
    accomplices: tuple[str, ...] = ()
    deals: tuple[str, ...] = ()


NO_PRIVATE_CRIME_LEXICON = PrivateCrimeLexicon()  # finds no private crime


def load_private_crime_lexicon(path: Path = PRIVATE_CRIMES_FILE) -> PrivateCrimeLexicon:
    """The word lists of private_crimes.yaml, Russian then Kazakh entries, in file order."""
    return PrivateCrimeLexicon.from_sections(read_yaml(path) or {})
