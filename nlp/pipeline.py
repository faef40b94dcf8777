"""Assembles the spaCy pipelines (one per language) and runs articles through them in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

import spacy
from pokazatel.nlp import extensions  # noqa: F401  (registers Doc/Span attributes)
from pokazatel.nlp.batching import WINDOW, positions_by_language, windows
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)
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


def analyse(records: Iterable[Mapping[str, Any]], batch_size: int = 32, window: int = WINDOW,
            workers: int = 1) -> Iterator[dict]:
    """Run `{"id", "text", "title"?, "published"?, "lang"?}` records through the pipeline of their
    language with nlp.pipe, yielding one SCHEMA.md record per input, in input order. Records are read
    lazily, `window` at a time, and grouped by language within each window; `workers` > 1 tags the
    windows in that many processes (pokazatel.nlp.parallel)."""
    if workers > 1:
        from pokazatel.nlp.parallel import analyse_in_pool

        yield from analyse_in_pool(records, workers, batch_size=batch_size, window=window)
        return
    for chunk in windows(records, window):
        yield from analyse_window(chunk, batch_size)


def analyse_window(records: Sequence[Mapping[str, Any]], batch_size: int = 32) -> list[dict]:
    """One window of records: each language's articles through its pipeline in full batches, the results
    put back in the window's order."""
    results: list[dict] = [{}] * len(records)
    languages = [record_language(record) for record in records]
    for lang, positions in positions_by_language(languages).items():
        tagged = _tag(lang, [records[position] for position in positions], batch_size)
        for position, result in zip(positions, tagged, strict=True):
            results[position] = result
    return results


def record_language(record: Mapping[str, Any]) -> str:
    """The record's "lang", or the one its title and text are written in; a language without a
    pipeline of its own goes through the Russian one."""
    lang = record.get("lang") or detect_lang(f"{record.get('title') or ''}\n{record['text']}")
    return lang if lang in COMPONENTS else "ru"


def _tag(lang: str, records: list[Mapping[str, Any]], batch_size: int) -> Iterator[dict]:
    nlp = load_pipeline(lang)
    docs = (_make_doc(nlp, record) for record in records)
    for record, doc in zip(records, nlp.pipe(docs, batch_size=batch_size), strict=True):
        yield doc_to_record(doc, record["id"], lang)


def _make_doc(nlp: Language, record: Mapping[str, Any]):
    doc = nlp.make_doc(record["text"])
    doc._.title = record.get("title") or ""
    doc._.published = _published(record.get("published"))
    return doc
