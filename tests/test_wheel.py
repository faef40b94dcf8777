"""The wheel works outside the checkout: built with pip, installed into a folder of its own, and run from
another working directory with the checkout not importable; its only top-level name is `pokazatel`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOLD_DEV = PROJECT_ROOT.parent / "shared" / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out),
                    str(PROJECT_ROOT)], check=True, timeout=900, capture_output=True)
    (built,) = out.glob("pokazatel-*.whl")
    return built


def test_the_wheel_holds_only_pokazatel_with_its_data_and_entry_points(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    dist_info = wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info/"
    assert not [n for n in names if not n.startswith(("pokazatel/", dist_info))]
    for expected in ("pokazatel/__init__.py", "pokazatel/nlp/pipeline.py", "pokazatel/nlp/configs/kk.cfg",
                     "pokazatel/data/rules/units.yaml", "pokazatel/data/kazakh/suffixes.yaml",
                     "pokazatel/data/models/ner-kk/config.cfg", "pokazatel/data/demo/articles.yaml"):
        assert expected in names
    assert not [n for n in names if n.endswith((".db", ".db-wal")) or "/httpcache/" in n]
    entry_points = zipfile.ZipFile(wheel).read(dist_info + "entry_points.txt").decode()
    assert "[spacy_factories]" in entry_points and "[spacy_languages]" in entry_points


def test_the_installed_wheel_runs_the_demo_extracts_and_searches(wheel, tmp_path):
    target, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, timeout=600, capture_output=True)
    environment = {**{k: v for k, v in os.environ.items() if k not in ("POKAZATEL_DB", "PYTHONPATH")},
                   "PYTHONPATH": str(target), "XDG_DATA_HOME": str(tmp_path / "data"),
                   "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def pokazatel(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pokazatel", *args], cwd=elsewhere, env=environment,
                              input=stdin, capture_output=True, text=True, timeout=1200)

    located = subprocess.run([sys.executable, "-c", "import pokazatel; print(pokazatel.__file__)"], cwd=elsewhere,
                             env=environment, capture_output=True, text=True, check=True)
    assert Path(located.stdout.strip()).is_relative_to(target)

    db = tmp_path / "demo.db"
    run = pokazatel("run", "--demo", "--db", str(db))
    assert run.returncode == 0, run.stderr[-3000:]
    assert db.exists() and not list(target.rglob("*.db"))

    article = next(json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines()
                   if '"statistics": [{' in line)
    extract = pokazatel("extract", "-", stdin=json.dumps({"id": article["id"], "text": article["text"]}))
    assert extract.returncode == 0, extract.stderr[-3000:]
    record = json.loads(extract.stdout)
    assert record["id"] == article["id"] and record["statistics"] and record["entities"]

    search = pokazatel("search", "взятки", "--db", str(db), "--json")
    assert search.returncode == 0, search.stderr[-3000:]
    assert [json.loads(line) for line in search.stdout.splitlines() if line.strip()]
