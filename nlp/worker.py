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


def preload(records: Sequence[Mapping[str, Any]]) -> None:
    """pokazatel.nlp.pipeline.preload without the lemmatised copies, which extract does not print."""
    from pokazatel.nlp.pipeline import preload

    preload(records, lemmas=False)
