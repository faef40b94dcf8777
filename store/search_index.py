"""The one full-text index search reads: each article's words as written, their lemmas once it is
processed (Kazakh letters folded as a Russian keyboard types them: pokazatel.store.kazakh_keyboard),
and facet tokens ("langkk", "year2023", "eventdamage") that let the index narrow a search
by filters while it matches the words, so SQL checks the filters only on the ranked articles a page needs.

search_fts is an external-content FTS5 table over the view search_documents, so it stores no copy
of the text. Triggers index an article when it is stored and unindex it when it is deleted; when
pokazatel.store.load replaces an article's tags it calls `unindex` before and `index` after, since FTS5 removes
a row by re-tokenizing the values it was indexed with, which must still be the ones the view gives.
Tags are therefore written through pokazatel.store.load only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

import sqlite_utils
from pokazatel.store.kazakh_keyboard import sql_fold

COLUMNS = ("title", "text", "title_lemmas", "text_lemmas", "facets")

# A facet token is a prefix glued to the value. Token characters are letters and digits, so
# "sourceanticor_gov" is indexed as the two tokens "sourceanticor gov", and found as that phrase.
# Written as SQLite stores them, so a database whose objects differ is known to need a rebuild.
SCHEMA = {
    "search_documents": f"""CREATE VIEW search_documents AS
    SELECT a.id, a.title, a.text,
           {sql_fold("coalesce(l.title, '')")} AS title_lemmas, {sql_fold("coalesce(l.text, '')")} AS text_lemmas,
           coalesce('lang' || a.lang, '') || ' ' || coalesce('source' || a.source, '')
           || ' ' || coalesce('year' || substr(a.published_at, 1, 4), '')
           || ' ' || coalesce('month' || substr(a.published_at, 1, 4) || substr(a.published_at, 6, 2), '')
           || ' ' || coalesce('topic' || c.topic, '')
           || ' ' || coalesce((SELECT group_concat('event' || event, ' ')
                               FROM (SELECT DISTINCT event FROM statistics s WHERE s.article_id = a.id
                                     ORDER BY event)), '') AS facets
    FROM articles a
    LEFT JOIN article_lemmas l ON l.article_id = a.id
    LEFT JOIN classifications c ON c.article_id = a.id""",
    "search_fts": """CREATE VIRTUAL TABLE search_fts USING fts5(
    title, text, title_lemmas, text_lemmas, facets,
    content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    "search_index_article_stored": """CREATE TRIGGER search_index_article_stored AFTER INSERT ON articles BEGIN
    INSERT INTO search_fts(rowid, title, text, title_lemmas, text_lemmas, facets)
    SELECT id, title, text, title_lemmas, text_lemmas, facets FROM search_documents WHERE id = new.id;
END""",
    "search_index_article_deleted": """CREATE TRIGGER search_index_article_deleted BEFORE DELETE ON articles BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, text, title_lemmas, text_lemmas, facets)
    SELECT 'delete', id, title, text, title_lemmas, text_lemmas, facets FROM search_documents WHERE id = old.id;
END""",
}

TRIGGERS = tuple(name for name in SCHEMA if name.startswith("search_index_"))

# Before search_fts, the text and the lemmas had an index each, kept by sqlite-utils' triggers.
OLD_TABLES = ("articles_fts", "article_lemmas_fts")
OLD_TRIGGERS = tuple(f"{table}_{event}" for table in ("articles", "article_lemmas") for event in ("ai", "ad", "au"))
MAX_DATE_TOKENS = 24  # a wider date range narrows little: the exact date filter alone is cheaper


TERMS = "search_terms"  # the index's terms (fts5vocab), in the temp schema: a read-only connection can have it too


def attach_terms(conn: sqlite3.Connection) -> None:
    """Give the connection the index's terms as temp.search_terms (store/surname_typos.py reads them); a read-only
    connection must be given them before it is made query_only."""
    if not conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = ?", [TERMS]).fetchone():
        conn.execute(f"CREATE VIRTUAL TABLE temp.{TERMS} USING fts5vocab(main, search_fts, row)")


def is_current(db: sqlite_utils.Database) -> bool:
    stored = dict(db.execute("SELECT name, sql FROM sqlite_master").fetchall())
    return all(stored.get(name) == sql for name, sql in SCHEMA.items()) and not set(stored) & set(OLD_TABLES)


def ensure(db: sqlite_utils.Database) -> None:
    """Create the index, or replace an older one (or the two before it) with it, filled from the
    stored articles. Runs inside the caller's write transaction."""
    if is_current(db):
        return
    for trigger in (*OLD_TRIGGERS, *TRIGGERS):
        db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    for table in (*OLD_TABLES, "search_fts"):
        db.execute(f"DROP TABLE IF EXISTS [{table}]")
    db.execute("DROP VIEW IF EXISTS search_documents")
    for sql in SCHEMA.values():
        db.execute(sql)
    db.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def index(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    """Add the articles as the view shows them now."""
    _write(db, ids, delete=False)


def unindex(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    """Remove the articles, as the view shows them now (before their tags change)."""
    _write(db, ids, delete=True)


def _write(db: sqlite_utils.Database, ids: Iterable[int], *, delete: bool) -> None:
    ids = sorted({int(i) for i in ids})
    target, command = ("search_fts, rowid", "'delete', ") if delete else ("rowid", "")
    # only what is indexed can be removed: deleting a row FTS5 never held corrupts the index
    indexed = " AND id IN (SELECT id FROM search_fts_docsize)" if delete else ""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        db.execute(f"INSERT INTO search_fts({target}, {', '.join(COLUMNS)})"
                   f" SELECT {command}id, {', '.join(COLUMNS)} FROM search_documents"
                   f" WHERE id IN ({', '.join('?' * len(chunk))}){indexed}", chunk)


def facet_clause(*, langs: Sequence[str] = (), sources: Sequence[str] = (), dates: Sequence[str] = (),
                 topics: Sequence[str] = (), events: Sequence[str] = ()) -> str:
    """An FTS5 expression on the facets column, to AND with a query: every kind given must match one
    of its values ('' when nothing is given). `dates` are tokens from `date_tokens`. It narrows, never
    widens: "sourceanticor" also finds "sourceanticor_gov", so the caller still checks its filters
    on the articles it keeps."""
    kinds = [[f"lang{v}" for v in langs], [f"source{v}" for v in sources], list(dates),
             [f"topic{v}" for v in topics], [f"event{v}" for v in events]]
    parts = []
    for tokens in kinds:
        if tokens:
            quoted = " OR ".join('"' + token.replace('"', '""') + '"' for token in tokens)
            parts.append(f"{{facets}}: ({quoted})")
    return " AND ".join(parts)


def date_tokens(start: date, end: date) -> list[str]:
    """The year and month tokens that cover start..end: whole years as a year each, the months of
    the years cut by the range one by one. Empty when that takes more than MAX_DATE_TOKENS."""
    tokens, (year, month) = [], (start.year, start.month)
    while (year, month) <= (end.year, end.month):
        if month == 1 and (year, 12) <= (end.year, end.month):
            tokens.append(f"year{year:04d}")
            year += 1
        else:
            tokens.append(f"month{year:04d}{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if len(tokens) > MAX_DATE_TOKENS:
            return []
    return tokens
