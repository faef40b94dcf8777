"""`pokazatel sources check`: per source and field, what works, against the local demo server, on
the demo sites as they are and on copies whose markup was turned to another layout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pokazatel.cli.main import main
from pokazatel.crawlers.check import check_sources
from pokazatel.crawlers.demo_server import serve_demo
from pokazatel.crawlers.demo_site import SITE_DIR
from pokazatel.crawlers.sources import SOURCES_FILE
from test_crawl_outlets import (
    CRAWL_SETTINGS,
    OUTLETS,
    OutletSite,
    entry_hosts,
    every_outlet_served,
    local_entry,
    real_entries,
    serve,
)

pytestmark = pytest.mark.slow


def lines_of(output: str) -> list[list[str]]:
    return [line.split(maxsplit=3) for line in output.splitlines() if line and not line[0].isdigit()]


def test_every_demo_source_is_green(tmp_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-m", "pokazatel", "sources", "check", "--demo"],
                              capture_output=True, text=True, timeout=300, env=dict(os.environ))
    assert finished.returncode == 0, finished.stderr
    rows = lines_of(finished.stdout)
    demo = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))["demo"]
    assert {row[0] for row in rows} == {entry["name"] for entry in demo}
    for name in {row[0] for row in rows}:
        assert {row[1] for row in rows if row[0] == name} >= {"entry", "articles", "title", "date", "body"}
    assert all(row[2] == "ok" for row in rows), finished.stdout
    assert finished.stdout.splitlines()[-1].startswith(f"{len(demo)} ok, 0 with warnings, 0 yield nothing usable")


def test_json_output_names_each_field_and_path(capsys) -> None:
    assert main(["sources", "check", "--demo", "--source", "zakon", "--json"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["source"] == "zakon" and record["usable"] and record["status"] == "ok"
    body = next(check for check in record["fields"] if check["field"] == "body")
    assert "json-ld" in body["detail"]  # the demo zakon's body comes from JSON-LD articleBody
    assert all(sample["body_length"] > 0 and sample["body"] == "json-ld" for sample in record["samples"])


# The demo tengrinews turned to its other (2022) layout ----------------------------------------

@pytest.fixture(scope="module")
def old_layout_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo sites whose tengrinews article pages use div.tn-news-text."""
    root = tmp_path_factory.mktemp("site") / "site"
    shutil.copytree(SITE_DIR, root)
    changed = 0
    for page in (root / "tengrinews").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        if 'class="content_main_text"' in html:
            page.write_text(html.replace('class="content_main_text"', 'class="tn-news-text"'), encoding="utf-8")
            changed += 1
    assert changed >= 3
    return root


def demo_sources_file(tmp_path: Path, tengrinews_body: object) -> Path:
    document = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    for entry in document["demo"]:
        if entry["name"] == "tengrinews":
            entry["selectors"]["body"] = tengrinews_body
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_changed_layout_names_the_field_that_broke(old_layout_site: Path, tmp_path: Path) -> None:
    sources_file = demo_sources_file(tmp_path, "div.content_main_text")  # only the new layout's selector
    with serve_demo(old_layout_site) as base:
        (result,) = check_sources(["tengrinews"], demo_base=base, sources_file=sources_file)
    statuses = {check.field: check for check in result.fields}
    assert result.usable  # trafilatura still finds the story ...
    assert statuses["body"].status == "warn"  # ... but not where the source says it is
    assert "generic" in statuses["body"].detail
    assert "div.content_main_text found nothing on 3/3" in statuses["body"].detail
    assert {statuses[name].status for name in ("entry", "articles", "title", "date")} == {"ok"}
    assert result.status == "warn"


def test_a_selector_list_covers_both_layouts(old_layout_site: Path, tmp_path: Path) -> None:
    sources_file = demo_sources_file(tmp_path, ["div.content_main_text", "div.tn-news-text"])
    with serve_demo(old_layout_site) as base:
        (result,) = check_sources(["tengrinews"], demo_base=base, sources_file=sources_file)
    body = next(check for check in result.fields if check.field == "body")
    assert result.status == "ok" and body.status == "ok"
    assert "selector 3; div.tn-news-text" in body.detail


def test_a_source_that_yields_nothing_fails_with_exit_1(tmp_path: Path, monkeypatch, capsys) -> None:
    """zakon's listing renames its cards: no article link is found, the check exits 1."""
    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    listing = root / "zakon" / "news" / "index.html"
    listing.write_text(listing.read_text(encoding="utf-8").replace("newscard_link", "card-link"), encoding="utf-8")
    monkeypatch.setattr("pokazatel.crawlers.demo_server.SITE_DIR", root)
    assert main(["sources", "check", "--demo", "--source", "zakon", "--source", "egemen"]) == 1
    rows = lines_of(capsys.readouterr().out)
    zakon = {row[1]: row for row in rows if row[0] == "zakon"}
    assert zakon["entry"][2] == "FAIL" and "no link matches the article pattern" in zakon["entry"][3]
    assert zakon["articles"][2] == "FAIL"
    assert all(row[2] == "ok" for row in rows if row[0] == "egemen")


def test_unknown_source_is_a_usage_error(capsys) -> None:
    assert main(["sources", "check", "--demo", "--source", "nur"]) == 2
    assert "unknown demo source nur" in capsys.readouterr().err


def test_every_real_entry_is_green_on_pages_in_its_outlets_shape(tmp_path: Path) -> None:
    """The real source list, pointed at tests/outlets/: every outlet's configured path (selector,
    JSON-LD, the gov.kz API, or generic where no selector is known) is the one that reads its pages."""
    with every_outlet_served(tmp_path) as (_, sources_file):
        results = check_sources(OUTLETS, sources_file=sources_file, settings=CRAWL_SETTINGS, timeout=300)
    assert {result.source for result in results} == set(OUTLETS)
    not_green = {result.source: [(check.field, check.detail) for check in result.fields if check.status != "ok"]
                 for result in results if result.status != "ok"}
    assert not_green == {}
    paths = {result.source: {sample["body"] for sample in result.samples} for result in results}
    assert paths["anticor_gov"] == paths["prokuror_gov_kk"] == {"api"}
    assert paths["tengrinews"] == paths["egemen"] == {"selector"}
    assert paths["inbusiness"] == {"generic"}


def test_a_gov_api_that_refuses_plain_requests_is_named(tmp_path: Path) -> None:
    """gov.kz's API answering with an error object instead of its list (as it may without a
    browser's token): the entry point is reported as answering, but not with articles."""
    entry = real_entries()["anticor_gov"]
    root = tmp_path / "gov"
    api = root / "api/v1/public/content-manager/news"
    api.mkdir(parents=True)
    (api / "index@page=1&projects=eq%3Aanticorruption&size=20&sort-by=created_date%3ADESC.json").write_text(
        '{"status": 401, "error": "Unauthorized", "message": "hash and token required"}', encoding="utf-8")
    with serve(OutletSite("anticor_gov", root, entry_hosts(entry))) as site:
        sources_file = tmp_path / "sources.yaml"
        sources_file.write_text(yaml.safe_dump({"sources": [local_entry(entry, site.base)]}, allow_unicode=True),
                                encoding="utf-8")
        (result,) = check_sources(["anticor_gov"], sources_file=sources_file, settings=CRAWL_SETTINGS, timeout=120)
    checks = {check.field: check for check in result.fields}
    assert not result.usable and result.status == "FAIL"
    assert checks["entry"].status == "FAIL"
    assert "answers, but no list of articles (content[]) in the answer" in checks["entry"].detail
    assert checks["articles"].status == "FAIL"
