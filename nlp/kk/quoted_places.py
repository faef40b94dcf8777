"""A customs post's or a market district's quoted name is a place, no organisation ("«Қорғас» кеден бекетінде",
"«Барахолка» сауда ауданындағы"): data/rules/quoted_places.yaml names the words after the quotes."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.quote_marks import CLOSING_QUOTES, OPENING_QUOTES
from spacy.tokens import Doc, Span

from pokazatel.resources import data_path, read_yaml

MAX_QUOTED_WORDS = 4


@cache
def _kinds_after() -> tuple[tuple[str, ...], ...]:
    kinds = read_yaml(data_path("rules", "quoted_places.yaml"))["kk_after"]
    return tuple(sorted((tuple(kind) for kind in kinds), key=len, reverse=True))


def _place_kind_at(doc: Doc, start: int) -> bool:
    for kind in _kinds_after():
        words = doc[start : start + len(kind)]
        if len(words) == len(kind) and all(t.is_lower and t.lower_.startswith(word)
                                           for t, word in zip(words, kind, strict=True)):
            return True
    return False


def quoted_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """The name inside quotes followed by a kind of place of the list is that place, a LOC; a span the models saw
    over the name ("Кеденшілер «Қалжат") gives way."""
    for opening in (t.i for t in doc if t.text in OPENING_QUOTES):
        closing = next((t.i for t in doc[opening + 1 : opening + MAX_QUOTED_WORDS + 2] if t.text in CLOSING_QUOTES),
                       None)
        if closing is None or closing == opening + 1 or not doc[opening + 1].text[:1].isupper() \
                or not _place_kind_at(doc, closing + 1):
            continue
        place = Span(doc, opening + 1, closing, label="LOC")
        kept = [s for s in spans if not (s.start <= closing and opening < s.end)]
        spans = sorted([*kept, place], key=lambda s: s.start)
    return spans
