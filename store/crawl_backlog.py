"""What a crawl has not finished: listing pages and articles it scheduled but did not complete (the
request failed through all its retries, the crawl was stopped before it got there, or the article could
not be stored). The next crawl of the source requests them again first; after MAX_ATTEMPTS such
retries an entry is given up, with its last error kept here and reported in the run's errors."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils
from pokazatel.store.db import write_transaction
from pokazatel.store.load import now_almaty

MAX_ATTEMPTS = 5  # later crawls that retry an unfinished page before it is given up
SCHEMA = """CREATE TABLE IF NOT EXISTS crawl_backlog (
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,            -- "article" or "listing"
    context TEXT,                  -- JSON: for a listing, its start point's index and page number
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    first_seen TEXT NOT NULL,
    last_tried TEXT,
    gave_up_at TEXT,
    PRIMARY KEY (source, url)
)"""


def ensure(db: sqlite_utils.Database) -> None:
    if "crawl_backlog" not in db.table_names():
        with write_transaction(db):
            db.execute(SCHEMA)


def remember(db: sqlite_utils.Database, source: str, url: str, kind: str,
             context: dict[str, Any] | None = None) -> None:
    """A request scheduled: unfinished until done() says otherwise."""
    with write_transaction(db):
        db.execute("INSERT OR IGNORE INTO crawl_backlog (source, url, kind, context, first_seen) "
                   "VALUES (?, ?, ?, ?, ?)", [source, url, kind, json.dumps(context or {}), now_almaty()])


def done(db: sqlite_utils.Database, source: str, url: str) -> None:
    with write_transaction(db):
        db.execute("DELETE FROM crawl_backlog WHERE source = ? AND url = ?", [source, url])


def failed(db: sqlite_utils.Database, source: str, url: str, error: str) -> None:
    with write_transaction(db):
        db.execute("UPDATE crawl_backlog SET last_error = ? WHERE source = ? AND url = ?", [error, source, url])


def due(db: sqlite_utils.Database, source: str) -> tuple[list[dict], list[dict]]:
    """(entries to retry now, each counted as one more attempt; entries given up by this call)."""
    with write_transaction(db):
        rows = [dict(row) for row in db.query(
            "SELECT url, kind, context, attempts, last_error FROM crawl_backlog "
            "WHERE source = ? AND gave_up_at IS NULL ORDER BY first_seen, url", [source])]
        retry, give_up = [], []
        for row in rows:
            row["context"] = json.loads(row["context"] or "{}")
            (give_up if row["attempts"] >= MAX_ATTEMPTS else retry).append(row)
        stamp = now_almaty()
        db.conn.executemany("UPDATE crawl_backlog SET attempts = attempts + 1, last_tried = ? "
                            "WHERE source = ? AND url = ?", [(stamp, source, row["url"]) for row in retry])
        db.conn.executemany("UPDATE crawl_backlog SET gave_up_at = ? WHERE source = ? AND url = ?",
                            [(stamp, source, row["url"]) for row in give_up])
    return retry, give_up


def entries(db: sqlite_utils.Database, source: str | None = None) -> list[dict]:
    if "crawl_backlog" not in db.table_names():
        return []
    return [dict(row) for row in db.query("SELECT * FROM crawl_backlog WHERE ? IS NULL OR source = ? "
                                          "ORDER BY source, url", [source, source])]
