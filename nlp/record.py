"""A processed Doc as the record of ../shared/gold/SCHEMA.md: the contract of `pokazatel extract`."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


def doc_to_record(doc: Doc, record_id: Any, lang: str) -> dict:
    relevant = bool(doc._.relevant)
    return {
        "id": record_id,
        "lang": lang,
        "relevant": relevant,
        "topic": doc._.topic or "other",
        "relevance_score": doc._.relevance_score,
        "entities": [
            {"text": span.text, "label": span.label_, "norm": span._.norm or span.text,
             "start": span.start_char, "end": span.end_char,
             **({"person": span._.person} if span._.person else {})}
            for span in doc.ents
        ],
        # Figures are only reported for articles about corruption: an accident's death toll is not one.
        "statistics": list(doc._.statistics or []) if relevant else [],
        "lemmas": doc._.lemmas or {"title": "", "text": ""},
    }
