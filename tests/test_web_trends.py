"""The trends chart, facts, conflicts and watch feeds in `pokazatel serve` (a real server on a free
port over a real SQLite file), driven in headless Chromium (Debian's /usr/bin/chromium) with every
request to anything but the server refused: the chart renders offline and is not blank."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest
from headless_chromium import chromium, screenshot_pixels
from pokazatel.store import watches
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from web_server import served

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
# bribes by month: (month, outlet, value, subject); March's is told by two outlets, one fact
BRIBES = [("2024-01", "tengrinews", 5_000_000, "Ерлан Сапаров"), ("2024-02", "zakon", 12_000_000, "Марат Ахметов"),
          ("2024-03", "tengrinews", 30_000_000, "Асет Нуров"), ("2024-03", "zakon", 30_000_000, "Асет Нуров"),
          ("2024-05", "inform", 8_000_000, "Болат Оспанов")]


def build(path: Path) -> Path:
    db = open_db(path)
    analyses = []
    for number, (month, outlet, value, subject) in enumerate(BRIBES, 1):
        url = f"https://{outlet}.kz/news/{number}"
        save_article(db, {"url": url, "source": outlet, "title": f"Взятка {number}", "published_at": f"{month}-10",
                          "text": f"Чиновник {subject} задержан при получении взятки номер {number}."})
        article_id = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0]
        analyses.append({"id": article_id, "lang": "ru", "relevant": True, "topic": "bribery", "entities": [],
                         "statistics": [{"value": value, "unit": "KZT", "event": "bribe", "object": "", "period": None,
                                         "quote": f"взятки {value}", "scope": "case", "region": "Алматы",
                                         "subject": subject},
                                        {"value": 8 if number != 2 else 7, "unit": "year", "event": "prison_term",
                                         "object": "", "period": None, "quote": "к 8 годам", "scope": "case",
                                         "region": "Алматы", "subject": "Марат Ахметов"}]})
    save_analyses(db, analyses)
    watches.add(db, "bribes", "взятка", {}, "2024-01-01T00:00:00+05:00")
    save_article(db, {"url": "https://zakon.kz/news/new", "source": "zakon", "title": "Новая взятка в акимате",
                      "text": "В акимате выявили новую взятку.", "published_at": "2024-06-01"})
    new_id = db.execute("SELECT id FROM articles WHERE url = 'https://zakon.kz/news/new'").fetchone()[0]
    save_analyses(db, [{"id": new_id, "lang": "ru", "relevant": True, "topic": "bribery", "entities": [],
                        "statistics": []}])
    watches.check(db, "2024-06-02T02:00:00+05:00")
    db.close()
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = build(tmp_path_factory.mktemp("trends") / "trends.db")
    with served(path, path.with_name("serve.log"), cwd=ROOT, env={**os.environ, "POKAZATEL_DB": "/nonexistent.db"}) \
            as (base, _):
        yield base, path.stem


@pytest.fixture(scope="module")
def offline_page(site, tmp_path_factory):
    base, _ = site
    refused: list[str] = []
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                      else (refused.append(route.request.url), route.abort()))
        page = context.new_page()
        yield page, refused


def test_monthly_chart_renders_offline_and_is_not_blank(site, offline_page, tmp_path):
    base, _ = site
    page, refused = offline_page
    page.goto(f"{base}/-/trends?series=bribe/KZT&metric=sum")
    chart = page.locator("svg#trend-chart")
    assert page.locator("script").count() == 0, "drawn on the server: no script to fetch or run"
    bars = chart.locator("rect.bar")
    assert bars.count() == 5, "January to May, April empty"
    heights = [float(bars.nth(i).get_attribute("height")) for i in range(5)]
    assert heights[2] == max(heights) and heights[3] == 0, "March's 30 million, told twice, counted once"
    rows = page.locator("table tr").all_inner_texts()
    assert any(row.split("\t")[:3] == ["2024-03", "1", "30 млн"] for row in rows), rows
    shot = chart.screenshot(path=str(tmp_path / "trend.png"))
    assert screenshot_pixels(page, shot).coloured > 5000, "bars, axes and labels are drawn"
    assert refused == [], f"the page asked for something off the server: {refused}"

    page.goto(f"{base}/-/trends?series=prison_term/year")
    rows = {row.split("\t")[0]: row.split("\t")[1:3] for row in page.locator("table tr").all_inner_texts()}
    assert rows["2024-02"] == ["1", "0"] and rows["2024-03"] == ["1", "8"], \
        "February's 7 years and March's 8 are one conflicting verdict: added once, at the value two sources give"

    page.goto(f"{base}/-/trends?series=bribe/KZT&source=inform&metric=facts")
    assert page.locator("svg#trend-chart rect.bar").count() == 1, "only May's fact has an inform source"
    page.goto(f"{base}/-/trends?series=bribe/KZT&source=nobody")
    empty = page.locator("svg#trend-chart").screenshot()
    assert screenshot_pixels(page, empty).coloured < screenshot_pixels(page, shot).coloured / 2, \
        "no bars: a nearly blank chart"


def test_facts_and_conflicts_in_datasette(site, offline_page):
    base, name = site
    page, _ = offline_page
    page.goto(f"{base}/{name}/fact_overview?event=bribe&value=30000000")
    assert page.locator("table.rows-and-columns tbody tr").count() == 2
    assert {"tengrinews", "zakon"} <= set(page.locator("td.col-outlet").all_inner_texts())
    assert len(set(page.locator("td.col-fact_id").all_inner_texts())) == 1, "two sources, one fact"
    page.goto(f"{base}/{name}/conflicting_facts")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "prison_term" in table and "Марат Ахметов" in table
    assert sorted(set(page.locator("td.col-value").all_inner_texts())) == ["7.0", "8.0"]


def test_a_watch_is_an_atom_feed(site):
    base, _ = site
    with urllib.request.urlopen(f"{base}/-/watches/bribes.atom", timeout=10) as response:
        assert response.headers["content-type"].startswith("application/atom+xml")
        root = ElementTree.fromstring(response.read())
    atom = "{http://www.w3.org/2005/Atom}"
    assert [e.findtext(f"{atom}title") for e in root.findall(f"{atom}entry")] == ["Новая взятка в акимате"]
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{base}/-/watches/nope.atom", timeout=10)
    assert missing.value.code == 404
