"""Table arguments Datasette (0.65) reads unchecked, checked here first so that a visitor's mistake is a 400 that says
which argument is wrong, before any query runs: `_timelimit`, and `_next` on a view (an offset), read with int() (a
visitor's `?_next=abc` on article_overview was a 500 with a traceback in the log), and `_next` on a table (a sort
value and key values: too few or too many logged the failing SQL as an ERROR); the facets `_facet`, `_facet_date`
and `_facet_array` (`?_facet=nosuch` logged the failing SQL as an ERROR, then "coroutine … was never awaited" for each
facet Datasette had lined up behind the failing one; `?_facet={}` was a 500 with a traceback); `_through`, read with
json.loads and its keys unchecked (a 500 with a traceback)."""

from __future__ import annotations

import json

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils import escape_sqlite, urlsafe_components
from datasette.utils.asgi import BadRequest

FACET_ARGUMENTS = ("_facet", "_facet_date", "_facet_array")
ARRAY_CHECK_MS = 1000  # as long as a facet may take (serve's facet_time_limit_ms)


def _whole_number(request, name: str) -> None:
    value = request.args.get(name)
    if value is not None and not value.strip().isdigit():
        raise BadRequest(f"{name} must be a whole number, not {value!r}")


async def _check_next(request, db, table: str, metadata: dict) -> None:
    """A view's `_next` is an offset; a table's is the last row's sort value (when sorted) and primary key values.
    With too few or too many of those, Datasette's query ended in "and )": a 400 with its SQL logged as an ERROR."""
    if table in await db.view_names():
        _whole_number(request, "_next")
        return
    keys = await db.primary_keys(table)
    if not keys:  # a rowid table: Datasette reads the first component alone
        return
    components = urlsafe_components(request.args["_next"])
    if any(request.args.get(name) or metadata.get(name[1:]) for name in ("_sort", "_sort_desc")) and \
            len(components) > 1:
        components = components[1:]
    if len(components) != len(keys):
        raise BadRequest(f"_next {request.args['_next']!r} is no page of {table}: follow the page's own Next link")


def _json_object(name: str, value: str) -> dict:
    try:
        config = json.loads(value)
    except ValueError:
        config = None
    if not isinstance(config, dict):
        raise BadRequest(f"{name} must be a JSON object, not {value!r}")
    return config


def facet_columns(name: str, value: str) -> list[str]:
    """The columns a facet argument names: the value, or a JSON object's "simple" and "column" (Datasette reads the
    one or the other in different places, so both must be columns)."""
    if not value.startswith("{"):
        return [value]
    config = _json_object(name, value)
    columns = [config.get("simple"), *([config["column"]] if "column" in config else [])]
    if not all(isinstance(column, str) for column in columns):
        raise BadRequest(f'{name} as a JSON object needs the column\'s name in "simple", not {value!r}')
    return columns


async def _check_facets(request, db, table: str) -> None:
    columns = None
    for name in FACET_ARGUMENTS:
        for column in (column for value in request.args.getlist(name) for column in facet_columns(name, value)):
            columns = columns if columns is not None else await db.table_columns(table)
            if column not in columns:
                raise BadRequest(f"{name}: {table} has no column {column!r} (its columns: {', '.join(columns)})")
            if name == "_facet_array" and not await _holds_json_lists(db, table, column):
                raise BadRequest(f"_facet_array: {table}.{column} holds values that are not JSON lists")


async def _holds_json_lists(db, table: str, column: str) -> bool:
    """Whether every value of the column is null or a JSON list (json_each fails on any other); a check that takes
    longer than a facet may leaves the answer to Datasette."""
    sql = (f"SELECT 1 FROM {escape_sqlite(table)} WHERE {escape_sqlite(column)} IS NOT NULL AND "
           f"CASE WHEN json_valid({escape_sqlite(column)}) THEN json_type({escape_sqlite(column)}) END "
           "IS NOT 'array' LIMIT 1")
    try:
        return not (await db.execute(sql, custom_time_limit=ARRAY_CHECK_MS, log_sql_errors=False)).rows
    except QueryInterrupted:
        return True


async def _check_through(request, db, table: str) -> None:
    for value in request.args.getlist("_through"):
        through = _json_object("_through", value)
        other_table, other_column = through.get("table"), through.get("column")
        if not (isinstance(other_table, str) and isinstance(other_column, str) and "value" in through):
            raise BadRequest(f'_through needs a JSON object with "table", "column" and "value", not {value!r}')
        if other_table not in await db.table_names() or other_column not in await db.table_columns(other_table):
            raise BadRequest(f"_through: no table {other_table!r} with a column {other_column!r}")
        if not any(key["other_table"] == table for key in await db.foreign_keys_for_table(other_table)):
            raise BadRequest(f"_through: {other_table} has no foreign key to {table}")


@hookimpl
def filters_from_request(request, database, table, datasette):
    """Adds no filter: refuses, before Datasette reads them, a non-numeric `_timelimit` or `_next` on a view, a facet
    on no column of the table, and a `_through` naming no table that refers to this one."""

    async def check() -> None:
        _whole_number(request, "_timelimit")
        db = datasette.get_database(database)
        if request.args.get("_next") is not None:
            await _check_next(request, db, table, datasette.table_metadata(database, table))
        await _check_facets(request, db, table)
        await _check_through(request, db, table)

    return check
