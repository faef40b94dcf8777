"""The product as its users meet it, round 3: each fault found by running the real command on a real database,
fixed by its cause, and checked here through the command line in a subprocess."""

import csv
import json
import os

from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from test_faults_round4 import _cli, _urls


def _article(db, number: int, entities: list[dict], statistics: list[dict]) -> None:
    url = f"https://example.kz/news/{number}"
    save_article(db, {"url": url, "source": "example", "lang": "ru", "title": f"Задержан чиновник {number}",
                      "text": f"В стране {number} задержан чиновник за взятку.",
                      "published_at": "2026-11-20T10:00:00+05:00"})
    article_id = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0]
    save_analyses(db, [{"id": article_id, "relevant": True, "topic": "bribery", "entities": entities,
                        "statistics": statistics}])


def _place(norm: str, place: str | None = None) -> dict:
    entity = {"text": norm, "label": "LOC", "norm": norm, "start": 0, "end": len(norm)}
    return entity | ({"place": place} if place else {})


def _figure(value: float, unit: str, event: str = "bribe", period: str | None = None) -> dict:
    return {"value": value, "unit": unit, "event": event, "period": period, "quote": f"{value} {unit}"}


def _places_db(path):
    db = open_db(path)
    _article(db, 1, [_place("РК", "Казахстан")], [_figure(5, "person", "convicted", "2024")])
    _article(db, 2, [_place("Казахстан")], [_figure(7, "person", "convicted", "2024")])
    _article(db, 3, [_place("Россия")], [_figure(9, "person", "convicted", "2024")])
    return db


# --- a place written otherwise ("РК") is found by its gazetteer name, and the other way round ----------------


def test_a_place_written_otherwise_is_found_and_counted_under_its_gazetteer_name(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    _places_db(database).close()
    for name in ("Казахстан", "РК", "Казахстана", "Республика Казахстан"):
        assert _urls(_cli(pokazatel_cmd, "search", "чиновник", "--entity", name, "--json", "--db", database)) == [
            "1", "2"], name
        rows = [json.loads(line) for line in _cli(pokazatel_cmd, "stats", "--entity", name, "--json", "--db",
                                                   database).stdout.splitlines()]
        assert [(row["event"], row["sum"], row["articles"]) for row in rows] == [("convicted", 12.0, 2)], name
    by_region = _cli(pokazatel_cmd, "stats", "--by", "region", "--json", "--db", database)
    assert by_region.returncode == 0, by_region.stderr
    assert {row["region"]: row["articles"] for row in map(json.loads, by_region.stdout.splitlines())} == {
        "Казахстан": 2, "Россия": 1}
    out = tmp_path / "entities.csv"
    assert _cli(pokazatel_cmd, "export", "entities", "--out", out, "--db", database).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0])[-2:] == ["body", "place"], "place is added last; no column lost or renamed"
    assert [(row["norm"], row["place"]) for row in rows] == [("РК", "Казахстан"), ("Казахстан", ""), ("Россия", "")]


def _as_made_before_places(path) -> None:
    """The database as the tool made it before entities had a place column."""
    db = open_db(path)
    with db.conn:
        db.conn.executescript("""
            CREATE TABLE entities_before (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id)
                ON DELETE CASCADE, text TEXT NOT NULL, label TEXT NOT NULL, norm TEXT NOT NULL, start INTEGER NOT NULL,
                "end" INTEGER NOT NULL, person TEXT, body TEXT);
            INSERT INTO entities_before
                SELECT id, article_id, text, label, norm, start, "end", person, body FROM entities;
            DROP TABLE entities;
            ALTER TABLE entities_before RENAME TO entities;
            CREATE INDEX entities_article ON entities(article_id);
            CREATE INDEX entities_norm ON entities(norm COLLATE NOCASE);""")
    db.close()


def test_a_database_from_before_places_is_read_as_it_is_and_gets_them_at_its_first_write_open(tmp_path,
                                                                                             pokazatel_cmd):
    database = tmp_path / "news.db"
    _places_db(database).close()
    _as_made_before_places(database)
    before = database.read_bytes()
    # read-only commands work on it as it is and leave the file alone ("РК" typed still finds Казахстан's norm)
    assert _urls(_cli(pokazatel_cmd, "search", "чиновник", "--entity", "РК", "--json", "--db", database)) == ["1", "2"]
    by_region = _cli(pokazatel_cmd, "stats", "--by", "region", "--csv", "--db", database)
    assert by_region.returncode == 0 and "РК," in by_region.stdout, by_region.stderr
    out = tmp_path / "entities.csv"
    assert _cli(pokazatel_cmd, "export", "entities", "--out", out, "--db", database).returncode == 0
    assert [row["place"] for row in csv.DictReader(out.open(encoding="utf-8"))] == ["", "", ""]
    assert database.read_bytes() == before
    # the first command that writes adds the column and fills it for the places already stored (`process` then
    # finds nothing to tag: exit 1, said in one line)
    processed = _cli(pokazatel_cmd, "process", "--db", database)
    assert processed.returncode == 1 and "nothing to tag" in processed.stderr, processed.stderr
    db = open_db(database, readonly=True)
    assert [tuple(row) for row in db.execute("SELECT norm, place FROM entities ORDER BY id")] == [
        ("РК", "Казахстан"), ("Казахстан", None), ("Россия", None)]
    assert _urls(_cli(pokazatel_cmd, "search", "чиновник", "--entity", "Казахстан", "--json", "--db",
                      database)) == ["1", "2"]


# --- search, stats and export filter figures by unit and period, as `stats --by unit,period` names them -------


def test_figures_are_filtered_by_unit_and_period(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [], [_figure(2_000_000, "KZT", period="2024"), _figure(3, "person", "detained", "2024-Q1")])
    _article(db, 2, [], [_figure(500_000, "KZT", period="2023-01..2023-09")])
    _article(db, 3, [], [_figure(4, "person", "detained", "2023-H2")])
    db.close()
    for filters, expected in (((), ["1", "2", "3"]), (("--unit", "KZT"), ["1", "2"]),
                              (("--unit", "person"), ["1", "3"]), (("--period", "2024-Q1"), ["1"]),
                              (("--period", "2023-01..2023-09,2023-H2"), ["2", "3"]),
                              (("--unit", "KZT", "--period", "2024-Q1"), []), (("--period", "2019"), [])):
        found = _cli(pokazatel_cmd, "search", "чиновник", *filters, "--json", "--db", database)
        assert _urls(found) == expected, filters
    rows = [json.loads(line) for line in _cli(pokazatel_cmd, "stats", "--by", "unit,period", "--unit", "person",
                                              "--json", "--db", database).stdout.splitlines()]
    assert [(row["unit"], row["period"], row["sum"]) for row in rows] == [("person", "2023-H2", 4.0),
                                                                          ("person", "2024-Q1", 3.0)]
    out = tmp_path / "figures.csv"
    exported = _cli(pokazatel_cmd, "export", "statistics", "--period", "2024", "--out", out, "--db", database)
    assert exported.returncode == 0, exported.stderr
    # 2024 holds 2024-Q1 (round 4: a period finds the periods within it)
    assert [row["value"] for row in csv.DictReader(out.open(encoding="utf-8"))] == ["2000000.0", "3.0"]
    for bad in (("--unit", "tenge"), ("--period", "2024-13"), ("--period", "Q1"), ("--unit", " ")):
        refused = _cli(pokazatel_cmd, "search", "чиновник", *bad, "--db", database)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, (bad, refused.stderr)
        assert "Traceback" not in refused.stderr


# --- a query typed in Kazakh Latin finds the word's other forms, as a Cyrillic one does ----------------------


def test_a_kazakh_latin_query_finds_other_forms_of_its_words_in_kazakh_articles_only(tmp_path, pokazatel_cmd):
    lines = tmp_path / "articles.jsonl"
    articles = [
        {"id": "latin", "lang": "kk-Latn", "title": "Qazaqstannyń eki ákimi para alǵany úshin ustaldy",
         "text": "Qazaqstannyń soltústiginde eki aýdan ákimi para alǵany úshin ustaldy. Olardyń isi sotqa joldandy."},
        {"id": "cyrillic", "lang": "kk", "title": "Қазақстанда екі әкім пара алғаны үшін ұсталды",
         "text": "Қазақстанда екі аудан әкімі пара алғаны үшін ұсталды. Олардың ісі сотқа жолданды."},
        {"id": "russian", "lang": "ru", "title": "Пара туристов заблудилась в горах",
         "text": "Пара туристов из Алматы заблудилась в горах, их нашли спасатели."},
    ]
    lines.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    database = tmp_path / "news.db"
    assert _cli(pokazatel_cmd, "import", lines, "--db", database).returncode == 0
    assert _cli(pokazatel_cmd, "process", "--db", database).returncode == 0

    def found(query: str) -> list[str]:
        result = _cli(pokazatel_cmd, "search", query, "--all", "--json", "--db", database)
        assert result.returncode == 0, result.stderr
        return sorted(json.loads(line)["url"].rsplit(":", 1)[1] for line in result.stdout.splitlines())

    # "Qazaqstan", "ákim" are written nowhere as typed; their forms are, in both alphabets
    assert found("Qazaqstan") == found("Қазақстан") == ["cyrillic", "latin"]
    assert found("ákim") == found("әкім") == ["cyrillic", "latin"]
    assert found('"para alǵany"') == ["cyrillic", "latin"]
    assert found("para") == ["cyrillic", "latin"], "the Russian «пара» (a pair) is not the Kazakh bribe"
    snippet = json.loads(_cli(pokazatel_cmd, "search", "Qazaqstan", "--all", "--json", "--lang", "kk", "--db",
                              database).stdout.splitlines()[0])["snippet"]
    assert "[Qazaqstannyń]" in snippet or "[Қазақстанда]" in snippet


# --- small faults of the probe: an option that did nothing, a message naming a file the user never gave ----------


def test_import_refuses_an_empty_source_instead_of_dropping_it(tmp_path, pokazatel_cmd):
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps({"id": "1", "title": "Задержан аким", "text": "Аким задержан за взятку."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    refused = _cli(pokazatel_cmd, "import", lines, "--source", " ", "--db", tmp_path / "news.db")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "--source is empty" in refused.stderr
    assert not (tmp_path / "news.db").exists()
    stored = _cli(pokazatel_cmd, "import", lines, "--source", "archive", "--db", tmp_path / "news.db")
    assert stored.returncode == 0, stored.stderr
    db = open_db(tmp_path / "news.db", readonly=True)
    assert [row[0] for row in db.execute("SELECT source FROM articles")] == ["archive"]


def test_an_export_that_cannot_create_its_file_names_the_users_file(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    _places_db(database).close()
    failed = _cli(pokazatel_cmd, "export", "statistics", "--out", "/proc/figures.csv", "--db", database)
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1, failed.stderr
    assert "cannot write /proc/figures.csv" in failed.stderr and ".part" not in failed.stderr


def test_process_all_since_a_future_day_is_refused_and_its_summary_names_the_database(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    _places_db(database).close()
    refused = _cli(pokazatel_cmd, "process", "--all", "--since", "2999-01-01", "--db", database)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "after today" in refused.stderr
    db = open_db(database, readonly=True)
    assert db.execute("SELECT count(*) FROM runs").fetchone()[0] == 0, "no run recorded for nothing"
    db.close()
    retagged = _cli(pokazatel_cmd, "process", "--all", "--since", "2026-01-01", "--db", database)
    assert retagged.returncode == 0, retagged.stderr
    assert f"run 1: ok  database {database}" in retagged.stdout  # the path was left out ("database " and nothing)


def test_an_entity_typed_in_kazakh_latin_finds_the_cyrillic_norms_kazakh_articles_get(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_place("Өзбекстан")], [])  # a Latin article's "Ózbekstanda" is normed in Cyrillic
    _article(db, 2, [{"text": "Sybaılas jemqorlyqqa qarsy is-qımyl agenttigi", "label": "ORG", "start": 0,
                      "end": 10, "norm": "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
                      "body": "Агентство по противодействию коррупции"}], [])
    _article(db, 3, [_place("Россия")], [])
    db.close()
    for typed, expected in (("Ózbekstan", ["1"]), ("Өзбекстан", ["1"]), ("Антикор", ["2"]), ("Moskva", []),
                            ("Sybaılas jemqorlyqqa qarsy is-qımyl agenttigi", ["2"])):
        assert _urls(_cli(pokazatel_cmd, "search", "чиновник", "--entity", typed, "--json", "--db", database)) == \
            expected, typed


def test_an_empty_db_option_is_refused_not_replaced_by_the_default_database(tmp_path, pokazatel_cmd):
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps({"id": "1", "title": "Задержан аким", "text": "Аким задержан за взятку."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "POKAZATEL_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    for command in (["import", lines], ["search", "взятка"], ["process"]):
        refused = _cli(pokazatel_cmd, *command, "--db", "", env=env)  # `--db "$DB"` with DB unset, in a cron line
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "--db is empty" in refused.stderr
    assert not (tmp_path / "data").exists(), "the default database was neither made nor written"


def test_import_refuses_lines_that_would_store_a_wrong_address_identifier_or_date(tmp_path, pokazatel_cmd):
    good = {"id": "1", "title": "Задержан аким", "text": "Аким задержан за взятку.", "published": "2026-11-20"}
    database = tmp_path / "news.db"
    for bad in ({"url": "javascript:alert(1)"}, {"url": "/home/editor/article.html"}, {"id": ["1"]}, {"id": True},
                {"author": ["Иванов"]}, {"published": "2999-01-01"}, {"published": "2205-11-20T10:00:00+05:00"}):
        lines = tmp_path / "articles.jsonl"
        lines.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(good | bad, ensure_ascii=False)
                         + "\n", encoding="utf-8")
        refused = _cli(pokazatel_cmd, "import", lines, "--db", database)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, (bad, refused.stderr)
        assert f"{lines}:2:" in refused.stderr, refused.stderr
        assert not database.exists(), "nothing stored: the first line waits for the whole file to pass"
    lines.write_text(json.dumps(good | {"url": "https://example.kz/news/1", "id": 7}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    assert _cli(pokazatel_cmd, "import", lines, "--db", database).returncode == 0


def test_stats_adds_up_no_figures_of_different_units(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [], [_figure(2_000_000, "KZT"), _figure(3, "person", "convicted")])
    _article(db, 2, [], [_figure(5_000, "USD"), _figure(2, "person", "convicted")])
    db.close()
    by_event = _cli(pokazatel_cmd, "stats", "--by", "event", "--json", "--db", database)
    assert by_event.returncode == 0, by_event.stderr
    sums = {row["event"]: (row["sum"], row["count"]) for row in map(json.loads, by_event.stdout.splitlines())}
    assert sums == {"bribe": (None, 2), "convicted": (5.0, 2)}, "2,005,000 tenge-and-dollars was the bribe sum"
    by_unit = _cli(pokazatel_cmd, "stats", "--by", "event,unit", "--json", "--db", database)
    assert {(row["event"], row["unit"]): row["sum"] for row in map(json.loads, by_unit.stdout.splitlines())} == {
        ("bribe", "KZT"): 2_000_000.0, ("bribe", "USD"): 5_000.0, ("convicted", "person"): 5.0}
    table = _cli(pokazatel_cmd, "stats", "--by", "event", "--db", database)
    assert "bribe  count=2  sum=—  articles=2  (no sum: several units, add unit to --by)" in table.stdout
    rows = list(csv.DictReader(_cli(pokazatel_cmd, "stats", "--by", "event", "--csv", "--db",
                                    database).stdout.splitlines()))
    assert [(row["event"], row["sum"]) for row in rows] == [("bribe", ""), ("convicted", "5.0")]
