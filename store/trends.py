"""Trends: how a reported figure moves month to month, per event and unit, filterable by the region a
figure covers and by outlet, drawn as an inline SVG chart at /-/trends in `pokazatel serve`. The page
is made on the server: no script, nothing fetched from elsewhere, so it renders offline.

A month's point counts facts (pokazatel.store.facts), each in the month it was first reported, and
sums their values as `stats` does (pokazatel.store.stats.one_level_sum): facts that conflict once,
at the value most sources give, and no total added to what it sums up."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import escape
from pokazatel.store.stats import Counted, one_level_sum

METRICS = {"sum": "sum of values", "facts": "number of facts"}


@dataclass(frozen=True)
class Point:
    month: str
    facts: int
    total: float
    level: str


def monthly(db: sqlite_utils.Database, event: str, unit: str, *, region: str | None = None,
            source: str | None = None, scope: str | None = None) -> list[Point]:
    """One point per month that has facts of this event and unit, oldest first; the months between
    without any are points of zero, so the chart's time axis is even."""
    rows = db.execute(
        "SELECT substr(f.first_published, 1, 7) AS month, f.value, f.scope, f.region, f.story, f.sources FROM facts f"
        " WHERE f.event = ? AND f.unit = ? AND f.first_published IS NOT NULL"
        " AND (? IS NULL OR f.region = ?) AND (? IS NULL OR f.scope = ?)"
        " AND (? IS NULL OR EXISTS (SELECT 1 FROM fact_sources fs JOIN articles a ON a.id = fs.article_id"
        "                           WHERE fs.fact_id = f.id AND a.source = ?))",
        [event, unit, region, region, scope, scope, source, source]).fetchall()
    by_month: dict[str, list[Counted]] = {}
    for month, value, fact_scope, fact_region, story, sources in rows:
        by_month.setdefault(month, []).append(Counted(value, fact_scope, fact_region, story, sources))
    stories = {}  # a conflict's facts are one thing, counted in the month its best-sourced fact is in
    for month, items in by_month.items():
        for item in items:
            if item.story not in stories or item.sources > stories[item.story][1].sources:
                stories[item.story] = (month, item)
    points = []
    for month in _months(min(by_month), max(by_month)) if by_month else []:
        facts = by_month.get(month, [])
        kept = [item for item in facts if stories[item.story][0] == month]
        total, level = one_level_sum(kept)
        points.append(Point(month, len(facts), total if kept else 0.0, level if kept else ""))
    return points


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def choices(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """What the form offers: event/unit pairs with facts, regions, outlets."""
    def column(sql: str) -> list[str]:
        return [row[0] for row in db.execute(sql) if row[0]]

    return {
        "series": column("SELECT event || '/' || unit FROM facts GROUP BY event, unit ORDER BY count(*) DESC"),
        "region": column("SELECT DISTINCT region FROM facts ORDER BY region"),
        "source": column("SELECT DISTINCT a.source FROM fact_sources fs JOIN articles a ON a.id = fs.article_id"
                         " ORDER BY a.source"),
    }


def svg_chart(points: list[Point], metric: str, title: str, width: int = 960, height: int = 360) -> str:
    """A bar chart, one bar a month, with a value axis; plain SVG."""
    left, right, top, bottom = 90, 20, 40, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [p.total if metric == "sum" else p.facts for p in points]
    peak = max(values, default=0) or 1
    step = plot_w / max(len(points), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="trend-chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<title>{escape(title)}</title>',
             f'<text x="{left}" y="22" font-size="15" font-weight="bold">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#333"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#333"/>']
    for tick in range(5):
        value = peak * tick / 4
        y = top + plot_h - plot_h * tick / 4
        parts.append(f'<line x1="{left - 4}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{_short(value)}</text>')
    label_every = max(1, len(points) // 12)
    for index, (point, value) in enumerate(zip(points, values, strict=True)):
        bar_h = plot_h * value / peak
        x = left + index * step + step * 0.15
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{step * 0.7:.1f}" '
                     f'height="{bar_h:.1f}" fill="#2b6cb0"><title>{point.month}: {_short(value)}</title></rect>')
        if index % label_every == 0:
            parts.append(f'<text x="{x + step * 0.35:.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                         f'{point.month}</text>')
    if not points:
        parts.append(f'<text x="{left + 20}" y="{top + plot_h / 2}">no facts for this choice</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(value: float) -> str:
    for limit, suffix in ((1e9, " млрд"), (1e6, " млн"), (1e3, " тыс.")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}"


def page(db: sqlite_utils.Database, params: dict[str, str]) -> str:
    """The whole /-/trends page for the chosen series and filters."""
    options = choices(db)
    series = params.get("series") or (options["series"][0] if options["series"] else "")
    event, _, unit = series.partition("/")
    region, source = params.get("region") or None, params.get("source") or None
    scope = params.get("scope") if params.get("scope") in ("case", "total") else None
    metric = params.get("metric") if params.get("metric") in METRICS else "sum"
    points = monthly(db, event, unit, region=region, source=source, scope=scope) if event else []
    title = f"{event} ({unit}): {METRICS[metric]} by month" + (f", {region}" if region else "") + \
        (f", {source}" if source else "")

    def select(name: str, values: list[str], chosen: str | None, blank: str | None = "all") -> str:
        items = [f'<option value="">{blank}</option>'] if blank else []
        items += [f'<option value="{escape(v)}"{" selected" if v == chosen else ""}>{escape(v)}</option>'
                  for v in values]
        return f'<label>{name} <select name="{name}">{"".join(items)}</select></label> '

    rows = "".join(f"<tr><td>{p.month}</td><td>{p.facts}</td><td>{_short(p.total)}</td><td>{p.level}</td></tr>"
                   for p in points)
    link = "/-/trends?" + urlencode({k: v for k, v in params.items() if v})
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Показатель — динамика цифр</title>
<style>body{{font-family:sans-serif;margin:1.5em;color:#222}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:2px 8px;text-align:right}} form{{margin:1em 0}}</style></head>
<body><h1>Динамика цифр по месяцам</h1>
<p><a href="/">Показатель</a> · facts counted once (the same figure from several outlets is one fact);
the sum never adds a total to what it sums up: national totals, else regional totals plus the cases of
regions no total covers, else single cases (the level summed is in the table).</p>
<form method="get" action="/-/trends">
{select("series", options["series"], series, None)}{select("region", options["region"], region)}
{select("source", options["source"], source)}{select("scope", ["case", "total"], scope)}
{select("metric", list(METRICS), metric, None)}<button type="submit">Show</button></form>
{svg_chart(points, metric, title)}
<table><tr><th>month</th><th>facts</th><th>sum</th><th>level summed</th></tr>{rows}</table>
<p><a href="{escape(link)}">link to this chart</a></p>
</body></html>"""


# Datasette: the page at /-/trends (registered by pokazatel.store.serve).

@hookimpl
def register_routes():
    return [(r"^/-/trends$", _trends_view)]


async def _trends_view(datasette, request) -> Response:
    params = {name: request.args.get(name, "") for name in ("series", "region", "source", "scope", "metric")}

    def build(conn) -> str:
        db = sqlite_utils.Database(conn)
        if "facts" not in db.table_names():
            return "<!DOCTYPE html><p>This database has no facts yet: run <code>pokazatel process</code>.</p>"
        return page(db, params)

    return Response.html(await datasette.get_database().execute_fn(build))
