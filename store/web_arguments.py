"""Table arguments Datasette (0.65) reads with int() unchecked: `_timelimit`, and `_next` on a view (an offset).
A visitor's `?_next=abc` on article_overview was a 500 with a traceback in the log; checked here first, it is a
400 that says which argument is wrong."""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import BadRequest


def _whole_number(request, name: str) -> None:
    value = request.args.get(name)
    if value is not None and not value.strip().isdigit():
        raise BadRequest(f"{name} must be a whole number, not {value!r}")


@hookimpl
def filters_from_request(request, database, table, datasette):
    """Adds no filter: refuses a non-numeric `_timelimit`, or `_next` on a view, before Datasette reads them."""

    async def check() -> None:
        _whole_number(request, "_timelimit")
        if request.args.get("_next") is not None and table in await datasette.get_database(database).view_names():
            _whole_number(request, "_next")

    return check
