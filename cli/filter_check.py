"""The filters of search/stats/export checked as the user typed them: a date that is no date or a
source, topic or event the database cannot hold is a usage error that lists the known values, not an
empty answer."""

from __future__ import annotations

import argparse
import re
from datetime import date

from pokazatel.nlp.labels import EVENTS, TOPICS, UNITS
from pokazatel.store.period_match import month_bounds
from pokazatel.store.query import as_list

# the shapes of a figure's period (../shared/gold/SCHEMA.md): a year, half, quarter, month or a span of months
MONTH = r"\d{4}-(0[1-9]|1[0-2])"
PERIOD = re.compile(rf"\d{{4}}(-(H[12]|Q[1-4]))?|{MONTH}(\.\.{MONTH})?")


def check_filters(args: argparse.Namespace, filters: dict) -> None:
    from pokazatel.cli.main import UsageError

    command = f"pokazatel {args.command}"
    for option, name in (("--source", "source"), ("--topic", "topic"), ("--event", "event"), ("--entity", "entity"),
                         ("--from", "date_from"), ("--to", "date_to"), ("--unit", "unit"), ("--period", "period")):
        if isinstance(filters.get(name), str) and not filters[name].strip(" ,"):  # `--source "$OUTLET"`, unset
            raise UsageError(f"{command}: {option} is empty: give a value or leave the option out")
    for option, name in (("--from", "date_from"), ("--to", "date_to")):
        value = filters.get(name)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{command}: {option} {value!r} is not a date (YYYY-MM-DD)") from None
    if filters.get("date_from") and filters.get("date_to") and filters["date_from"] > filters["date_to"]:
        raise UsageError(f"{command}: --from is after --to")
    for option, name, known in (("--topic", "topic", TOPICS), ("--event", "event", EVENTS), ("--unit", "unit", UNITS)):
        _check(command, option, as_list(filters.get(name)), known)
    for period in as_list(filters.get("period")):
        if not PERIOD.fullmatch(period):
            raise UsageError(f"{command}: --period {period!r} is not a period: write it as `stats --by period` "
                             "shows one (2024, 2024-H1, 2024-Q3, 2024-07, 2024-01..2024-09)")
        first, last = month_bounds(period)
        if first > last:
            raise UsageError(f"{command}: --period {period!r} ends before it starts")
    sources = as_list(filters.get("source"))
    if sources:
        _check(command, "--source", sources, _stored_sources(args))


def _check(command: str, option: str, values: list[str], known) -> None:
    from pokazatel.cli.main import UsageError

    unknown = [value for value in values if value not in known]
    if unknown:
        choices = ", ".join(sorted(known)) or "none: the database holds no articles yet"
        raise UsageError(f"{command}: unknown {option} {unknown[0]!r}: known values are {choices}")


def _stored_sources(args: argparse.Namespace) -> set[str]:
    from pokazatel.store.db import open_db

    db = open_db(args.db, readonly=True)
    try:
        return {row[0] for row in db.execute("SELECT DISTINCT source FROM articles")}
    finally:
        db.close()
