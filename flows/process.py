"""The process step: unprocessed articles through the spaCy pipeline, one transaction per batch."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator

import sqlite_utils
from pokazatel.nlp.batching import windows
from pokazatel.nlp.guard import outcomes
from pokazatel.nlp.parallel import PARALLEL_MIN_ARTICLES, default_workers
from pokazatel.nlp.pipeline import analyse
from pokazatel.store import processing_claims, processing_log
from pokazatel.store.db import write_transaction
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
                     batch_size: int = 64, workers: int | None = None,
                     unprocessed_only: bool | None = None, tagged_after: str | None = None) -> dict[str, int]:
    """Tag the given articles (default: the unprocessed ones), replacing any old tags atomically
    in one transaction per batch. `workers` processes tag them (default: both cores when there are
    enough articles to pay for a second process). Each batch is claimed before it is read, so runs at
    once on one database share the work: an article another live process is tagging is left to it, and
    with `unprocessed_only` (the default when no ids are given) so is one tagged since the list was made,
    and with `tagged_after` (a re-tag's start) one tagged after that time by another run re-tagging too.
    Returns counts of what was written, with "left_to_others": the articles left so."""
    if unprocessed_only is None:
        unprocessed_only = ids is None
    ids = list(pending_ids(db) if ids is None else ids)
    if workers is None:
        workers = default_workers() if len(ids) > PARALLEL_MIN_ARTICLES else 1
    totals = {"articles": 0, "entities": 0, "statistics": 0, "relevant": 0, "truncated": 0, "failed": 0,
              "left_to_others": 0}
    claimed: list[int] = []

    def claimed_articles() -> Iterator[dict]:
        for batch in _batches(ids, batch_size):
            mine = processing_claims.claim(db, batch, unprocessed_only=unprocessed_only, tagged_after=tagged_after)
            claimed.extend(mine)
            totals["left_to_others"] += len(batch) - len(mine)
            if mine:
                yield from _articles(db, mine)

    # The language is decided again from the text by the pipeline, not trusted from the crawl.
    try:
        for batch in windows(outcomes(analyse(claimed_articles(), batch_size=batch_size, workers=workers)),
                             batch_size):
            analyses = [outcome.analysis for outcome in batch if outcome.analysis is not None]
            _log_outcomes(db, batch)
            save_analyses(db, analyses)
            processing_claims.release(db, [outcome.record_id for outcome in batch])
            totals["truncated"] += sum(1 for outcome in batch if outcome.warnings)
            totals["failed"] += sum(1 for outcome in batch if outcome.error)
            totals["articles"] += len(analyses)
            totals["entities"] += sum(len(a["entities"]) for a in analyses)
            totals["statistics"] += sum(len(a["statistics"]) for a in analyses)
            totals["relevant"] += sum(1 for a in analyses if a["relevant"])
    finally:  # stopped or failed: what was claimed and not stored is free for the next run at once
        with contextlib.suppress(sqlite3.Error):  # else it is freed when this process is found gone
            processing_claims.release(db, claimed)
    return totals


def _log_outcomes(db: sqlite_utils.Database, outcomes: list) -> None:
    """Warnings and failures of a batch, in one transaction: a failed article is stamped processed with
    its error, so it does not block the next run's batches (`process --all` tries it again)."""
    with write_transaction(db):
        processing_log.clear(db, [o.record_id for o in outcomes if not o.warnings and not o.error])
        rows = [(o.record_id, "truncated", w) for o in outcomes for w in o.warnings]
        rows += [(o.record_id, "failed", o.error) for o in outcomes if o.error]
        if rows:
            processing_log.record(db, rows)
        processing_log.mark_failed(db, [o.record_id for o in outcomes if o.error])
