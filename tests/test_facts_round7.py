"""Facts, seventh round, on a real SQLite file: a case whose only subject is a place names no one, so two such
figures (two unnamed officials of one town) are two facts; a region's total still joins its other reports."""

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


def bribe_sources(db) -> list[tuple]:
    return db.execute("SELECT sources FROM facts WHERE event = 'bribe' ORDER BY id").fetchall()


def test_two_unnamed_officials_of_one_town_are_two_facts(db):
    # "В Талдыкоргане задержан сотрудник акимата" and, two days on, "В Талдыкоргане задержан бывший аким села"
    bribe = {"event": "bribe", "unit": "KZT", "scope": "case", "region": "Талдыкорган", "subject": "Талдыкорган"}
    ids = [add_article(db, 1, "2024-09-02"), add_article(db, 2, "2024-09-04", "zakon")]
    save_analyses(db, [analysis(ids[0], figure(1_500_000, quote="получил 1,5 млн тенге", **bribe)),
                       analysis(ids[1], figure(1_500_000, quote="взятку в размере 1,5 млн тенге", **bribe))])
    assert bribe_sources(db) == [(1,), (1,)]
    assert not db.execute("SELECT count(*) FROM facts WHERE conflict").fetchone()[0]


def test_one_named_official_of_one_town_told_twice_is_still_one_fact(db):
    bribe = {"event": "bribe", "unit": "KZT", "scope": "case", "region": "Талдыкорган", "subject": "Арман Жунусов"}
    ids = [add_article(db, 1, "2024-09-02"), add_article(db, 2, "2024-09-04", "zakon")]
    save_analyses(db, [analysis(ids[0], figure(1_500_000, quote="получил 1,5 млн тенге", **bribe)),
                       analysis(ids[1], figure(1_500_000, quote="взятку в размере 1,5 млн тенге", **bribe))])
    assert bribe_sources(db) == [(2,)]


def test_a_regions_total_in_russian_and_kazakh_is_still_one_fact(db):
    total = {"event": "convicted", "unit": "person", "scope": "total", "period": "2024"}
    ids = [add_article(db, 1, "2025-01-10"), add_article(db, 2, "2025-01-12", "kaz_tengrinews")]
    save_analyses(db, [
        analysis(ids[0], figure(37, quote="осуждены 37 человек", region="Павлодарская область",
                                subject="Павлодарская область", **total)),
        analysis(ids[1], figure(37, quote="37 адам сотталды", region="Павлодар облысы", subject="Павлодар облысы",
                                **total))])
    assert db.execute("SELECT sources FROM facts WHERE event = 'convicted'").fetchall() == [(2,)]


def test_a_case_keyed_by_a_place_is_a_key_of_its_own_a_total_the_places():
    assert facts.subject_key("Жамбыл ауданы", 7, "case") == "#7"
    assert facts.subject_key("Жамбыл ауданы", 7, "total") == facts.subject_key("Жамбылский район", 8, "total")


@pytest.mark.parametrize(("russian", "kazakh"), [
    ("Антикоррупционная служба", "Сыбайлас жемқорлыққа қарсы қызмет"),  # a body of the gazetteer, by its canonical name
    ("Агентство по делам государственной службы", "Мемлекеттік қызмет істері агенттігі"),
    ("управление местной полицейской службы департамента полиции Павлодарской области",  # a sub-unit left out
     "Павлодар облысы полиция департаменті"),
    ("Департамент государственных доходов по Костанайской области",
     "Қостанай облысы бойынша мемлекеттік кірістер департаменті"),
    ("отдел образования Шуского района", "Шу ауданының білім бөлімі"),
    ("ТОО «Алтын Дала Строй»", "«Алтын Дала Строй» ЖШС"),  # a firm by its quoted name
    ("управление строительства акимата Павлодарской области", "Павлодар облысы әкімдігінің құрылыс басқармасы"),
])
def test_a_body_named_in_russian_and_in_kazakh_has_one_key(russian, kazakh):
    assert facts.subject_key(russian, 1, "case") == facts.subject_key(kazakh, 2, "case")


@pytest.mark.parametrize(("first", "second"), [
    ("Павлодар облысы полиция департаменті", "Павлодар облысы бойынша мемлекеттік кірістер департаменті"),
    ("отдел образования Шуского района", "отдел образования Таласского района"),
    ("Департамент полиции Павлодарской области", "Управление полиции Павлодарской области"),
    # two departments of one akimat: an umbrella is keyed with the unit below it
    ("управление строительства акимата Павлодарской области", "управление образования акимата Павлодарской области"),
    ("Павлодар облысы әкімдігінің құрылыс басқармасы", "Павлодар облысы әкімдігінің білім басқармасы"),
    ("Экибастузский городской суд", "Павлодарский городской суд"),  # a town's adjective no table knows: apart
])
def test_other_bodies_keep_other_keys(first, second):
    assert facts.subject_key(first, 1, "case") != facts.subject_key(second, 2, "case")


def test_a_body_with_a_word_no_table_knows_keeps_its_spelling():
    assert facts.subject_key("отдел цифровизации Шуского района", 1, "case") == "отдел цифровизации шуского района"


def test_a_detention_told_in_russian_and_kazakh_is_one_fact(db):
    detained = {"event": "detained", "unit": "person", "scope": "case", "region": None}
    ids = [add_article(db, 1, "2024-10-01"), add_article(db, 2, "2024-10-02", "kaz_tengrinews")]
    save_analyses(db, [
        analysis(ids[0], figure(2, quote="задержали двух сотрудников", subject="управление миграционной службы"
                                " департамента полиции Павлодарской области", **detained)),
        analysis(ids[1], figure(2, quote="екі қызметкері ұсталды", subject="Павлодар облысы полиция департаменті",
                                **detained))])
    assert db.execute("SELECT sources FROM facts WHERE event = 'detained'").fetchall() == [(2,)]
