"""What went wrong while tagging an article: a text cut at the length limit (kind "truncated") or an
article the pipeline could not tag (kind "failed": stamped processed, so it is not retried every night;
`pokazatel process --all` tries it again)."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils
from pokazatel.store.load import now_almaty

TABLE = "processing_warnings"
SCHEMA = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL
)"""


def record(db: sqlite_utils.Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """(article_id, kind, message) rows, inside the caller's write transaction; an article's earlier
    warnings are replaced, as its tags are."""
    rows = list(rows)
    db.execute(SCHEMA)
    stamp = now_almaty()
    for article_id in {row[0] for row in rows}:
        db.execute(f"DELETE FROM {TABLE} WHERE article_id = ?", [article_id])
    db.conn.executemany(f"INSERT INTO {TABLE} (article_id, at, kind, message) VALUES (?, ?, ?, ?)",
                   [(article_id, stamp, kind, message) for article_id, kind, message in rows])


def clear(db: sqlite_utils.Database, article_ids: Iterable[int]) -> None:
    """Forget the warnings of articles tagged again cleanly (inside the caller's write transaction)."""
    if TABLE in db.table_names():
        db.conn.executemany(f"DELETE FROM {TABLE} WHERE article_id = ?", [(i,) for i in article_ids])


def mark_failed(db: sqlite_utils.Database, article_ids: Iterable[int]) -> None:
    """Stamp articles the pipeline could not tag as processed (inside the caller's write transaction)."""
    db.conn.executemany("UPDATE articles SET processed_at = ? WHERE id = ?", [(now_almaty(), i) for i in article_ids])


def warnings(db: sqlite_utils.Database, limit: int = 100) -> list[dict]:
    if TABLE not in db.table_names():
        return []
    return [dict(row) for row in db.query(f"SELECT article_id, at, kind, message FROM {TABLE} "
                                          "ORDER BY id DESC LIMIT ?", [limit])]
