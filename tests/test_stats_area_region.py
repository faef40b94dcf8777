"""`stats --by area_region` rolls a town's or district's figures into the region it lies in
(data/gazetteer/places.yaml's `region:`), on a real SQLite file, through the library and the CLI: the region's group
counts the town's case and adds it to no regional total that already holds it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.place_regions import outermost
from pokazatel.store.stats import aggregate
from test_place_regions import CASE, TOTAL, analysis, articles, figure

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path) -> Path:
    path = tmp_path / "roll-up.db"
    db = open_db(path)
    ids = articles(db, 4)
    figures = [
        # "За полгода общая сумма взяток по Жамбылской области составила 9 млн тенге"
        analysis(ids[0], figure(9_000_000, "Жамбылская область", "Жамбылская область", TOTAL)),
        # "В Таразе чиновник получил взятку в размере 2 млн тенге": one of the nine
        analysis(ids[1], figure(2_000_000, "Тараз", "Ерлан Сапаров", CASE)),
        # "В Павлодаре инспектор попался на взятке в 1 млн тенге"
        analysis(ids[2], figure(1_000_000, "Павлодар", "Асет Нуров", CASE)),
        # "В Экибастузе директор получил взятку в 3 млн тенге": the same region's other town
        analysis(ids[3], figure(3_000_000, "Экибастуз", "Болат Жанов", CASE)),
    ]
    from pokazatel.store.load import save_analyses

    save_analyses(db, figures)
    db.close()
    return path


def test_outermost_is_the_region_a_place_lies_in():
    assert outermost("Тараз") == outermost("Жамбыл облысы") == outermost("Жамбылская область") == "Жамбылская область"
    assert outermost("Алмалинский район") == "Алматы"  # a district of a city of republican significance
    assert outermost("KZ") == "KZ"


def test_a_towns_figures_count_in_its_regions_group(db_path):
    db = open_db(db_path)
    rows = {row["area_region"]: row for row in aggregate(db, by=("event", "area_region"))}
    assert set(rows) == {"Жамбылская область", "Павлодарская область"}
    jambyl, pavlodar = rows["Жамбылская область"], rows["Павлодарская область"]
    assert (jambyl["facts"], jambyl["sum"], jambyl["sum_level"]) == (2, 9_000_000, "regional")  # Тараз's 2 M inside
    assert (pavlodar["facts"], pavlodar["sum"], pavlodar["sum_level"]) == (2, 4_000_000, "case")
    by_area = {row["area"] for row in aggregate(db, by=("area",))}
    assert by_area == {"Жамбылская область", "Тараз", "Павлодар", "Экибастуз"}  # `area` is the figure's own place


def test_the_cli_gives_the_column_in_json_and_csv(db_path):
    env = {**os.environ, "POKAZATEL_DB": str(db_path)}
    run = [sys.executable, "-m", "pokazatel", "stats", "--by", "area_region"]
    result = subprocess.run([*run, "--json"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(row["area_region"], row["sum"]) for row in rows] == [("Жамбылская область", 9_000_000),
                                                                  ("Павлодарская область", 4_000_000)]
    result = subprocess.run([*run, "--csv"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split(",")[0] == "area_region"


def with_places(item: dict, *places: str) -> dict:
    """The analysis with LOC entities naming the places, as an article naming them is tagged."""
    return {**item, "entities": [{"text": place, "label": "LOC", "norm": place, "start": 0, "end": len(place)}
                                 for place in places]}


def test_a_district_of_several_regions_lies_in_the_one_its_article_names(tmp_path):
    db = open_db(tmp_path / "districts.db")
    ids = articles(db, 4)
    from pokazatel.store.load import save_analyses

    save_analyses(db, [
        # "По Алматинской области за полгода взяток выявлено на 5 млн тенге"
        with_places(analysis(ids[0], figure(5_000_000, "Алматинская область", "Алматинская область", TOTAL)),
                    "Алматинская область"),
        # "В Жамбылском районе Алматинской области аким сельского округа получил 1 млн тенге": one of the five
        with_places(analysis(ids[1], figure(1_000_000, "Жамбылский район", "Марат Исаев", CASE)),
                    "Жамбылский район", "Алматинская область"),
        # "В Жамбылском районе задержан инспектор с 2 млн тенге": the article names no region
        with_places(analysis(ids[2], figure(2_000_000, "Жамбылский район", "Ерик Оспанов", CASE)),
                    "Жамбылский район"),
        # "Аким села в Жамбылском районе (Узынагаш) получил 3 млн тенге": a town inside the region tells it
        with_places(analysis(ids[3], figure(3_000_000, "Жамбылский район", "Бек Нуров", CASE)),
                    "Жамбылский район", "Узынагаш"),
    ])
    rows = {row["area_region"]: row for row in aggregate(db, by=("event", "area_region"))}
    assert set(rows) == {"Алматинская область", "Жамбылский район"}
    almaty = rows["Алматинская область"]
    assert (almaty["facts"], almaty["sum"], almaty["sum_level"]) == (3, 5_000_000, "regional")  # the cases inside
    assert rows["Жамбылский район"]["sum"] == 2_000_000
    [row] = aggregate(db, by=("event",))
    assert (row["sum"], row["sum_level"]) == (7_000_000, "regional+case")  # the unplaced district's case added
    db.close()
