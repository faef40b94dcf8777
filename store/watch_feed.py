"""`pokazatel serve`'s route for watches: every watch is an Atom feed at /-/watches/NAME.atom, the same
document `pokazatel watch show NAME` prints (pokazatel.store.watches.feed). Registered by
pokazatel.store.serve; apart from watches so that opening a database never imports Datasette."""

from __future__ import annotations

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from pokazatel.store.watches import WatchError, feed


@hookimpl
def register_routes():
    return [(r"^/-/watches/(?P<name>[^/]+)\.atom$", _feed_view)]


async def _feed_view(datasette, request) -> Response:
    name = request.url_vars["name"]
    base = f"{request.scheme}://{request.host}"

    def build(conn) -> str | None:
        db = sqlite_utils.Database(conn)
        if "watches" not in db.table_names():
            return None
        try:
            return feed(db, name, base)
        except WatchError:
            return None

    body = await datasette.get_database().execute_fn(build)
    if body is None:
        return Response.text(f"no watch named {name!r}\n", status=404)
    return Response(body, content_type="application/atom+xml; charset=utf-8")
