"""Extraction that survives markup changes: selector lists (an outlet's new and old layout),
JSON-LD first where an outlet has it, the path each field came from, boilerplate that bylines and
promotions leave in the text, and gov.kz's JSON API turned into articles."""

from __future__ import annotations

import json

import pytest
from pokazatel.crawlers.boilerplate import load_boilerplate
from pokazatel.crawlers.extract import extract_article
from pokazatel.crawlers.gov_api import ApiError, article_fields, article_object, html_to_lines, list_items
from pokazatel.crawlers.sources import load_sources

BODY = ["Бывший аким района приговорён к 8 годам лишения свободы за получение взятки в размере 20 млн тенге.",
        "Суд установил, что деньги передал подрядчик за приёмку невыполненных работ по ремонту дорог."]


def tengrinews_page(layout: str) -> str:
    """One story in tengrinews' 2024+ markup ("new") or its 2022 markup ("old")."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    if layout == "new":
        article = (f'<h1 class="head-single">Аким осуждён</h1><div class="date-time">27 ноября 2026 14:40</div>'
                   f'<div class="content_main_text">{paragraphs}<p>Читайте также: Другое</p></div>'
                   f'<div class="content_main_text_tags"><a>взятка</a></div>')
    else:
        article = (f'<h1 class="tn-content-title">Аким осуждён</h1><time class="tn-visible">27 ноября 2026, 14:40'
                   f'</time><div class="tn-news-text">{paragraphs}<p>Самые важные новости - в нашем '
                   f'Telegram-канале. Подписывайтесь!</p></div>')
    return (f"<html><head><title>Аким осуждён: Новости - Tengrinews.kz</title></head><body>"
            f"<header><nav>Новости Казахстан Мир</nav></header><main>{article}</main>"
            f"<aside><a>Другая новость с длинным заголовком о погоде</a></aside><footer>© Tengrinews</footer>"
            f"</body></html>")


@pytest.mark.parametrize(("layout", "matched"), [("new", "div.content_main_text"), ("old", "div.tn-news-text")])
def test_the_real_tengrinews_entry_reads_both_layouts(layout: str, matched: str) -> None:
    selectors = load_sources()["tengrinews"].selectors
    fields = extract_article(tengrinews_page(layout), "https://tengrinews.kz/kazakhstan_news/akim-561301/",
                             selectors)
    assert fields["title"] == "Аким осуждён"
    assert fields["text"].splitlines() == BODY
    assert fields["published_at"] == "2026-11-27T14:40:00+05:00"
    assert fields["extraction"]["body"] == "selector"
    assert fields["extraction"]["matched"]["body"] == matched
    assert fields["extraction"]["title"] == "selector"
    assert fields["extraction"]["date"] == "selector"


def test_a_selector_that_no_longer_matches_falls_back_to_generic_and_says_so() -> None:
    fields = extract_article(tengrinews_page("old"), "https://tengrinews.kz/kazakhstan_news/akim-561301/",
                             {"body": "div.content_main_text"})
    assert fields["extraction"]["body"] == "generic"
    assert "matched" not in fields["extraction"] or "body" not in fields["extraction"]["matched"]
    assert BODY[0] in fields["text"]  # trafilatura still finds the story


def ld_page(ld: dict, body_html: str) -> str:
    return (f'<html><head><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            f'</head><body><h1 class="main-headline">Заголовок страницы</h1>{body_html}</body></html>')


def test_json_ld_first_where_the_source_says_so() -> None:
    ld = {"@type": "NewsArticle", "headline": "Заголовок JSON-LD", "datePublished": "2026-11-27T09:00:00Z",
          "articleBody": "\n".join(BODY)}
    page = ld_page(ld, '<time class="datetime--publication" datetime="2026-11-26T10:00:00+05:00">26 ноября</time>'
                       '<p class="formatted-body__paragraph">Только первый абзац</p>')
    fields = extract_article(page, "https://www.nur.kz/incident/crime/2001-akim/", load_sources()["nur"].selectors)
    assert fields["title"] == "Заголовок JSON-LD"
    assert fields["published_at"] == "2026-11-27T14:00:00+05:00"
    assert fields["text"].splitlines() == BODY
    assert {key: fields["extraction"][key] for key in ("title", "date", "body")} == \
        {"title": "json-ld", "date": "json-ld", "body": "json-ld"}
    # Without articleBody the page's paragraphs are read, and the path says so.
    del ld["articleBody"]
    fields = extract_article(ld_page(ld, '<p class="formatted-body__paragraph">Только первый абзац</p>'),
                             "https://www.nur.kz/incident/crime/2001-akim/", load_sources()["nur"].selectors)
    assert fields["text"] == "Только первый абзац"
    assert fields["extraction"]["body"] == "selector"


def test_zakon_reads_its_2020_layout_too() -> None:
    page = ('<html><body><div class="fullnews white_block"><h1>Экс-аким осуждён</h1>'
            f'<div class="full_text">{"".join(f"<p>{line}</p>" for line in BODY)}</div></div></body></html>')
    fields = extract_article(page, "https://www.zakon.kz/proisshestviia/6500001-eks-akim.html",
                             load_sources()["zakon"].selectors)
    assert fields["title"] == "Экс-аким осуждён"
    assert fields["text"].splitlines() == BODY
    assert fields["extraction"]["matched"] == {"title": "div.fullnews.white_block h1", "body": "div.full_text"}


# Boilerplate ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "cleaned"), [
    ("Об этом передаетTengrinews.kzсо ссылкой на пресс-службу суда.",
     "Об этом передает со ссылкой на пресс-службу суда."),
    ("Как сообщаетZakon.kz, суд вынес приговор.", "Как сообщает, суд вынес приговор."),
    ("Бұл туралы Kaz.Tengrinews.kzтілшісі хабарлайды.", "Бұл туралы тілшісі хабарлайды."),
    ("Приговор вынесен, передаетNUR.KZ.", "Приговор вынесен, передает."),
    # the outlet named with its spaces is the text itself, kept
    ("Об этом сообщает Tengrinews.kz.", "Об этом сообщает Tengrinews.kz."),
    ("Возбуждено уголовное дело. Читайте также: Аким задержан в Таразе",
     "Возбуждено уголовное дело."),
    ("Іс сотқа жіберілді. Оқи отырыңыз: Таразда әкім ұсталды", "Іс сотқа жіберілді."),
    ("Суд продолжится завтра. Продолжение следует.", "Суд продолжится завтра."),
])
def test_glued_bylines_and_inline_read_also_are_removed(line: str, cleaned: str) -> None:
    assert load_boilerplate().clean([line]) == [cleaned]


def test_promotions_and_continuation_links_are_dropped_news_is_kept() -> None:
    news = ["Продолжение строительства моста остановлено прокуратурой.",
            "Следствие изучает переписку фигурантов в Telegram.",
            "Читайте также материалы дела, сказал судья, прежде чем вынести решение о 5 годах."]
    dropped = ["Продолжение", "Продолжение →", "Продолжение на сайте", "Жалғасы бар", "Толық нұсқасы",
               "t.me/tengrinews", "https://t.me/zakonkz", "Читайте также: Аким задержан",
               "Жаңалықтарды Telegram-арнамыздан оқыңыз", "Подписывайтесь на наш Telegram-канал"]
    assert load_boilerplate().clean([*dropped[:5], news[0], *dropped[5:], news[1]]) == news[:2]
    # a paragraph that opens with "Читайте также" is promotion, whatever follows
    assert load_boilerplate().clean([news[2]]) == []


# gov.kz JSON API -----------------------------------------------------------------------------

def test_api_list_pages_and_their_end() -> None:
    page = {"content": [{"id": 5, "title": "A"}, {"title": "no id"}], "number": 0, "totalPages": 2, "last": False}
    items, last = list_items(json.dumps(page).encode())
    assert [item["id"] for item in items] == [5] and not last
    assert list_items(json.dumps({**page, "number": 1}).encode())[1]
    assert list_items(b'[{"id": 1}]') == ([{"id": 1}], False)
    with pytest.raises(ApiError):
        list_items(b"<html>Access denied</html>")
    with pytest.raises(ApiError):
        list_items(b'{"error": "token required"}')
    assert article_object(b'{"data": {"id": 3, "title": "T"}}') == {"id": 3, "title": "T"}


def test_api_article_becomes_a_stored_article() -> None:
    item = {"id": 812431, "title": " Задержан  руководитель ", "created_date": "2026-11-27T05:00:00.000+00:00",
            "body": "<p>27.11.2026</p><p>Задержан руководитель управления при получении взятки.</p>"
                    "<p>Начато&nbsp;досудебное расследование.<br>Проводятся следственные действия.</p>"
                    "<ul><li>Подписывайтесь на наш Telegram-канал</li></ul>"
                    "<p>Пресс-служба Агентства Республики Казахстан по противодействию коррупции</p>"}
    url = "https://www.gov.kz/memleket/entities/anticorruption/press/news/details/812431?lang=ru"
    fields = article_fields(item, url)
    assert fields["url"] == url
    assert fields["title"] == "Задержан руководитель"
    assert fields["published_at"] == "2026-11-27T10:00:00+05:00"
    assert fields["text"].splitlines() == ["Задержан руководитель управления при получении взятки.",
                                           "Начато досудебное расследование.", "Проводятся следственные действия."]
    assert {key: fields["extraction"][key] for key in ("title", "date", "body")} == \
        {"title": "api", "date": "api", "body": "api"}
    assert html_to_lines("Текст без разметки.\nВторая строка.") == ["Текст без разметки.", "Вторая строка."]


def test_an_api_start_point_needs_its_page_url(tmp_path) -> None:
    from pokazatel.crawlers.sources import SourceError

    listed = tmp_path / "sources.yaml"
    listed.write_text("sources:\n  - name: gov\n    article: ^https://gov/\n    start:\n"
                      "      - api: https://gov/api?page={n}\n", encoding="utf-8")
    with pytest.raises(SourceError, match="an api start point needs page_url"):
        load_sources(path=listed)
