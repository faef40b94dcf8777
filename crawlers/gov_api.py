"""gov.kz's public JSON API for press releases, read without a browser.

The press pages of www.gov.kz render with JavaScript; the pages call
`/api/v1/public/content-manager/news?sort-by=created_date:DESC&projects=eq:<entity>&page=N&size=S`
(Accept-Language: ru | kk), which answers `{"content": [{"id", "title", "body" (HTML),
"created_date", "publish_date"?, ...}], "totalPages"?, "last"?}`. An item without a body is read
from the article endpoint (`article_api`, its `{id}` filled in). The article is stored under its
public page (`page_url`, e.g. .../press/news/details/{id}?lang=ru), which readers can open."""

from __future__ import annotations

import json
from typing import Any

from parsel import Selector
from pokazatel.crawlers.boilerplate import load_boilerplate
from pokazatel.crawlers.dates import to_iso

WRAPPERS = ("content", "data", "items", "result")


class ApiError(ValueError):
    """An answer that is not the JSON the API gives."""


def _payload(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ApiError(f"not JSON ({error})") from None


def list_items(body: bytes) -> tuple[list[dict[str, Any]], bool]:
    """The articles of one list page, and whether the API says it was the last page."""
    payload = _payload(body)
    items: Any = payload
    if isinstance(payload, dict):
        items = next((payload[key] for key in WRAPPERS if isinstance(payload.get(key), list)), None)
    if not isinstance(items, list):
        raise ApiError("no list of articles (content[]) in the answer")
    last = False
    if isinstance(payload, dict):
        total, number = payload.get("totalPages"), payload.get("number")
        last = payload.get("last") is True or (isinstance(total, int) and isinstance(number, int)
                                               and number + 1 >= total)
    return [item for item in items if isinstance(item, dict) and item.get("id") is not None], last


def article_object(body: bytes) -> dict[str, Any]:
    """The article of an article-endpoint answer: the object itself or wrapped in content/data."""
    payload = _payload(body)
    for key in WRAPPERS:
        if isinstance(payload, dict) and isinstance(payload.get(key), dict):
            return payload[key]
    if not isinstance(payload, dict):
        raise ApiError("no article object in the answer")
    return payload


def html_to_lines(html: str) -> list[str]:
    """Paragraph texts of the body's HTML (<p>, <li>, headings; <br> splits), boilerplate dropped."""
    page = Selector(text=f"<html><body>{html.replace('<br>', '</p><p>').replace('<br/>', '</p><p>')}</body></html>")
    blocks = page.xpath("//body//*[self::p or self::li or self::h2 or self::h3 or self::h4 or self::blockquote]"
                        "[not(ancestor::p or ancestor::li or ancestor::blockquote)]")
    texts = [" ".join("".join(block.xpath(".//text()").getall()).split()) for block in blocks]
    if not any(texts):  # plain text with newlines
        texts = ["".join(page.xpath("//body//text()").getall())]
        texts = [line for text in texts for line in text.splitlines()]
    return load_boilerplate().clean([text for text in texts if text.strip()])


def article_fields(item: dict[str, Any], page_url: str) -> dict[str, Any]:
    """The stored article's fields from one API article (the shape extract_article returns)."""
    title = " ".join(str(item.get("title") or "").split())
    lines = html_to_lines(str(item.get("body") or ""))
    lead = " ".join(str(item.get("short_description") or item.get("description") or "").split())
    lead = " ".join(html_to_lines(lead)) if "<" in lead else lead
    while lines and lines[0] in {title, lead}:
        lines.pop(0)
    published = to_iso(item.get("publish_date")) or to_iso(item.get("created_date"))
    return {"url": page_url, "title": title, "lead": lead, "text": "\n".join(lines), "author": None,
            "tags": [], "published_at": published, "modified_at": to_iso(item.get("updated_date")),
            "extraction": {"title": "api" if title else "", "date": "api" if published else "",
                           "body": "api" if lines else "", "matched": {}}}
