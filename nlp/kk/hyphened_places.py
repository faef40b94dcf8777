"""Known places joined by a hyphen into one word ("Щучинск-Бурабай курорттық аймағында", "Алматы-Қонаев жолында"):
the models, which never saw such a word, miss it, and the gazetteer matches whole words only; the word is one place, as
written (a resort zone or a route named by its places). A hyphened word with an unknown part ("Самұрық-Қазына",
"Сәрсенбаева-Ким") is left to the models, and so is a pair with a state in it: "Қазақстан-Ресей қатынастары" are the
two states' relations, no one place."""

from __future__ import annotations

from pokazatel.nlp.kk.gazetteer import Gazetteer
from pokazatel.nlp.kk.name_links import is_state_word
from spacy.tokens import Doc, Span

HYPHEN = "-"
PLACE = "LOC"


def with_hyphened_places(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """`spans` and a LOC over each word no span covers whose hyphened parts are each a known place."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    added = [Span(doc, token.i, token.i + 1, label=PLACE) for token in doc
             if token.i not in covered and _is_pair_of_places(token.text, gazetteer)]
    return sorted([*spans, *added], key=lambda span: span.start) if added else spans


def _is_pair_of_places(word: str, gazetteer: Gazetteer) -> bool:
    parts = word.split(HYPHEN)
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts) or any(map(is_state_word, parts)):
        return False
    return all(gazetteer.names_in([part]) == [(0, 1, PLACE)] for part in parts)
