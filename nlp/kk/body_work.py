"""A body in the genitive and a head of the work it does right after it ("комитетінің қызметіне талдау жүргізді", the
committee's activity) are the body alone: the models and rules take the second head for a unit of the first.
Heads of work: org_rules.yaml's work_heads."""

from __future__ import annotations

from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.kk.word_forms import has_possessive, is_genitive
from spacy.tokens import Span


def without_body_work(spans: list[Span], heads: frozenset[str], work_heads: frozenset[str]) -> list[Span]:
    """An organisation ending in a body's head in the genitive and a work head with the possessive loses the last."""
    result = []
    for span in spans:
        if (span.label_ == "ORG" and len(span) > 2 and span[-1].is_lower and stem(span[-1].text) in work_heads
                and has_possessive(span[-1].text) and stem(span[-2].text) in heads and is_genitive(span[-2].text)):
            span = Span(span.doc, span.start, span.end - 1, label="ORG")
        result.append(span)
    return result
