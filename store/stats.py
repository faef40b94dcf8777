"""Reported figures added up: how many were convicted in 2024, by region, and which articles say so."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils
from pokazatel.store import entity_places
from pokazatel.store.facts import NATIONAL
from pokazatel.store.place_regions import is_shared_district, lies_within, outermost
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
    # the region that area lies in: a town's figures in its region's, a district of several regions' in the one its
    # article names
    "area_region": "pk_area_region(s.region, {named})",
}
SEPARATOR = "\x1f"  # between the places an article names, in one SQL value
# dimension -> (alias, label, the entity's value): a body is grouped by its one canonical name, if known, and a
# place by its gazetteer name ("РК" with "Казахстан")
ENTITY_DIMENSIONS = {"region": ("place", "LOC", "coalesce(place, norm)"),
                     "body": ("body", "ORG", "coalesce(body, norm)")}


def aggregate(db: sqlite_utils.Database, *, by: Sequence[str] = ("event", "unit", "year"),
              max_refs: int | None = None, mentions: bool = False, **filters) -> list[dict]:
    """One row per group: the `by` values, `facts` (distinct facts: one thing reported by several
    articles counts once, see pokazatel.store.facts), `mentions` (figures), `count` (facts, or mentions
    when `mentions` is true; `counted` says which), `sum` (of their values, each fact once, and facts
    that conflict, being one thing, once at the value most sources give; None when the group's figures
    are in more than one unit: group by unit for a sum), `sum_level`, `conflicts` (facts contradicted by
    another source), `articles` (how many), `article_ids` and `urls` (the articles behind it, newest
    first, at most `max_refs` when given). Filters as in pokazatel.store.query.Filters. A figure from an
    article naming two regions counts in both; one naming none has region None.

    The sum never adds a total to the cases it summarises, nor regional totals to the national one
    (one_level_sum): the national totals when the group has any, else the regional totals and the
    cases of regions no total covers, else the cases (`sum_level` says "national", "regional",
    "regional+case" or "case")."""
    by = tuple(by)
    unknown = [name for name in by if name not in DIMENSIONS]
    if unknown or not by:
        raise QueryError(f"cannot group by {', '.join(unknown) or 'nothing'}: choose from {', '.join(DIMENSIONS)}")
    require_facts(db)
    places = entity_places.has_column(db)
    where, params = Filters(**filters).where(statistic="s", places=places)
    joins = "".join(
        f" LEFT JOIN (SELECT DISTINCT article_id, {value if places else 'norm'} AS norm FROM entities"
        f" WHERE label = '{label}') {alias} ON {alias}.article_id = s.article_id"
        for dimension, (alias, label, value) in ENTITY_DIMENSIONS.items() if dimension in by
    )
    # the places the article names, read only for a district of several regions (the one they tell it lies in)
    named = (f"CASE WHEN pk_shared_district(s.region) OR pk_shared_district(f.region) THEN (SELECT group_concat("
             f"{'coalesce(place, norm)' if places else 'norm'}, '{SEPARATOR}') FROM entities named"
             " WHERE named.article_id = s.article_id AND named.label = 'LOC') END")
    keys = ", ".join(f"{DIMENSIONS[name].format(named=named)} AS {name}" for name in by)
    sql = f"""
        SELECT {keys}, s.id, s.value, s.unit, a.id, s.scope, s.region, fs.fact_id, f.value, f.scope, f.region,
               f.story, f.sources, {named}
        FROM statistics s JOIN articles a ON a.id = s.article_id
        LEFT JOIN classifications c ON c.article_id = a.id
        LEFT JOIN fact_sources fs ON fs.statistic_id = s.id LEFT JOIN facts f ON f.id = fs.fact_id{joins}
        WHERE {where}"""
    register_functions(db.conn)
    db.conn.create_function("pk_area_region", 2, lambda area, places: outermost(area, _split(places)) if area else area,
                            deterministic=True)
    db.conn.create_function("pk_shared_district", 1, lambda area: int(bool(area) and is_shared_district(area)),
                            deterministic=True)
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


def _split(places: str | None) -> tuple[str, ...]:
    return tuple(places.split(SEPARATOR)) if places else ()


def require_facts(db: sqlite_utils.Database) -> None:
    if "fact_sources" not in db.table_names():
        raise QueryError("this database has no facts yet: run `pokazatel process` once to build them")


LEVELS = ("national", "regional", "case")


def level_of(scope: str | None, region: str | None) -> str:
    if scope != "total":
        return "case"
    return "national" if region == NATIONAL else "regional"


@dataclass(frozen=True)
class Counted:
    """One fact (or mention) as a sum sees it."""

    value: float
    scope: str | None
    region: str | None
    story: str  # conflicting facts share one: one thing, added once
    sources: int
    named: tuple[str, ...] = ()  # the places its article names: which region a district of several regions' is in

    @property
    def level(self) -> str:
        return level_of(self.scope, self.region)


def one_level_sum(items: Iterable[Counted]) -> tuple[float, str]:
    """The sum that adds nothing twice, and what it added: the national totals when there are any;
    else the regional totals (but a town's inside its region's) plus the cases of places no total covers
    ("regional+case"); else the cases. Each story once, at the value most sources give."""
    best: dict[str, Counted] = {}
    for item in items:
        if item.story not in best or item.sources > best[item.story].sources:
            best[item.story] = item
    national = [i for i in best.values() if i.level == "national"]
    if national:
        return sum(i.value for i in national), "national"
    regional = [i for i in best.values() if i.level == "regional"]
    covered = {i.region for i in regional if i.region is not None}
    # a town's total is part of its region's, and a town's case of either (pokazatel.store.place_regions)
    regional = [i for i in regional
                if i.region is None or not lies_within(i.region, covered, strictly=True, named=i.named)]
    cases = [i for i in best.values()
             if i.level == "case" and (i.region is None or not lies_within(i.region, covered, named=i.named))]
    label = "+".join(name for name, part in (("regional", regional), ("case", cases)) if part)
    return sum(i.value for i in [*regional, *cases]), label or "case"


class _Group:
    """The figures of one stats group, by fact."""

    def __init__(self) -> None:
        self.mentions: list[Counted] = []
        self.facts: dict[int | str, Counted] = {}
        self.articles: set[int] = set()
        self.units: set[str] = set()

    def add(self, statistic_id: int, value: float, unit: str, article_id: int, scope: str | None, region: str | None,
            fact_id: int | None, fact_value: float | None, fact_scope: str | None, fact_region: str | None,
            story: str | None, sources: int | None, places: str | None = None) -> None:
        named = _split(places)
        self.mentions.append(Counted(value, scope, region, f"m{statistic_id}", 1, named))
        if fact_id is None:  # a figure not yet in a fact (an old database before `process`) is one of its own
            self.facts[f"s{statistic_id}"] = Counted(value, scope, region, f"s{statistic_id}", 1, named)
        else:
            self.facts[fact_id] = Counted(fact_value, fact_scope, fact_region, story, sources, named)
        self.articles.add(article_id)
        self.units.add(unit)

    def summary(self, mentions: bool) -> dict:
        total, level = one_level_sum(self.mentions if mentions else self.facts.values())
        if len(self.units) > 1:  # persons and tenge, or tenge and dollars, added up mean nothing
            total = None
        stories = Counter(item.story for item in self.facts.values())
        return {
            "count": len(self.mentions) if mentions else len(self.facts),
            "sum": total,
            "articles": len(self.articles),
            "article_ids": list(self.articles),
            "facts": len(self.facts),
            "mentions": len(self.mentions),
            "counted": "mentions" if mentions else "facts",
            "sum_level": level,
            "conflicts": sum(1 for item in self.facts.values() if stories[item.story] > 1),
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
