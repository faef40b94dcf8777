"""Loads into a real SQLite file: idempotent, duplicate-aware, transactional."""

import sqlite3

import pytest
from pokazatel.store.db import DatabaseError, open_db
from pokazatel.store.load import content_hash, save_analyses, save_article

ARTICLE = {
    "url": "https://example.kz/news/1", "source": "example", "lang": "ru", "tags": ["коррупция"],
    "title": "Аким задержан при получении взятки",
    "text": "В Шымкенте аким района задержан при получении взятки в 5 млн тенге.",
    "published_at": "2026-11-20T14:05:00+05:00",
}


def analysis(article_id: int, figures: int = 1) -> dict:
    return {
        "id": article_id, "lang": "ru", "relevant": True, "topic": "bribery", "relevance_score": 0.9,
        "entities": [{"text": "Шымкенте", "label": "LOC", "norm": "Шымкент", "start": 2, "end": 10}],
        "statistics": [{"value": 5_000_000 + n, "unit": "KZT", "event": "bribe", "object": "", "period": None,
                        "quote": "взятки в 5 млн тенге", "start": 48, "end": 68} for n in range(figures)],
        "lemmas": {"title": "аким задержать при получение взятка", "text": "в шымкент аким район"},
    }


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "test.db")
    yield database
    database.close()


def test_saving_the_same_article_twice_stores_it_once(db):
    assert save_article(db, ARTICLE) == "new"
    assert save_article(db, ARTICLE) == "known"
    assert db["articles"].count == 1
    row = next(db["articles"].rows)
    assert row["processed_at"] is None and row["tags"] == '["коррупция"]' and row["fetched_at"]


def test_same_text_under_another_url_is_a_duplicate_remembered_as_alias(db):
    save_article(db, ARTICLE)
    mirror = {**ARTICLE, "url": "https://mirror.kz/a", "title": ARTICLE["title"].upper() + "!"}
    assert save_article(db, mirror) == "duplicate"
    assert db["articles"].count == 1
    assert save_article(db, mirror) == "known"
    assert [r["url"] for r in db["article_urls"].rows] == ["https://mirror.kz/a"]


def test_content_hash_ignores_case_spacing_and_punctuation():
    assert content_hash("Тест", "Один,  два.") == content_hash("ТЕСТ", "один два")
    assert content_hash("Тест", "один два") != content_hash("Тест", "один три")


def test_a_long_body_republished_under_a_new_headline_is_the_same_article():
    body = "В Кызылорде осуждены четверо участников хищения бюджетных средств. " * 6
    assert content_hash("Осуждены четверо", body) == content_hash("Хищение в Кызылорде: приговор", body)
    assert content_hash("Коротко", "Два слова.") != content_hash("Иначе", "Два слова.")


def test_article_without_text_is_refused_and_nothing_stored(db):
    with pytest.raises(ValueError):
        save_article(db, {**ARTICLE, "text": ""})
    assert db["articles"].count == 0


def test_analyses_replace_old_tags_and_mark_processed(db):
    save_article(db, ARTICLE)
    save_analyses(db, [analysis(1, figures=2)])
    save_analyses(db, [analysis(1, figures=1)])
    assert db["statistics"].count == 1 and db["entities"].count == 1 and db["classifications"].count == 1
    assert next(db["articles"].rows)["processed_at"] is not None
    assert db.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH 'text_lemmas: шымкент'").fetchall()


def test_a_failing_batch_leaves_the_previous_tags_whole(db):
    save_article(db, ARTICLE)
    save_article(db, {**ARTICLE, "url": "https://example.kz/news/2", "text": "Другой текст о хищении."})
    save_analyses(db, [analysis(1, figures=2)])
    broken = {**analysis(2), "statistics": [{"value": 1}]}  # no unit: fails halfway through the batch
    with pytest.raises(KeyError):
        save_analyses(db, [analysis(1, figures=3), broken])
    assert db["statistics"].count == 2
    assert [r["processed_at"] is None for r in db["articles"].rows] == [False, True]


def test_fts_finds_cyrillic_in_any_case(db):
    save_article(db, ARTICLE)
    hits = db.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH 'ВЗЯТКИ'").fetchall()
    assert hits == [(1,)]


def test_readonly_open_of_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="no database"):
        open_db(tmp_path / "missing.db", readonly=True)


def test_readonly_open_cannot_write(tmp_path):
    open_db(tmp_path / "x.db").close()
    reader = open_db(tmp_path / "x.db", readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        reader.execute("INSERT INTO sources (name) VALUES ('x')")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("this is not sqlite " * 100)
    with pytest.raises(DatabaseError, match="is not an SQLite database: refusing to use it"):
        open_db(bogus)
