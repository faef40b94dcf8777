"""The product as its users meet it, round 4: each fault found by running the real command on a real database,
fixed by its cause, and checked here through the command line in a subprocess."""

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request
from xml.etree import ElementTree

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.period_match import month_bounds, period_within
from test_flows import fill
from web_server import served


def _cli(pokazatel_cmd, *arguments, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*pokazatel_cmd, *map(str, arguments)], capture_output=True, text=True, timeout=300,
                          **options)


def _article(db, number: int, statistics: list[dict], entities: list[dict] | None = None, *, title: str | None = None,
             text: str | None = None) -> None:
    url = f"https://example.kz/news/{number}"
    save_article(db, {"url": url, "source": "example", "lang": "ru", "title": title or f"Задержан чиновник {number}",
                      "text": text or f"В стране {number} задержан чиновник за взятку.",
                      "published_at": "2026-11-20T10:00:00+05:00"})
    article_id = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0]
    save_analyses(db, [{"id": article_id, "relevant": True, "topic": "bribery", "entities": entities or [],
                        "statistics": statistics}])


def _figure(value: float, period: str | None, unit: str = "person", event: str = "convicted") -> dict:
    return {"value": value, "unit": unit, "event": event, "period": period, "quote": f"{value} {unit}"}


def _urls(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode == 0, result.stderr
    return sorted(json.loads(line)["url"].rsplit("/", 1)[1] for line in result.stdout.splitlines())


def _one_line(result: subprocess.CompletedProcess, status: int) -> str:
    assert result.returncode == status and result.stderr.count("\n") == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr


# --- --period finds the figures of every period within the one asked for ---------------------------------------


def test_a_period_holds_its_halves_quarters_months_and_spans_and_nothing_reaching_outside():
    assert month_bounds("2024") == (2024 * 12, 2024 * 12 + 11)
    assert month_bounds("2024-H2") == month_bounds("2024-07..2024-12")
    assert month_bounds("2024-Q2") == (2024 * 12 + 3, 2024 * 12 + 5)
    assert month_bounds("2024-13") is None and month_bounds(None) is None
    for inner in ("2024", "2024-H1", "2024-Q4", "2024-02", "2024-01..2024-09", "2024-11..2024-12"):
        assert period_within(inner, "2024"), inner
    assert period_within("2024-Q1", "2024-H1") and period_within("2024-03", "2024-Q1")
    assert period_within("2023-12..2024-02", "2023-11..2024-03")
    assert period_within("2024-05", "2023,2024-Q2") and not period_within("2024-07", "2023, 2024-Q2")
    for inner, outer in (("2024", "2024-H1"), ("2024-Q3", "2024-H1"), ("2023-11..2024-02", "2024"),
                         ("2024-04", "2024-Q1"), ("2025", "2024"), (None, "2024"), ("", "2024")):
        assert not period_within(inner, outer), (inner, outer)


def test_period_finds_the_figures_of_periods_within_it_in_search_stats_and_export(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(5, "2024")])
    _article(db, 2, [_figure(3, "2024-Q1")])
    _article(db, 3, [_figure(4, "2024-03")])
    _article(db, 4, [_figure(9, "2024-01..2024-09")])
    _article(db, 5, [_figure(7, "2023-11..2024-02")])  # reaches into 2023: not a figure of 2024
    _article(db, 6, [_figure(8, "2023-H2"), _figure(1, None)])
    db.close()
    for period, expected in (("2024", ["1", "2", "3", "4"]), ("2024-H1", ["2", "3"]), ("2024-Q1", ["2", "3"]),
                             ("2024-03", ["3"]), ("2023", ["6"]), ("2023-07..2024-03", ["2", "3", "5", "6"]),
                             ("2024-Q1,2023", ["2", "3", "6"]), ("2019", [])):
        found = _cli(pokazatel_cmd, "search", "чиновник", "--period", period, "--json", "--db", database)
        assert _urls(found) == expected, period  # "2024" found only the figure written "2024"
    rows = [json.loads(line) for line in _cli(pokazatel_cmd, "stats", "--by", "period", "--period", "2024-H1",
                                              "--json", "--db", database).stdout.splitlines()]
    assert sorted((row["period"], row["sum"]) for row in rows) == [("2024-03", 4.0), ("2024-Q1", 3.0)]
    out = tmp_path / "figures.csv"
    assert _cli(pokazatel_cmd, "export", "statistics", "--period", "2024-Q1", "--out", out, "--db",
                database).returncode == 0
    assert sorted(row["period"] for row in csv.DictReader(out.open(encoding="utf-8"))) == ["2024-03", "2024-Q1"]
    refused = _cli(pokazatel_cmd, "search", "чиновник", "--period", "2024-09..2024-03", "--db", database)
    assert "ends before it starts" in _one_line(refused, 2)
    many = ",".join(f"{year}-{month:02d}" for year in range(1950, 2030) for month in range(1, 13))
    found = _cli(pokazatel_cmd, "search", "чиновник", "--period", many, "--json", "--db", database)
    assert _urls(found) == ["3"], "960 periods: SQLite refused 960 ORs as too deep an expression"


# --- an absurdly long --entity is refused at once (3,000 words took 7 s to find nothing) ------------------------


def test_an_entity_longer_than_any_name_is_refused_and_a_long_real_name_is_not(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    long_name = "Департамент Агентства Республики Казахстан по противодействию коррупции по Туркестанской области"
    _article(db, 1, [_figure(2, "2024")], [{"text": long_name, "label": "ORG", "norm": long_name, "start": 0,
                                           "end": len(long_name)}])
    db.close()
    absurd = " ".join(["Qazaqstan", "ákim"] * 1500)
    out = tmp_path / "figures.csv"
    for command in (("search", "чиновник"), ("stats",), ("export", "statistics", "--out", out),
                    ("watch", "add", "long", "чиновник")):
        started = time.monotonic()
        refused = _cli(pokazatel_cmd, *command, "--entity", absurd, "--db", database)
        assert "a name has at most 30 words" in _one_line(refused, 2), command
        assert time.monotonic() - started < 30, "refused before any name is compared"
    assert not out.exists()
    assert _urls(_cli(pokazatel_cmd, "search", "чиновник", "--entity", long_name, "--json", "--db", database)) == ["1"]


# --- `process` asked by hand with nothing to tag says so and does not exit 0 --------------------------------------


def test_process_with_nothing_to_tag_says_why_in_one_line_and_exits_1(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    open_db(database).close()
    empty = _cli(pokazatel_cmd, "process", "--db", database)
    assert "nothing to tag: the database holds no articles yet" in _one_line(empty, 1)
    assert "no articles yet" in _one_line(_cli(pokazatel_cmd, "process", "--all", "--db", database), 1)
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024")])
    save_article(db, {"url": "https://example.kz/news/new", "source": "example", "lang": "ru",
                      "title": "Аким задержан", "text": "Аким района задержан при получении взятки в 2 млн тенге.",
                      "published_at": "2026-11-21T10:00:00+05:00"})
    db.close()
    tagged = _cli(pokazatel_cmd, "process", "--db", database)
    assert tagged.returncode == 0 and "processed 1 articles" in tagged.stdout, tagged.stderr
    again = _cli(pokazatel_cmd, "process", "--db", database)  # was "processed 0 articles", exit 0
    assert "nothing to tag: all 2 stored articles are tagged (`pokazatel process --all` re-tags them)" in \
        _one_line(again, 1)
    assert again.stdout == ""
    none_since = _cli(pokazatel_cmd, "process", "--all", "--since", "2026-11-25", "--db", database)
    assert "none of the 2 stored articles was published on 2026-11-25 or after" in _one_line(none_since, 1)
    db = open_db(database, readonly=True)
    assert db.execute("SELECT count(*) FROM runs").fetchone()[0] == 0, "no run recorded for nothing"



def test_process_asked_to_rebuild_an_older_search_index_does_it_and_says_so_with_exit_0(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024")])
    with db.conn:  # an index table of an earlier version left beside the current one: read commands refuse it
        db.conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text)")
    db.close()
    refused = _cli(pokazatel_cmd, "search", "чиновник", "--db", database)
    assert "run `pokazatel process` once" in _one_line(refused, 1)
    rebuilt = _cli(pokazatel_cmd, "process", "--db", database)  # what the line asks: nothing to tag, but done
    assert rebuilt.returncode == 0 and "the search index is rebuilt for this version; nothing to tag" in \
        rebuilt.stdout, rebuilt.stderr
    assert _urls(_cli(pokazatel_cmd, "search", "чиновник", "--json", "--db", database)) == ["1"]
    assert _cli(pokazatel_cmd, "process", "--db", database).returncode == 1, "nothing left to do the second time"

# --- two `process --all` at once re-tag each article once ------------------------------------------------------


def _two_runs_at_once(database, articles: int, pokazatel_cmd) -> tuple[sqlite3.Connection, list[str]]:
    db = open_db(database)
    fill(db, articles)
    with db.conn:  # every stamp a tag gets, whoever gives it
        db.conn.executescript("""
            CREATE TABLE tag_log (article_id INTEGER, processed_at TEXT);
            CREATE TRIGGER log_tags AFTER UPDATE OF processed_at ON articles
                BEGIN INSERT INTO tag_log VALUES (new.id, new.processed_at); END;""")
    db.close()
    command = [*pokazatel_cmd, "process", "--all", "--workers", "1", "--batch-size", "8", "--db", str(database)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (_, stderr) in zip(runs, outputs, strict=True):  # a run that found the whole queue taken did nothing
        assert run.returncode == 0 or (run.returncode == 1 and "by another run" in stderr), stderr
    return sqlite3.connect(database), [stdout for stdout, _ in outputs]


@pytest.mark.slow
def test_two_process_all_at_once_retag_each_article_once(tmp_path, pokazatel_cmd):
    # On a loaded machine one run can load its models after the other has finished or has claimed the whole queue
    # (it then exits 1 having done nothing): the runs did not overlap and nothing was tested, so the pair is run
    # again on a queue four times longer.
    for attempt, articles in enumerate((600, 2400)):
        database = tmp_path / f"news{attempt}.db"
        conn, stdouts = _two_runs_at_once(database, articles, pokazatel_cmd)
        spans = conn.execute("SELECT started_at, finished_at FROM runs ORDER BY id").fetchall()
        both_running = max(start for start, _ in spans)
        overlapped = len(spans) == 2 and min(end for _, end in spans) > both_running
        if overlapped:
            break
    assert overlapped, "the two runs did not overlap (or one found every article taken): nothing was tested"
    twice = conn.execute("SELECT count(*) FROM (SELECT article_id FROM tag_log WHERE processed_at > ? "
                         "GROUP BY article_id HAVING count(*) > 1)", [both_running]).fetchone()[0]
    assert twice == 0, f"{twice} articles re-tagged by both runs after both had started"
    assert conn.execute("SELECT count(DISTINCT article_id) FROM tag_log").fetchone()[0] == articles
    assert conn.execute("SELECT count(*) FROM articles WHERE processed_at IS NULL").fetchone()[0] == 0
    assert any("left to another run" in stdout for stdout in stdouts)
    assert conn.execute("SELECT count(*) FROM processing_claims").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- a server asked to stop exits 0; a command with an end of its own stopped before it exits 130 ------------


def _hears_hangups() -> None:
    """The server as a terminal starts it: a test run started under nohup hands its ignored SIGHUP down, and serve
    keeps an ignored SIGHUP ignored on purpose."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_server_asked_to_stop_stops_cleanly_with_exit_0(tmp_path, signum):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024")])
    db.close()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    log = tmp_path / "serve.log"
    with served(database, log, env={**os.environ, "TMPDIR": str(temporary)}, preexec_fn=_hears_hangups) as (_, server):
        server.send_signal(signum)
        assert server.wait(timeout=60) == 0
    assert "Traceback" not in log.read_text(encoding="utf-8")
    assert list(temporary.iterdir()) == []


@pytest.mark.slow
def test_crawl_and_process_stopped_by_ctrl_c_exit_130_in_one_line(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    crawl = subprocess.Popen([*pokazatel_cmd, "crawl", "--demo", "--db", str(database)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    _signal_once(crawl, lambda: database.exists() and _count(database, "SELECT count(*) FROM articles") > 0)
    stdout, stderr = crawl.communicate(timeout=120)
    assert crawl.returncode == 130 and stderr.strip().splitlines()[-1] == "pokazatel: interrupted", stderr

    tagged = tmp_path / "tagged.db"
    db = open_db(tagged)
    fill(db, 360)
    db.close()
    process = subprocess.Popen([*pokazatel_cmd, "process", "--workers", "1", "--batch-size", "8", "--db",
                                str(tagged)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _signal_once(process, lambda: _count(tagged, "SELECT count(*) FROM articles WHERE processed_at IS NOT NULL") > 0)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130 and stderr.strip() == "pokazatel: interrupted", stderr
    assert 0 < _count(tagged, "SELECT count(*) FROM articles WHERE processed_at IS NOT NULL") < 360


def _count(database, sql: str) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        try:
            return conn.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # the tables are not made yet
            return 0


def _signal_once(process: subprocess.Popen, started) -> None:
    """Ctrl-C as soon as the command has begun its work (before, Python itself might not be up yet)."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None and not started():
        time.sleep(0.02)
    assert process.poll() is None, "the command ended before it could be stopped"
    process.send_signal(signal.SIGINT)



# --- the web UI's CSV links neutralise formula-like cells as `export` does --------------------------------------


@pytest.mark.slow
def test_the_web_uis_csv_gives_no_live_formula_and_keeps_quotes_newlines_and_kazakh_letters(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    save_article(db, {"url": "https://example.kz/news/1", "source": "example", "lang": "ru",
                      "title": '=HYPERLINK("http://example.com/x","взятка") аким задержан', "lead": "-2+3 лид",
                      "author": "@редакция", "text": '+7 701 000 00 00 звонил аким.\n"Цитата", сказал он; точка.',
                      "published_at": "2026-11-20T10:00:00+05:00"})
    save_article(db, {"url": "https://example.kz/news/2", "source": "example", "lang": "kk",
                      "title": "Әкім пара алғаны үшін ұсталды", "text": "Қарағанды облысында әкім ұсталды.",
                      "published_at": "2026-11-21T10:00:00+05:00"})
    db.close()
    with served(database, tmp_path / "serve.log") as (base, _):
        for path in ("/news/articles.csv?_dl=1", "/news/articles.csv?_stream=on",
                     "/news.csv?sql=select+title,+lead,+author,+text+from+articles+order+by+id"):
            with urllib.request.urlopen(base + path, timeout=30) as response:
                rows = sorted(csv.DictReader(io.StringIO(response.read().decode("utf-8"), newline="")),
                              key=lambda row: row["title"])
            assert [row["title"] for row in rows] == ["'=HYPERLINK(\"http://example.com/x\",\"взятка\") аким задержан",
                                                      "Әкім пара алғаны үшін ұсталды"], path
            assert (rows[0]["lead"], rows[0]["author"]) == ("'-2+3 лид", "'@редакция"), path
            assert rows[0]["text"] == "'+7 701 000 00 00 звонил аким.\n\"Цитата\", сказал он; точка.", path
            assert not [cell for row in rows for cell in row.values() if cell and cell[0] in "=+-@\t\r"], path
        # a streamed CSV is not cut short (at Datasette's default 100 MB) with an error written into its last cell
        with urllib.request.urlopen(f"{base}/-/settings.json", timeout=30) as response:
            assert json.load(response)["max_csv_mb"] == 0


def test_search_and_stats_csv_give_no_live_formula(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024") | {"object": "-квартиры"}],
             title='=HYPERLINK("http://example.com/x","взятка") чиновник задержан', text="Чиновник задержан за взятку.")
    db.close()
    found = _cli(pokazatel_cmd, "search", "чиновник", "--csv", "--db", database)
    assert found.returncode == 0, found.stderr
    [row] = csv.DictReader(io.StringIO(found.stdout))
    assert row["title"] == "'=HYPERLINK(\"http://example.com/x\",\"взятка\") чиновник задержан"  # was a formula
    grouped = _cli(pokazatel_cmd, "stats", "--by", "event,object", "--csv", "--db", database)
    assert grouped.returncode == 0, grouped.stderr
    [row] = csv.DictReader(io.StringIO(grouped.stdout))
    assert (row["object"], row["sum"], row["count"]) == ("'-квартиры", "2.0", "1")


def test_a_watch_feed_stays_well_formed_xml_whatever_a_crawled_title_holds(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    open_db(database).close()
    assert _cli(pokazatel_cmd, "watch", "add", "bribes", "чиновник", "--db", database).returncode == 0
    db = open_db(database)
    _article(db, 1, [], title="<b>Чиновник</b> \x01задержан\x0b & ]]> \ufffe", text="Чиновник задержан за взятку.\x08")
    db.close()
    out = tmp_path / "feed.atom"
    shown = _cli(pokazatel_cmd, "watch", "show", "bribes", "--out", out, "--db", database)
    assert shown.returncode == 0, shown.stderr
    root = ElementTree.parse(out).getroot()  # a control character made the whole feed unreadable
    titles = [element.text for element in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert titles == ["pokazatel: bribes (чиновник)", "<b>Чиновник</b> задержан & ]]> "]


def test_a_crawled_title_cannot_send_escape_sequences_to_the_journalists_terminal(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024") | {"object": "\x1b[8mквартиры"}],
             title="\x1b]0;owned\x07\x1b[31mЧиновник\x1b[0m задержан", text="Чиновник задержан за взятку.\x1b[2J")
    db.close()
    for command in (("search", "чиновник"), ("stats", "--by", "event,object")):
        table = _cli(pokazatel_cmd, *command, "--db", database)
        assert table.returncode == 0 and table.stdout, table.stderr
        assert "\x1b" not in table.stdout and "\x07" not in table.stdout, command  # the terminal's title was set
        assert "\ufffd" in table.stdout
    found = _cli(pokazatel_cmd, "search", "чиновник", "--json", "--db", database)
    assert json.loads(found.stdout)["title"].startswith("\x1b]0;owned"), "JSON keeps the data (escaped)"


@pytest.mark.slow
def test_the_home_pages_links_reach_a_database_whose_file_name_has_dots(tmp_path):
    database = tmp_path / "news.2024.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024")])
    db.close()
    with served(database, tmp_path / "serve.log") as (base, _):
        with urllib.request.urlopen(f"{base}/", timeout=30) as response:
            home = response.read().decode("utf-8")
        links = [link for link in re.findall(r'href="(/[^"]+)"', home) if "/-/" not in link and "static" not in link]
        assert len(links) >= 4, home
        for link in links:  # "/news.2024/article_overview" was a 404: Datasette names it news~2E2024
            with urllib.request.urlopen(base + urllib.parse.quote(link, safe="/?=&~+"), timeout=30) as response:
                assert response.status == 200, link


@pytest.mark.slow
def test_a_flow_failing_at_run_time_says_so_in_lines_without_a_traceback(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024")])
    db.close()
    retag = subprocess.Popen([*pokazatel_cmd, "process", "--all", "--db", str(database)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    blocker = sqlite3.connect(database, isolation_level=None)
    try:  # once the flow has recorded its run, another writer holds the database past the 30 s busy timeout
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and retag.poll() is None and not _count(
                database, "SELECT count(*) FROM runs"):
            time.sleep(0.05)
        blocker.execute("BEGIN IMMEDIATE")
        _, stderr = retag.communicate(timeout=300)
    finally:
        blocker.close()
    assert retag.returncode == 1, stderr
    assert "Encountered exception during execution: OperationalError('database is locked')" in stderr, stderr
    assert "Traceback" not in stderr, "Prefect printed three tracebacks of its engine"
    assert "pokazatel: database error: database is locked" in stderr.splitlines()
