"""Facts and conflicts on a real SQLite file: figures of different articles that state the same thing
are one fact with its sources, kept in step when articles are re-tagged; facts that disagree are
flagged; stats counts facts and sums one scope level."""

from __future__ import annotations

import pytest
from pokazatel.store import facts
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.stats import aggregate

VERDICT = {"event": "prison_term", "unit": "year", "object": "", "period": None, "scope": "case",
           "region": "Кентау", "subject": "Марат Ахметов"}


def figure(value: float, quote: str = "к 8 годам лишения свободы", **changes) -> dict:
    return {**VERDICT, "value": value, "quote": quote, "start": 0, "end": len(quote), **changes}


def analysis(article_id: int, *figures: dict) -> dict:
    return {"id": article_id, "lang": "ru", "relevant": True, "topic": "bribery", "entities": [],
            "positions": [], "statistics": list(figures), "lemmas": {"title": "", "text": ""}}


def add_article(db, number: int, published: str, source: str = "tengrinews") -> int:
    article = {"url": f"https://{source}.kz/news/{number}", "source": source, "title": f"Новость {number}",
               "text": f"Текст новости номер {number} о приговоре.", "published_at": published}
    assert save_article(db, article) == "new"
    return db.execute("SELECT id FROM articles WHERE url = ?", [article["url"]]).fetchone()[0]


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "facts.db")
    yield database
    database.close()


def fact_rows(db) -> list[tuple]:
    sql = "SELECT value, sources, conflict FROM facts WHERE event = 'prison_term' ORDER BY value"
    return db.execute(sql).fetchall()


def test_three_reports_of_one_verdict_are_one_fact_and_a_fourth_number_conflicts(db):
    ids = [add_article(db, n, f"2024-03-0{n}", source) for n, source in
           ((1, "tengrinews"), (2, "zakon"), (3, "inform"), (4, "nur"))]
    full_name = "Ахметов Марат Серикович"
    save_analyses(db, [analysis(ids[0], figure(8)),
                       analysis(ids[1], figure(8, "получил 8 лет заключения", subject=full_name)),
                       analysis(ids[2], figure(8, "осуждён на 8 лет", subject="Ахметов")),
                       analysis(ids[3], figure(7, "к 7 годам"))])
    assert fact_rows(db) == [(7, 1, 1), (8, 3, 1)]
    sources = db.execute("SELECT outlet, quote FROM fact_overview WHERE value = 8 ORDER BY outlet").fetchall()
    assert sources == [("inform", "осуждён на 8 лет"), ("tengrinews", "к 8 годам лишения свободы"),
                       ("zakon", "получил 8 лет заключения")]
    [story] = facts.conflicts(db)
    assert [(f["value"], f["sources"], len(f["articles"])) for f in story["facts"]] == [(8, 3, 3), (7, 1, 1)]
    [row] = aggregate(db, by=("event", "unit"))
    assert (row["facts"], row["mentions"], row["count"], row["counted"]) == (2, 4, 2, "facts")
    assert row["sum"] == 8, "one verdict, counted once at the value three sources give"
    assert row["conflicts"] == 2
    by_mentions = aggregate(db, by=("event", "unit"), mentions=True)[0]
    assert (by_mentions["count"], by_mentions["sum"], by_mentions["counted"]) == (4, 31, "mentions")


def test_values_within_half_a_percent_are_one_fact_and_one_percent_apart_are_not(db):
    money = {"event": "damage", "unit": "KZT", "subject": "ТОО Альфа", "quote": "ущерб"}
    ids = [add_article(db, n, "2024-05-01") for n in range(1, 4)]
    save_analyses(db, [analysis(ids[0], figure(1_230_000_000, **money)),  # precise values: a round one ("1 млрд")
                       analysis(ids[1], figure(1_234_000_000, **money)),  # may be told rounded (test_facts_round5)
                       analysis(ids[2], figure(1_243_000_000, **money))])
    rows = db.execute("SELECT value, sources, conflict FROM facts ORDER BY value").fetchall()
    assert [(r[1], r[2]) for r in rows] == [(2, 1), (1, 1)]


def test_reports_weeks_apart_are_separate_facts_and_no_subject_means_no_merging(db):
    early, late = add_article(db, 1, "2024-01-10"), add_article(db, 2, "2024-03-01")
    other = add_article(db, 3, "2024-01-11")
    no_subject = figure(3, event="detained", unit="person", subject="", region=None)
    save_analyses(db, [analysis(early, figure(8), no_subject), analysis(late, figure(8)),
                       analysis(other, no_subject)])
    assert fact_rows(db) == [(8, 1, 0), (8, 1, 0)], "51 days apart: two verdicts, not one"
    assert db.execute("SELECT count(*) FROM facts WHERE event = 'detained'").fetchone()[0] == 2


def test_retagging_keeps_facts_in_step(db):
    ids = [add_article(db, n, f"2024-03-0{n}") for n in (1, 2)]
    save_analyses(db, [analysis(ids[0], figure(8)), analysis(ids[1], figure(7))])
    assert fact_rows(db) == [(7, 1, 1), (8, 1, 1)]
    save_analyses(db, [analysis(ids[1], figure(8))])  # the second article re-tagged (process --all)
    assert fact_rows(db) == [(8, 2, 0)]
    save_analyses(db, [analysis(ids[0], figure(8, subject="Ерлан Сапаров"))])
    assert sorted(db.execute("SELECT subject, sources FROM facts").fetchall()) == [
        ("Ерлан Сапаров", 1), ("Марат Ахметов", 1)]
    assert db.execute("SELECT count(*) FROM fact_sources").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM facts WHERE id NOT IN (SELECT fact_id FROM fact_sources)"
                      ).fetchone()[0] == 0, "no fact outlives its figures"


def test_stats_never_adds_totals_to_cases_nor_regions_to_the_nation(db):
    ids = [add_article(db, n, "2024-10-0" + str(n)) for n in (1, 2, 3, 4)]
    total = {"event": "convicted", "unit": "person", "scope": "total", "period": "2024-01..2024-09"}
    case = {"event": "convicted", "unit": "person", "scope": "case", "period": None}
    save_analyses(db, [
        analysis(ids[0], figure(684, region="KZ", subject="KZ", **total),
                 figure(52, region="Алматинская область", subject="Алматинская область", **total)),
        analysis(ids[1], figure(2, region="Алматы", subject="Ерлан Сапаров", **case)),
        analysis(ids[2], figure(684, region="KZ", subject="KZ", **total)),  # another outlet repeats the total
        analysis(ids[3], figure(40, region="Карагандинская область", subject="Карагандинская область", **total)),
    ])
    [row] = aggregate(db, by=("event", "unit"))
    assert (row["sum"], row["sum_level"], row["facts"], row["mentions"]) == (684, "national", 4, 5)
    by_scope = {(r["scope"], r["area"]): r for r in aggregate(db, by=("event", "scope", "area"))}
    assert by_scope[("total", "KZ")]["facts"] == 1 and by_scope[("total", "KZ")]["articles"] == 2
    regional = [r for r in aggregate(db, by=("event", "scope")) if r["scope"] == "total"][0]
    assert regional["sum"] == 684
    cases = [r for r in aggregate(db, by=("event", "scope")) if r["scope"] == "case"][0]
    assert (cases["sum"], cases["sum_level"]) == (2, "case")


def test_a_database_from_before_facts_gets_them_when_opened(tmp_path):
    db = open_db(tmp_path / "old.db")
    ids = [add_article(db, n, f"2024-03-0{n}") for n in (1, 2)]
    save_analyses(db, [analysis(ids[0], figure(8)), analysis(ids[1], figure(8))])
    with db.conn:
        db.execute("DROP VIEW fact_overview")
        db.execute("DROP TABLE fact_sources")
        db.execute("DROP TABLE facts")
        db.execute("UPDATE statistics SET subject_key = NULL")
    db.close()
    reopened = open_db(tmp_path / "old.db")
    assert fact_rows(reopened) == [(8, 2, 0)]


def test_two_values_in_one_article_or_far_apart_are_different_things_not_a_conflict(db):
    ids = [add_article(db, n, f"2024-03-0{n}") for n in (1, 2, 3)]
    seized = {"event": "recovered", "unit": "KZT", "subject": "KZ", "scope": "total", "region": "KZ",
              "period": "2024-01..2024-09"}
    save_analyses(db, [analysis(ids[0], figure(3_000_000, **seized), figure(5_000_000, **seized)),
                       analysis(ids[1], figure(5_000_000, **seized)),
                       analysis(ids[2], figure(420_000_000_000, **seized))])
    assert db.execute("SELECT value, sources, conflict FROM facts ORDER BY value").fetchall() == [
        (3_000_000, 1, 0), (5_000_000, 2, 0), (420_000_000_000, 1, 0)]
    [row] = aggregate(db, by=("event",))
    assert row["sum"] == 420_008_000_000 and row["conflicts"] == 0


def test_without_a_national_total_cases_of_regions_with_a_total_are_inside_it(db):
    ids = [add_article(db, n, "2024-10-0" + str(n)) for n in (1, 2, 3)]
    total = {"event": "detained", "unit": "person", "scope": "total", "period": "2024-01..2024-09"}
    case = {"event": "detained", "unit": "person", "scope": "case", "period": None}
    save_analyses(db, [
        analysis(ids[0], figure(39, region="Алматы", subject="Алматы", **total)),
        analysis(ids[1], figure(2, region="Алматы", subject="Ерлан Сапаров", **case)),  # one of the 39
        analysis(ids[2], figure(3, region="Караганда", subject="Асет Нуров", **case)),  # no total covers it
    ])
    [row] = aggregate(db, by=("event",))
    assert (row["sum"], row["sum_level"]) == (42, "regional+case")


@pytest.mark.parametrize(("first", "second"), [
    ("Ерлан Жақыпов", "Ерлан Жакыпов"),  # Kazakh letters and their Russian spelling
    ("Дәулет Өмірбеков", "Омирбеков"),
    ("Сапарбеков Е.К.", "Е. Сапарбеков"),  # initials after or before the surname
    ("Сапарбеков Е.К.", "Ержан Сапарбеков"),
    ("Батыс Қазақстан облысы", "Западно-Казахстанская область"),  # a region in Kazakh and in Russian
    ("Ғалым Тасболатова", "Ғалым Тасболатов"),  # a man's surname left in the genitive
    ("Болат Төлегенов", "Болат Тулегенов"),  # ө written у, and о
    ("Болат Толегенов", "Тулегенов Болат Серикович"),
    ("Ерлан Тілеубаев", "Е. Тлеубаев"),  # і left out
    ("Марат Жумабеков", "Жумабекова"),  # a surname alone in his genitive (pokazatel.nlp.figures.scope.missed_surnames)
])
def test_one_subject_written_two_ways_has_one_key(first, second):
    assert facts.subject_key(first, 1) == facts.subject_key(second, 2)


def test_a_womans_surname_is_not_her_husbands():
    assert facts.subject_key("Айгуль Тасболатова", 1) != facts.subject_key("Ерлан Тасболатов", 2)


@pytest.mark.parametrize(("first", "second"), [("Болат Мусин", "Болат Мусабаев"), ("Ерлан Тлеубаев", "Ерлан Тлеуов"),
                                               ("Кима", "ҚМА")])
def test_other_names_keep_other_keys(first, second):
    assert facts.subject_key(first, 1) != facts.subject_key(second, 2)


def test_a_verdict_told_in_russian_and_kazakh_spellings_of_a_name_is_one_fact(db):
    ids = [add_article(db, n, f"2024-11-1{n}", source) for n, source in ((1, "tengrinews"), (2, "qz_inform"))]
    save_analyses(db, [analysis(ids[0], figure(9, subject="Болат Тулегенов")),
                       analysis(ids[1], figure(9, "9 жылға", subject="Болат Төлегенов"))])
    assert fact_rows(db) == [(9, 2, 0)]


@pytest.mark.parametrize(("subject", "initial"), [
    ("Ержан Сапарбеков", "е"), ("Сапарбеков Ержан Кайратович", "е"), ("Е. Сапарбеков", "е"),
    ("Сапарбеков Е.К.", "е"), ("Ғалым Сапарбеков", "г"), ("Сапарбеков", None), ("Павлодарская область", None),
])
def test_first_initial_of_a_person(subject, initial):
    assert facts.first_initial(subject) == initial


def test_two_people_of_one_surname_are_two_facts_and_the_surname_alone_is_neither(db):
    ids = [add_article(db, n, f"2024-05-0{n}", source) for n, source in
           ((1, "tengrinews"), (2, "zakon"), (3, "inform"), (4, "nur"))]
    bribe = {"event": "bribe", "unit": "KZT", "region": None}
    save_analyses(db, [analysis(ids[0], figure(3_000_000, subject="Ерлан Тасболатов", **bribe)),
                       analysis(ids[1], figure(3_000_000, subject="Тасболатов Ерлан", **bribe)),
                       analysis(ids[2], figure(3_000_000, subject="Айдос Тасболатов", **bribe)),
                       analysis(ids[3], figure(3_000_000, subject="Тасболатов", **bribe))])
    assert db.execute("SELECT sources FROM facts WHERE event = 'bribe' ORDER BY sources").fetchall() == [
        (1,), (1,), (2,)]
    assert db.execute("SELECT count(DISTINCT story) FROM facts WHERE event = 'bribe'").fetchone() == (3,)


def test_a_database_keyed_by_an_older_rule_is_keyed_again_when_opened(tmp_path):
    db = open_db(tmp_path / "old.db")
    ids = [add_article(db, n, f"2024-03-0{n}") for n in (1, 2)]
    save_analyses(db, [analysis(ids[0], figure(8, subject="Марат Әбенов")),
                       analysis(ids[1], figure(8, subject="Марат Абенов"))])
    with db.conn:  # as an older pokazatel keyed them: two subjects, two facts
        db.execute("UPDATE statistics SET subject_key = subject")
        db.execute("DELETE FROM fact_key_rule")
    db.close()
    reopened = open_db(tmp_path / "old.db")
    assert fact_rows(reopened) == [(8, 2, 0)]


def test_a_total_of_a_stated_period_told_a_year_later_is_one_fact_but_a_case_is_not(db):
    ids = [add_article(db, 1, "2023-10-12"), add_article(db, 2, "2024-10-10", "zakon")]
    report = {"event": "convicted", "unit": "person", "subject": "Павлодарская область", "scope": "total",
              "region": "Павлодарская область", "period": "2023-01..2023-09"}
    bribe = {"event": "bribe", "unit": "KZT", "subject": "Ерлан Тасболатов"}
    save_analyses(db, [analysis(ids[0], figure(49, **report), figure(2_000_000, **bribe)),
                       analysis(ids[1], figure(49, **report), figure(2_000_000, **bribe))])
    assert db.execute("SELECT event, sources FROM facts ORDER BY event, id").fetchall() == [
        ("bribe", 1), ("bribe", 1), ("convicted", 2)]
