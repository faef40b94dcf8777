"""Reported figures added up: how many were convicted in 2024, by region, and which articles say so."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import sqlite_utils
from pokazatel.nlp.figures.scope import NATIONAL
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
    "scope": "s.scope",  # case or total (nlp/figures/scope.py)
    "area": "s.region",  # the region a figure covers, KZ for the whole country
}
ENTITY_DIMENSIONS = {"region": ("place", "LOC"), "body": ("body", "ORG")}


def aggregate(db: sqlite_utils.Database, *, by: Sequence[str] = ("event", "unit", "year"),
              max_refs: int | None = None, mentions: bool = False, **filters) -> list[dict]:
    """One row per group: the `by` values, `facts` (distinct facts: one thing reported by several
    articles counts once, see pokazatel.store.facts), `mentions` (figures), `count` (facts, or mentions
    when `mentions` is true; `counted` says which), `sum` (of their values, each fact once, and facts
    that conflict, being one thing, once at the value most sources give: group by unit for a
    meaningful sum), `sum_level`, `conflicts` (facts contradicted by another source), `articles`
    (how many), `article_ids` and `urls` (the articles behind it, newest first, at most `max_refs` when
    given). Filters as in pokazatel.store.query.Filters. A figure from an article naming two regions
    counts in both; one naming none has region None.

    The sum never adds a total to the cases it summarises, nor regional totals to the national one:
    it adds one level only, the national totals when the group has any, else the regional totals,
    else the single cases (`sum_level` says "national", "regional" or "case")."""
    by = tuple(by)
    unknown = [name for name in by if name not in DIMENSIONS]
    if unknown or not by:
        raise QueryError(f"cannot group by {', '.join(unknown) or 'nothing'}: choose from {', '.join(DIMENSIONS)}")
    require_facts(db)
    where, params = Filters(**filters).where(statistic="s")
    joins = "".join(
        f" LEFT JOIN (SELECT DISTINCT article_id, norm FROM entities WHERE label = '{label}') {alias}"
        f" ON {alias}.article_id = s.article_id"
        for dimension, (alias, label) in ENTITY_DIMENSIONS.items() if dimension in by
    )
    keys = ", ".join(f"{DIMENSIONS[name]} AS {name}" for name in by)
    sql = f"""
        SELECT {keys}, s.id, s.value, a.id, fs.fact_id, f.value, f.scope, f.region, f.story, f.sources
        FROM statistics s JOIN articles a ON a.id = s.article_id
        LEFT JOIN classifications c ON c.article_id = a.id
        LEFT JOIN fact_sources fs ON fs.statistic_id = s.id LEFT JOIN facts f ON f.id = fs.fact_id{joins}
        WHERE {where}"""
    register_functions(db.conn)
    groups: dict[tuple, _Group] = {}
    for row in db.conn.execute(sql, params):
        groups.setdefault(tuple(row[:len(by)]), _Group()).add(*row[len(by):])
    rows = []
    urls = _Urls(db)
    for key in sorted(groups, key=lambda k: tuple((v is None, str(v) if v is not None else "") for v in k)):
        record = dict(zip(by, key, strict=True)) | groups[key].summary(mentions)
        ids = sorted(record["article_ids"], key=lambda i: urls[i][1] or "", reverse=True)
        record["article_ids"] = ids[:max_refs] if max_refs is not None else ids
        record["urls"] = [urls[i][0] for i in record["article_ids"]]
        rows.append(record)
    return rows


def require_facts(db: sqlite_utils.Database) -> None:
    if "fact_sources" not in db.table_names():
        raise QueryError("this database has no facts yet: run `pokazatel process` once to build them")


LEVELS = ("national", "regional", "case")


def level_of(scope: str | None, region: str | None) -> str:
    if scope != "total":
        return "case"
    return "national" if region == NATIONAL else "regional"


class _Group:
    """The figures of one stats group, by fact."""

    def __init__(self) -> None:
        self.mentions: dict[int, tuple[float, str]] = {}  # statistic id -> (value, level)
        self.facts: dict[int | str, tuple[float, str, str, int]] = {}  # fact id -> (value, level, story, sources)
        self.articles: set[int] = set()

    def add(self, statistic_id: int, value: float, article_id: int, fact_id: int | None, fact_value: float | None,
            scope: str | None, region: str | None, story: str | None, sources: int | None) -> None:
        level = level_of(scope, region)
        self.mentions[statistic_id] = (value, level)
        # a figure not yet in a fact (an old database before `process --all`) is a fact of its own
        fact = fact_id if fact_id is not None else f"s{statistic_id}"
        self.facts[fact] = (fact_value if fact_value is not None else value, level, story or str(fact), sources or 1)
        self.articles.add(article_id)

    def _fact_sum(self, level: str) -> float:
        """Each story once: conflicting facts of one story are one thing, worth the value most sources give."""
        best: dict[str, tuple[int, float]] = {}
        for value, fact_level, story, sources in self.facts.values():
            if fact_level == level and (story not in best or sources > best[story][0]):
                best[story] = (sources, value)
        return sum(value for _, value in best.values())

    def summary(self, mentions: bool) -> dict:
        counted = self.mentions if mentions else self.facts
        levels = {item[1] for item in counted.values()}
        level = next(level for level in LEVELS if level in levels)
        stories = Counter(item[2] for item in self.facts.values())
        return {
            "count": len(counted),
            "sum": sum(v for v, lv in self.mentions.values() if lv == level) if mentions else self._fact_sum(level),
            "articles": len(self.articles),
            "article_ids": list(self.articles),
            "facts": len(self.facts),
            "mentions": len(self.mentions),
            "counted": "mentions" if mentions else "facts",
            "sum_level": level,
            "conflicts": sum(1 for item in self.facts.values() if stories[item[2]] > 1),
        }


class _Urls(dict):
    """Article id -> (url, published_at), fetched on first use."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def __missing__(self, article_id: int) -> tuple[str, str | None]:
        row = self.db.conn.execute("SELECT url, published_at FROM articles WHERE id = ?", [article_id]).fetchone()
        self[article_id] = (row[0], row[1]) if row else ("", None)
        return self[article_id]
