"""Which failed queries the web UI logs. Datasette wrote every failing query to the log as "ERROR: conn=…", and
Python's traceback for each SQL function a visitor called with a wrong argument ("select pk_fold(1)"): a
visitor's broken SQL read as the server's fault. The visitor gets the 400 with SQLite's message (the access log
says it in one line); the log keeps the failures that are the server's: the database locked, unreadable, corrupt,
out of memory or disk."""

from __future__ import annotations

import sqlite3
import sys

from datasette.database import Database

# SQLite's primary result codes of a failure that is no fault of the query
SERVER_SIDE = {
    sqlite3.SQLITE_PERM, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PROTOCOL,
    sqlite3.SQLITE_NOTADB,
}


def is_server_side(error: sqlite3.Error) -> bool:
    """Whether a failed query failed through the database or the machine rather than through what it asks."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in SERVER_SIDE


def install() -> None:
    """Datasette's queries of this process log only the server's failures (once, however often called)."""
    sqlite3.enable_callback_tracebacks(False)  # Datasette turns them on; a visitor's argument is no server fault
    if getattr(Database.execute, "logs_server_failures_only", False):
        return
    plain_execute = Database.execute

    async def execute(self: Database, sql: str, *args, log_sql_errors: bool = True, **kwargs):
        try:
            return await plain_execute(self, sql, *args, log_sql_errors=False, **kwargs)
        except sqlite3.Error as error:
            if log_sql_errors and is_server_side(error):
                print(f"pokazatel serve: ERROR: a query failed on the database {self.name}: {error} "
                      f"({error.sqlite_errorname}): {sql.strip()[:300]!r}", file=sys.stderr, flush=True)
            raise

    execute.logs_server_failures_only = True
    Database.execute = execute
