"""Facts, fifth round, on a real SQLite file: money told rounded ("1,5 млрд", "около 5 млн") is one fact with the value
it was rounded from, counts and round values too far apart are not; a bribe or damage a named person took is one
fact when told again at the verdict months later, a detention or a verdict told again weeks later is not."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses
from pokazatel.store.stats import aggregate
from test_facts import add_article, analysis, figure

DAMAGE = {"event": "damage", "unit": "KZT", "subject": "Нурлан Жаксыбеков", "quote": "ущерб", "region": "Павлодар"}


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "facts.db")
    yield database
    database.close()


def facts_of(db, event: str) -> list[tuple]:
    return db.execute("SELECT value, sources, conflict FROM facts WHERE event = ? ORDER BY value", [event]).fetchall()


@pytest.mark.parametrize(("rounded", "precise"), [(1_500_000_000, 1_480_000_000), (5_000_000, 4_900_000),
                                                  (150_000_000, 152_000_000), (2_000_000, 2_040_000)])
def test_money_told_rounded_is_one_fact_with_the_value_it_was_rounded_from(db, rounded, precise):
    ids = [add_article(db, n, f"2024-06-0{n}") for n in (1, 2)]
    save_analyses(db, [analysis(ids[0], figure(rounded, **DAMAGE)), analysis(ids[1], figure(precise, **DAMAGE))])
    [(_, sources, conflict)] = facts_of(db, "damage")
    assert (sources, conflict) == (2, 0)
    [row] = aggregate(db, by=("event", "unit"))
    assert row["facts"] == 1 and row["sum"] in (rounded, precise)


@pytest.mark.parametrize(("first", "second"), [
    (2_000_000, 2_400_000),  # rounds to 2 million, but 20% apart: two amounts (a conflict of one story)
    (1_480_000_000, 1_520_000_000),  # neither is round
    (1_500_000_000, 1_420_000_000),  # would not round to 1,5 billion
])
def test_money_not_rounded_from_the_other_stays_two_facts(db, first, second):
    ids = [add_article(db, n, f"2024-06-0{n}") for n in (1, 2)]
    save_analyses(db, [analysis(ids[0], figure(first, **DAMAGE)), analysis(ids[1], figure(second, **DAMAGE))])
    assert [row[1] for row in facts_of(db, "damage")] == [1, 1]


def test_counts_of_people_are_exact_not_rounded(db):
    detained = {"event": "detained", "unit": "person", "subject": "Павлодарская область", "scope": "total",
                "region": "Павлодарская область", "period": "2024-01..2024-06"}
    ids = [add_article(db, n, f"2024-07-0{n}") for n in (1, 2)]
    save_analyses(db, [analysis(ids[0], figure(10, **detained)), analysis(ids[1], figure(10.4, **detained))])
    assert [row[1] for row in facts_of(db, "detained")] == [1, 1]


def test_a_bribe_told_again_at_the_verdict_months_later_is_one_fact(db):
    bribe = {"event": "bribe", "unit": "KZT", "subject": "Ерлан Тасболатов", "quote": "взятку 3 млн тенге"}
    ids = [add_article(db, 1, "2024-02-01"), add_article(db, 2, "2024-03-20", "zakon"),
           add_article(db, 3, "2024-07-15", "inform")]
    save_analyses(db, [analysis(ids[0], figure(3_000_000, **bribe)),
                       analysis(ids[1], figure(3_000_000, **{**bribe, "subject": "Тасболатов Е.К."})),
                       analysis(ids[2], figure(3_000_000, **{**bribe, "subject": "Тасболатов"}))])
    assert facts_of(db, "bribe") == [(3_000_000, 3, 0)]


def test_an_amount_months_later_stays_apart_when_it_differs_names_no_person_or_is_a_year_on(db):
    ids = [add_article(db, n, day) for n, day in ((1, "2024-02-01"), (2, "2024-04-15"), (3, "2025-02-10"))]
    bribe = {"event": "bribe", "unit": "KZT", "subject": "Ерлан Тасболатов", "quote": "взятку"}
    place = {**bribe, "subject": "Павлодар", "region": "Павлодар"}
    save_analyses(db, [analysis(ids[0], figure(3_000_000, **bribe), figure(1_000_000, **place)),
                       analysis(ids[1], figure(3_500_000, **bribe), figure(1_000_000, **place)),
                       analysis(ids[2], figure(3_000_000, **bribe))])
    assert [row[1] for row in facts_of(db, "bribe")] == [1, 1, 1, 1, 1]


def test_a_verdict_told_again_weeks_later_is_another_verdict(db):
    ids = [add_article(db, 1, "2024-02-01"), add_article(db, 2, "2024-03-20")]
    save_analyses(db, [analysis(ids[0], figure(8)), analysis(ids[1], figure(8))])
    assert [row[1] for row in facts_of(db, "prison_term")] == [1, 1]
