"""Which process a run belongs to, so a run left `running` by a process that no longer exists (killed
with SIGKILL, the machine lost power) is marked `abandoned` when the next run starts, not left
running forever. Only runs started on this host can be checked."""

from __future__ import annotations

import json
import os
import socket

import sqlite_utils
from pokazatel.store.load import now_almaty

SCHEMA = """CREATE TABLE IF NOT EXISTS run_processes (
    run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL
)"""


def claim(db: sqlite_utils.Database, run_id: int) -> None:
    """Inside the caller's write transaction: this process owns the run."""
    db.execute(SCHEMA)
    db.execute("INSERT OR REPLACE INTO run_processes (run_id, pid, host) VALUES (?, ?, ?)",
               [run_id, os.getpid(), socket.gethostname()])


def mark_abandoned(db: sqlite_utils.Database) -> list[int]:
    """Inside the caller's write transaction: runs still `running` whose process on this host is gone
    become `abandoned`, with what they stored counted from the articles fetched since they started."""
    db.execute(SCHEMA)
    host = socket.gethostname()
    rows = db.execute("SELECT r.id, r.started_at, p.pid FROM runs r JOIN run_processes p ON p.run_id = r.id "
                      "WHERE r.status = 'running' AND p.host = ?", [host]).fetchall()
    abandoned = []
    for run_id, started_at, pid in rows:
        if process_alive(pid):
            continue
        stored = db.execute("SELECT count(*) FROM articles WHERE fetched_at >= ?", [started_at]).fetchone()[0]
        message = f"process {pid} on {host} ended without finishing the run (killed?)"
        db.execute("UPDATE runs SET status = 'abandoned', finished_at = ?, articles_new = ?, errors = ? "
                   "WHERE id = ?", [now_almaty(), stored, json.dumps([message]), run_id])
        abandoned.append(run_id)
    return abandoned


def process_alive(pid: int) -> bool:
    """Whether a process of this host with this pid exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def stored_since_start(db: sqlite_utils.Database, run_id: int) -> dict[str, dict[str, int]]:
    """Per source, the articles stored since the run started: what an interrupted run brought in."""
    started_at = db.execute("SELECT started_at FROM runs WHERE id = ?", [run_id]).fetchone()[0]
    return {source: {"fetched": count, "new": count} for source, count in db.execute(
        "SELECT source, count(*) FROM articles WHERE fetched_at >= ? GROUP BY source", [started_at])}
