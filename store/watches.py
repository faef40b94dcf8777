"""Watches: saved searches that say what is new. A watch is a search query with its filters; each
check (every nightly run, and `pokazatel watch show`) records the articles it matches that it never
matched before in `watch_hits`. What a watch matched when it was created is its baseline, not news.
Each watch reads as an Atom feed (`pokazatel watch show NAME`; `/-/watches/NAME.atom` in `serve`,
through pokazatel.store.watch_feed)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from xml.etree import ElementTree

import sqlite_utils

SCHEMA = """
CREATE TABLE IF NOT EXISTS watches (
    name TEXT PRIMARY KEY,
    query TEXT NOT NULL,
    filters TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_hits (
    watch TEXT NOT NULL REFERENCES watches(name) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    run_id INTEGER,
    first_seen TEXT NOT NULL,
    baseline INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (watch, article_id)
);
CREATE INDEX IF NOT EXISTS watch_hits_seen ON watch_hits(watch, first_seen);
"""
NAME = re.compile(r"^[\w.-]{1,64}$")
MAX_MATCHES = 5000  # a check reads at most this many matches of one watch
FEED_ENTRIES = 100
ATOM = "http://www.w3.org/2005/Atom"
# What XML 1.0 cannot hold, escaped or not: one such character in a crawled title made the whole feed unreadable.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class WatchError(ValueError):
    """A watch that cannot be added, found or checked, said in one line."""


def ensure(db: sqlite_utils.Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def is_current(db: sqlite_utils.Database) -> bool:
    return "watch_hits" in db.table_names()


def add(db: sqlite_utils.Database, name: str, query: str, filters: dict[str, Any], now: str) -> int:
    """Save a watch; what it matches now is its baseline. Returns the baseline's size."""
    from pokazatel.store.transaction import write_transaction

    if not NAME.match(name):
        raise WatchError(f"watch name {name!r}: use letters, digits, '.', '-' or '_' (at most 64)")
    matches = _matches(db, query, filters)  # a bad query or filter fails here, before anything is written
    with write_transaction(db):
        if db.execute("SELECT 1 FROM watches WHERE name = ?", [name]).fetchone():
            raise WatchError(f"a watch named {name!r} exists: remove it first")
        db.execute("INSERT INTO watches (name, query, filters, created_at) VALUES (?, ?, ?, ?)",
                   [name, query, json.dumps(filters, ensure_ascii=False, default=str), now])
        db.conn.executemany("INSERT INTO watch_hits (watch, article_id, first_seen, baseline) VALUES (?, ?, ?, 1)",
                            [(name, article_id, now) for article_id in matches])
    return len(matches)


def remove(db: sqlite_utils.Database, name: str) -> None:
    from pokazatel.store.transaction import write_transaction

    with write_transaction(db):
        if db.execute("DELETE FROM watches WHERE name = ?", [name]).rowcount == 0:
            raise WatchError(f"no watch named {name!r}")
        db.execute("DELETE FROM watch_hits WHERE watch = ?", [name])


def listed(db: sqlite_utils.Database) -> list[dict]:
    """Every watch with its query, filters and how many new articles it has recorded."""
    rows = db.execute(
        "SELECT w.name, w.query, w.filters, w.created_at,"
        " (SELECT count(*) FROM watch_hits h WHERE h.watch = w.name AND NOT h.baseline) AS new"
        " FROM watches w ORDER BY w.name").fetchall()
    return [{"name": r[0], "query": r[1], "filters": json.loads(r[2]), "created_at": r[3], "new": r[4]}
            for r in rows]


def check(db: sqlite_utils.Database, now: str, run_id: int | None = None) -> dict[str, int]:
    """Record, for every watch, the articles it matches now and never matched before; their count by
    watch. One transaction for all watches."""
    from pokazatel.store.transaction import write_transaction

    found = {w["name"]: (set(_matches(db, w["query"], w["filters"])), w) for w in listed(db)}
    counts = {}
    with write_transaction(db):
        for name, (matches, _) in found.items():
            seen = {row[0] for row in db.execute("SELECT article_id FROM watch_hits WHERE watch = ?", [name])}
            new = sorted(matches - seen)
            db.conn.executemany(
                "INSERT INTO watch_hits (watch, article_id, run_id, first_seen) VALUES (?, ?, ?, ?)",
                [(name, article_id, run_id, now) for article_id in new])
            counts[name] = len(new)
    return counts


def _matches(db: sqlite_utils.Database, query: str, filters: dict[str, Any]) -> list[int]:
    from pokazatel.store.search import search

    results = search(db, query, limit=MAX_MATCHES, window=None, **filters)
    return [row["id"] for row in results]


def feed(db: sqlite_utils.Database, name: str, base_url: str = "") -> str:
    """The watch's new articles (not its baseline), newest first, as an Atom document."""
    watch = db.execute("SELECT name, query, created_at FROM watches WHERE name = ?", [name]).fetchone()
    if watch is None:
        raise WatchError(f"no watch named {name!r}")
    rows = db.execute(
        "SELECT a.id, a.url, a.title, a.source, a.published_at, coalesce(a.lead, substr(a.text, 1, 400)),"
        " h.first_seen FROM watch_hits h JOIN articles a ON a.id = h.article_id"
        " WHERE h.watch = ? AND NOT h.baseline ORDER BY h.first_seen DESC, a.published_at DESC LIMIT ?",
        [name, FEED_ENTRIES]).fetchall()
    ElementTree.register_namespace("", ATOM)
    root = ElementTree.Element(f"{{{ATOM}}}feed")
    _text(root, "id", f"tag:pokazatel,2024:watch:{name}")
    _text(root, "title", f"pokazatel: {name} ({watch[1]})")
    _text(root, "updated", _atom_time(rows[0][6] if rows else watch[2]))
    author = ElementTree.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "pokazatel")
    if base_url:
        ElementTree.SubElement(root, f"{{{ATOM}}}link", rel="self", href=f"{base_url}/-/watches/{name}.atom")
    for article_id, url, title, source, published, summary, first_seen in rows:
        entry = ElementTree.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", f"tag:pokazatel,2024:article:{article_id}")
        _text(entry, "title", title)
        ElementTree.SubElement(entry, f"{{{ATOM}}}link", href=NOT_XML.sub("", url))
        _text(entry, "updated", _atom_time(first_seen))
        if published:
            _text(entry, "published", _atom_time(published))
        _text(entry, "summary", f"{source}: {summary or ''}")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def _text(parent: ElementTree.Element, tag: str, value: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}").text = NOT_XML.sub("", value)


def _atom_time(value: str) -> str:
    """RFC 3339 as Atom wants it: a stored date alone becomes midnight UTC, a naive time gets +00:00."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return "1970-01-01T00:00:00+00:00"
    if moment.tzinfo is None:
        return moment.isoformat(timespec="seconds") + "+00:00"
    return moment.isoformat(timespec="seconds")
