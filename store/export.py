"""Articles, entities or figures out as CSV or JSON lines, streamed row by row from the cursor so an
export of the whole database runs in constant memory."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

import sqlite_utils
from pokazatel.store import entity_places
from pokazatel.store.query import Filters, QueryError, register_functions
from pokazatel.store.whole_file import written_whole

ARTICLE_COLUMNS = ("a.url", "a.published_at", "a.source", "a.lang", "a.title AS article_title")

QUERIES = {
    "articles": (
        "SELECT a.id, a.url, a.published_at, a.source, a.lang, a.title, a.lead, a.text, a.author, a.tags,"
        " c.relevant, c.topic, c.relevance_score"
        " FROM articles a LEFT JOIN classifications c ON c.article_id = a.id",
        None,
    ),
    "entities": (
        "SELECT e.id, e.article_id, e.label, e.text, e.norm, e.person, e.start, e.\"end\", "
        + ", ".join(ARTICLE_COLUMNS) + ", e.body, {place} AS place" +
        " FROM entities e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN classifications c ON c.article_id = a.id",
        None,
    ),
    "statistics": (
        "SELECT s.id, s.article_id, s.event, s.unit, s.value, s.object, s.period, s.quote, s.start, s.\"end\", "
        + ", ".join(ARTICLE_COLUMNS) + ", s.scope, s.region, s.subject, fs.fact_id"  # the figure's fact
        " FROM statistics s JOIN articles a ON a.id = s.article_id"
        " LEFT JOIN classifications c ON c.article_id = a.id LEFT JOIN fact_sources fs ON fs.statistic_id = s.id",
        "s",  # event and min_value filter the figure rows themselves
    ),
}
KINDS = tuple(QUERIES)
FORMATS = ("csv", "jsonl")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def export(db: sqlite_utils.Database, kind: str, out: TextIO | Path, *, fmt: str = "csv", excel: bool = False,
           progress: bool | None = None, **filters) -> int:
    """Write every `kind` row ("articles", "entities" or "statistics") that passes the filters
    (pokazatel.store.query.Filters; relevant=True by default) to `out`, a path or an open text stream;
    returns the number of rows. CSV cells that would start a formula are neutralised. `excel` writes
    the CSV Excel opens into columns in Kazakhstan's Russian and Kazakh locales: a UTF-8 byte order
    mark (else Cyrillic is garbled), ";" between cells (their list separator) and decimal commas
    (1,5; whole numbers without ",0"). A progress line goes to stderr when it is a terminal (or when
    `progress` says so)."""
    if kind not in QUERIES:
        raise QueryError(f"cannot export {kind!r}: choose from {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}: choose from {', '.join(FORMATS)}")
    select, statistic_alias = QUERIES[kind]
    places = entity_places.has_column(db)
    select = select.replace("{place}", "e.place" if places else "NULL")  # NULL: a database from before places
    where, params = Filters(**filters).where(statistic=statistic_alias, places=places)
    register_functions(db.conn)
    cursor = db.conn.execute(f"{select} WHERE {where} ORDER BY a.published_at, a.id", params)
    columns = [d[0] for d in cursor.description]
    show = sys.stderr.isatty() if progress is None else progress
    opened = written_whole(out) if isinstance(out, Path) else nullcontext(out)
    with opened as stream:
        if excel:
            stream.write("\ufeff")
        write = _csv_writer(stream, columns, excel) if fmt == "csv" else _jsonl_writer(stream, columns)
        count = 0
        for row in cursor:
            write(row)
            count += 1
            if show and count % 1000 == 0:
                print(f"\rexported {count} {kind}", end="", file=sys.stderr, flush=True)
        if show:
            print(f"\rexported {count} {kind}", file=sys.stderr)
    return count


def _csv_writer(stream: TextIO, columns: list[str], excel: bool):
    writer = csv.writer(stream, delimiter=";" if excel else ",")
    writer.writerow(columns)
    cell = (lambda value: _excel_number(value) if isinstance(value, float) else neutralise(value)) if excel \
        else neutralise
    return lambda row: writer.writerow([cell(value) for value in row])


def _excel_number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")


def _jsonl_writer(stream: TextIO, columns: list[str]):
    def write(row) -> None:
        stream.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")

    return write
