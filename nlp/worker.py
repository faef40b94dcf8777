"""What a tagging worker process runs when `extract --workers N` hands it windows of articles
(pokazatel.nlp.parallel). A spawned worker imports the pipeline here, so the process that reads the input and
writes the records need not import spaCy; where workers are forked, that process loads it once with `preload`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def tag_window(records: list[Mapping[str, Any]], batch_size: int) -> list[dict]:
    """pokazatel.nlp.pipeline.analyse_window over one window, without the records' "lemmas", which extract
    does not print: they are not made (pymorphy on every word), nor pickled back to the parent."""
    from pokazatel.nlp.pipeline import analyse_window

    results = analyse_window(records, batch_size, lemmas=False)
    for result in results:
        result.pop("lemmas", None)
    return results


def load_russian() -> None:
    """A worker's start: the Russian pipeline, which most articles need (the Kazakh one loads on demand)."""
    from pokazatel.nlp.pipeline import load_pipeline

    load_pipeline("ru")


def preload(records: Sequence[Mapping[str, Any]], lemmas: bool = False) -> None:
    """The start of a process that forks the workers after it (pokazatel.nlp.parallel): the pipeline of each
    language in the first window built, and that language's first article of the window tagged and thrown
    away, which loads what the components load on first use (natasha's NER model, pymorphy, the
    gazetteers, the Kazakh models; with `lemmas`, what the lemmatised copies use), so no worker loads any of
    it again."""
    from pokazatel.nlp.pipeline import analyse_window, record_language

    first_of_language: dict[str, Mapping[str, Any]] = {}
    for record in records:
        first_of_language.setdefault(record_language(record), record)
    analyse_window(list(first_of_language.values()), 32, lemmas=lemmas)
