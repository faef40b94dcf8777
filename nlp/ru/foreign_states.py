"""A foreign state right after a body names that body in Kazakhstan's news ("ФСБ России", "Генеральную прокуратуру
Кыргызской Республики"): the body and the state are one organisation, as a body and its Kazakhstan region are.
The states: data/gazetteer/foreign_states.yaml."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import GAZETTEER_DIR
from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.norm import phrase_norm

from pokazatel.resources import read_yaml


@cache
def _states() -> frozenset[str]:
    return frozenset(name.casefold() for name in read_yaml(GAZETTEER_DIR / "foreign_states.yaml"))


def is_state_of_body(mention: Mention, words: list[Word]) -> bool:
    """A place that names one of the states."""
    if mention.label != "LOC":
        return False
    text = " ".join(w.text for w in words[mention.start:mention.end])
    return text.casefold() in _states() or phrase_norm(text, "LOC").casefold() in _states()
