"""The public Python API: `import pokazatel` is cheap, and every name of __all__ is the function the command
line calls."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pokazatel.cli.main import main

import pokazatel

API = {"load_pipeline", "analyse", "open_db", "search", "stats", "export", "crawl", "process"}


def test_all_names_the_api_and_each_resolves_to_a_function():
    from pokazatel.flows.process import process_articles
    from pokazatel.store.stats import aggregate

    assert API <= set(pokazatel.__all__)
    assert all(callable(getattr(pokazatel, name)) for name in pokazatel.__all__)
    assert pokazatel.stats is aggregate and pokazatel.process is process_articles
    with pytest.raises(AttributeError):
        pokazatel.no_such_name  # noqa: B018


def test_importing_the_package_loads_none_of_the_heavy_libraries():
    code = ("import sys, pokazatel; heavy = {'spacy', 'scrapy', 'prefect', 'sklearn', 'natasha'}; "
            "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_the_api_opens_a_database_and_searches_it(tmp_path):
    db = pokazatel.open_db(tmp_path / "news.db")
    assert list(pokazatel.search(db, "взятки")) == []


def test_demo_render_writes_the_demo_site(tmp_path, capsys):
    assert main(["demo", "render", "--out", str(tmp_path / "site")]) == 0
    assert any((tmp_path / "site").rglob("*.html"))
    assert "files written" in capsys.readouterr().out


def test_demo_render_without_its_articles_is_a_usage_error(tmp_path, capsys):
    assert main(["demo", "render", "--articles", str(tmp_path / "missing.yaml"), "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
