"""Writes into the database: crawled articles in, analyses of them out. Every write is one transaction."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils
from pokazatel.store import facts, search_index
from pokazatel.store.transaction import write_transaction

ALMATY = ZoneInfo("Asia/Almaty")

ARTICLE_FIELDS = ("url", "source", "title", "lead", "text", "lang", "author", "tags",
                  "published_at", "modified_at")


def now_almaty() -> str:
    return datetime.now(ALMATY).isoformat(timespec="seconds")


# A body this long identifies an article on its own: a republication under a new headline is the same text.
TEXT_ALONE_IDENTIFIES = 300


def content_hash(title: str, text: str) -> str:
    """Same article under two URLs: the hash ignores case, punctuation and spacing, and the title
    too when the body is long enough to identify the article by itself."""
    def fold(value: str) -> str:
        return re.sub(r"\W+", " ", value.lower()).strip()

    body = fold(text)
    key = body if len(body) >= TEXT_ALONE_IDENTIFIES else f"{fold(title)}\n{body}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def known_url(db: sqlite_utils.Database, url: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM articles WHERE url = ? UNION ALL SELECT 1 FROM article_urls WHERE url = ? LIMIT 1",
        [url, url],
    ).fetchone()
    return row is not None


def save_article(db: sqlite_utils.Database, article: Mapping[str, Any]) -> str:
    """Store one crawled article as unprocessed; returns "new", "known" (same URL) or "duplicate"
    (same content under another URL, which is remembered as an alias of the stored article)."""
    row, digest = _article_row(article)
    with write_transaction(db):
        return _insert_article(db, row, digest)


def save_articles(db: sqlite_utils.Database, articles: Iterable[Mapping[str, Any]]) -> list[str]:
    """save_article for a batch in one write transaction (a bulk import: one commit, not one per
    article); the outcome of each article, in order. A bad article rejects the whole batch."""
    with write_transaction(db):  # one at a time: `articles` may stream a file larger than memory
        return [_insert_article(db, *_article_row(article)) for article in articles]


def _article_row(article: Mapping[str, Any]) -> tuple[dict, str]:
    row = {field: article.get(field) for field in ARTICLE_FIELDS}
    if isinstance(row["tags"], list | tuple):
        row["tags"] = json.dumps(list(row["tags"]), ensure_ascii=False)
    if not row["url"] or not row["title"] or not row["text"] or not row["source"]:
        raise ValueError("an article needs url, source, title and text")
    return row, content_hash(row["title"], row["text"])


def _insert_article(db: sqlite_utils.Database, row: dict, digest: str) -> str:
    """The insert itself, inside the caller's write transaction."""
    if known_url(db, row["url"]):
        return "known"
    same = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
    if same:
        db.execute("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)", [row["url"], same[0]])
        return "duplicate"
    db["articles"].insert({**row, "fetched_at": now_almaty(), "content_hash": digest})  # indexed by a trigger
    return "new"


def save_analyses(db: sqlite_utils.Database, analyses: Iterable[Mapping[str, Any]], model: str = "") -> int:
    """Replace the tags of a batch of articles in one transaction, so no article ever shows
    half-old, half-new tags. Each analysis is an `extract` record whose `id` is the article id."""
    analyses = list(analyses)
    ids = [int(analysis["id"]) for analysis in analyses]
    stamp = now_almaty()
    with write_transaction(db):
        search_index.unindex(db, ids)  # while the index still agrees with the old tags
        stale_facts = facts.groups_of(db, ids)  # the fact groups the old figures were in
        for analysis in analyses:
            article_id = int(analysis["id"])
            for table in ("entities", "statistics", "classifications", "article_lemmas"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            db["classifications"].insert({
                "article_id": article_id,
                "relevant": bool(analysis["relevant"]),
                "topic": analysis["topic"],
                "relevance_score": analysis.get("relevance_score"),
                "model": model,
            })
            db["entities"].insert_all(
                {"article_id": article_id, "text": e["text"], "label": e["label"], "norm": e["norm"],
                 "start": e["start"], "end": e["end"], "person": e.get("person"), "body": e.get("body"),
                 "place": e.get("place")}
                for e in [*analysis["entities"], *analysis.get("positions", [])]
            )
            db["statistics"].insert_all(
                {"article_id": article_id, "value": s["value"], "unit": s["unit"], "event": s["event"],
                 "object": s.get("object") or "", "period": s.get("period"), "quote": s["quote"],
                 "start": s.get("start"), "end": s.get("end"),
                 "scope": s.get("scope"), "region": s.get("region"), "subject": s.get("subject")}
                for s in analysis["statistics"]
            )
            lemmas = analysis.get("lemmas") or {}
            db["article_lemmas"].insert({"article_id": article_id, "title": lemmas.get("title", ""),
                                         "text": lemmas.get("text", "")})
            db.execute("UPDATE articles SET processed_at = ?, lang = coalesce(?, lang) WHERE id = ?",
                       [stamp, analysis.get("lang"), article_id])
        search_index.index(db, ids)
        facts.update(db, ids, stale_facts)
    return len(analyses)
