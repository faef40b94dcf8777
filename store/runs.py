"""The ingestion run record: what each nightly run fetched, added and failed on, per source."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils
from pokazatel.store import run_liveness
from pokazatel.store.load import now_almaty
from pokazatel.store.transaction import write_transaction


def record_sources(db: sqlite_utils.Database, sources: Iterable[Mapping[str, Any]]) -> None:
    """Keep the sources table in step with the source list: what each crawled outlet is."""
    with write_transaction(db):
        db["sources"].upsert_all(
            ({"name": s["name"], "title": s.get("title"), "langs": ",".join(s.get("langs") or ()),
              "homepage": s.get("homepage"), "enabled": bool(s.get("enabled", True))} for s in sources),
            pk="name",
        )


def start_run(db: sqlite_utils.Database, flow: str) -> int:
    with write_transaction(db):
        run_liveness.mark_abandoned(db)  # earlier runs whose process died without finishing them
        run_id = db["runs"].insert({"flow": flow, "started_at": now_almaty(), "status": "running"}).last_pk
        run_liveness.claim(db, run_id)
        return run_id


def finish_run(db: sqlite_utils.Database, run_id: int, *, status: str,
               sources: Mapping[str, Mapping[str, Any]], processed: Mapping[str, int] | None = None,
               errors: list[str] | None = None) -> None:
    processed = processed or {}
    with write_transaction(db):
        db["run_sources"].upsert_all(
            ({"run_id": run_id, "source": name, "fetched": counts.get("fetched", 0),
              "new": counts.get("new", 0), "duplicates": counts.get("duplicates", 0),
              "failed": counts.get("failed", 0),
              "errors": json.dumps(counts.get("errors") or [], ensure_ascii=False)}
             for name, counts in sources.items()),
            pk=("run_id", "source"),
        )
        db["runs"].update(run_id, {
            "finished_at": now_almaty(), "status": status,
            "articles_new": sum(c.get("new", 0) for c in sources.values()),
            "articles_processed": processed.get("articles", 0),
            "entities_added": processed.get("entities", 0),
            "statistics_added": processed.get("statistics", 0),
            "errors": json.dumps(errors or [], ensure_ascii=False),
        })


def recent_runs(db: sqlite_utils.Database, limit: int = 10) -> list[dict]:
    runs = [dict(row) for row in db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit])]
    for run in runs:
        run["errors"] = json.loads(run["errors"] or "[]")
        run["sources"] = [
            {**dict(row), "errors": json.loads(row["errors"] or "[]")}
            for row in db.query("SELECT source, fetched, new, duplicates, failed, errors FROM run_sources "
                                "WHERE run_id = ? ORDER BY source", [run["id"]])
        ]
    return runs
