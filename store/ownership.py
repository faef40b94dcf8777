"""Which SQLite files are pokazatel's: the tool writes only to databases it created (marked with
PRAGMA application_id at creation) or made by an earlier version (recognised by their tables, and
marked on their first read-write open). Any other file is refused, so `--db other.db` never adds
tables to another application's database or switches it to WAL."""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x504B5A4C  # "PKZL" in the file header (offset 68)
# PRAGMA user_version of the databases this code writes. Raise it when a schema change would make the
# code before it misread or miswrite a database: that code then refuses the file instead of guessing.
SCHEMA_VERSION = 1
# What every pokazatel database has had since the first version, with the columns that say it is ours.
PROJECT_TABLES = {"articles": {"url", "source", "title", "text", "content_hash", "processed_at"},
                  "runs": {"flow", "started_at", "status"}, "run_sources": {"run_id", "source", "fetched"}}


def verdict(conn: sqlite3.Connection) -> str:
    """"ours" (marked), "newer" (marked by a later pokazatel's schema), "new" (empty: ours to create),
    "earlier" (unmarked, made by an earlier pokazatel) or "foreign". Raises sqlite3.DatabaseError when the
    file is not a database at all."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id == APPLICATION_ID:
        return "newer" if schema_version(conn) > SCHEMA_VERSION else "ours"
    if application_id:
        return "foreign"
    if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
        return "new"
    for table, columns in PROJECT_TABLES.items():
        present = {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", [table])}
        if not columns <= present:
            return "foreign"
    return "earlier"


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def mark(conn: sqlite3.Connection) -> None:
    """Ours, at this schema (a database of an earlier version too, once it has been brought up to it)."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def too_new(target: object, conn: sqlite3.Connection) -> str:
    return (f"{target} was made by a newer pokazatel (schema {schema_version(conn)}; this one knows up to "
            f"{SCHEMA_VERSION}): upgrade pokazatel to use it")


def refusal(conn: sqlite3.Connection, target: object) -> str:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    owner = f"application_id {application_id:#x}" if application_id else f"tables {', '.join(tables[:5])}"
    return (f"{target} is not a pokazatel database ({owner}): refusing to use it; "
            "give --db a new file or one pokazatel made")
