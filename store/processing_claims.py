"""Which articles a process is tagging right now, so two `process` runs (or a nightly run and a manual
`process`) on one database never tag the same article at once: each claims its next batch in one write
transaction and takes only articles no live process has claimed. A claim ends when its batch is stored;
one left by a process that died (killed, power lost) is taken over when that process is found gone on
this host, or after CLAIM_HOURS from any host."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlite_utils
from pokazatel.store.load import ALMATY, now_almaty
from pokazatel.store.run_liveness import process_alive
from pokazatel.store.transaction import write_transaction

TABLE = "processing_claims"
SCHEMA = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    claimed_at TEXT NOT NULL
)"""
# A batch is stored within minutes; a claim this old belongs to a process that cannot be checked (another
# host) or whose pid was reused, and is not honoured any more.
CLAIM_HOURS = 6


def claim(db: sqlite_utils.Database, candidates: Iterable[int], *, unprocessed_only: bool,
          tagged_after: str | None = None) -> list[int]:
    """Of `candidates`, in order, the articles this process now holds: those no other live process has
    claimed (and with unprocessed_only, still unprocessed: another run may have tagged them meanwhile;
    with tagged_after, a time as now_almaty gives it, not tagged after it: a re-tag started at that time
    leaves what another re-tag running alongside has done since to it)."""
    candidates = list(candidates)
    if not candidates:
        return []
    with write_transaction(db):
        db.execute(SCHEMA)
        _forget_dead_claims(db)
        marks = ",".join("?" * len(candidates))
        taken = {row[0] for row in db.execute(f"SELECT article_id FROM {TABLE} WHERE article_id IN ({marks})",
                                              candidates)}
        if unprocessed_only:
            taken |= {row[0] for row in db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks}) AND processed_at IS NOT NULL", candidates)}
        if tagged_after:  # strictly after: a tag of the same second may be older than the re-tag, so it is redone
            taken |= {row[0] for row in db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks}) AND processed_at > ?", [*candidates, tagged_after])}
        mine = [article_id for article_id in dict.fromkeys(candidates) if article_id not in taken]
        stamp, pid, host = now_almaty(), os.getpid(), socket.gethostname()
        db.conn.executemany(f"INSERT OR IGNORE INTO {TABLE} (article_id, pid, host, claimed_at) "
                            "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                            [(article_id, pid, host, stamp, article_id) for article_id in mine])
    return mine


def release(db: sqlite_utils.Database, article_ids: Iterable[int]) -> None:
    """This process's claims on these articles end (their batch is stored, or the run stops)."""
    article_ids = list(article_ids)
    if not article_ids or TABLE not in db.table_names():
        return
    with write_transaction(db):
        db.conn.executemany(f"DELETE FROM {TABLE} WHERE article_id = ? AND pid = ? AND host = ?",
                            [(article_id, os.getpid(), socket.gethostname()) for article_id in article_ids])


def held_by_others(db: sqlite_utils.Database, where: str, params: list) -> tuple[int, list[str]]:
    """How many articles matching `where` (SQL over `articles`) a live process other than this one holds, and
    those processes ("pid P on HOST"). Only reads: a read-only database can be asked."""
    if TABLE not in db.table_names():
        return 0, []
    me = (os.getpid(), socket.gethostname())
    claims = db.execute(f"SELECT c.pid, c.host, c.claimed_at FROM articles JOIN {TABLE} c "
                        f"ON c.article_id = articles.id WHERE {where}", params).fetchall()
    held = [(pid, host) for pid, host, claimed_at in claims if (pid, host) != me and _live(pid, host, claimed_at)]
    return len(held), sorted({f"pid {pid} on {host}" for pid, host in held})


def _forget_dead_claims(db: sqlite_utils.Database) -> None:
    """Inside the caller's write transaction: claims whose process is gone, or too old to trust, end."""
    rows = db.execute(f"SELECT DISTINCT pid, host, claimed_at FROM {TABLE}").fetchall()
    for pid, host, claimed_at in rows:
        if not _live(pid, host, claimed_at):
            db.execute(f"DELETE FROM {TABLE} WHERE pid = ? AND host = ? AND claimed_at = ?", [pid, host, claimed_at])


def _live(pid: int, host: str, claimed_at: str) -> bool:
    if datetime.fromisoformat(claimed_at) < datetime.now(ALMATY) - timedelta(hours=CLAIM_HOURS):
        return False
    return host != socket.gethostname() or process_alive(pid)
