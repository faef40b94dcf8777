"""Faults of the product as its users meet it, round 2: each found by running the real command, fixed by its
cause, and checked here on a real database, a real subprocess, a real port."""

import contextlib
import json
import re
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.load import save_article
from test_flows import copy_db, fill, tag_counts

PROCESSED = re.compile(r"^processed (\d+) articles", re.MULTILINE)


def processed_count(output: str) -> int:
    return int(PROCESSED.search(output).group(1))


# --- a. two `process` runs at once on one database ------------------------------------------------------


def test_two_process_runs_at_once_share_the_articles_and_tag_none_twice(tmp_path, pokazatel_cmd):
    reference = open_db(tmp_path / "reference.db")
    fill(reference, 60)
    copy_db(reference, tmp_path / "shared.db")
    from pokazatel.flows.process import process_articles

    process_articles(reference, batch_size=4)
    command = [*pokazatel_cmd, "process", "--db", str(tmp_path / "shared.db"), "--batch-size", "4", "--workers", "1"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):  # on a loaded machine one run may take them all
        assert run.returncode == 0 or (run.returncode == 1 and out == "" and "nothing to tag" in err), err
    # each article was tagged by one run only: the counts of the two runs add up to the articles
    assert sum(processed_count(out) for out, _ in outputs if out) == 60
    shared = open_db(tmp_path / "shared.db")
    assert tag_counts(shared) == tag_counts(reference)
    assert shared.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 0
    assert shared.execute("SELECT count(*) FROM processing_claims").fetchone()[0] == 0, "every claim ends"


def test_articles_another_live_run_holds_are_left_to_it_and_taken_over_once_it_is_gone(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    fill(db, 12)
    other_run = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        from pokazatel.store import processing_claims
        from pokazatel.store.load import now_almaty

        db.execute(processing_claims.SCHEMA)

        with db.conn:
            db.conn.executemany("INSERT INTO processing_claims VALUES (?, ?, ?, ?)",
                                [(article_id, other_run.pid, socket.gethostname(), now_almaty())
                                 for article_id in range(1, 5)])
        first = subprocess.run([*pokazatel_cmd, "process", "--db", str(database)], capture_output=True, text=True,
                               timeout=600)
        assert first.returncode == 0, first.stderr
        assert processed_count(first.stdout) == 8
        assert "4 articles were left to another run tagging them at the same time" in first.stdout
        unprocessed = [row[0] for row in db.execute("SELECT id FROM articles WHERE processed_at IS NULL ORDER BY id")]
        assert unprocessed == [1, 2, 3, 4]
    finally:
        other_run.kill()
        other_run.wait()
    # the other run died without storing them (killed): the next run takes its articles over
    second = subprocess.run([*pokazatel_cmd, "process", "--db", str(database)], capture_output=True, text=True,
                            timeout=600)
    assert second.returncode == 0, second.stderr
    assert processed_count(second.stdout) == 4 and "left to another run" not in second.stdout
    assert db.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM classifications").fetchone()[0] == 12


# --- d. the demo's URLs do not depend on the port that served them ---------------------------------------


class _NotTheDemo(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args) -> None:
        pass


@contextlib.contextmanager
def demo_port_held():
    """Another program on the demo's port (another test suite's demo, anything): it answers 404 to all."""
    from pokazatel.crawlers.demo_server import DEMO_PORT

    try:
        server = ThreadingHTTPServer(("127.0.0.1", DEMO_PORT), _NotTheDemo)
    except OSError:  # held already by someone else: as good
        yield
        return
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.slow
def test_backfill_finds_the_missing_article_while_another_program_holds_the_demo_port(tmp_path):
    from pokazatel.crawlers.demo_server import DEMO_BASE
    from test_faults_crawl_backlog import test_backfill_brings_back_an_article_the_nightly_walk_does_not_reach

    with demo_port_held():
        test_backfill_brings_back_an_article_the_nightly_walk_does_not_reach(tmp_path)
    db = open_db(tmp_path / "news.db", readonly=True)
    urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    assert urls and all(url.startswith(DEMO_BASE + "/") for url in urls)


@pytest.mark.slow
def test_a_nightly_rerun_adds_nothing_while_another_program_holds_the_demo_port(tmp_path, prefect_harness):
    from test_flows import test_nightly_demo_run_builds_a_searchable_database_and_a_rerun_adds_nothing as nightly_twice

    with demo_port_held():
        nightly_twice(tmp_path, prefect_harness)


def test_a_demo_crawl_on_another_port_stores_the_same_urls_as_one_on_the_demo_port(tmp_path, pokazatel_cmd):
    from pokazatel.crawlers.demo_server import DEMO_BASE, DemoSites, serve_demo_sites

    with demo_port_held(), serve_demo_sites() as sites:
        assert sites.server != DEMO_BASE and sites.base == DEMO_BASE
        assert sites.crawl_settings == {"DEMO_BASE": DEMO_BASE, "DEMO_SERVER": sites.server}
        from pokazatel.crawlers.run import crawl

        counts = crawl(["tengrinews"], db_path=tmp_path / "news.db", demo_base=sites.base,
                       settings=sites.crawl_settings)
    assert counts["tengrinews"]["new"] >= 5 and not counts["tengrinews"]["failed"]
    db = open_db(tmp_path / "news.db", readonly=True)
    urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    assert all(url.startswith(DEMO_BASE + "/tengrinews/") for url in urls)
    assert DemoSites(DEMO_BASE, DEMO_BASE).crawl_settings == {}  # on its own port nothing is rerouted


# --- b. nothing writes into the installed package --------------------------------------------------------


def _files_of(folder) -> dict[str, tuple[int, int]]:
    return {str(path): (path.stat().st_mtime_ns, path.stat().st_size) for path in folder.rglob("*") if path.is_file()}


def test_commands_that_write_models_or_sites_need_out_and_leave_the_package_as_it_was(tmp_path, pokazatel_cmd):
    from pokazatel.resources import data_path

    models, site = data_path("models"), data_path("demo", "site")
    before = _files_of(models), _files_of(site)
    kaznerd = tmp_path / "kaznerd.txt"
    kaznerd.write_text("Алматы B-LOC\n", encoding="utf-8")
    for command in (["train", "classifier"], ["train", "classifier", "--data", str(tmp_path)],
                    ["train", "ner-kk", "--kaznerd", str(kaznerd)], ["demo", "render"]):
        result = subprocess.run([*pokazatel_cmd, *command], capture_output=True, text=True, timeout=120)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count("\n") == 1 and "--out" in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == ""
    assert (_files_of(models), _files_of(site)) == before


# --- c. extract of nothing -------------------------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "\n  \n"])
def test_extract_of_an_empty_file_or_empty_stdin_is_bad_input(tmp_path, pokazatel_cmd, content):
    empty = tmp_path / "articles.jsonl"
    empty.write_text(content, encoding="utf-8")
    for command, stdin in (([*pokazatel_cmd, "extract", str(empty)], ""),
                           ([*pokazatel_cmd, "extract", "-"], content), ([*pokazatel_cmd, "extract"], content)):
        result = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120)
        assert result.returncode == 2 and result.stdout == "", (command, result)
        assert result.stderr.startswith("pokazatel extract: ") and result.stderr.count("\n") == 1, result.stderr
        assert "holds no article" in result.stderr


# --- probe: a body's short, full and Kazakh names find the same articles -------------------------------


def _article_naming(db, number: int, org: str, body: str | None) -> None:
    from pokazatel.store.load import save_analyses

    save_article(db, {"url": f"https://example.kz/body/{number}", "source": "example", "lang": "ru",
                      "title": f"Задержан чиновник {number}", "text": f"{org} задержал чиновника {number}.",
                      "published_at": "2026-11-20T10:00:00+05:00"})
    article_id = db.execute("SELECT id FROM articles WHERE url = ?", [f"https://example.kz/body/{number}"]).fetchone()[0]
    save_analyses(db, [{"id": article_id, "relevant": True, "topic": "bribery", "statistics": [],
                        "entities": [{"text": org, "label": "ORG", "norm": org, "start": 0, "end": len(org),
                                      "body": body}]}])


def test_a_bodys_short_full_and_kazakh_names_find_the_same_articles(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    agency = "Агентство по противодействию коррупции"
    _article_naming(db, 1, "Антикор", agency)
    _article_naming(db, 2, "Департамент Агентства по противодействию коррупции по Павлодарской области", None)
    _article_naming(db, 3, "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Атырау облысы бойынша департаменті", None)
    _article_naming(db, 4, "Департамент полиции Павлодарской области", None)
    db.close()
    found = {}
    for name in ("Антикор", "АПК", agency, "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"):
        result = subprocess.run([*pokazatel_cmd, "search", "чиновник", "--entity", name, "--json", "--db",
                                 str(database)], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        found[name] = sorted(json.loads(line)["url"][-1] for line in result.stdout.splitlines())
    assert set(map(tuple, found.values())) == {("1", "2", "3")}, found


# --- probe: an answer that is empty because nothing is tagged yet says so ------------------------------


def test_search_and_stats_on_articles_not_tagged_yet_say_to_process_them(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    fill(db, 3)  # crawled or imported, never processed
    db.close()
    for command in (["search", "взятки"], ["search", "взятки", "--json"], ["stats"], ["stats", "--csv"]):
        result = subprocess.run([*pokazatel_cmd, *command, "--db", str(database)], capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0 and result.stderr.count("\n") == 1, result.stderr
        assert "3 stored articles are not tagged yet: run `pokazatel process` first" in result.stderr


# --- probe: import reads what extract reads ---------------------------------------------------------------


def test_import_takes_a_kazakh_latin_line_as_extract_does_and_refuses_stdin_in_one_line(tmp_path, pokazatel_cmd):
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps({"id": "q1", "title": "Paraqor ákim ustaldy", "lang": "kk-Latn",
                                 "text": "Almaty oblysynda aýdan ákimi 5 mln teńge para alý kezinde ustaldy."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    database = tmp_path / "news.db"
    imported = subprocess.run([*pokazatel_cmd, "import", str(lines), "--db", str(database)], capture_output=True,
                              text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    db = open_db(database, readonly=True)
    assert [tuple(row) for row in db.execute("SELECT url, lang FROM articles")] == [("urn:pokazatel:import:import:q1",
                                                                                      "kk")]
    piped = subprocess.run([*pokazatel_cmd, "import", "-", "--db", str(tmp_path / "other.db")], input="",
                           capture_output=True, text=True, timeout=120)
    assert piped.returncode == 2 and piped.stderr.count("\n") == 1 and "not standard input" in piped.stderr
    assert not (tmp_path / "other.db").exists()
