"""The word lists of the release rule (releases.py), kept apart so that lexicons.py can hold them without importing
the rule, which reads lexicons.py's EvidenceLexicons."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pokazatel.nlp.classify.word_lists import WordLists

from pokazatel.resources import data_path, read_yaml

RELEASES_FILE = data_path("rules", "releases.yaml")


@dataclass(frozen=True)
class ReleaseLexicon(WordLists):
    """releases.yaml's lists: corruption as a risk or a goal, words of a case, control bodies, and pass 34's kinds
    (an observer's presence, business rights, a fault that is not corruption), appeals to report and other senses, and
    pass 36's occasions (a ceremony, a meeting) and services (an anti-corruption expertise among a body's work)."""

    passing: tuple[str, ...] = ()
    case: tuple[str, ...] = ()
    control: tuple[str, ...] = ()
    observing: tuple[str, ...] = ()
    appeal: tuple[str, ...] = ()
    business_rights: tuple[str, ...] = ()
    faults: tuple[str, ...] = ()
    other_senses: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()
    services: tuple[str, ...] = ()


NO_RELEASE_LEXICON = ReleaseLexicon()  # finds no release


def load_release_lexicon(path: Path = RELEASES_FILE) -> ReleaseLexicon:
    """The word lists of releases.yaml, Russian then Kazakh entries, in file order."""
    return ReleaseLexicon.from_sections(read_yaml(path) or {})
