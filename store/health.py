"""Source health in every run: a source that has gone silent, one whose articles mostly came from
the generic fallback (its selectors no longer match), one whose bodies shrank (a selector that now
catches a teaser). Flags are kept per run and source (table run_source_health, view run_health)
and shown by `pokazatel runs`, the nightly summary and Datasette. Thresholds: `health` in
data/sources.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

import sqlite_utils
import yaml

from pokazatel.resources import data_path

HEALTH_SCHEMA = """
CREATE TABLE IF NOT EXISTS run_source_health (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0,      -- article pages extracted in the run
    body_selector INTEGER NOT NULL DEFAULT 0, -- ... whose body came from the source's selectors
    body_json_ld INTEGER NOT NULL DEFAULT 0,
    body_api INTEGER NOT NULL DEFAULT 0,
    body_generic INTEGER NOT NULL DEFAULT 0,  -- ... from trafilatura
    body_median INTEGER,                      -- median body length in characters
    flags TEXT NOT NULL DEFAULT '',           -- "; "-separated health warnings, '' when healthy
    PRIMARY KEY (run_id, source)
);
CREATE VIEW IF NOT EXISTS run_health AS
    SELECT r.id AS run_id, r.flow, r.started_at, r.status, s.source, s.fetched, s.new, s.failed,
           h.articles, h.body_selector, h.body_json_ld, h.body_api, h.body_generic, h.body_median,
           coalesce(h.flags, '') AS flags
    FROM runs r JOIN run_sources s ON s.run_id = r.id
    LEFT JOIN run_source_health h ON h.run_id = r.id AND h.source = s.source;
"""
CRAWLING_FLOWS = ("nightly", "backfill")
HISTORY_ARTICLES = 200  # the stored articles a run's bodies are compared with


@dataclass(frozen=True)
class HealthSettings:
    silent_runs: int = 3        # runs in a row without a new article
    generic_share: float = 0.5  # share of bodies from the generic fallback, for a source with body selectors
    shrink_ratio: float = 0.5   # this run's median body length below this fraction of the stored ones'
    min_history: int = 5        # stored articles needed before shrinking is judged


def load_settings(path: Path | None = None) -> HealthSettings:
    """The `health` section of the source list (defaults where it says nothing)."""
    document = yaml.safe_load((path or data_path("sources.yaml")).read_text(encoding="utf-8")) or {}
    section = document.get("health") or {}
    defaults = HealthSettings()
    try:
        return HealthSettings(**{key: type(getattr(defaults, key))(section[key])
                                 for key in defaults.__dataclass_fields__ if key in section})
    except (TypeError, ValueError) as error:
        raise ValueError(f"health settings in the source list: {error}") from None


def _silent_streak(db: sqlite_utils.Database, run_id: int, source: str) -> int:
    """How many crawling runs in a row, up to this one, the source added nothing."""
    streak = 0
    for (new,) in db.execute(
            "SELECT s.new FROM run_sources s JOIN runs r ON r.id = s.run_id WHERE s.source = ? AND r.id <= ? "
            f"AND r.flow IN ({','.join('?' * len(CRAWLING_FLOWS))}) ORDER BY r.id DESC",
            [source, run_id, *CRAWLING_FLOWS]):
        if new:
            break
        streak += 1
    return streak


def _stored_median(db: sqlite_utils.Database, run_id: int, source: str) -> tuple[int | None, int]:
    """Median body length of the source's articles stored before this run, and how many there were."""
    started = db.execute("SELECT started_at FROM runs WHERE id = ?", [run_id]).fetchone()
    if not started:
        return None, 0
    lengths = [row[0] for row in db.execute(
        "SELECT length(text) FROM articles WHERE source = ? AND fetched_at < ? ORDER BY id DESC LIMIT ?",
        [source, started[0], HISTORY_ARTICLES])]
    return (int(median(lengths)) if lengths else None), len(lengths)


def assess(db: sqlite_utils.Database, run_id: int, source: str, counts: Mapping[str, Any],
           settings: HealthSettings) -> dict[str, Any]:
    """One source's health row for a run whose run_sources row is already written."""
    bodies = (counts.get("extraction") or {}).get("body") or {}
    extracted = sum(n for path, n in bodies.items() if path != "none")
    row = {"run_id": run_id, "source": source, "articles": extracted,
           "body_selector": bodies.get("selector", 0), "body_json_ld": bodies.get("json-ld", 0),
           "body_api": bodies.get("api", 0), "body_generic": bodies.get("generic", 0),
           "body_median": counts.get("body_median")}
    flags = []
    streak = _silent_streak(db, run_id, source)
    if streak >= settings.silent_runs:
        flags.append(f"no new article in {streak} runs")
    if counts.get("body_expected") and extracted and row["body_generic"] / extracted > settings.generic_share:
        flags.append(f"bodies from the generic fallback: {row['body_generic']}/{extracted}"
                     " (selectors no longer match?)")
    history, stored = _stored_median(db, run_id, source)
    if row["body_median"] is not None and history and stored >= settings.min_history \
            and row["body_median"] < settings.shrink_ratio * history:
        flags.append(f"bodies shrank: median {row['body_median']} chars vs {history} before (a teaser?)")
    return {**row, "flags": "; ".join(flags)}


def record_health(db: sqlite_utils.Database, run_id: int, sources: Mapping[str, Mapping[str, Any]],
                  settings: HealthSettings | None = None) -> dict[str, list[str]]:
    """Assess and store every crawled source's health for a finished run; {source: [flags]}."""
    from pokazatel.store.transaction import write_transaction

    settings = settings or load_settings()
    rows = [assess(db, run_id, name, counts, settings) for name, counts in sources.items()]
    with write_transaction(db):
        db["run_source_health"].upsert_all(rows, pk=("run_id", "source"))
    return {row["source"]: row["flags"].split("; ") for row in rows if row["flags"]}


def run_flags(db: sqlite_utils.Database, run_id: int) -> dict[str, list[str]]:
    """The stored flags of one run, by source."""
    if "run_source_health" not in db.table_names():
        return {}
    return {source: flags.split("; ") for source, flags in db.execute(
        "SELECT source, flags FROM run_source_health WHERE run_id = ? AND flags != '' ORDER BY source", [run_id])}
