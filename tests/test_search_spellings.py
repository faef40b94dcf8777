"""Kazakh typed otherwise than in Kazakh Cyrillic finds Kazakh articles, on a real database built through
pokazatel.store.load: without Kazakh letters on a Russian keyboard ("камауга" for "қамауға"), in Latin letters
with or without the 2018 alphabet's marks ("qamauga"), and a name written with Kazakh letters finds it written
without them. The articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.kazakh_keyboard import keyboard_fold, keyboard_stems
from pokazatel.store.search import search
from test_search import build_database

ARTICLES = [
    {
        "url": "https://example.kz/kk/1", "source": "example", "lang": "kk",
        "published_at": "2025-04-02T10:00:00+05:00",
        "title": "Аудан әкімдері парақорлыққа күдікті",
        "text": "Тергеушілер екі ауыл әкімін, соның ішінде Асқар Төлеуовті, қамауға алды. "
                "Олардың үкімі келесі айда шығады. "
                "Кәсіпкерден алынған ақша тәркіленді.",
        "relevant": True, "topic": "bribery", "entities": [("Асқар Төлеуовті", "PER", "Асқар Төлеуов")],
        "statistics": [],
    },
    {
        "url": "https://example.kz/ru/2", "source": "example", "lang": "ru",
        "published_at": "2025-04-03T10:00:00+05:00",
        "title": "Бывший глава района Жакыпов задержан",
        "text": "Бывшего главу района Жакыпова задержали в Кокшетау по подозрению в растрате бюджетных денег.",
        "relevant": True, "topic": "embezzlement", "entities": [("Жакыпова", "PER", "Жакыпов")], "statistics": [],
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("spellings") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str, **filters) -> list[str]:
    return [row["url"] for row in search(db, query, **filters)]


@pytest.mark.parametrize("query", ["камауга", "паракорлыкка", "акимдери", "акимин", "укими", "кабылдады OR камау"])
def test_kazakh_without_kazakh_letters_finds_the_kazakh_article(db, query):
    assert found(db, query) == [ARTICLES[0]["url"]]


@pytest.mark.parametrize("query", ["qamaýǵa", "qamauga", "akimderi", "ákimderi", "paraqorlyqqa"])
def test_kazakh_in_latin_letters_with_or_without_marks_finds_the_cyrillic_article(db, query):
    assert found(db, query) == [ARTICLES[0]["url"]]


def test_a_name_with_kazakh_letters_finds_it_written_without_them(db):
    assert found(db, "Жақыпов") == [ARTICLES[1]["url"]]
    assert found(db, "Жақыповты") == [ARTICLES[1]["url"]], "a Kazakh case ending on a Russian article's name"


def test_keyboard_stems_do_not_reach_russian_articles(db):
    assert found(db, "камауга", lang="ru") == []
    assert found(db, "растрата") == [ARTICLES[1]["url"]]


def test_snippet_marks_the_word_typed_without_kazakh_letters(db):
    [row] = search(db, "камауга")
    assert "[қамауға]" in row["snippet"]
    assert row["exact"] is False, "the exact form typed is not in the article"


def test_keyboard_fold_and_stems():
    assert keyboard_fold("Әкімдігі Қарағанды ұсталды үкім") == "Акимдиги Караганды усталды уким"
    assert "камау" in keyboard_stems("камауга")
    assert "аким" in keyboard_stems("акимдери")
    assert keyboard_stems("қамауға") == (), "a word with a Kazakh letter goes through the stemmer"
    assert keyboard_stems("qamauga") == ()


@pytest.mark.parametrize(("entity", "article"), [("Аскара Толеуова", 0), ("Төлеуовке", 0), ("Жақыповтың", 1)])
def test_entity_filter_folds_kazakh_letters_both_ways(db, entity, article):
    assert found(db, "алды OR задержали", entity=entity) == [ARTICLES[article]["url"]]
    assert found(db, "алды OR задержали", entity="Аскара Толеуова Жакыпова") == []
