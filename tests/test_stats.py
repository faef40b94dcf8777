"""Figures grouped and summed on a real database, with the articles behind each group."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.query import QueryError
from pokazatel.store.stats import aggregate
from test_search import ARTICLES, build_database


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("stats") / "news.db"), readonly=True)


def url_of(index: int) -> str:
    return ARTICLES[index]["url"]


def group(rows: list[dict], **keys) -> dict:
    found = [row for row in rows if all(row[k] == v for k, v in keys.items())]
    assert len(found) == 1, (keys, rows)
    return found[0]


def test_default_groups_by_event_unit_year(db):
    rows = aggregate(db)
    detained = group(rows, event="detained", unit="person", year="2024")
    assert (detained["count"], detained["sum"], detained["articles"]) == (2, 3, 2)
    assert set(detained["urls"]) == {url_of(0), url_of(2)}
    assert detained["urls"][0] == url_of(2), "newest article first"
    damage = group(rows, event="damage", unit="KZT", year="2025")
    assert damage["sum"] == 1_500_000_000 and damage["urls"] == [url_of(4)]
    assert sum(row["count"] for row in rows) == sum(len(a["statistics"]) for a in ARTICLES)


def test_by_region_uses_places_named_in_the_same_article(db):
    rows = aggregate(db, by=("event", "region"))
    assert group(rows, event="detained", region="Алматинская область")["urls"] == [url_of(0)]
    assert group(rows, event="detained", region="Алматы облысы")["urls"] == [url_of(2)]
    assert group(rows, event="convicted", region="Карагандинская область")["sum"] == 3


def test_by_body_source_month_and_topic(db):
    assert group(aggregate(db, by=("body",)), body="Антикоррупционная служба")["count"] == 2
    by_source = aggregate(db, by=("source", "unit"))
    assert group(by_source, source="tengrinews", unit="KZT")["sum"] == 5_000_000 + 1_500_000_000 + 300_000_000
    assert group(aggregate(db, by=("month",)), month="2024-07")["count"] == 1
    assert group(aggregate(db, by=("topic",)), topic="embezzlement")["count"] == 2


def test_filters_narrow_the_figures(db):
    rows = aggregate(db, by=("event",), min_value=2)
    assert {row["event"] for row in rows} == {"bribe", "convicted", "detained", "damage", "recovered"}
    assert group(rows, event="detained")["count"] == 1, "the single detention of 1 person is below 2"
    assert [row["event"] for row in aggregate(db, by=("event",), lang="kk")] == ["detained"]
    assert aggregate(db, by=("event",), date_from="2025-01-01", event="damage")[0]["sum"] == 1_500_000_000
    assert aggregate(db, by=("event",), entity="Бектенова") == [
        {"event": "convicted", "count": 1, "sum": 3, "articles": 1, "article_ids": [2], "urls": [url_of(1)],
         "facts": 1, "mentions": 1, "counted": "facts", "sum_level": "case", "conflicts": 0}]


def test_max_refs_limits_the_article_list(db):
    detained = group(aggregate(db, by=("event",), max_refs=1), event="detained")
    assert detained["articles"] == 2 and len(detained["urls"]) == 1


def test_unknown_dimension_is_a_one_line_error(db):
    with pytest.raises(QueryError, match="cannot group by colour"):
        aggregate(db, by=("event", "colour"))


def test_stats_csv_says_what_it_counts(tmp_path, capsys):
    import csv
    import io

    from pokazatel.cli.main import main

    path = build_database(tmp_path / "csv.db")
    assert main(["stats", "--db", str(path), "--by", "event,unit", "--csv"]) == 0
    rows = {row["event"]: row for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert (rows["detained"]["counted"], rows["detained"]["facts"], rows["detained"]["mentions"]) == ("facts", "2", "2")
    assert main(["stats", "--db", str(path), "--by", "event,unit", "--csv", "--mentions"]) == 0
    rows = {row["event"]: row for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["detained"]["counted"] == "mentions" and float(rows["detained"]["sum"]) == 3
