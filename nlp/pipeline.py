"""Assembles the spaCy pipelines (one per language, described by configs/ru.cfg and configs/kk.cfg) and runs
articles through them in batches. The components and the `kk` language are registered through the
distribution's entry points, so a pipeline saved with `nlp.to_disk` loads with plain `spacy.load`."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import Any

from pokazatel.nlp import extensions  # noqa: F401  (registers Doc/Span attributes)
from pokazatel.nlp.batching import WINDOW, positions_by_language, windows
from pokazatel.nlp.guard import guarded_window
from pokazatel.nlp.kk.latin import is_kazakh_latin, to_cyrillic
from pokazatel.nlp.kk.latin_place_names import with_place_spellings
from pokazatel.nlp.language import PIPELINE_LANGUAGES, record_language, tagged_language
from pokazatel.nlp.parallel import analyse_in_pool
from pokazatel.nlp.record import doc_to_record
from pokazatel.nlp.ru import tokenizer  # noqa: F401  (registers it even in a venv installed before its entry point)
from spacy.language import Language
from spacy.util import load_config, load_model_from_config

CONFIG_DIR = Path(__file__).with_name("configs")
LANGUAGES = PIPELINE_LANGUAGES
LEMMAS_COMPONENT = "pokazatel_lemmas"  # lemmatised copies for the search index: all that reads them
# A zone for every window cost 9% more CPU once the words were known (each window made their lexemes again), so a
# vocabulary keeps what it met first, up to this many strings: 30-40 MB at 270-410 bytes a string with its lexeme
# (the Russian one held 33,000 after 1,195 real articles)
VOCABULARY_STRINGS_KEPT = 100_000


def pipeline_config_path(lang: str) -> Path:
    return CONFIG_DIR / f"{lang}.cfg"


@cache
def load_pipeline(lang: str) -> Language:
    """The pipeline for 'ru' or 'kk' from its config file, built once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"no pipeline for language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    nlp = load_model_from_config(load_config(pipeline_config_path(lang)), auto_fill=True, validate=True)
    # The models live as long as the process: out of the collector's generations, each full collection no longer
    # walks their objects again (those collections took 0.33 of 7.0 CPU s over 300 real articles, 0.07 after)
    gc.freeze()
    return nlp


def _load_russian() -> None:
    """A worker's start: the Russian pipeline, which most articles need (the Kazakh one loads on demand)."""
    load_pipeline("ru")


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
            workers: int = 1, lemmas: bool = True) -> Iterator[dict]:
    """Run `{"id", "text", "title"?, "published"?, "lang"?}` records through the pipeline of their
    language with nlp.pipe, yielding one SCHEMA.md record per input, in input order. Records are read
    lazily, `window` at a time, and grouped by language within each window; `workers` > 1 tags the
    windows in that many processes (pokazatel.nlp.parallel), forked from this one once it has loaded the
    pipelines when it may fork (no other thread: not inside a Prefect flow), else spawned. `lemmas=False`
    skips the lemmatised copies for search (the records' "lemmas" are then empty), which only the
    database's index reads. A record whose "lang" names a language without a pipeline ("en") raises a ValueError
    naming it when it is read."""
    records = _with_pipelines(records)
    if workers > 1:
        yield from analyse_in_pool(records, workers, partial(analyse_window, lemmas=lemmas), _load_russian,
                                   batch_size=batch_size, window=window, preload=partial(preload, lemmas=lemmas))
        return
    for chunk in windows(records, window):
        yield from analyse_window(chunk, batch_size, lemmas)


def _with_pipelines(records: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    for record in records:
        if record.get("lang"):
            tagged_language(record["lang"])
        yield record


def preload(records: Sequence[Mapping[str, Any]], lemmas: bool = False) -> None:
    """The start of a process that forks the workers after it (pokazatel.nlp.parallel): the pipeline of each
    language in the first window built, and that language's first article of the window tagged and thrown
    away, which loads what the components load on first use (natasha's NER model, pymorphy, the
    gazetteers, the Kazakh models; with `lemmas`, what the lemmatised copies use), so no worker loads any of
    it again."""
    first_of_language: dict[str, Mapping[str, Any]] = {}
    for record in records:
        first_of_language.setdefault(record_language(record), record)
    analyse_window(list(first_of_language.values()), 32, lemmas=lemmas)


def analyse_window(records: Sequence[Mapping[str, Any]], batch_size: int = 32, lemmas: bool = True) -> list[dict]:
    """One window of records: each language's articles through its pipeline in full batches, the results
    put back in the window's order; guarded (nlp/guard.py): texts bounded, one bad article never fails
    the others."""
    return guarded_window(records, lambda chunk: _tag_window(chunk, batch_size, lemmas))


def _tag_window(records: Sequence[Mapping[str, Any]], batch_size: int, lemmas: bool) -> list[dict]:
    results: list[dict] = [{}] * len(records)
    languages = [record_language(record) for record in records]
    for lang, positions in positions_by_language(languages).items():
        tagged = analyse_with(load_pipeline(lang), [records[position] for position in positions], batch_size, lemmas)
        for position, result in zip(positions, tagged, strict=True):
            results[position] = result
    return results


def analyse_with(nlp: Language, records: Iterable[Mapping[str, Any]], batch_size: int = 32,
                 lemmas: bool = True) -> Iterator[dict]:
    """Run records of one language through a given pipeline (e.g. one loaded with `spacy.load`). Once the
    pipeline's vocabulary holds VOCABULARY_STRINGS_KEPT strings, inside a spaCy memory zone: what the articles
    add to it (each new word form's lexeme and strings) is dropped once their records are made, so a long run's
    vocabulary stops growing, while the word forms met first stay known."""
    records = list(records)
    docs = (_make_doc(nlp, record) for record in records)
    skipped = [] if lemmas else [name for name in nlp.pipe_names if name == LEMMAS_COMPONENT]
    full = len(nlp.vocab.strings) >= VOCABULARY_STRINGS_KEPT
    with nlp.memory_zone() if full else nullcontext():
        for record, doc in zip(records, nlp.pipe(docs, batch_size=batch_size, disable=skipped), strict=True):
            yield doc_to_record(doc, record["id"], nlp.lang)


def _make_doc(nlp: Language, record: Mapping[str, Any]):
    text, title = record["text"], record.get("title") or ""
    transliteration = None
    if nlp.lang == "kk" and is_kazakh_latin(f"{title}\n{text}"):
        # The Kazakh pipeline reads Cyrillic; doc_to_record maps offsets back to the Latin original.
        transliteration = with_place_spellings(to_cyrillic(text))
        text, title = transliteration.text, with_place_spellings(to_cyrillic(title)).text
    doc = nlp.make_doc(text)
    doc._.text = text  # the tokenizers keep every character: doc.text would join this again (extensions.doc_text)
    doc._.transliteration = transliteration
    doc._.title = title
    doc._.published = _published(record.get("published"))
    return doc
