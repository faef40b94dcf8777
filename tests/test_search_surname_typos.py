"""A surname typed with a slip that no article holds finds the surnames a letter or two from it that articles hold, on
a real SQLite database built through pokazatel.store.load; a surname the archive holds finds only itself. The
articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.search import search
from pokazatel.store.surname_typos import _slips, is_surname_shaped, near_surnames
from test_search import build_database
from test_search import invented_article as article

ARTICLES = [
    article(1, "ru", "Арест директора", "Суд арестовал директора ТОО Бауыржана Рахметуллина."),
    article(2, "kk", "Әкім ұсталды", "Ауыл әкімі Серік Тұрсынбекұлы Дәулетжанов пара алды деген күдікпен ұсталды."),
    article(3, "ru", "Приговор бухгалтеру", "Бухгалтер Айгерим Сагындыкова осуждена за растрату."),
    article(4, "ru", "Приговор инженеру", "Инженер Ерлан Сагындыков осуждён за взятку."),
    article(5, "ru", "Штраф чиновнику", "Чиновник Кайрат Мусин оштрафован."),
    article(6, "ru", "Штраф аудитору", "Аудитор Болат Нуржанов оштрафован за подлог."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("typos") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str) -> set[int]:
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query)}


@pytest.mark.parametrize(("query", "wanted"), [
    ("Рахметулин", {1}),     # a letter dropped
    ("Даулетжанов", {2}),    # Kazakh letters typed as Russian ones are no slip; "Даулитжанов" below is
    ("Даулитжанов", {2}),
    ("Сагиндыков", {3, 4}),  # a letter changed: the man and the woman of the family
])
def test_a_misspelt_surname_finds_the_surname_it_misspells(db, query, wanted):
    assert found(db, query) == wanted, query


def test_a_surname_the_archive_holds_finds_only_itself(db):
    assert found(db, "Сагындыкова") == {3, 4}  # her family's man, as Russian lemmas read her, not another name
    assert found(db, "Мусин") == {5}


def test_a_short_or_unshaped_word_is_never_read_as_a_slip(db):
    assert not is_surname_shaped("Мусан")  # too short: another name
    assert not is_surname_shaped("рахметулин")  # not capitalised: a word, not a name
    assert found(db, "растратта") == set()


def test_slips_are_counted_and_cut_off():
    assert _slips("сулейманов", "сулейменов", 2) == 1
    assert _slips("дюсенбаев", "дуйсенбаев", 2) == 2
    assert _slips("абдраманов", "оспанов", 2) == 3


def test_two_slips_only_in_a_long_name(db):
    assert "рахметуллин" in near_surnames(db, "Рахмитулин")  # 10 letters, two slips
    assert "нуржанов" in near_surnames(db, "Нуржинов")  # 8 letters, one slip
    assert near_surnames(db, "Норжинов") == ()  # 8 letters, two slips


def test_a_read_only_database_finds_the_misspelt_surname_too(tmp_path):
    # `pokazatel search` opens the file read-only and query_only: the index's terms are attached before
    path = build_database(tmp_path / "news.db", ARTICLES, unprocessed=False)
    database = open_db(path, readonly=True)
    try:
        assert {int(row["url"].rsplit("/", 1)[1]) for row in search(database, "Рахметулин")} == {1}
    finally:
        database.close()
