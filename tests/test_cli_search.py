"""`pokazatel search/stats/export` run as subprocesses against a real database: output contracts,
exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_search import ARTICLES, build_database

POKAZATEL = [sys.executable, "-m", "pokazatel"]
ROOT = Path(__file__).resolve().parent.parent
JSON_FIELDS = {"id", "url", "source", "lang", "title", "published_at", "topic", "relevant", "score", "exact",
               "snippet"}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_database(tmp_path_factory.mktemp("cli") / "news.db")


def pokazatel(*args: str, db: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "POKAZATEL_DB": str(db) if db else "/nonexistent/pokazatel.db"}
    return subprocess.run([*POKAZATEL, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_search_json_lines_contract(db_path):
    result = pokazatel("search", "взятки", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert all(set(r) == JSON_FIELDS for r in records)
    assert records[0]["exact"] is True and "[взятки]" in records[0]["snippet"]
    assert {r["url"] for r in records} == {ARTICLES[i]["url"] for i in (0, 1, 4)}
    assert all(isinstance(r["score"], float) and r["relevant"] is True for r in records)


def test_search_table_and_filters(db_path):
    result = pokazatel("search", "взятка", "--source", "zakon", "--from", "2024-01-01", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("2024-07-10  zakon  Осуждены бывшие сотрудники")
    assert "[взятки]" in lines[0]


def test_search_csv_and_entity_filter(db_path):
    result = pokazatel("search", "взятка", "--csv", "--entity", "Бектенова", db=db_path)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["url"] for row in rows] == [ARTICLES[1]["url"]]


def test_search_all_includes_irrelevant(db_path):
    assert pokazatel("search", "парк", "--json", db=db_path).stdout == ""
    found = pokazatel("search", "парк", "--json", "--all", db=db_path).stdout
    assert json.loads(found)["title"] == ARTICLES[3]["title"]


@pytest.mark.parametrize("args", [("search", '"взятка'), ("search", "взятка AND"),
                                  ("search", "взятка", "--from", "вчера"), ("stats", "--by", "colour")])
def test_bad_input_is_one_line_and_exit_2(db_path, args):
    result = pokazatel(*args, db=db_path)
    assert result.returncode == 2  # input to correct (issue 15: it was 1, the code of a failed run)
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("pokazatel")


@pytest.mark.parametrize("args", [("search",), ("search", "взятка", "--limit", "many"),
                                  ("export", "people", "--out", "-"), ("search", "x", "--json", "--csv")])
def test_usage_errors_exit_2(db_path, args):
    result = pokazatel(*args, db=db_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_missing_database_is_one_line(tmp_path):
    result = pokazatel("search", "взятка", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "no database at" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none.db").exists(), "read-only commands never create a database"


@pytest.mark.parametrize("command", [("search", "взятка"), ("stats",), ("export", "articles", "--out", "-")])
def test_a_file_that_is_not_a_database_is_one_line(tmp_path, command):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 100, encoding="utf-8")
    result = pokazatel(*command, "--db", str(notes))
    assert result.returncode == 2  # the wrong file given: bad input, as another application's database is
    assert result.stderr.startswith(f"pokazatel: {notes} is not an SQLite database: ")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_stats_json_lines(db_path):
    result = pokazatel("stats", "--by", "event,region", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    convicted = [r for r in rows if r["event"] == "convicted"]
    assert convicted == [{"event": "convicted", "region": "Карагандинская область", "count": 1, "sum": 3,
                          "articles": 1, "article_ids": [2], "urls": [ARTICLES[1]["url"]],
                          "facts": 1, "mentions": 1, "counted": "facts", "sum_level": "case", "conflicts": 0}]


def test_stats_table_shows_links(db_path):
    result = pokazatel("stats", "--by", "event", "--event", "damage", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["damage  count=1  sum=1 500 000 000  articles=1",
                                          f"    {ARTICLES[4]['url']}"]


def test_export_to_stdout_and_file(db_path, tmp_path):
    result = pokazatel("export", "statistics", "--out", "-", "--excel", "--event", "bribe", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("\ufeffid;article_id;event")
    assert len(list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))) == 1
    out = tmp_path / "entities.jsonl"
    result = pokazatel("export", "entities", "--out", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    entities = sum(len(a["entities"]) for a in ARTICLES if a["relevant"])
    assert f"exported {entities} entities to {out}" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == entities and {"norm", "url", "article_title"} <= set(records[0])
