"""A processed Doc as the record of ../shared/gold/SCHEMA.md: the contract of `pokazatel extract`."""

from __future__ import annotations

from typing import Any

from pokazatel.nlp.bodies import canonical_body
from pokazatel.nlp.extensions import doc_text
from pokazatel.nlp.figures.scope import Named, add_scope
from pokazatel.nlp.kk.latin import point_into_original
from pokazatel.nlp.one_script import in_one_script
from spacy.tokens import Doc, Span


def _entity(span: Span) -> dict[str, Any]:
    entity = {"text": span.text, "label": span.label_, "norm": _norm(span),
              "start": span.start_char, "end": span.end_char}
    if span._.person:
        entity["person"] = span._.person
    body = canonical_body(entity["norm"]) if span.label_ == "ORG" else None
    if body:
        entity["body"] = body  # the body's one name in both languages (data/gazetteer/bodies.yaml)
    if span._.place:
        entity["place"] = span._.place  # the place's one name (data/gazetteer/places.yaml), where written otherwise
    return entity


def _norm(span: Span) -> str:
    return in_one_script(span._.norm or span.text)


def _distinct(spans: list[Span]) -> list[dict[str, Any]]:
    """One entry per named thing (label + norm), at its first mention, as SCHEMA.md lists them."""
    seen: set[tuple[str, str, str]] = set()
    entities = []
    for span in spans:
        entity = _entity(span)
        key = (entity["label"], entity["norm"].casefold(), entity.get("person", ""))
        if key not in seen:
            seen.add(key)
            entities.append(entity)
    return entities


def _mentions(spans: list[Span]) -> list[dict[str, Any]]:
    """Every mention, in text order: where a name is repeated, for highlighting and mention-level scores."""
    return [{"text": span.text, "label": span.label_, "norm": _norm(span),
             "start": span.start_char, "end": span.end_char} for span in spans]


def doc_to_record(doc: Doc, record_id: Any, lang: str) -> dict:
    relevant = bool(doc._.relevant)
    named = [span for span in doc.ents if span.label_ != "POSITION"]
    record = {
        "id": record_id,
        "lang": lang,
        "relevant": relevant,
        "topic": doc._.topic or "other",
        "relevance_score": doc._.relevance_score,
        "entities": _distinct(named),
        "mentions": _mentions(named),
        # Officials' positions ("аким Кентау"), linked to the person they describe: beside SCHEMA.md's
        # entities, which name people, organisations and places only.
        "positions": _distinct([span for span in doc.ents if span.label_ == "POSITION"]),
        # Figures are only reported for articles about corruption: an accident's death toll is not one.
        "statistics": _scoped(doc, lang) if relevant else [],
        "lemmas": doc._.lemmas or {"title": "", "text": ""},
    }
    if doc._.transliteration is not None:
        record = point_into_original(record, doc._.transliteration)
    return record


def _scoped(doc: Doc, lang: str) -> list[dict]:
    """The figures with their scope, region and subject (nlp/figures/scope.py)."""
    named = [Named(span.label_, span._.place or _norm(span), span.start_char, span.end_char)
             for span in doc.ents if span.label_ in ("PER", "ORG", "LOC")]
    return add_scope(doc_text(doc), [dict(figure) for figure in doc._.statistics or []], named, lang)
