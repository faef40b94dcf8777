"""Assembles the spaCy pipelines (one per language) and runs articles through them in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import cache
from typing import Any

import spacy
from pokazatel.nlp import extensions  # noqa: F401  (registers Doc/Span attributes)
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)
from pokazatel.nlp.kk.latin import is_kazakh_latin, to_cyrillic
from pokazatel.nlp.language import detect_lang
from pokazatel.nlp.record import doc_to_record
from spacy.language import Language

# Component factories, registered by importing their modules.
COMPONENTS = {
    "ru": ("pokazatel_entities_ru", "pokazatel_lemmas", "pokazatel_classifier", "pokazatel_statistics"),
    "kk": ("pokazatel_entities_kk", "pokazatel_lemmas", "pokazatel_classifier", "pokazatel_statistics"),
}


def _register_components() -> None:
    import pokazatel.nlp.classify.model  # noqa: F401
    import pokazatel.nlp.figures.extractor  # noqa: F401
    import pokazatel.nlp.kk.entities  # noqa: F401
    import pokazatel.nlp.lemmas  # noqa: F401
    import pokazatel.nlp.ru.entities  # noqa: F401


@cache
def load_pipeline(lang: str) -> Language:
    """The pipeline for 'ru' or 'kk', built once per process."""
    _register_components()
    nlp = spacy.blank(lang)
    for component in COMPONENTS[lang]:
        nlp.add_pipe(component)
    return nlp


def _published(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def analyse(records: Iterable[Mapping[str, Any]], batch_size: int = 32) -> Iterator[dict]:
    """Run `{"id", "text", "title"?, "published"?, "lang"?}` records through the pipeline of their
    language with nlp.pipe, yielding one SCHEMA.md record per input, in input order per language run."""
    for lang, group in _runs_by_lang(records):
        nlp = load_pipeline(lang)
        docs = (_make_doc(nlp, record) for record in group)
        for record, doc in zip(group, nlp.pipe(docs, batch_size=batch_size), strict=True):
            yield doc_to_record(doc, record["id"], lang)


def _runs_by_lang(records: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, list[Mapping[str, Any]]]]:
    """Consecutive records of one language, so input order is kept and each pipe gets a batch."""
    run: list[Mapping[str, Any]] = []
    run_lang = None
    for record in records:
        lang = record.get("lang") or detect_lang(f"{record.get('title') or ''}\n{record['text']}")
        lang = lang.split("-")[0]  # "kk-Latn": Kazakh in the Latin alphabet, read through Cyrillic
        if lang not in COMPONENTS:
            lang = "ru"
        if run and lang != run_lang:
            yield run_lang, run
            run = []
        run_lang = lang
        run.append(record)
    if run:
        yield run_lang, run


def _make_doc(nlp: Language, record: Mapping[str, Any]):
    text, title = record["text"], record.get("title") or ""
    transliteration = None
    if nlp.lang == "kk" and is_kazakh_latin(f"{title}\n{text}"):
        # The Kazakh pipeline reads Cyrillic; doc_to_record maps offsets back to the Latin original.
        transliteration = to_cyrillic(text)
        text, title = transliteration.text, to_cyrillic(title).text
    doc = nlp.make_doc(text)
    doc._.transliteration = transliteration
    doc._.title = title
    doc._.published = _published(record.get("published"))
    return doc
