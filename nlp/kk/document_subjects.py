"""A model's organisation that runs up to a document's head names the document's subject, no body ("Мемлекеттік
қызметшілердің әдеп кодексінің талаптары": the civil servants' code of ethics, where the model tags "Мемлекеттік
қызметшілердің әдеп"). A body's head ending the span keeps it ("Бас прокуратура заңсыз ...": "заңсыз" is another word,
and the prosecutor's office is named)."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.kk.stem import stem
from spacy.tokens import Span

from pokazatel.resources import data_path


@cache
def document_heads() -> frozenset[str]:
    lines = data_path("kazakh", "document_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _names_a_document(span: Span, body_heads: frozenset[str]) -> bool:
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (span.label_ == "ORG" and after is not None and after.is_lower and stem(after.text) in document_heads()
            and stem(span[-1].text) not in body_heads)


def without_document_subjects(spans: list[Span], body_heads: frozenset[str]) -> list[Span]:
    """`spans` without the organisations right before a document's head; `body_heads`: stems of bodies' heads."""
    return [span for span in spans if not _names_a_document(span, body_heads)]
