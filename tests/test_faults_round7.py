"""The product as its users meet it, round 7: each fault found by running the real command on a real database, server
or input, fixed by its cause, and checked here the same way (the command in a subprocess, the server on a free
port)."""

import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from pokazatel.cli.import_command import article_from
from pokazatel.nlp.language import pipeline_language
from test_faults_round4 import _cli, _one_line
from test_faults_round6 import _exported_database, _get
from test_search import build_database
from web_server import served

from pokazatel.jsonlines import NotText, parse_line

ROOT = Path(__file__).resolve().parent.parent

# --- a visitor's bad SQL is no server error -----------------------------------------------------------------------

VISITORS_BAD_SQL = [
    "select * from nosuch",  # Datasette logged "ERROR: conn=…, sql = …"
    "select title from articles where",
    "select randomblob(900000000)",  # past the server's bound on a value
    "select pk_fold(1)",  # the project's SQL functions given no text: Python's traceback in the log
    "select pk_snippet('a', 1)",
    "select pk_search_match(x'ff')",
    "select escape_fts(1)",
    "select * from search_fts where search_fts match 'NEAR('",
]


@pytest.mark.slow
def test_a_visitors_bad_sql_is_a_400_and_logs_no_error_while_a_corrupt_table_is_logged(tmp_path):
    database = build_database(tmp_path / "news.db")
    log = tmp_path / "serve.log"
    with served(database, log) as (base, _):
        for sql in VISITORS_BAD_SQL:
            status, answer = _get(f"{base}/news.json?{urllib.parse.urlencode({'sql': sql})}")
            assert status == 400 and answer.get("error"), (sql, status, answer)
        assert _get(f"{base}/news.json?{urllib.parse.urlencode({'sql': 'select count(*) from articles'})}")[0] == 200
    said = log.read_text(encoding="utf-8")
    assert "ERROR" not in said and "Traceback" not in said, said
    assert said.count("400 Bad Request") == len(VISITORS_BAD_SQL), said

    # the server's own failure is still said: a page of the articles table overwritten on disk
    corrupt = tmp_path / "corrupt.db"
    shutil.copy(database, corrupt)
    with sqlite3.connect(corrupt) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    conn.close()
    with open(corrupt, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)
    log = tmp_path / "corrupt.log"
    with served(corrupt, log) as (base, _):
        status, _answer = _get(f"{base}/corrupt.json?{urllib.parse.urlencode({'sql': 'select title from articles'})}")
        assert status >= 400
    errors = [line for line in log.read_text(encoding="utf-8").splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "SQLITE_CORRUPT" in errors[0] and "select title from articles" in errors[0], errors


# --- extract refuses a language it has no pipeline for instead of reading it as Russian ---------------------------


def test_a_language_tag_names_its_pipeline_whatever_its_case_and_region():
    assert [pipeline_language(tag) for tag in ("ru", "kk", "kk-Latn", "KK", "Ru-KZ", " kk ")] == \
        ["ru", "kk", "kk", "kk", "ru", "kk"]
    assert [pipeline_language(tag) for tag in ("en", "uz", "uz-Cyrl", "", "russian", "k")] == [None] * 6


def test_import_stores_a_capitalised_language_tag_as_its_language_and_refuses_one_without_a_pipeline():
    article = {"id": 1, "title": "Жемқорлық", "text": "Әкім ұсталды."}
    assert article_from({**article, "lang": "KK"}, "import")["lang"] == "kk"  # it was refused
    for tag in ("en", "uz", ""):
        with pytest.raises(ValueError, match='"lang" must be "ru" or "kk"'):
            article_from({**article, "lang": tag}, "import")


@pytest.mark.slow
def test_extract_skips_a_record_in_a_language_without_a_pipeline_and_reads_a_capitalised_tag(tmp_path, pokazatel_cmd):
    kazakh = "Аудан әкімі пара алған кезде ұсталды. Оған қылмыстық іс қозғалды."
    lines = tmp_path / "articles.jsonl"
    lines.write_text("".join(json.dumps({"id": number, "text": text, "lang": lang}, ensure_ascii=False) + "\n"
                             for number, text, lang in (
                                 (1, "The district head was detained taking a bribe.", "en"),
                                 (2, "Tuman hokimi pora olayotganda ushlandi.", "uz"),
                                 (3, kazakh, "KK"),  # was read as Russian
                                 (4, kazakh, None),
                                 (5, "Аким района задержан при получении взятки.", "ru-KZ"))), encoding="utf-8")
    tagged = _cli(pokazatel_cmd, "extract", lines)
    assert tagged.returncode == 2 and "Traceback" not in tagged.stderr, tagged.stderr
    assert tagged.stderr.splitlines() == [
        f"pokazatel extract: {lines}:{number}: \"lang\" '{tag}' has no pipeline: \"ru\" or \"kk\" (or a tag of them "
        "such as \"kk-Latn\"), or no \"lang\" to have it detected from the text, skipped"
        for number, tag in ((1, "en"), (2, "uz"))]
    records = [json.loads(line) for line in tagged.stdout.splitlines()]
    assert [(record["id"], record["lang"]) for record in records] == [(3, "kk"), (4, "kk"), (5, "ru")]
    assert records[0]["entities"] == records[1]["entities"]


# --- a write to standard output that fails names the output ----------------------------------------------------------


def _files_of_at_most_4_kb() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.slow
def test_output_the_disk_cannot_hold_says_it_is_standard_output_in_one_line(tmp_path):
    database = _exported_database(tmp_path)
    with sqlite3.connect(database) as conn:  # a WAL database's shared-memory file would come under the limit too
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": number, "text": f"Аким района {number} задержан при получении "
                                            "взятки в 5 млн тенге. Возбуждено уголовное дело. " * 12},
                                           ensure_ascii=False) + "\n" for number in range(300)), encoding="utf-8")
    commands = (("search", "взятку", "--json", "--db", str(database)),
                ("export", "articles", "--out", "-", "--db", str(database)),
                # extract's tagging processes end with it, in one line: the pool's generator was closed in a thread's
                # garbage collection, a RuntimeError's traceback ("cannot join current thread") after the line
                ("extract", "--workers", "2", str(articles)))
    out = tmp_path / "found.jsonl"
    for command in commands:
        with open(out, "w", encoding="utf-8") as stdout:  # was "pokazatel: [Errno 27] File too large"
            limited = subprocess.run([sys.executable, "-m", "pokazatel", *command],
                                     stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=300,
                                     preexec_fn=_files_of_at_most_4_kb)
        assert (limited.returncode, limited.stderr) == (
            1, "pokazatel: cannot write to standard output: File too large\n"), command

    # a real full filesystem: a 16 KB tmpfs mounted in a mount namespace of the test's own (no device, no root), where
    # the machine allows unprivileged mount namespaces (the file-size limit above runs the same code everywhere)
    full = tmp_path / "full"
    full.mkdir()
    if subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True).returncode:
        return
    script = 'mount -t tmpfs -o size=16k tmpfs "$1" && shift && exec "$@" > "$0/found.jsonl"'
    for command in (("search", "взятку", "--json", "--limit", "200", "--db", str(database)), commands[2]):
        on_full_disk = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script,
                                       str(full), str(full), sys.executable, "-m", "pokazatel", *command],
                                      capture_output=True, text=True, timeout=300)
        assert (on_full_disk.returncode, on_full_disk.stderr) == (
            1, "pokazatel: cannot write to standard output: No space left on device\n"), command  # was "[Errno 28]"


# --- eval and train refuse a malformed gold or label record in one line, before anything is tagged or trained --------

GOLD = {"id": "g-1", "title": "Взятка", "text": "Аким задержан за взятку 5 млн тенге.", "lang": "ru",
        "topic": "bribery", "relevant": True, "entities": [{"text": "Аким", "label": "PER", "norm": "Аким"}],
        "statistics": [{"value": 5_000_000, "unit": "KZT", "event": "bribe", "object": "", "period": None}]}


def test_eval_says_which_field_of_which_gold_record_is_malformed_in_one_line(tmp_path, pokazatel_cmd):
    figure = GOLD["statistics"][0]
    for changed, said in (  # each was a traceback (exit 1) in the middle of scoring, or "record None has topic None"
        ({"entities": "Аким"}, "record 'g-1': \"entities\" must be a list of objects"),
        ({"statistics": None}, "record 'g-1': \"statistics\" must be a list of objects"),
        ({"statistics": [{**figure, "value": "пять"}]}, "record 'g-1': statistics 1: \"value\" must be a number, "
                                                          "not 'пять'"),
        ({"statistics": [{"unit": "KZT", "event": "bribe", "value": 5}, {"value": 1, "event": "bribe"}]},
         "record 'g-1': statistics 2: \"unit\" must be a string, not None"),
        ({"relevant": "yes"}, "record 'g-1': \"relevant\" must be true or false, not 'yes'"),
        ({"relevant": None}, "record 'g-1': \"relevant\" must be true or false, not None"),
        ({"text": 5}, "record 'g-1': \"text\" must be a string"),
        ({"entities": [{"text": "Аким", "label": "PER"}]}, "record 'g-1': entities 1: \"norm\" must be a string"),
        ({"id": ["g-1"]}, "\"id\" must be a string or a whole number, not ['g-1']"),
    ):
        gold = tmp_path / "gold.jsonl"
        gold.write_text(json.dumps(GOLD) + "\n\n" + json.dumps({**GOLD, **changed}) + "\n", encoding="utf-8")
        assert f"pokazatel eval: {gold}:3: {said}" in _one_line(_cli(pokazatel_cmd, "eval", gold), 2), changed
    gold.write_text("[1, 2]\n", encoding="utf-8")
    assert _one_line(_cli(pokazatel_cmd, "eval", gold), 2) == f"pokazatel eval: {gold}:1: not a JSON object\n"


def test_train_classifier_refuses_a_label_without_id_or_with_a_relevant_that_is_not_true_or_false(tmp_path,
                                                                                               pokazatel_cmd):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "news.jsonl").write_text(json.dumps({"id": "n-2", "title": "Взятка", "text": "Аким задержан."}) + "\n",
                                      encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    for label in ({"file": "news.jsonl", "relevant": True, "topic": "bribery"},  # a KeyError's traceback
                  {"id": "n-2", "file": "news.jsonl", "relevant": "no", "topic": "bribery"},  # "no" trained as true
                  {"id": "n-2", "file": "news.jsonl", "relevant": True, "topic": "corruption"}):
        labels.write_text(json.dumps(label) + "\n", encoding="utf-8")
        trained = _cli(pokazatel_cmd, "train", "classifier", "--texts", texts, "--labels", labels,
                       "--out", tmp_path / "model.pkl")
        assert f"pokazatel train classifier: {labels}:1: a label needs \"id\", \"relevant\" (true or false) and " \
            "\"topic\"" in _one_line(trained, 2), label
    assert not (tmp_path / "model.pkl").exists()


# --- half a surrogate pair is no text: a bad line, said with its number -------------------------------------------


def test_a_json_string_with_half_a_surrogate_pair_is_no_text_and_a_whole_pair_is_one_character():
    assert parse_line('{"title": "\\ud83d\\ude00 взятка"}') == {"title": "\U0001F600 взятка"}
    assert parse_line('{"text": "\\\\ud800 as typed"}') == {"text": "\\ud800 as typed"}  # an escaped backslash
    for line in ('{"text": "a \\ud800 b"}', '{"t": ["\\udfff"]}', '{"t": {"k": "\\uDBFF"}}'):
        with pytest.raises(NotText, match="half of a UTF-16 surrogate pair"):
            parse_line(line)


def test_import_and_extract_name_the_line_holding_half_a_surrogate_pair(tmp_path, pokazatel_cmd):
    lines = tmp_path / "archive.jsonl"
    lines.write_text('{"id": "a", "title": "Взятка", "text": "Аким задержан за взятку."}\n'
                     '{"id": "b", "title": "Взятка", "text": "Аким \\ud800 задержан."}\n', encoding="utf-8")
    database = tmp_path / "news.db"
    imported = _cli(pokazatel_cmd, "import", lines, "--db", database)  # exit 1, "'utf-8' codec can't encode …"
    assert f"pokazatel import: {lines}:2: not text: '\\ud800' is half of a UTF-16 surrogate pair" in \
        _one_line(imported, 2)
    assert not database.exists()  # every line is checked before the database is opened
    tagged = _cli(pokazatel_cmd, "extract", lines)  # "record b could not be tagged: UnicodeEncodeError"
    assert f"pokazatel extract: {lines}:2: not text: '\\ud800' is half" in _one_line(tagged, 2)
    assert [json.loads(line)["id"] for line in tagged.stdout.splitlines()] == ["a"]


# --- a blank search box in the web UI is no search -----------------------------------------------------------------


def _row_count(base: str, query: dict) -> tuple[int, int | None]:
    status, answer = _get(f"{base}/news/article_overview.json?{urllib.parse.urlencode({**query, '_size': 1})}")
    return status, answer.get("filtered_table_rows_count")


@pytest.mark.slow
def test_a_cleared_search_box_shows_the_table_unfiltered_and_a_search_still_filters(tmp_path):
    database = build_database(tmp_path / "news.db")
    with served(database, tmp_path / "serve.log") as (base, _):
        everything = _row_count(base, {})
        assert everything[0] == 200 and everything[1] > 1
        for blank in ({"_search": ""}, {"_search": "  "}, {"_search": "", "_searchmode": "raw"},  # 0 rows; a 400
                      {"_search_title": " ", "_searchmode": "escaped"}):
            assert _row_count(base, blank) == everything, blank
        status, found = _row_count(base, {"_search": "взятки"})
        assert status == 200 and 0 < found < everything[1]
        assert _row_count(base, {"_search": '"'}) == (200, 0)  # typed, but no word: nothing, as before
