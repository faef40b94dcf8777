"""The search index (search_fts) on real databases: in step with the articles and their tags after
loads and reprocessing, built from the stored articles when an older database is opened, and its
facet tokens narrowing a search without changing what the filters mean."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
import sqlite_utils
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.search import search
from pokazatel.store.search_index import SCHEMA, TRIGGERS, date_tokens
from test_search import ARTICLES, analysis, build_database


def integrity_check(db) -> None:
    """FTS5 compares every indexed token with the content the view gives now; raises when they differ."""
    db.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")


def matches(db, expression: str) -> set[int]:
    return {row[0] for row in db.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ?", [expression])}


def test_index_follows_loads_and_reprocessing(tmp_path):
    db = open_db(build_database(tmp_path / "news.db"))
    integrity_check(db)
    assert db.execute("SELECT count(*) FROM search_fts_docsize").fetchone()[0] == len(ARTICLES) + 1
    article_id = db.execute("SELECT id FROM articles WHERE url = ?", [ARTICLES[2]["url"]]).fetchone()[0]
    assert article_id in matches(db, "facets: langkk AND facets: eventdetained")

    changed = {**analysis(article_id, ARTICLES[2]), "topic": "fraud", "statistics": [],
               "lemmas": {"title": "жаңа тақырып", "text": "жаңа мәтін"}}
    save_analyses(db, [changed], model="test")
    integrity_check(db)
    # the lemma columns hold Kazakh letters as a Russian keyboard types them (pokazatel.store.kazakh_keyboard)
    assert article_id not in matches(db, "facets: eventdetained OR facets: topicbribery OR text_lemmas: шенеуник")
    assert article_id in matches(db, "facets: topicfraud AND text_lemmas: матин")
    assert article_id in matches(db, "text: шенеунікті"), "the original words stay indexed"


def test_a_failed_batch_leaves_the_index_as_it_was(tmp_path):
    db = open_db(build_database(tmp_path / "news.db"))
    before = matches(db, "facets: topicbribery")
    broken = {**analysis(1, ARTICLES[0]), "statistics": [{"value": 1}]}  # no unit: fails mid-batch
    with pytest.raises(KeyError):
        save_analyses(db, [analysis(2, ARTICLES[1]), broken])
    integrity_check(db)
    assert matches(db, "facets: topicbribery") == before


def test_an_older_database_gets_the_index_built_from_its_articles(tmp_path):
    """Databases written before search_fts had one index on the text and one on the lemmas, kept by
    sqlite-utils triggers: opening one replaces them and indexes every stored article."""
    path = build_database(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE search_fts; DROP VIEW search_documents;"
                       + "".join(f"DROP TRIGGER {name};" for name in TRIGGERS))
    old = sqlite_utils.Database(conn)
    old["articles"].enable_fts(["title", "text"], create_triggers=True)
    old["article_lemmas"].enable_fts(["title", "text"], create_triggers=True)
    conn.close()

    db = open_db(path)
    tables = set(db.table_names())
    assert "search_fts" in tables and not {"articles_fts", "article_lemmas_fts"} & tables
    assert {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")} == set(TRIGGERS)
    integrity_check(db)
    assert {r["title"] for r in search(db, "взяток")} >= {ARTICLES[0]["title"], ARTICLES[1]["title"]}
    save_article(db, {**ARTICLES[0], "url": "https://new.kz/1", "text": "Новая взятка в акимате."})
    integrity_check(db)  # and the loads keep it without the old triggers


def test_an_index_made_by_another_version_is_rebuilt(tmp_path):
    """The view decides what FTS5 removes when an article is re-tagged, so one written differently
    (here: without the event facets) means a rebuild, not a corrupt index later."""
    path = build_database(tmp_path / "other.db")
    conn = sqlite3.connect(path)
    other_view = SCHEMA["search_documents"].replace("(SELECT group_concat", "(SELECT max")
    assert other_view != SCHEMA["search_documents"]
    conn.executescript(f"DROP VIEW search_documents; {other_view};"
                       " INSERT INTO search_fts(search_fts) VALUES ('rebuild');")
    conn.close()
    db = open_db(path)
    integrity_check(db)
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_documents'").fetchone()[0] == \
        SCHEMA["search_documents"]
    save_analyses(db, [analysis(1, ARTICLES[0])], model="test")
    integrity_check(db)


def test_a_source_name_inside_another_does_not_widen_the_filter(tmp_path):
    """Facet tokens split at "_": "sourceanticor" is a word of "sourceanticor_gov" too."""
    articles = [{**ARTICLES[0], "url": f"https://{source}.kz/1", "source": source,
                 "text": f"{ARTICLES[0]['text']} ({source})"} for source in ("anticor", "anticor_gov")]
    db = open_db(build_database(tmp_path / "sources.db", articles, unprocessed=False), readonly=True)
    assert [r["source"] for r in search(db, "взятка", source="anticor")] == ["anticor"]
    assert [r["source"] for r in search(db, "взятка", source="anticor_gov")] == ["anticor_gov"]


def test_date_tokens_cover_the_range_with_whole_years_and_edge_months():
    assert date_tokens(date(2023, 1, 1), date(2023, 12, 31)) == ["year2023"]
    assert date_tokens(date(2023, 11, 5), date(2024, 2, 1)) == ["month202311", "month202312", "month202401",
                                                               "month202402"]
    assert date_tokens(date(2022, 12, 1), date(2024, 12, 31)) == ["month202212", "year2023", "year2024"]
    assert len(date_tokens(date(2000, 2, 1), date(2003, 1, 31))) == 14
    assert date_tokens(date(1900, 1, 1), date(2100, 12, 31)) == []
    assert date_tokens(date(2000, 2, 1), date(2004, 11, 30)) == [], "too many tokens: the exact filter alone"


@pytest.mark.parametrize("filters", [{"date_from": "2024-03-05", "date_to": "2024-03-05"},
                                     {"date_from": "2024-03-06"}, {"date_to": "2024-03-04"},
                                     {"date_from": "2025-01-01", "date_to": "2023-01-01"}])
def test_date_filters_are_exact_to_the_day(tmp_path_factory, filters):
    db = open_db(build_database(tmp_path_factory.mktemp("days") / "days.db"), readonly=True)
    everything = search(db, "взятка OR пара OR область", relevant=None, limit=50)
    start, end = filters.get("date_from", "0000"), filters.get("date_to", "9999") + "T99"
    expected = [r["id"] for r in everything if start <= r["published_at"] <= end]
    assert [r["id"] for r in search(db, "взятка OR пара OR область", relevant=None, limit=50, **filters)] == expected


def test_reading_an_older_database_says_how_to_upgrade_it(tmp_path):
    from pokazatel.store.db import DatabaseError

    path = build_database(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE search_fts;")
    conn.close()
    with pytest.raises(DatabaseError, match="pokazatel process"):
        open_db(path, readonly=True)
    open_db(path).close()  # a writer builds the index
    assert search(open_db(path, readonly=True), "взятка")
