"""`pokazatel serve` on a free port, driven in headless Chromium (Debian's /usr/bin/chromium through
Playwright): search, open an article, export CSV, facets, the canned queries, and a screenshot that
is not blank."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from headless_chromium import chromium, screenshot_pixels
from playwright.sync_api import Page
from test_search import ARTICLES, build_database
from web_server import served

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = build_database(tmp_path_factory.mktemp("web") / "news.db")
    with served(path, path.with_name("serve.log"), cwd=ROOT, env={**os.environ, "POKAZATEL_DB": "/nonexistent.db"}) \
            as (base, _):
        yield base, path.stem


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    yield page
    page.close()


def row_titles(page: Page) -> list[str]:
    headers = page.locator("table.rows-and-columns thead th").all_inner_texts()
    column = [h.strip() for h in headers].index("title")
    return [row.locator("td").nth(column).inner_text().strip()
            for row in page.locator("table.rows-and-columns tbody tr").all()]


def test_search_open_export_and_screenshot(site, page, tmp_path):
    base, name = site
    page.goto(f"{base}/{name}/article_overview")
    assert "Статьи (обзор)" in page.inner_text("h1")
    page.fill("input#_search", "взятки")
    page.click("form input[type=submit]")
    page.wait_for_selector("table.rows-and-columns")
    expected = {a["title"] for a in ARTICLES if a["relevant"] and "взятки" in (a["title"] + a["text"]).lower()}
    assert set(row_titles(page)) == expected

    csv_link = page.locator("a", has_text="CSV").first.get_attribute("href")
    assert ".csv" in csv_link and "_search=" in csv_link
    shot = page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
    assert screenshot_pixels(page, shot).distinct_colours > 100, \
        "a rendered page has text, links and facets in many shades"

    page.locator("table.rows-and-columns tbody tr").first.locator("td").first.locator("a").click()
    page.wait_for_url("**/articles/*")
    article = next(a for a in ARTICLES if a["title"] == page.locator("td.col-title").inner_text().strip())
    assert "взятки" in page.inner_text("td.col-text")
    assert article["url"] in page.content()

    response = page.goto(base + csv_link)
    assert response.ok
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert {row["title"] for row in rows} == expected
    assert {row["url"] for row in rows} >= {article["url"]}


def test_facets_narrow_the_articles(site, page):
    base, name = site
    page.goto(f"{base}/{name}/article_overview")
    facets = page.locator(".facet-results").inner_text()
    for label in ("source", "lang", "topic", "month"):
        assert label in facets
    page.locator(".facet-info a", has_text="embezzlement").first.click()
    page.wait_for_selector("table.rows-and-columns")
    assert row_titles(page) == [ARTICLES[4]["title"]]


def test_morphological_search_canned_query(site, page, tmp_path):
    base, name = site
    page.goto(f"{base}/{name}/morphological_search")
    page.fill("textarea#qp1, input#qp1, [name=q]", "взяткой")
    page.locator("form.sql input[type=submit], form input[type=submit]").first.click()
    page.wait_for_selector("table.rows-and-columns")
    assert set(row_titles(page)) == {ARTICLES[i]["title"] for i in (0, 1, 4)}
    assert "**взятки**" in page.locator("table.rows-and-columns").inner_text()
    page.screenshot(path=str(tmp_path / "morphological.png"), full_page=True)
    page.locator("table.rows-and-columns tbody td.col-article_id a").first.click()
    page.wait_for_url("**/articles/*")


def test_person_query_and_figure_links_to_its_article(site, page):
    base, name = site
    page.goto(f"{base}/{name}/articles_about_person?name=Бектенова")
    assert row_titles(page) == [ARTICLES[1]["title"]]
    page.goto(f"{base}/{name}/statistics?event=convicted")
    page.locator("table.rows-and-columns tbody td.col-article_id a").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("td.col-title").inner_text().strip() == ARTICLES[1]["title"]
    page.goto(f"{base}/{name}/figures_by_event_and_month")
    assert "convicted" in page.locator("table.rows-and-columns").inner_text()


def test_the_ui_cannot_write(site, page):
    base, name = site
    response = page.goto(f"{base}/{name}?sql=DELETE+FROM+articles")
    assert response.status >= 400 or "not allowed" in page.content().lower() or \
        "read-only" in page.content().lower()
    page.goto(f"{base}/{name}/articles.json?_shape=array")
    assert len(page.evaluate("() => JSON.parse(document.body.innerText)")) == len(ARTICLES) + 1
