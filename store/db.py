"""The SQLite database: where it lives, how it is opened, and its schema."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import weakref
from pathlib import Path

import sqlite_utils
from pokazatel.store import entity_places, facts, ownership, readonly_open, search_index, watches
from pokazatel.store.health import HEALTH_SCHEMA
from pokazatel.store.transaction import write_transaction  # noqa: F401  (re-exported)

from pokazatel.resources import default_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY,
    title TEXT,
    langs TEXT,
    homepage TEXT,
    enabled INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    lang TEXT,
    author TEXT,
    tags TEXT,
    published_at TEXT,
    modified_at TEXT,
    fetched_at TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    processed_at TEXT,
    -- the long columns last, so filters on the short ones never walk a body's overflow pages
    lead TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_at);
-- covering indexes for search's filters on an article's own columns: no article row is read
CREATE INDEX IF NOT EXISTS articles_lang_published ON articles(lang, published_at);
CREATE INDEX IF NOT EXISTS articles_source_published ON articles(source, published_at);
CREATE INDEX IF NOT EXISTS articles_unprocessed ON articles(processed_at) WHERE processed_at IS NULL;
CREATE TABLE IF NOT EXISTS article_urls (
    url TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS article_lemmas (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS classifications (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    relevant INTEGER NOT NULL,
    topic TEXT NOT NULL,
    relevance_score REAL,
    model TEXT
);
CREATE INDEX IF NOT EXISTS classifications_topic ON classifications(topic);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    norm TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    person TEXT,
    body TEXT,  -- an ORG's canonical body name, one for all its names (pokazatel.nlp.bodies)
    -- a LOC's gazetteer name where the text names it otherwise ("РК": Казахстан; pokazatel.store.entity_places)
    place TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_norm ON entities(norm COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS statistics (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    event TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    period TEXT,
    quote TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX IF NOT EXISTS statistics_article ON statistics(article_id);
CREATE INDEX IF NOT EXISTS statistics_event ON statistics(event, unit);
-- covering for "does this article report such a figure": no statistics row (with its quote) is read
CREATE INDEX IF NOT EXISTS statistics_article_figure ON statistics(article_id, event, value);
-- Datasette facets on a table's own columns: these views give articles and figures theirs.
CREATE VIEW IF NOT EXISTS article_overview AS
    SELECT a.id, a.published_at, substr(a.published_at, 1, 7) AS month, a.source, a.lang,
           c.relevant, c.topic, a.title, a.lead, a.url
    FROM articles a LEFT JOIN classifications c ON c.article_id = a.id;
CREATE VIEW IF NOT EXISTS figures AS
    SELECT s.id, s.article_id, s.event, s.unit, s.value, s.object, s.period, s.quote,
           a.published_at, substr(a.published_at, 1, 7) AS month, a.source, a.lang, c.topic, a.title, a.url
    FROM statistics s JOIN articles a ON a.id = s.article_id
    LEFT JOIN classifications c ON c.article_id = a.id;
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    flow TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    articles_new INTEGER NOT NULL DEFAULT 0,
    articles_processed INTEGER NOT NULL DEFAULT 0,
    entities_added INTEGER NOT NULL DEFAULT 0,
    statistics_added INTEGER NOT NULL DEFAULT 0,
    errors TEXT
);
CREATE TABLE IF NOT EXISTS run_sources (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    fetched INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    errors TEXT,
    PRIMARY KEY (run_id, source)
);
"""

class DatabaseError(Exception):
    """A database that cannot be opened or written, said in one line."""


class ForeignDatabaseError(DatabaseError):
    """A file that another application made, or no SQLite file at all: refused, read or write (bad input,
    exit 2)."""


SQLITE_NOTADB = 26  # sqlite3.DatabaseError.sqlite_errorcode of a file that is not an SQLite database


def db_path(path: str | os.PathLike | None = None) -> Path:
    return Path(path) if path else default_db()


def existing_db_path(path: str | os.PathLike | None = None, first: str = "run `pokazatel run` first") -> Path:
    """The database's path, or DatabaseError in one line when there is none yet (`first`: what makes one)."""
    target = db_path(path)
    if not target.exists() or (target.is_file() and target.stat().st_size == 0):  # an empty file: nothing stored
        raise DatabaseError(f"no database at {target}: {first}")
    return target


def open_db(path: str | os.PathLike | None = None, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open (and on first use create) the database in WAL mode; read-only opens never create."""
    target = db_path(path)
    if target.is_dir():
        raise ForeignDatabaseError(f"{target} is a folder: give --db a database file")
    try:
        if readonly:
            existing_db_path(target)
            try:
                uri = readonly_open.read_only_uri(target)
            except readonly_open.UnreadableWal as error:
                raise DatabaseError(str(error)) from None
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            with contextlib.suppress(sqlite3.DatabaseError):  # a damaged file: said at the first query, as below
                search_index.attach_terms(conn)  # a temp table: after query_only none could be made
            conn.execute("PRAGMA query_only = ON")
            db = sqlite_utils.Database(conn)
            stale = False
            owner = "ours"
            with contextlib.suppress(sqlite3.DatabaseError):  # a damaged file: said at the first query
                owner = _verdict(conn, target)
                # search reads many small rows at random (classifications, figures, FTS doclists): pages
                # mapped rather than copied, and a cache larger than the 2 MB default (about 10% off p95
                # at 200,000 articles)
                conn.execute("PRAGMA cache_size = -65536")
                conn.execute("PRAGMA mmap_size = 1073741824")
                stale = bool(db.table_names()) and not search_index.is_current(db)
            if owner == "foreign":
                raise ForeignDatabaseError(ownership.refusal(conn, target))
            if owner == "newer":
                raise ForeignDatabaseError(ownership.too_new(target, conn))
            if owner == "new":  # an SQLite file with no table: nothing was ever stored in it
                raise DatabaseError(f"no pokazatel database at {target} yet (an SQLite file with no tables): "
                                    "run `pokazatel run` first")
            if stale:
                raise DatabaseError(f"{target} has the search index of an older pokazatel: run `pokazatel process`"
                                    " once to build the current one")
            return db
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (os.access(target.parent, os.W_OK) and (not target.exists() or os.access(target, os.W_OK))):
            raise DatabaseError(f"{target} is read-only (the file or its folder), and this command writes to it")
        conn = sqlite3.connect(target, timeout=30, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        _close_at_exit(db)
        if (owner := _verdict(conn, target)) == "foreign":  # before anything is written to it
            raise ForeignDatabaseError(ownership.refusal(conn, target))
        if owner == "newer":  # its schema may hold what this code would break: neither read nor written
            raise ForeignDatabaseError(ownership.too_new(target, conn))
        if owner != "ours":
            ownership.mark(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        ensure_schema(db)
        if ownership.schema_version(conn) < ownership.SCHEMA_VERSION:  # marked before versions were counted
            ownership.mark(conn)
        return db
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"cannot open database {target}: {error}") from None


def _verdict(conn: sqlite3.Connection, target: Path) -> str:
    """ownership.verdict, with a file that is no SQLite database at all refused as bad input."""
    try:
        return ownership.verdict(conn)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise ForeignDatabaseError(f"{target} is not an SQLite database: refusing to use it; "
                                       "give --db a new file or one pokazatel made") from None
        raise


def _close_at_exit(db: sqlite_utils.Database) -> None:
    """Close a database opened for writing once its Database is gone, or when the process exits: the last
    connection's close moves the WAL's pages into the database file and removes the -wal. A connection is
    in a reference cycle with its statement cache, so only the garbage collector frees it, which `process`
    stops for its forked workers (gc.freeze): the file was left beside a -wal holding the run's writes, and a
    copy of the .db alone lacked them (copied over another database whose -wal was still there, corrupt)."""
    weakref.finalize(db, _close_connection, db.conn, os.getpid())


def _close_connection(conn: sqlite3.Connection, pid: int) -> None:
    if os.getpid() == pid:  # a forked child must never close (and checkpoint) its parent's connection
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def ensure_schema(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.executescript(SCHEMA + HEALTH_SCHEMA)
        if "body" not in db["entities"].columns_dict:  # a database made before entities had a body
            db.execute("ALTER TABLE entities ADD COLUMN body TEXT")
        if not entity_places.has_column(db):  # a database made before entities had a place
            entity_places.add_column(db)
    if not search_index.is_current(db):
        with write_transaction(db):
            search_index.ensure(db)  # checks again under the write lock: another process may have done it
    for extension in (facts, watches):  # the tables of facts and of watches, added once
        if not extension.is_current(db):
            with write_transaction(db):
                if not extension.is_current(db):
                    extension.ensure(db)
