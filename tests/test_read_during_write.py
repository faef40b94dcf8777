"""A reader (search, stats, export on a read-only connection) sees a consistent database while
another process loads articles in WAL mode: no 'database is locked', no half-tagged article, the
full-text index always in step with its table."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pokazatel.store.db import open_db
from pokazatel.store.export import export
from pokazatel.store.search import search
from pokazatel.store.stats import aggregate

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 400
BATCH = 20

WRITER = textwrap.dedent("""
    import sys
    from pokazatel.store.db import open_db
    from pokazatel.store.load import save_analyses, save_article
    from pokazatel.store.query import lemmatise

    db = open_db(sys.argv[1])
    total, batch = int(sys.argv[2]), int(sys.argv[3])
    for start in range(0, total, batch):
        ids = []
        for n in range(start, start + batch):
            title = f"Статья {n}: чиновник получил взятку"
            text = f"Сотрудник номер {n} задержан при получении взятки. " * 20
            save_article(db, {"url": f"https://example.kz/{n}", "source": "example", "title": title,
                              "text": text, "lang": "ru", "published_at": "2024-01-01", "author": str(n % 4)})
            ids.append((db.execute("SELECT id FROM articles WHERE url = ?", [f"https://example.kz/{n}"])
                        .fetchone()[0], n, title, text))
        save_analyses(db, [
            {"id": i, "lang": "ru", "relevant": True, "topic": "bribery",
             "entities": [{"text": "Сотрудник", "label": "PER", "norm": f"Сотрудник {n}", "start": 0, "end": 9}],
             # the author field says how many figures the article must have once it is processed
             "statistics": [{"value": k + 1, "unit": "person", "event": "detained", "quote": "задержан"}
                            for k in range(n % 4)],
             "lemmas": {"title": lemmatise(title, "ru"), "text": lemmatise(text, "ru")}}
            for i, n, title, text in ids])
""")

HALF_TAGGED = """
    SELECT count(*) FROM articles a
    WHERE (a.processed_at IS NULL) != (NOT EXISTS (SELECT 1 FROM classifications c WHERE c.article_id = a.id))
       OR (a.processed_at IS NOT NULL
           AND (SELECT count(*) FROM statistics s WHERE s.article_id = a.id) != CAST(a.author AS INTEGER))
"""


def consistent_snapshot(db) -> tuple[int, int]:
    """Within one read transaction: (articles, processed), after checking the invariants."""
    conn = db.conn
    conn.execute("BEGIN")
    try:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM search_fts_docsize").fetchone()[0]
        assert indexed == articles, "every article is in the search index"
        processed = conn.execute("SELECT count(*) FROM article_lemmas").fetchone()[0]
        lemmatised = conn.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'facets: topicbribery'").fetchone()[0]
        assert lemmatised == processed, "the index holds the tags of every processed article, no more"
        assert conn.execute(HALF_TAGGED).fetchone()[0] == 0, "an article is half tagged"
    finally:
        conn.execute("COMMIT")
    return articles, processed


def test_reader_sees_consistent_states_while_a_writer_loads(tmp_path):
    path = tmp_path / "live.db"
    open_db(path).conn.close()
    reader = open_db(path, readonly=True)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(ARTICLES), str(BATCH)],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True)
    seen: list[tuple[int, int]] = []
    deadline = time.monotonic() + 300
    while writer.poll() is None and time.monotonic() < deadline:
        articles, processed = consistent_snapshot(reader)
        seen.append((articles, processed))
        for hit in search(reader, "взятка", relevant=None, limit=50):
            assert reader.execute("SELECT 1 FROM articles WHERE id = ?", [hit["id"]]).fetchone()
        figures = sum(row["count"] for row in aggregate(reader, by=("event",)))
        out = io.StringIO()
        assert export(reader, "statistics", out, fmt="jsonl", progress=False) >= 0
        assert figures >= 0
    assert writer.wait(timeout=60) == 0, writer.stderr.read()

    assert consistent_snapshot(reader) == (ARTICLES, ARTICLES)
    assert len(seen) >= 3, "the reader ran while the writer was loading"
    assert len(set(seen)) >= 2, "the reader saw the load progress"
    assert seen == sorted(seen), "a reader never sees the database go back in time"
    assert any(articles > processed for articles, processed in seen), "saw articles not yet tagged"
    expected_figures = sum(n % 4 for n in range(ARTICLES))
    assert sum(row["count"] for row in aggregate(reader, by=("event",))) == expected_figures
    assert len(search(reader, "взяткой", limit=ARTICLES + 10)) == ARTICLES
