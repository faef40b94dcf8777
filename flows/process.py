"""The process step: unprocessed articles through the spaCy pipeline, one transaction per batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlite_utils
from pokazatel.nlp.batching import windows
from pokazatel.nlp.parallel import PARALLEL_MIN_ARTICLES, default_workers
from pokazatel.nlp.pipeline import analyse
from pokazatel.store.load import save_analyses

ARTICLE_COLUMNS = "id, title, text, published_at AS published"


def pending_ids(db: sqlite_utils.Database, *, everything: bool = False, since: str | None = None) -> list[int]:
    """Ids to tag: the unprocessed ones, or with everything=True all stored since a date (reprocess)."""
    rows = db.execute(
        "SELECT id FROM articles WHERE (? OR processed_at IS NULL) AND (? IS NULL OR published_at >= ?) "
        "ORDER BY id", [everything, since, since])
    return [row[0] for row in rows]


def _batches(ids: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _articles(db: sqlite_utils.Database, ids: list[int]) -> list[dict]:
    marks = ",".join("?" * len(ids))
    return [dict(row) for row in db.query(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks}) "
                                          "ORDER BY id", ids)]


def process_articles(db: sqlite_utils.Database, ids: Iterable[int] | None = None, *,
                     batch_size: int = 64, workers: int | None = None) -> dict[str, int]:
    """Tag the given articles (default: the unprocessed ones), replacing any old tags atomically
    in one transaction per batch. `workers` processes tag them (default: both cores when there are
    enough articles to pay for a second process). Returns counts of what was written."""
    ids = list(pending_ids(db) if ids is None else ids)
    if workers is None:
        workers = default_workers() if len(ids) > PARALLEL_MIN_ARTICLES else 1
    totals = {"articles": 0, "entities": 0, "statistics": 0, "relevant": 0}
    # The language is decided again from the text by the pipeline, not trusted from the crawl.
    articles = (article for batch in _batches(ids, batch_size) for article in _articles(db, batch))
    for analyses in windows(analyse(articles, batch_size=batch_size, workers=workers), batch_size):
        save_analyses(db, analyses)
        totals["articles"] += len(analyses)
        totals["entities"] += sum(len(a["entities"]) for a in analyses)
        totals["statistics"] += sum(len(a["statistics"]) for a in analyses)
        totals["relevant"] += sum(1 for a in analyses if a["relevant"])
    return totals
