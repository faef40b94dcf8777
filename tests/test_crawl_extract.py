"""The parts of a crawl that need no network: dates, boilerplate, the prefilter, page extraction,
the source list and the demo server's URL-to-file mapping."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pokazatel.crawlers.boilerplate import load_boilerplate
from pokazatel.crawlers.dates import to_iso
from pokazatel.crawlers.demo_site import file_for
from pokazatel.crawlers.extract import extract_article
from pokazatel.crawlers.prefilter import matches_prefilter
from pokazatel.crawlers.sources import SourceError, load_sources, select_sources

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Almaty"))


@pytest.mark.parametrize(("written", "iso"), [
    ("2026-11-27T09:05:00Z", "2026-11-27T14:05:00+05:00"),
    ("Fri, 27 Nov 2026 09:05:00 +0000", "2026-11-27T14:05:00+05:00"),
    ("27 ноября 2026, 14:05", "2026-11-27T14:05:00+05:00"),
    ("Опубликовано: 27.11.2026 14:05", "2026-11-27T14:05:00+05:00"),
    ("2026 жылғы 27 қараша, 14:05", "2026-11-27T14:05:00+05:00"),
    ("Бүгін, 09:15", "2026-11-28T09:15:00+05:00"),
    ("Вчера, 09:30", "2026-11-27T09:30:00+05:00"),
    ("Кеше, 23:10", "2026-11-27T23:10:00+05:00"),
])
def test_dates_become_almaty_iso(written: str, iso: str) -> None:
    assert to_iso(written, now=NOW) == iso


def test_not_a_date() -> None:
    assert to_iso("Главные новости", now=NOW) is None
    assert to_iso("", now=NOW) is None


def test_boilerplate_lines_are_dropped_and_related_links_end_the_article() -> None:
    lines = ["Аким задержан.", "Читайте также: другое", "Kazinform-ның Telegram-арнасына жазылыңыз!",
             "Пресс-служба ведомства сообщила, что аким задержан.", "Похожие новости", "Чужая новость"]
    assert load_boilerplate().clean(lines) == ["Аким задержан.",
                                               "Пресс-служба ведомства сообщила, что аким задержан."]


@pytest.mark.parametrize(("title", "text", "kept"), [
    ("Аким задержан", "Его подозревают в получении взятки.", True),
    ("Суд", "Экс-директора осудили за хищение бюджетных средств.", True),
    ("Әкім ұсталды", "Ол кәсіпкерден пара алған.", True),
    ("Қорытынды", "Сыбайлас жемқорлыққа қарсы қызмет мәлімдеді.", True),
    ("Погода", "В Алматы ожидается снег.", False),
    ("Футбол", "«Астана» стала чемпионом.", False),
])
def test_prefilter(title: str, text: str, kept: bool) -> None:
    assert matches_prefilter(title, text) is kept


PAGE = """<html><head><meta charset="utf-8">
<link rel="canonical" href="/crime/akim-zaderzhan-123/">
<meta property="og:title" content="Аким задержан">
<meta name="description" content="Главное в одной фразе.">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Аким задержан",
 "datePublished": "2026-11-27T09:05:00Z", "dateModified": "2026-11-27T10:00:00+05:00",
 "author": {"@type": "Organization", "name": "Outlet"}, "keywords": "взятка, аким"}</script>
</head><body><nav>Меню</nav><div class="story"><p>Главное в одной фразе.</p>
<p>Аким сельского округа задержан при получении взятки.</p><div class="share">Поделиться</div>
<p>Подписывайтесь на наш Telegram</p><p>Начато расследование.</p></div>
<div class="tags"><a>взятка</a> <a>аким</a></div><footer>© Outlet</footer></body></html>"""


def test_extract_with_a_body_selector() -> None:
    fields = extract_article(PAGE, "https://outlet.kz/crime/akim-zaderzhan-123/?utm_source=tg",
                             {"body": ".story", "tags": ".tags a"})
    assert fields == {
        "url": "https://outlet.kz/crime/akim-zaderzhan-123/", "title": "Аким задержан",
        "lead": "Главное в одной фразе.",
        "text": "Аким сельского округа задержан при получении взятки.\nНачато расследование.",
        "author": None, "tags": ["взятка", "аким"],
        "published_at": "2026-11-27T14:05:00+05:00", "modified_at": "2026-11-27T10:00:00+05:00",
        "extraction": {"title": "meta", "date": "json-ld", "body": "selector", "matched": {"body": ".story"}},
    }


def test_extract_without_selectors_falls_back_to_trafilatura() -> None:
    fields = extract_article(PAGE, "https://outlet.kz/crime/akim-zaderzhan-123/")
    assert fields["text"].splitlines()[0] == "Аким сельского округа задержан при получении взятки."
    assert "Telegram" not in fields["text"] and "Меню" not in fields["text"]
    assert fields["tags"] == ["взятка", "аким"]  # JSON-LD keywords


def test_source_list() -> None:
    real = load_sources()
    assert {"tengrinews", "zakon", "nur", "inform", "informburo", "kursiv", "inbusiness", "anticor_gov",
            "prokuror_gov", "egemen", "baq", "azattyq"} <= set(real)
    assert all(source.verified for source in real.values())
    demo = select_sources(None, demo_base="http://127.0.0.1:9999")
    assert {source.name for source in demo} == {"tengrinews", "zakon", "inform_kk", "anticor_gov", "egemen"}
    assert all("{base}" not in str(source.start) for source in demo)
    with pytest.raises(SourceError, match="unknown source nope"):
        select_sources(["nope"])


@pytest.mark.parametrize(("path", "query", "file"), [
    ("/tengrinews/crime/a-1/", "", "tengrinews/crime/a-1/index.html"),
    ("/zakon/news/", "type=list&p=2&handler=LoadMoreNews", "zakon/news/index@handler=LoadMoreNews&p=2&type=list.html"),
    ("/gov/press/news/details/5", "lang=kk", "gov/press/news/details/5/index@lang=kk.html"),
    ("/tengrinews/news.rss", "", "tengrinews/news.rss"),
])
def test_demo_urls_map_to_files(path: str, query: str, file: str) -> None:
    assert file_for(path, query) == file
