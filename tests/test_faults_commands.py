"""Faults found by probing every command as a user meets it (round p25): a reader gone away, a closed
stdout, SIGTERM and SIGHUP during a command, the wrong kind of file as --db, options that did nothing,
a database left with its writes in the -wal. The CLI as a separate process on real SQLite files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pokazatel.store.db import open_db
from test_faults_readonly import read_only_folder  # noqa: F401  (fixture)
from test_search import build_database

POKAZATEL = [sys.executable, "-m", "pokazatel"]


def pokazatel(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*POKAZATEL, *args], capture_output=True, text=True, timeout=timeout, **kwargs)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> str:
    return str(build_database(tmp_path_factory.mktemp("commands") / "news.db"))


@pytest.mark.parametrize("command", [("search", "взятки", "--all"), ("search", "взятки", "--json"),
                                     ("stats", "--json"), ("export", "articles", "--out", "-")])
def test_a_reader_that_goes_away_ends_the_command_quietly(db_path, command):
    """`pokazatel search … | head -1`: the reader closes the pipe before the command writes (here at once)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run([*POKAZATEL, *command, "--db", db_path], stdout=writer, stderr=subprocess.PIPE,
                                text=True, timeout=120)
    finally:
        os.close(writer)
    assert result.stderr == "", "no 'Broken pipe' line, no 'Exception ignored' from the last flush"
    assert result.returncode == 128 + signal.SIGPIPE  # what a shell reports for `yes | head`


def test_a_closed_stdout_is_said_not_ignored(db_path):
    """Started with `>&-`, every print went nowhere and the command said exit 0."""
    result = subprocess.run([*POKAZATEL, "search", "взятки", "--db", db_path], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=lambda: os.close(1))
    assert result.returncode == 2
    assert "standard output is closed" in one_line(result)


def test_extract_with_stdin_closed_is_said_not_a_traceback():
    result = subprocess.run([*POKAZATEL, "extract", "-"], capture_output=True, text=True, timeout=120,
                            preexec_fn=lambda: os.close(0))
    assert result.returncode == 2
    assert "standard input is closed: give a FILE to read" in one_line(result)


def _default_sighup() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def test_sigterm_or_sighup_during_an_export_leaves_no_part_file_and_the_old_export_whole(tmp_path):
    path = tmp_path / "news.db"
    db = open_db(path)
    text = "Аким района задержан при получении взятки. " * 400  # 17 KB an article, 1,500 of them: 26 MB
    with db.conn:
        db.conn.executemany(
            "INSERT INTO articles (url, source, title, text, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, ?)",
            [(f"https://example.kz/{n}", "tengrinews", f"Статья {n}", text + str(n), "2024-01-01", str(n))
             for n in range(1500)])
    db.close()
    target = tmp_path / "articles.csv"
    for signum in (signal.SIGTERM, signal.SIGHUP):
        target.write_text("the export of yesterday\n")
        stopped = subprocess.Popen([*POKAZATEL, "export", "articles", "--all", "--out", str(target), "--db",
                                    str(path)], stderr=subprocess.PIPE, text=True,
                                   preexec_fn=_default_sighup)  # this test may itself run under nohup
        while stopped.poll() is None and not list(tmp_path.glob(".articles.csv.*.part")):
            time.sleep(0.005)
        stopped.send_signal(signal.SIGSTOP)  # held mid-export (no timing: it waits for the signal below)
        assert list(tmp_path.glob(".articles.csv.*.part")), "the export was caught while writing"
        stopped.send_signal(signum)
        stopped.send_signal(signal.SIGCONT)
        stderr = stopped.communicate(timeout=120)[1]
        assert stopped.returncode == 130 and stderr.strip() == "pokazatel: interrupted", stderr
        assert target.read_text() == "the export of yesterday\n"
        assert not list(tmp_path.glob(".articles.csv*")), "its temporary file removed"


@pytest.fixture
def wrong_files(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    binary = tmp_path / "photo.db"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.db"
    empty.touch()
    return {"folder": folder, "binary": binary, "empty": empty}


@pytest.mark.parametrize("command", [("search", "взятки"), ("stats",), ("runs",), ("watch", "list"),
                                     ("export", "articles", "--out", "-"), ("process",)])
def test_the_wrong_kind_of_file_as_database_is_one_line_and_left_as_it_was(wrong_files, command):
    for kind, path in wrong_files.items():
        before = path.read_bytes() if path.is_file() else None
        result = pokazatel(*command, "--db", str(path))
        line = one_line(result)
        if kind == "folder":
            assert result.returncode == 2 and f"{path} is a folder: give --db a database file" in line, line
        elif kind == "binary":
            assert result.returncode == 2 and f"{path} is not an SQLite database: refusing to use it" in line
        else:  # an empty file holds nothing yet: said as for no file (process made the tables and said 0)
            assert result.returncode == 1 and f"no database at {path}: " in line, line
        assert (path.read_bytes() == before) if before is not None else path.is_dir()
        assert not Path(f"{path}-wal").exists()


def test_a_process_with_two_workers_leaves_its_writes_in_the_database_file_not_the_wal(tmp_path):
    """The .db file alone (a backup, a copy to an archive) holds what the command wrote: the -wal is folded
    in when the command ends. `process --workers 2` froze its objects for the forked workers and left the
    connection open, its whole run in the -wal."""
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": f"a{n}", "title": f"Аким задержан {n}", "lang": "ru",
                                            "text": f"Аким района задержан при получении взятки в {n} млн тенге."},
                                           ensure_ascii=False) + "\n" for n in range(4)), encoding="utf-8")
    path = tmp_path / "news.db"
    assert pokazatel("import", str(articles), "--db", str(path)).returncode == 0
    result = pokazatel("process", "--workers", "2", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "processed 4 articles" in result.stdout
    assert not Path(f"{path}-wal").exists()
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE processed_at IS NOT NULL").fetchone() == (4,)
    conn.close()


@pytest.mark.parametrize(("args", "said"), [
    (("process", "--since", "2024-01-01"), "--since goes with --all"),
    (("process", "--dask-address", "tcp://127.0.0.1:8786"), "--dask-address goes with --all"),
    (("process", "--workers", "100000"), "--workers must be at most"),
    (("process", "--all", "--dask-address", "scheduler"), "--dask-address 'scheduler': missing port number"),
    (("run", "--demo", "--dask-address", "tcp://127.0.0.1"), "missing port number"),
    (("stats", "--conflicts", "--source", "tengrinews"), "--conflicts takes only --event and --json, not --source"),
    (("stats", "--conflicts", "--csv"), "--conflicts takes only --event and --json, not --csv"),
    (("stats", "--conflicts", "--event", "bribes"), "unknown --event 'bribes'"),
    (("export", "articles", "--out", "-", "--format", "jsonl", "--excel"), "--excel is for CSV"),
    (("export", "articles", "--out", ""), "give a file name (or - for stdout)"),
    (("search", "взятки", "--limit", "0"), "--limit: must be at least 1, not 0"),
    (("search", "взятки", "--offset", "-1"), "--offset: must be at least 0, not -1"),
    (("search", "взятки", "--source", ""), "--source is empty: give a value or leave the option out"),
    (("search", " ".join(["взятки"] * 5000)), "search query has 5,000 words: at most 200"),
    (("stats", "--entity", " "), "--entity is empty"),
    (("export", "articles", "--out", "-", "--event", ","), "--event is empty"),
])
def test_an_option_that_would_do_nothing_or_too_much_is_refused(db_path, args, said):
    before = Path(db_path).read_bytes()
    result = pokazatel(*args, "--db", db_path)
    assert result.returncode == 2, result.stderr
    assert said in one_line(result)
    assert Path(db_path).read_bytes() == before
    assert "Prefect" not in result.stderr and "prefect" not in result.stderr


def test_conflicts_of_several_events_are_each_events(tmp_path):
    """`--event bribe,prison_term` matched no conflict at all: the list was compared as one event name."""
    from pokazatel.store.load import save_analyses
    from test_facts import add_article, analysis, figure

    path = tmp_path / "news.db"
    db = open_db(path)
    ids = [add_article(db, n, f"2024-03-0{n}", source) for n, source in ((1, "tengrinews"), (2, "zakon"))]
    save_analyses(db, [analysis(ids[0], figure(8)), analysis(ids[1], figure(7, "к 7 годам"))])
    db.close()
    one = pokazatel("stats", "--conflicts", "--event", "prison_term", "--json", "--db", str(path))
    both = pokazatel("stats", "--conflicts", "--event", "bribe,prison_term", "--json", "--db", str(path))
    assert one.returncode == both.returncode == 0, both.stderr
    [story] = [json.loads(line) for line in one.stdout.splitlines()]
    assert story["event"] == "prison_term"
    assert both.stdout == one.stdout


def test_export_to_a_read_only_folder_is_bad_input_and_watch_list_reads_a_read_only_database(
        read_only_folder, tmp_path):  # noqa: F811
    source, mounted = read_only_folder
    result = pokazatel("export", "articles", "--out", str(mounted / "articles.csv"), "--db",
                       str(source / "news.db"))
    assert result.returncode == 2
    assert f"cannot write in {mounted} (read-only)" in one_line(result)
    listed = pokazatel("watch", "list", "--db", str(mounted / "news.db"))
    assert listed.returncode == 0, listed.stderr
    assert "no watches saved" in one_line(listed)


def test_an_empty_answer_says_so_on_stderr(db_path):
    for args, said in ((("runs",), "no runs recorded yet"), (("stats", "--from", "2099-01-01"), "no figures found"),
                       (("search", "взятки", "--from", "2099-01-01", "--json"), "no articles found")):
        result = pokazatel(*args, "--db", db_path)
        assert result.returncode == 0
        assert result.stdout == ""
        assert said in one_line(result)


@pytest.mark.slow
def test_sigterm_during_sources_check_ends_its_crawl_and_removes_its_throwaway_database(tmp_path):
    """The crawl went on writing into the throwaway database's folder while it was being removed: the folder
    stayed behind (Popen waits a quarter of a second for a child after an interrupt)."""
    from test_faults_killed_runs import group_alive, wait_for

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    check = subprocess.Popen([*POKAZATEL, "sources", "check", "--demo"], start_new_session=True,
                             env={**os.environ, "TMPDIR": str(temporary)}, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)

    def stored() -> bool:
        return any(sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]
                   for path in temporary.glob("pokazatel-check-*/check.db"))

    try:
        wait_for(stored, 300, "the check's first stored article")
        check.send_signal(signal.SIGTERM)
        _, stderr = check.communicate(timeout=180)
    finally:
        if check.poll() is None:
            os.killpg(check.pid, signal.SIGKILL)
    assert check.returncode == 130 and stderr.strip().splitlines()[-1] == "pokazatel: interrupted", stderr
    assert "Traceback" not in stderr
    assert not group_alive(check.pid), "the crawl ended before the command did"
    assert list(temporary.iterdir()) == []


@pytest.mark.slow
def test_import_reads_a_large_file_in_flat_memory_and_a_bad_last_line_still_stores_nothing(tmp_path):
    """The file was held whole, as parsed rows: 440 MB for a file of 166 MB. Now it is read twice, checked
    then stored, one article at a time, in one transaction as before."""
    text = "Аким района задержан при получении взятки в 5 млн тенге. " * 300  # 33 KB
    archive = tmp_path / "archive.jsonl"
    with archive.open("w", encoding="utf-8") as out:
        for n in range(2400):  # 80 MB
            out.write(json.dumps({"id": n, "title": f"Статья {n}", "text": f"{text}{n}"}, ensure_ascii=False) + "\n")
    path = tmp_path / "news.db"
    # the import's own peak, from a parent of its own (RUSAGE_CHILDREN here counts every test's children)
    measure = ("import resource, subprocess, sys; status = subprocess.run(sys.argv[1:]).returncode; "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(status)")
    result = subprocess.run([sys.executable, "-c", measure, *POKAZATEL, "import", str(archive), "--db", str(path)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert "imported 2400 new articles" in result.stdout
    peak_mb = int(result.stderr.split()[-1]) / 1024
    assert peak_mb < 100, f"{peak_mb:.0f} MB for a file of 80 MB (44 MB streamed, 195 MB held whole)"

    with archive.open("a", encoding="utf-8") as out:
        out.write('{"id": "last", "title": 5, "text": "x"}\n')
    again = pokazatel("import", str(archive), "--db", str(path), "--source", "other", timeout=900)
    assert again.returncode == 2
    assert f"{archive}:2401: " in one_line(again)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone() == (2400,)


def test_a_database_of_a_newer_schema_is_refused_read_or_write_and_left_as_it_was(tmp_path):
    """No version was recorded: a newer pokazatel's database was read as if current and, opened for
    writing, had its search index replaced by this version's."""
    path = build_database(tmp_path / "news.db")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,), "this version marks what it makes"
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    for command in (("search", "взятки"), ("stats",), ("runs",), ("process",), ("watch", "add", "w", "взятки")):
        result = pokazatel(*command, "--db", str(path))
        assert result.returncode == 2, result.stderr
        assert "was made by a newer pokazatel (schema 99; this one knows up to 1): upgrade pokazatel" in \
            one_line(result)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_an_export_never_replaces_a_databases_wal_or_shm(tmp_path):
    """The -wal holds the database's latest writes: an export over it lost them (or corrupted the file)."""
    path = build_database(tmp_path / "news.db")
    writer = sqlite3.connect(path)  # a writer that keeps its changes in the -wal, as a running crawl does
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET title = 'Новый заголовок' WHERE id = 1")
    writer.commit()
    wal = Path(f"{path}-wal")
    before = wal.read_bytes()
    for companion in (wal, Path(f"{path}-shm")):
        result = pokazatel("export", "articles", "--out", str(companion), "--db", str(path))
        assert result.returncode == 2
        assert f"belongs to the SQLite database {path}: not replaced" in one_line(result)
    assert wal.read_bytes() == before
    writer.close()
