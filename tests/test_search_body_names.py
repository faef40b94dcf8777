"""A query word naming a state body ("АФМ", "Антикор") finds the body under its other names
(data/gazetteer/bodies.yaml), on a real database built through pokazatel.store.load. Invented articles."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.query import names_match
from pokazatel.store.search import search
from test_search import build_database
from test_search import invented_article as article

ARTICLES = [
    article(1, "ru", "Возбуждено дело о мошенничестве",
            "Сотрудники Агентства по финансовому мониторингу задержали директора строительной фирмы."),
    article(2, "kk", "Кәсіпкерге күдік жарияланды",
            "Қаржылық мониторинг агенттігі құрылыс фирмасының директорын ұстады."),
    article(3, "ru", "Мониторинг цен на бензин",
            "Министерство энергетики провело мониторинг цен на топливо в регионах."),
    article(4, "kk", "Дәрігер пара алды",
            "Сыбайлас жемқорлыққа қарсы қызмет дәрігерді пара алған кезде ұстады."),
    {**article(5, "ru", "Прокуроры проверили закупки", "Генеральная прокуратура выявила нарушения при закупках."),
     "entities": [("Генеральная прокуратура", "ORG", "Генеральная прокуратура")]},
    {**article(7, "ru", "Приговор экс-директору", "Суд приговорил Сапарова Д. К. к пяти годам."),
     "entities": [("Сапарова Д. К.", "PER", "Сапаров Д. К.")]},
    article(8, "ru", "Инспектор задержан", "Антикоррупционной службой задержан инспектор таможни."),
    article(9, "ru", "Субсидии АПК", "Министерство сельского хозяйства распределило субсидии для АПК."),
    {**article(6, "ru", "Антикор задержал судью", "Антикор задержал судью районного суда при получении денег."),
     "entities": [("Антикор", "ORG", "Антикор")]},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("bodies") / "news.db", ARTICLES, unprocessed=False))


def urls(rows: list[dict]) -> set[str]:
    return {row["url"] for row in rows}


def test_an_abbreviation_finds_the_body_by_its_full_names_in_both_languages(db):
    assert urls(search(db, "АФМ")) == {ARTICLES[0]["url"], ARTICLES[1]["url"]}
    assert urls(search(db, "Антикор")) == {ARTICLES[3]["url"], ARTICLES[6]["url"], ARTICLES[8]["url"]}
    assert urls(search(db, "СЖҚА")) == urls(search(db, "Антикор")), "АПК names the agro-industrial complex too"


def test_a_full_name_finds_the_other_names_and_a_word_of_it_alone_does_not(db):
    assert ARTICLES[1]["url"] in urls(search(db, '"Агентство по финансовому мониторингу"'))
    assert urls(search(db, "мониторинг")) >= {ARTICLES[2]["url"]}
    assert ARTICLES[2]["url"] not in urls(search(db, "АФМ"))


def test_the_snippet_marks_the_body_name_found(db):
    [row] = search(db, "АФМ", lang="kk")
    assert "[Қаржылық] [мониторинг] [агенттігі]" in row["snippet"]
    assert row["exact"] is False


@pytest.mark.parametrize("name", ["Генпрокуратуры", "Генпрокуратурой", "Генеральной прокуратуры"])
def test_a_body_in_another_case_is_found_by_its_names(db, name):
    assert urls(search(db, "закупках", entity=name)) == {ARTICLES[4]["url"]}
    assert urls(search(db, name)) == {ARTICLES[4]["url"]}


@pytest.mark.parametrize("name", ["Антикора", "Антикору", "Антикором"])
def test_a_name_no_dictionary_knows_is_found_in_another_case(db, name):
    assert urls(search(db, "судью", entity=name)) == {ARTICLES[8]["url"]}


def test_a_typed_first_name_matches_the_initial_it_begins_with(db):
    assert urls(search(db, "приговорил", entity="Данияра Сапарова")) == {ARTICLES[5]["url"]}
    assert urls(search(db, "приговорил", entity="Ерлана Сапарова")) == set()
    assert urls(search(db, "приговорил", entity="Д. Сапаров")) == {ARTICLES[5]["url"]}
    assert not names_match("Сапаров Д. К.", "ДК"), "an initial alone names no one"
    assert not names_match("Нурланова А. Ж.", "АФМ")
