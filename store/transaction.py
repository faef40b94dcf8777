"""The write transaction every store module uses: it takes the write lock up front."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction that takes the write lock up front (BEGIN IMMEDIATE). A deferred transaction
    that reads first and writes later fails at once with "database is locked" when another process
    wrote in between; an immediate one waits its turn (busy timeout) instead."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
