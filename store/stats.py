"""Reported figures added up: how many were convicted in 2024, by region, and which articles say so."""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils
from pokazatel.store.query import Filters, QueryError, register_functions

# Dimension -> SQL over `statistics s`, `articles a`, `classifications c`, and `place`/`body`
# (a LOC/ORG entity named in the same article).
DIMENSIONS = {
    "event": "s.event",
    "unit": "s.unit",
    "object": "s.object",
    "period": "s.period",
    # the year the figure covers when the text says, else the year it was published
    "year": "coalesce(substr(s.period, 1, 4), substr(a.published_at, 1, 4))",
    "month": "substr(a.published_at, 1, 7)",
    "source": "a.source",
    "lang": "a.lang",
    "topic": "c.topic",
    "region": "place.norm",
    "body": "body.norm",
}
# dimension -> (alias, label, the entity's value): a body is grouped by its one canonical name, if known
ENTITY_DIMENSIONS = {"region": ("place", "LOC", "norm"), "body": ("body", "ORG", "coalesce(body, norm)")}


def aggregate(db: sqlite_utils.Database, *, by: Sequence[str] = ("event", "unit", "year"),
              max_refs: int | None = None, **filters) -> list[dict]:
    """One row per group: the `by` values, `count` (figures), `sum` (of their values: group by unit
    for a meaningful sum), `articles` (how many), `article_ids` and `urls` (the articles behind it,
    newest first, at most `max_refs` when given). Filters as in pokazatel.store.query.Filters. A figure from
    an article naming two regions counts in both; one naming none has region None."""
    by = tuple(by)
    unknown = [name for name in by if name not in DIMENSIONS]
    if unknown or not by:
        raise QueryError(f"cannot group by {', '.join(unknown) or 'nothing'}: choose from {', '.join(DIMENSIONS)}")
    where, params = Filters(**filters).where(statistic="s")
    joins = "".join(
        f" LEFT JOIN (SELECT DISTINCT article_id, {value} AS norm FROM entities WHERE label = '{label}') {alias}"
        f" ON {alias}.article_id = s.article_id"
        for dimension, (alias, label, value) in ENTITY_DIMENSIONS.items() if dimension in by
    )
    keys = ", ".join(f"{DIMENSIONS[name]} AS {name}" for name in by)
    positions = ", ".join(str(i) for i in range(1, len(by) + 1))
    sql = f"""
        SELECT {keys}, count(*) AS count, sum(s.value) AS sum, count(DISTINCT a.id) AS articles,
               json_group_array(DISTINCT a.id) AS article_ids
        FROM statistics s JOIN articles a ON a.id = s.article_id
        LEFT JOIN classifications c ON c.article_id = a.id{joins}
        WHERE {where}
        GROUP BY {positions}
        ORDER BY {positions}"""
    register_functions(db.conn)
    rows = []
    urls = _Urls(db)
    for row in db.conn.execute(sql, params):
        record = dict(zip((*by, "count", "sum", "articles", "article_ids"), row, strict=True))
        ids = sorted(json.loads(record["article_ids"]), key=lambda i: urls[i][1] or "", reverse=True)
        record["article_ids"] = ids[:max_refs] if max_refs is not None else ids
        record["urls"] = [urls[i][0] for i in record["article_ids"]]
        rows.append(record)
    return rows


class _Urls(dict):
    """Article id -> (url, published_at), fetched on first use."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def __missing__(self, article_id: int) -> tuple[str, str | None]:
        row = self.db.conn.execute("SELECT url, published_at FROM articles WHERE id = ?", [article_id]).fetchone()
        self[article_id] = (row[0], row[1]) if row else ("", None)
        return self[article_id]
