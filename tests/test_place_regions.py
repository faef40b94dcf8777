"""Towns and districts know their region (data/gazetteer/places.yaml's `region:`), so stats, on a real SQLite
file, adds no town's case or total to the total of the region it lies in."""

from __future__ import annotations

import pytest
from pokazatel.nlp.ru.gazetteer import variants
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.place_regions import enclosing
from pokazatel.store.stats import aggregate

TOTAL = {"event": "bribe", "unit": "KZT", "object": "", "scope": "total", "period": "2024-01..2024-06"}
CASE = {"event": "bribe", "unit": "KZT", "object": "", "scope": "case", "period": None}
REPUBLICAN_CITIES = {"Алматы", "Астана", "Шымкент"}


def figure(value: float, region: str, subject: str, kind: dict) -> dict:
    quote = "взятки в размере"
    return {**kind, "value": value, "region": region, "subject": subject, "quote": quote, "start": 0,
            "end": len(quote)}


def analysis(article_id: int, *figures: dict) -> dict:
    return {"id": article_id, "lang": "ru", "relevant": True, "topic": "bribery", "entities": [],
            "positions": [], "statistics": list(figures), "lemmas": {"title": "", "text": ""}}


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "regions.db")
    yield database
    database.close()


def articles(db, count: int) -> list[int]:
    ids = []
    for number in range(1, count + 1):
        article = {"url": f"https://inform.kz/news/{number}", "source": "inform", "title": f"Взятка {number}",
                   "text": f"Сообщение номер {number} о взятке.", "published_at": f"2024-07-0{number}"}
        assert save_article(db, article) == "new"
        ids.append(db.execute("SELECT id FROM articles WHERE url = ?", [article["url"]]).fetchone()[0])
    return ids


def test_a_case_in_a_regional_centre_is_inside_its_regions_total(db):
    ids = articles(db, 3)
    save_analyses(db, [
        # "За полгода общая сумма взяток по Жамбылской области составила 9 млн тенге"
        analysis(ids[0], figure(9_000_000, "Жамбылская область", "Жамбылская область", TOTAL)),
        # "В Таразе чиновник получил взятку в размере 2 млн тенге": one of the nine
        analysis(ids[1], figure(2_000_000, "Тараз", "Ерлан Сапаров", CASE)),
        # "В Павлодаре инспектор попался на взятке в 1 млн тенге": no total covers it
        analysis(ids[2], figure(1_000_000, "Павлодар", "Асет Нуров", CASE)),
    ])
    [row] = aggregate(db, by=("event", "unit"))
    assert (row["sum"], row["sum_level"], row["facts"]) == (10_000_000, "regional+case", 3)


def test_a_district_named_in_kazakh_is_inside_its_region_named_in_kazakh(db):
    ids = articles(db, 3)
    save_analyses(db, [
        analysis(ids[0], figure(30_000_000, "Түркістан облысы", "Түркістан облысы", TOTAL)),
        analysis(ids[1], figure(3_000_000, "Сайрам ауданы", "Бауыржан Омаров", CASE)),
        # a district of Almaty lies in the city, which no total covers here
        analysis(ids[2], figure(500_000, "Медеуский район", "Данияр Касымов", CASE)),
    ])
    [row] = aggregate(db, by=("event", "unit"))
    assert (row["sum"], row["sum_level"]) == (30_500_000, "regional+case")


def test_a_towns_total_is_part_of_its_regions_total_and_not_added_to_it(db):
    ids = articles(db, 3)
    save_analyses(db, [
        analysis(ids[0], figure(40_000_000, "Карагандинская область", "Карагандинская область", TOTAL)),
        analysis(ids[1], figure(12_000_000, "Темиртау", "Темиртау", TOTAL)),
        analysis(ids[2], figure(7_000_000, "Костанай", "Костанай", TOTAL)),  # another region's town
    ])
    [row] = aggregate(db, by=("event", "unit"))
    assert (row["sum"], row["sum_level"]) == (47_000_000, "regional")


def test_a_district_of_a_city_of_republican_significance_is_inside_the_city(db):
    ids = articles(db, 2)
    save_analyses(db, [
        analysis(ids[0], figure(15_000_000, "Алматы", "Алматы", TOTAL)),
        analysis(ids[1], figure(1_500_000, "Бостандыкский район", "Айгуль Нурланова", CASE)),
    ])
    [row] = aggregate(db, by=("event", "unit"))
    assert (row["sum"], row["sum_level"]) == (15_000_000, "regional")


def test_places_lie_outward_to_a_region_and_no_further():
    assert enclosing("Тараз") == ["Тараз", "Жамбылская область"]
    assert enclosing("Өскемен") == ["Усть-Каменогорск", "Восточно-Казахстанская область"]
    assert enclosing("Алмалинский район") == ["Алмалинский район", "Алматы"]
    assert enclosing("Жамбылская область") == ["Жамбылская область"]


def test_every_region_named_is_a_region_or_city_of_republican_significance_of_the_gazetteer():
    places = {entry.norm: entry for _, entry in variants() if entry.is_place}
    named = {entry.region for entry in places.values() if entry.region}
    regions = {norm for norm in places if norm.endswith("область") or norm.startswith("область")}
    assert len(named) == 20 and named <= regions | REPUBLICAN_CITIES
    assert all(not places[norm].region for norm in regions | REPUBLICAN_CITIES)
