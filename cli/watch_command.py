"""`pokazatel watch add NAME QUERY [search filters] | list | remove NAME | show NAME [--out FILE]`:
saved searches. `add` remembers what the query matches now (the baseline); every nightly run records
what it matches that is new; `show` records what is new since, then prints the watch's new articles
as an Atom feed (or writes it to --out). `pokazatel serve` serves the same feed at
/-/watches/NAME.atom."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pokazatel.cli.argument_types import output_file
from pokazatel.cli.search_command import add_filter_arguments, filters_from_args


def add_parser(commands) -> None:
    parser = commands.add_parser("watch", help="saved searches that report new matches as Atom feeds")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION",
                                    parser_class=type(parser))
    add = actions.add_parser("add", help="save a search: NAME QUERY [filters]")
    add.add_argument("name")
    add.add_argument("query")
    add_filter_arguments(add)
    for action, text in (("list", "the saved watches"), ("remove", "delete a watch"),
                         ("show", "new articles of a watch as an Atom feed")):
        sub = actions.add_parser(action, help=text)
        if action != "list":
            sub.add_argument("name")
        sub.add_argument("--db", help="database file (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
        if action == "show":
            sub.add_argument("--out", metavar="FILE", type=output_file,
                             help="write the feed to FILE instead of stdout")
        if action == "list":
            sub.add_argument("--json", action="store_true", help="JSON lines")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.store import watches
    from pokazatel.store.db import existing_db_path, open_db
    from pokazatel.store.load import now_almaty
    from pokazatel.store.query import QueryError

    if args.action != "add":  # nothing to list, show or remove: make nothing
        existing_db_path(args.db)
    db = open_db(args.db, readonly=args.action == "list")  # a read-only archive's watches can be listed
    try:
        if args.action == "add":
            filters = {name: value for name, value in filters_from_args(args).items()
                       if value is not None or name == "relevant"}  # --all (relevant None) is kept
            baseline = watches.add(db, args.name, args.query, filters, now_almaty())
            print(f"watch {args.name!r} added; {baseline} articles match now and count as seen")
        elif args.action == "remove":
            watches.remove(db, args.name)
            print(f"watch {args.name!r} removed")
        elif args.action == "list":
            saved = watches.listed(db) if watches.is_current(db) else []  # (a database from before watches)
            if not saved:
                print("no watches saved: `pokazatel watch add NAME QUERY` saves one", file=sys.stderr)
            for watch in saved:
                if args.json:
                    print(json.dumps(watch, ensure_ascii=False))
                else:
                    filters = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in watch["filters"].items()
                                       if k != "relevant")
                    filters += {None: " --all", False: " --irrelevant"}.get(watch["filters"].get("relevant", True), "")
                    print(f"{watch['name']}  {watch['query']!r} {filters}  new={watch['new']}"
                          f"  since {watch['created_at']}")
        else:
            if not db.execute("SELECT 1 FROM watches WHERE name = ?", [args.name]).fetchone():
                raise watches.WatchError(f"no watch named {args.name!r}")
            watches.check(db, now_almaty())
            _write(watches.feed(db, args.name), args.out)
    except (watches.WatchError, QueryError) as error:
        raise UsageError(f"pokazatel watch {args.action}: {error}") from None
    return 0


def _write(feed: str, out: str | None) -> None:
    if out in (None, "-"):
        print(feed, end="")
        return
    from pokazatel.store.whole_file import written_whole

    with written_whole(Path(out)) as stream:  # a reader never sees half a feed
        stream.write(feed)
