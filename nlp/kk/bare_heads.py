"""A body's name ends at its head when a level's adjective follows it ("Сыбайлас жемқорлыққа қарсы қызмет аудандық
білім бөлімінің басшысын ұстады": the service, then the district department whose head it detained). A level's
adjective ("облыстық", "аудандық") opens a body's name and never follows a word of it: the models' one span over both
is two phrases, and the second, named by its level and kind alone, is no entity (data/eval/README, entity round 15)."""

from __future__ import annotations

from pokazatel.nlp.kk.stem import ending_list, stem
from spacy.tokens import Span, Token


def _is_bare_head(token: Token, heads: frozenset[str]) -> bool:
    """A head in the nominative with no ending ("қызмет", not "қызметінің")."""
    return token.lower_ == stem(token.text) and stem(token.text) in heads


def _is_level_adjective(token: Token, administrative_words: frozenset[str]) -> bool:
    return (token.text.islower() and stem(token.text) in administrative_words
            and token.lower_.endswith(ending_list("adjective")))


def cut_at_bare_heads(spans: list[Span], heads: frozenset[str], administrative_words: frozenset[str]) -> list[Span]:
    """Each ORG ending at its first bare head that a level's adjective follows inside it."""
    result = []
    for span in spans:
        cut = next((t.i + 1 for t in span[:-1] if span.label_ == "ORG" and _is_bare_head(t, heads)
                    and _is_level_adjective(span.doc[t.i + 1], administrative_words)), None)
        result.append(span if cut is None else Span(span.doc, span.start, cut, label=span.label_))
    return result
