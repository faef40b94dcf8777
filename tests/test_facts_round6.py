"""Facts, sixth round, on a real SQLite file: a person's name is keyed by the surname whichever order it is written in
("Имя Отчество Фамилия" as well as "Фамилия Имя Отчество"), Russian and Kazakh patronymics telling the order."""

from __future__ import annotations

import pytest
from pokazatel.store import facts
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses
from test_facts import add_article, analysis, figure


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "facts.db")
    yield database
    database.close()


@pytest.mark.parametrize(("first_order", "other_order"), [
    ("Ерлан Сапарович Жумабеков", "Жумабеков Ерлан Сапарович"),
    ("Айгерим Болатовна Нурланова", "Нурланова Айгерим Болатовна"),
    ("Дәулет Серікұлы Омаров", "Омаров Дәулет Серікұлы"),
    ("Жанар Асқарқызы Тәжібаева", "Жанар Тәжібаева"),
    ("Ерлан Сапарович Жумабеков", "Е.С. Жумабеков"),
])
def test_a_name_is_keyed_by_its_surname_in_either_order(first_order, other_order):
    assert facts.subject_key(first_order, 1) == facts.subject_key(other_order, 2)
    assert facts.first_initial(first_order) == facts.first_initial(other_order)


@pytest.mark.parametrize(("subject", "initial"), [
    ("Ерлан Сапарович Жумабеков", "е"), ("Жумабеков Ерлан Сапарович", "е"), ("Дәулет Серікұлы Омаров", "д"),
    ("Омаров Дәулет Серікұлының", "д")])
def test_the_first_name_is_the_word_before_the_patronymic(subject, initial):
    assert facts.first_initial(subject) == initial


def test_a_surname_of_a_patronymic_s_letters_is_no_patronymic():
    # "Кулыбеков" holds "улы", "Ковнацкий" "овн": only a patronymic's ending tells the order
    assert facts.subject_key("Кулыбеков Ерлан Маратович", 1) == facts.subject_key("Ерлан Кулыбеков", 2)
    assert facts.subject_key("Ковнацкий Павел Андреевич", 1) == facts.subject_key("Павел Ковнацкий", 2)


def test_the_same_bribe_of_a_name_written_both_ways_is_one_fact(db):
    bribe = {"event": "bribe", "unit": "KZT", "quote": "взятку 4 млн тенге"}
    ids = [add_article(db, 1, "2024-05-02"), add_article(db, 2, "2024-05-03", "zakon")]
    save_analyses(db, [analysis(ids[0], figure(4_000_000, subject="Ерлан Сапарович Жумабеков", **bribe)),
                       analysis(ids[1], figure(4_000_000, subject="Жумабеков Ерлан Сапарович", **bribe))])
    assert db.execute("SELECT sources FROM facts WHERE event = 'bribe'").fetchall() == [(2,)]


def test_two_people_of_one_first_name_and_patronymic_stay_apart(db):
    bribe = {"event": "bribe", "unit": "KZT", "quote": "взятку 4 млн тенге"}
    ids = [add_article(db, 1, "2024-05-02"), add_article(db, 2, "2024-05-03", "zakon")]
    save_analyses(db, [analysis(ids[0], figure(4_000_000, subject="Ерлан Сапарович Жумабеков", **bribe)),
                       analysis(ids[1], figure(4_000_000, subject="Ерлан Сапарович Кенжебаев", **bribe))])
    assert db.execute("SELECT sources FROM facts WHERE event = 'bribe'").fetchall() == [(1,), (1,)]
