"""`pokazatel import` then `pokazatel process`, in real subprocesses on a real SQLite file: the stored
tags are those `pokazatel extract` gives for the same input; and the issue's case of three outlets
reporting one verdict in different words while a fourth gives another number."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent

# Invented articles (written for this test): one verdict told four ways, the fourth with another term,
# and a report with a national and a regional total.
ARTICLES = [
    {"id": "v1", "source": "tengrinews", "published": "2024-03-05", "title": "Экс-аким Кентау осуждён на 8 лет",
     "text": "Специализированный межрайонный суд по уголовным делам Туркестанской области приговорил бывшего "
             "акима города Кентау Марата Ахметова к 8 годам лишения свободы. Его признали виновным в получении "
             "взятки в размере 25 млн тенге от местного предпринимателя. Приговор не вступил в законную силу."},
    {"id": "v2", "source": "zakon", "published": "2024-03-06", "title": "Марату Ахметову дали восемь лет",
     "text": "Бывший аким Кентау Марат Ахметов получил 8 лет заключения за взятку. Как сообщает пресс-служба "
             "суда, чиновник получил от бизнесмена взятку 25 млн тенге за содействие в получении земельного "
             "участка."},
    {"id": "v3", "source": "inform", "published": "2024-03-07", "title": "Приговор по делу экс-акима Кентау",
     "text": "Ахметов Марат Серикович, ранее занимавший должность акима города Кентау, осуждён на 8 лет "
             "лишения свободы с конфискацией имущества за получение взятки. Сумма взятки составила 25 млн тенге."},
    {"id": "n4", "url": "https://www.nur.kz/incident/akim-kentau/", "source": "nur", "published": "2024-03-08",
     "title": "Бывшего акима Кентау приговорили к 7 годам",
     "text": "Суд Туркестанской области приговорил экс-акима Кентау Марата Ахметова к 7 годам лишения свободы "
             "за получение взятки в 25 млн тенге."},
    {"id": "r1", "source": "gov-anticorruption", "published": "2024-10-10",
     "title": "Антикоррупционная служба подвела итоги",
     "text": "За 9 месяцев 2024 года в Казахстане осуждены 684 человека за коррупционные преступления. "
             "В Алматинской области за 9 месяцев осуждены 52 человека."},
]


def pokazatel(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pokazatel", *args], cwd=ROOT, input=stdin, text=True,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=600)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("import")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    database = folder / "news.db"
    first = pokazatel("import", str(source), "--db", str(database))
    assert first.returncode == 0, first.stderr
    assert "imported 5 new articles" in first.stdout
    again = pokazatel("import", str(source), "--db", str(database))
    assert again.returncode == 0 and "imported 0 new articles" in again.stdout and "5 already stored" in again.stdout
    processed = pokazatel("process", "--db", str(database))
    assert processed.returncode == 0, processed.stderr
    return source, database


def stored_tags(database: Path) -> dict[str, dict]:
    conn = sqlite3.connect(database)
    tags = {}
    for article_id, url in conn.execute("SELECT id, url FROM articles"):
        key = url.rsplit(":", 1)[-1] if url.startswith("urn:") else url
        relevant, topic = conn.execute("SELECT relevant, topic FROM classifications WHERE article_id = ?",
                                       [article_id]).fetchone()
        tags[key] = {
            "relevant": bool(relevant), "topic": topic,
            "entities": sorted(conn.execute('SELECT label, norm, text, start, "end" FROM entities'
                                            " WHERE article_id = ?", [article_id]).fetchall()),
            "statistics": sorted(conn.execute(
                'SELECT event, unit, value, object, coalesce(period, \'\'), quote, start, "end", scope,'
                " coalesce(region, ''), subject FROM statistics WHERE article_id = ?", [article_id]).fetchall()),
        }
    conn.close()
    return tags


def test_import_then_process_gives_the_tags_extract_gives(imported):
    source, database = imported
    extracted = pokazatel("extract", str(source))
    assert extracted.returncode == 0, extracted.stderr
    by_extract = {}
    for line, article in zip(extracted.stdout.splitlines(), ARTICLES, strict=True):
        record = json.loads(line)
        key = article.get("url") or article["id"]
        by_extract[key] = {
            "relevant": record["relevant"], "topic": record["topic"],
            "entities": sorted((e["label"], e["norm"], e["text"], e["start"], e["end"])
                               for e in [*record["entities"], *record["positions"]]),
            "statistics": sorted((s["event"], s["unit"], s["value"], s["object"], s["period"] or "", s["quote"],
                                  s["start"], s["end"], s["scope"], s["region"] or "", s["subject"])
                                 for s in record["statistics"]),
        }
    assert stored_tags(database) == by_extract
    assert sum(len(tags["statistics"]) for tags in by_extract.values()) >= 10


def test_three_outlets_one_verdict_is_one_fact_and_the_fourth_number_a_conflict(imported):
    _, database = imported
    stats = pokazatel("stats", "--db", str(database), "--by", "event,unit", "--json")
    assert stats.returncode == 0, stats.stderr
    rows = {(r["event"], r["unit"]): r for r in map(json.loads, stats.stdout.splitlines())}
    term = rows[("prison_term", "year")]
    assert (term["facts"], term["mentions"], term["counted"], term["conflicts"]) == (2, 4, "facts", 2)
    assert term["sum"] == 8
    bribe = rows[("bribe", "KZT")]
    assert (bribe["facts"], bribe["mentions"], bribe["sum"]) == (1, 4, 25_000_000)
    convicted = rows[("convicted", "person")]
    assert (convicted["sum"], convicted["sum_level"]) == (684, "national"), "52 of the 684 are not added"

    conflicts = pokazatel("stats", "--db", str(database), "--conflicts", "--json")
    [story] = [json.loads(line) for line in conflicts.stdout.splitlines()]
    assert (story["event"], story["subject"]) == ("prison_term", "Марат Ахметов")
    assert [(f["value"], f["sources"]) for f in story["facts"]] == [(8, 3), (7, 1)]
    assert {a["outlet"] for a in story["facts"][0]["articles"]} == {"tengrinews", "zakon", "inform"}
    shown = pokazatel("stats", "--db", str(database), "--conflicts")
    assert "3 source(s)" in shown.stdout and "«8 лет заключения»" in shown.stdout and "«7 годам" in shown.stdout


def test_a_bad_line_stores_nothing_and_names_its_line(tmp_path):
    source = tmp_path / "bad.jsonl"
    lines = [json.dumps(ARTICLES[0], ensure_ascii=False), "", json.dumps({"id": "x", "title": "Без текста"}),
             json.dumps(ARTICLES[1], ensure_ascii=False)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    database = tmp_path / "news.db"
    result = pokazatel("import", str(source), "--db", str(database))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f'pokazatel import: {source}:3: "text" must be a non-empty string']
    if database.exists():
        assert sqlite3.connect(database).execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    source.write_text('{"id": 1, "title": "a", "text": "b"}\n{not json\n', encoding="utf-8")
    result = pokazatel("import", str(source), "--db", str(database))
    assert result.returncode == 2 and f"{source}:2: not JSON" in result.stderr


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read"),
    (b'{"id": 1, "title": "a", "text": "b"}\n\xff\xfe\n', ":2: not UTF-8 text"),
    (b'{"id": 1, "title": "a", "text": "b", "published": "5 March"}\n', ':1: "published" is not an ISO date'),
    (b'{"id": 1, "title": "a", "text": "b", "lang": "en"}\n', ':1: "lang" must be "ru" or "kk"'),
    (b"\n\n", "no articles in the file"),
])
def test_bad_files_are_one_line_errors(tmp_path, capsys, content, message):
    from pokazatel.cli.main import main

    source = tmp_path / "in.jsonl"
    if content is not None:
        source.write_bytes(content)
    assert main(["import", str(source), "--db", str(tmp_path / "news.db")]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and message in error
    assert not (tmp_path / "news.db").exists()


def test_a_byte_order_mark_is_no_error(tmp_path, capsys):
    from pokazatel.cli.main import main

    source = tmp_path / "excel.jsonl"
    source.write_bytes('\ufeff{"id": 7, "title": "Взятка", "text": "Текст"}\n'.encode())
    assert main(["import", str(source), "--db", str(tmp_path / "news.db"), "--source", "archive"]) == 0
    conn = sqlite3.connect(tmp_path / "news.db")
    stored = conn.execute("SELECT url, source FROM articles").fetchall()
    assert stored == [("urn:pokazatel:import:archive:7", "archive")]
