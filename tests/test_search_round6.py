"""Search, sixth round, on a real SQLite database built through pokazatel.store.load: a town typed by its name, in
Cyrillic or in Latin letters as a user types it, finds the Russian adjective of its name ("Павлодарский городской суд",
"актюбинских полицейских"), as the region's one word finds the region; an adjective that is also another place's
("Алматинский район" is Astana's) is not taken for the town's. The articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.search import search
from pokazatel.store.search_places import place_names
from test_search import build_database
from test_search import invented_article as article

ARTICLES = [
    article(1, "ru", "Приговор бухгалтеру", "Павлодарский городской суд приговорил бухгалтера к трём годам."),
    article(2, "ru", "Задержан полицейский", "Сотрудники антикора задержали актюбинского полицейского с поличным."),
    article(3, "ru", "Арест в столице", "Алматинский районный суд Астаны арестовал начальника отдела."),
    article(4, "ru", "Штраф чиновнику", "Житель Алматы оштрафован за дачу взятки инспектору."),
    article(5, "ru", "Осуждён аким", "Атырауский областной суд оставил приговор акиму в силе."),
    article(6, "ru", "Новости региона", "В Карагандинской области прошёл семинар для госслужащих."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("round6") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str, **filters) -> set[int]:
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query, **filters)}


@pytest.mark.parametrize(("query", "wanted"), [("Павлодар", {1}), ("Pavlodar", {1}), ("Актобе", {2}),
                                               ("Aktobe", {2}), ("Атырау", {5}), ("Atyrau", {5})])
def test_a_town_finds_the_adjective_of_its_name(db, query, wanted):
    assert found(db, query) == wanted, query


def test_an_adjective_of_another_place_is_not_the_town_s(db):
    assert "Алматинский" not in place_names("Алматы")
    assert found(db, "Алматы") == {4}


def test_a_region_s_one_word_takes_no_adjective_of_a_district():
    # "Жамбыл" is a region's word and a district's ("Жамбылский район" of Алматинская область): no town, no adjective
    assert "Жамбылский" not in place_names("Жамбыл")
