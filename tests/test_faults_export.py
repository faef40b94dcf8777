"""Faults of an export (issue 15, item 8): a full disk must not replace a good earlier export with a
cut one, and a spreadsheet name is refused rather than given CSV under an Excel name.

The full disk is real: a 1 MB tmpfs mounted for the test (tests run as root), filled to the last byte."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from test_search import ARTICLES, build_database

POKAZATEL = [sys.executable, "-m", "pokazatel"]


def pokazatel(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*POKAZATEL, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True, capture_output=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def fill(disk) -> None:
    with open(disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass


def test_a_full_disk_leaves_the_earlier_export_whole(tmp_path, small_disk):
    long_articles = [{**article, "text": article["text"] + " Подробности дела." * 2000} for article in ARTICLES]
    db = str(build_database(tmp_path / "news.db", long_articles))
    out = small_disk / "export.csv"
    first = pokazatel("export", "statistics", "--out", str(out), "--db", db)
    assert first.returncode == 0, first.stderr
    good = out.read_bytes()
    fill(small_disk)
    # an export far larger than the earlier one and the space its truncation would free
    second = pokazatel("export", "articles", "--all", "--out", str(out), "--db", db)
    assert second.returncode == 1
    assert "No space left on device" in second.stderr and "Traceback" not in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == good
    assert sorted(p.name for p in small_disk.iterdir()) == ["export.csv", "filler"], "no temporary file left"


def test_an_export_replaces_the_earlier_file_when_it_succeeds(tmp_path):
    db = str(build_database(tmp_path / "news.db"))
    out = tmp_path / "articles.csv"
    out.write_text("old\n", encoding="utf-8")
    assert pokazatel("export", "articles", "--all", "--out", str(out), "--db", db).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("id,url")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")], "no temporary file left"


@pytest.mark.parametrize("name", ["figures.xlsx", "figures.XLS"])
def test_a_spreadsheet_name_is_refused(tmp_path, name):
    db = str(build_database(tmp_path / "news.db"))
    result = pokazatel("export", "statistics", "--out", str(tmp_path / name), "--db", db)
    assert result.returncode == 2
    assert "not spreadsheet workbooks" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / name).exists()


def test_an_export_never_replaces_a_database_not_even_the_one_it_reads(tmp_path):
    database = build_database(tmp_path / "news.db")
    other = build_database(tmp_path / "other.db")
    before = {path: path.read_bytes() for path in (database, other)}
    for target in (database, other):
        result = pokazatel("export", "entities", "--out", str(target), "--db", str(database))
        assert result.returncode == 2, result.stderr
        assert "is an SQLite database: not replaced" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert {path: path.read_bytes() for path in before} == before


@pytest.mark.parametrize(("out", "said"), [("missing/figures.csv", "no folder"), (".", "is a folder")])
def test_an_export_to_a_missing_folder_or_onto_a_folder_is_a_usage_error(tmp_path, out, said):
    db = str(build_database(tmp_path / "news.db"))
    result = subprocess.run([*POKAZATEL, "export", "statistics", "--out", out, "--db", db], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("**/.*.part"))


def test_an_export_gets_the_permissions_of_an_ordinary_new_file(tmp_path):
    db = str(build_database(tmp_path / "news.db"))
    out = tmp_path / "figures.csv"
    result = subprocess.run([*POKAZATEL, "export", "statistics", "--out", str(out), "--db", db],
                            capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.umask(0o022))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out.chmod(0o640)
    assert pokazatel("export", "statistics", "--out", str(out), "--db", db).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640, "a replaced export keeps its permissions"
