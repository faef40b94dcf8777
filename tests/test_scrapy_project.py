"""The crawlers are a regular Scrapy project (scrapy.cfg at the top level), and a warning in the crawl
subprocess, such as a deprecated Scrapy API, fails the crawl under the test suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pokazatel.crawlers.run import crawl

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NOTHING_LISTENS = "http://127.0.0.1:9"  # the discard port: every request fails at once
FAST = {"RETRY_ENABLED": False, "DOWNLOAD_TIMEOUT": 2, "ROBOTSTXT_OBEY": False}


def test_scrapy_list_finds_the_news_spider():
    environment = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=PROJECT_ROOT, env=environment,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["news"]


def test_crawl_subprocess_runs_without_warnings(tmp_path):
    assert os.environ.get("POKAZATEL_STRICT_WARNINGS")
    counts = crawl(["tengrinews"], db_path=tmp_path / "news.db", demo_base=NOTHING_LISTENS, settings=FAST)
    errors = counts["tengrinews"]["errors"]
    assert errors and not any("warning" in error for error in errors), errors


def test_a_deprecated_scrapy_api_in_the_crawl_fails_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent / "scrapy_components"))
    pipelines = {"pokazatel.crawlers.pipelines.FilterPipeline": 100, "old_style_pipeline.SpiderArgumentPipeline": 200,
                 "pokazatel.crawlers.pipelines.StorePipeline": 300}
    counts = crawl(["tengrinews"], db_path=tmp_path / "news.db", demo_base=NOTHING_LISTENS,
                   settings={**FAST, "ITEM_PIPELINES": pipelines})
    errors = counts["tengrinews"]["errors"]
    assert counts["tengrinews"]["failed"] == 1
    assert any("warning(s) in the crawl process" in e and "spider argument" in e for e in errors), errors
