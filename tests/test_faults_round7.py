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
from test_faults_round4 import _cli
from test_faults_round6 import _exported_database, _get
from test_search import build_database
from web_server import served

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
    out = tmp_path / "found.jsonl"
    for command in (("search", "взятку", "--json"), ("export", "articles", "--out", "-")):
        with open(out, "w", encoding="utf-8") as stdout:  # was "pokazatel: [Errno 27] File too large"
            limited = subprocess.run([sys.executable, "-m", "pokazatel", *command, "--db", str(database)],
                                     stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=300,
                                     preexec_fn=_files_of_at_most_4_kb)
        assert (limited.returncode, limited.stderr) == (
            1, "pokazatel: cannot write to standard output: File too large\n"), command

    # a real full filesystem: a 16 KB tmpfs mounted in a mount namespace of the test's own (no device, no root)
    full = tmp_path / "full"
    full.mkdir()
    script = 'mount -t tmpfs -o size=16k tmpfs "$1" && shift && exec "$@" > "$0/found.jsonl"'
    on_full_disk = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, str(full), str(full),
         sys.executable, "-m", "pokazatel", "search", "взятку", "--json", "--limit", "200", "--db", str(database)],
        capture_output=True, text=True, timeout=300)
    assert (on_full_disk.returncode, on_full_disk.stderr) == (
        1, "pokazatel: cannot write to standard output: No space left on device\n")  # was "[Errno 28] No space …"
