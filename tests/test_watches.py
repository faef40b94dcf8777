"""Watches on a real SQLite file through the real CLI: a watch created today lists tomorrow's new
matches (and only them) as Atom entries, recorded per run the way the nightly flow records them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pokazatel.store import watches
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.runs import start_run
from test_search import ARTICLES, analysis, build_database

ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"
TOMORROW = [
    {"url": "https://tengrinews.kz/crime/vzyatka-akim-7/", "source": "tengrinews", "lang": "ru",
     "published_at": "2025-03-02T09:00:00+05:00", "title": "Акима поселка задержали со взяткой",
     "text": "Антикоррупционная служба задержала акима поселка при получении взятки в 2 млн тенге.",
     "relevant": True, "topic": "bribery", "entities": [],
     "statistics": [(2_000_000, "KZT", "bribe", "взятки в 2 млн тенге")]},
    {"url": "https://tengrinews.kz/sport/match-8/", "source": "tengrinews", "lang": "ru",
     "published_at": "2025-03-02T10:00:00+05:00", "title": "Футбольный клуб выиграл матч",
     "text": "Клуб выиграл домашний матч со счетом 2:0.", "relevant": False, "topic": "other",
     "entities": [], "statistics": []},
]


def pokazatel(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pokazatel", *args], cwd=ROOT, text=True, capture_output=True,
                          env={**os.environ, "POKAZATEL_DB": "/nonexistent.db"}, timeout=300)


@pytest.fixture
def database(tmp_path):
    return build_database(tmp_path / "news.db")


def entries(feed: str) -> list[dict]:
    root = ElementTree.fromstring(feed)
    assert root.tag == f"{ATOM}feed" and root.find(f"{ATOM}id") is not None and root.find(f"{ATOM}updated") is not None
    return [{"title": e.findtext(f"{ATOM}title"), "link": e.find(f"{ATOM}link").get("href"),
             "id": e.findtext(f"{ATOM}id"), "updated": e.findtext(f"{ATOM}updated")}
            for e in root.findall(f"{ATOM}entry")]


def test_a_watch_created_today_lists_tomorrows_new_matches_as_atom_entries(database, tmp_path):
    added = pokazatel("watch", "add", "bribes", "взятка", "--source", "tengrinews", "--db", str(database))
    assert added.returncode == 0, added.stderr
    assert "2 articles match now" in added.stdout  # ARTICLES[0] and [4] (tengrinews): the baseline
    shown = pokazatel("watch", "show", "bribes", "--db", str(database))
    assert shown.returncode == 0 and entries(shown.stdout) == [], "what matched at creation is not news"

    db = open_db(database)  # tomorrow: the night's crawl and processing bring two articles
    for article in TOMORROW:
        assert save_article(db, article) == "new"
    ids = {url: i for i, url in db.execute("SELECT id, url FROM articles")}
    save_analyses(db, [analysis(ids[a["url"]], a) for a in TOMORROW])
    run_id = start_run(db, "nightly")
    assert watches.check(db, "2025-03-02T02:10:00+05:00", run_id) == {"bribes": 1}
    assert watches.check(db, "2025-03-03T02:10:00+05:00", run_id + 1) == {"bribes": 0}, "seen once only"
    assert db.execute("SELECT watch, article_id, run_id, first_seen FROM watch_hits WHERE NOT baseline"
                      ).fetchall() == [("bribes", ids[TOMORROW[0]["url"]], run_id, "2025-03-02T02:10:00+05:00")]
    db.close()

    out = tmp_path / "bribes.atom"
    shown = pokazatel("watch", "show", "bribes", "--db", str(database), "--out", str(out))
    assert shown.returncode == 0, shown.stderr
    [entry] = entries(out.read_text(encoding="utf-8"))
    assert entry["title"] == TOMORROW[0]["title"] and entry["link"] == TOMORROW[0]["url"]
    assert entry["updated"] == "2025-03-02T02:10:00+05:00"
    listed = pokazatel("watch", "list", "--db", str(database))
    assert listed.stdout.startswith("bribes  'взятка' --source tengrinews  new=1")


def test_watch_errors_are_one_line_and_exit_2(database):
    assert pokazatel("watch", "add", "w1", "взятка", "--db", str(database)).returncode == 0
    for args, message in ((("add", "w1", "ущерб"), "a watch named 'w1' exists"),
                          (("add", "bad name", "взятка"), "watch name 'bad name'"),
                          (("add", "w2", '"взятка'), "pokazatel watch add:"),
                          (("show", "nope"), "no watch named 'nope'"),
                          (("remove", "nope"), "no watch named 'nope'")):
        result = pokazatel("watch", *args, "--db", str(database))
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr
    before = database.read_bytes()
    onto_database = pokazatel("watch", "show", "w1", "--db", str(database), "--out", str(database))
    assert onto_database.returncode == 2 and "is an SQLite database: not replaced" in onto_database.stderr
    assert database.read_bytes() == before, "a feed never replaces a database"
    assert pokazatel("watch", "remove", "w1", "--db", str(database)).returncode == 0
    every = pokazatel("watch", "add", "every", "взятка", "--all", "--db", str(database))
    assert "4 articles match now" in every.stdout, "--all: three about corruption and the unprocessed one"
    assert "every  'взятка'  --all  new=0" in pokazatel("watch", "list", "--db", str(database)).stdout
    assert pokazatel("watch", "remove", "every", "--db", str(database)).returncode == 0
    db = open_db(database)
    assert db.execute("SELECT count(*) FROM watch_hits").fetchone()[0] == 0
    assert len(ARTICLES) == db.execute("SELECT count(*) FROM articles WHERE processed_at IS NOT NULL").fetchone()[0]
