"""HTML, RSS and sitemap templates of the demo sites, each in the shape of a real outlet's pages
(see data/sources.yaml): what the spiders must cope with, not what is convenient for them."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from html import escape
from typing import Any

BASE = "__BASE__"

MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
}


def _moment(article: dict[str, Any]) -> datetime:
    published = article["published"]
    return published if isinstance(published, datetime) else datetime.fromisoformat(str(published))


def _iso(article: dict[str, Any]) -> str:
    return _moment(article).isoformat()


def visible_date(article: dict[str, Any], lang: str) -> str:
    """"6 октября 2026, 11:42" / "2026 жылғы 6 қазан, 11:42", as the outlets print them."""
    moment = _moment(article)
    month = MONTHS[lang][moment.month - 1]
    if lang == "kk":
        return f"{moment.year} жылғы {moment.day} {month}, {moment:%H:%M}"
    return f"{moment.day} {month} {moment.year}, {moment:%H:%M}"


def _paragraphs(lines: list[str], css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return "\n".join(f"<p{attribute}>{escape(line)}</p>" for line in lines)


def _body(article: dict[str, Any]) -> list[str]:
    return article["text"].splitlines()


def _boilerplate(article: dict[str, Any]) -> list[str]:
    return list(article.get("boilerplate") or [])


def _page(*, lang: str, title: str, head: str, body: str, site: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(site)}</title>
{head}
</head>
<body>
<header class="site-header"><a class="logo" href="/">{escape(site)}</a>
<nav><a href="/">Главная</a> <a href="/news/">Новости</a> <a href="/about/">О нас</a></nav></header>
<div class="cookie-banner">Мы используем файлы cookie, чтобы сайт работал лучше. <button>OK</button></div>
{body}
<footer><p>© {escape(site)}. Все права защищены. При использовании материалов ссылка обязательна.</p></footer>
</body>
</html>
"""


def _head(article: dict[str, Any], *, canonical: bool = True, tags_meta: bool = False,
          published_meta: bool = False) -> str:
    lines = []
    if canonical:
        lines.append(f'<link rel="canonical" href="{BASE}{escape(article["path"])}">')
        lines.append(f'<meta property="og:url" content="{BASE}{escape(article["path"])}">')
    lines.append(f'<meta property="og:title" content="{escape(article["title"])}">')
    if article.get("lead"):
        lines.append(f'<meta name="description" content="{escape(article["lead"])}">')
    if article.get("author"):
        lines.append(f'<meta name="author" content="{escape(article["author"])}">')
    if published_meta:
        lines.append(f'<meta property="article:published_time" content="{_iso(article)}">')
    if tags_meta:
        lines.extend(f'<meta property="article:tag" content="{escape(tag)}">' for tag in article.get("tags") or [])
    return "\n".join(lines)


def _related(titles: list[str], heading: str) -> str:
    items = "".join(f'<li><a href="/related/{number}/">{escape(title)}</a></li>' for number, title in enumerate(titles))
    return f'<aside class="related"><h3>{escape(heading)}</h3><ul>{items}</ul></aside>'


def _tag_links(article: dict[str, Any], css: str, label: str) -> str:
    links = " ".join(f'<a href="/tag/{escape(tag)}/">{escape(tag)}</a>' for tag in article.get("tags") or [])
    return f'<div class="{css}">{escape(label)} {links}</div>' if links else ""


# tengrinews: visible Russian date only, body in div.content_main_text, full text in news.rss ------

def tengrinews_article(article: dict[str, Any]) -> str:
    body = f"""<main class="content">
<h1 class="head-single">{escape(article["title"])}</h1>
<div class="date-time">{visible_date(article, "ru")}</div>
<div class="content_main_desc"><p>{escape(article.get("lead") or "")}</p></div>
<div class="content_main_text">
{_paragraphs(_body(article))}
{_paragraphs(_boilerplate(article))}
<div class="share"><a href="#">Поделиться</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
</div>
{_tag_links(article, "content_main_meta_tags", "Теги:")}
{_related(["Главные новости дня", "Курс валют на сегодня"], "Читайте также")}
</main>"""
    return _page(lang="ru", title=article["title"], head=_head(article), body=body, site="Tengrinews.kz")


def tengrinews_rss(articles: list[dict[str, Any]]) -> str:
    items = "\n".join(f"""<item>
<title>{escape(article["title"])}</title>
<link>{BASE}{escape(article["path"])}</link>
<guid>{BASE}{escape(article["path"])}</guid>
<pubDate>{format_datetime(_moment(article))}</pubDate>
<description>{escape(article.get("lead") or "")}</description>
<content:encoded><![CDATA[{_paragraphs(_body(article))}]]></content:encoded>
</item>""" for article in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Tengrinews.kz</title>
<link>{BASE}/tengrinews/</link>
<description>Новости Казахстана и мира</description>
{items}
</channel>
</rss>
"""


# zakon: .newscard listing with "load more" fragments; article body in JSON-LD articleBody --------

def zakon_cards(articles: list[dict[str, Any]]) -> str:
    return "\n".join(f"""<div class="newscard">
<a class="newscard_link" href="{escape(article["path"])}">
<div class="newscard__title">{escape(article["title"])}</div>
<div class="newscard__date">{_moment(article):%H:%M}</div>
</a></div>""" for article in articles)


def zakon_listing(articles: list[dict[str, Any]]) -> str:
    body = f"""<main><h1>Новости</h1>
<div class="zmainCard">{zakon_cards(articles)}</div>
<button class="load-more" data-url="/zakon/news/?handler=LoadMoreNews&amp;p=2&amp;type=list">Показать ещё</button>
</main>"""
    return _page(lang="ru", title="Новости", head="", body=body, site="Zakon.kz")


def zakon_article(article: dict[str, Any]) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
        "description": article.get("lead") or "", "datePublished": _iso(article), "dateModified": _iso(article),
        "mainEntityOfPage": f"{BASE}{article['path']}",
        "author": [{"@type": "Person", "name": article["author"]}] if article.get("author") else
        {"@type": "Organization", "name": "Zakon.kz"},
        "keywords": list(article.get("tags") or []),
        # The CMS dumps the whole body, promotions included, into articleBody.
        "articleBody": "\n".join([*_body(article), *_boilerplate(article)]),
        "publisher": {"@type": "Organization", "name": "Zakon.kz"},
    }
    breadcrumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []}
    head = "\n".join([_head(article),
                      f'<script type="application/ld+json">{json.dumps(breadcrumbs, ensure_ascii=False)}</script>',
                      f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'])
    body = f"""<main>
<div class="article__block">
<h1>{escape(article["title"])}</h1>
<div class="date">{_moment(article):%d.%m.%Y %H:%M}</div>
<div class="description">{escape(article.get("lead") or "")}</div>
<div class="content">
{_paragraphs(_body(article))}
{_paragraphs(_boilerplate(article))}
</div>
<div class="share">Поделиться: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
{_tag_links(article, "article__tags", "Теги:")}
</div>
</main>"""
    return _page(lang="ru", title=article["title"], head=head, body=body, site="Zakon.kz")


# inform_kk: lenta with .allNewsCard, RSS /rss/kaz.xml, meta published time ------------------

def inform_lenta(articles: list[dict[str, Any]]) -> str:
    cards = "\n".join(f"""<div class="allNewsCard"><a href="{escape(article["path"])}">
<div class="allNewsCard_title">{escape(article["title"])}</div>
<div class="allNewsCard_time">{_moment(article):%H:%M}</div></a></div>""" for article in articles)
    body = f'<main><h1>Жаңалықтар легі</h1><div class="allNews">{cards}</div></main>'
    return _page(lang="kk", title="Жаңалықтар легі", head="", body=body, site="Kazinform")


def inform_rss(articles: list[dict[str, Any]]) -> str:
    items = "\n".join(f"""<item><title>{escape(article["title"])}</title>
<link>{BASE}{escape(article["path"])}</link>
<pubDate>{format_datetime(_moment(article))}</pubDate></item>""" for article in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kazinform</title><link>{BASE}/inform/kz/</link>
{items}
</channel></rss>
"""


def inform_article(article: dict[str, Any]) -> str:
    body = f"""<main class="article">
<h1 class="article__title">{escape(article["title"])}</h1>
<div class="article__time">{visible_date(article, "kk")}</div>
<div class="article__description">{escape(article.get("lead") or "")}</div>
<div class="article__body-text">
{_paragraphs(_body(article))}
{_paragraphs(_boilerplate(article))}
</div>
{_tag_links(article, "article__tags", "Тегтер:")}
{_related(["Күн жаңалықтары", "Ауа райы"], "Ұқсас жаңалықтар")}
</main>"""
    return _page(lang="kk", title=article["title"], head=_head(article, published_meta=True), body=body,
                 site="Kazinform")


# anticor_gov: gov.kz-like press pages, ?lang=ru|kk, no canonical link, generic extraction -------

def gov_listing(articles: list[dict[str, Any]], lang: str) -> str:
    cards = "\n".join(f"""<div class="news-card"><a href="{escape(article["path"])}">{escape(article["title"])}</a>
<span class="news-card__date">{_moment(article):%d.%m.%Y}</span></div>""" for article in articles)
    heading = "Новости" if lang == "ru" else "Жаңалықтар"
    body = f'<main><h1>{heading}</h1><div class="news-list">{cards}</div></main>'
    return _page(lang=lang, title=heading, head="", body=body, site="gov.kz")


def gov_article(article: dict[str, Any]) -> str:
    lang = article["lang"]
    agency = ("Агентство Республики Казахстан по противодействию коррупции" if lang == "ru"
              else "Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі")
    body = f"""<div class="gov-header">{escape(agency)}</div>
<main><article class="press-details">
<h1>{escape(article["title"])}</h1>
<div class="press-details__date">{_moment(article):%d.%m.%Y %H:%M}</div>
<div class="press-content">
<p><strong>{escape(article.get("lead") or "")}</strong></p>
{_paragraphs(_body(article))}
{_paragraphs(_boilerplate(article))}
</div>
</article></main>"""
    return _page(lang=lang, title=article["title"], head=_head(article, canonical=False, tags_meta=True),
                 body=body, site="gov.kz")


# egemen: sitemap.xml, <time datetime>, article:tag metas, generic extraction -------------------

def egemen_sitemap(articles: list[dict[str, Any]]) -> str:
    urls = "\n".join(f"<url><loc>{BASE}{escape(article['path'])}</loc><lastmod>{_iso(article)}</lastmod></url>"
                     for article in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def egemen_article(article: dict[str, Any]) -> str:
    body = f"""<main><article class="news-article">
<h1>{escape(article["title"])}</h1>
<div class="meta"><time datetime="{_iso(article)}">{visible_date(article, "kk")}</time>
<span class="author">{escape(article.get("author") or "")}</span></div>
<div class="lead"><p>{escape(article.get("lead") or "")}</p></div>
<div class="article-text">
{_paragraphs(_body(article))}
{_paragraphs(_boilerplate(article))}
</div>
</article>
{_related(["Ауа райы", "Спорт жаңалықтары", "Мәдениет"], "Ең көп оқылған")}
</main>"""
    return _page(lang="kk", title=article["title"], head=_head(article, tags_meta=True), body=body,
                 site="Egemen Qazaqstan")


ARTICLE_PAGES = {"tengrinews": tengrinews_article, "zakon": zakon_article, "inform_kk": inform_article,
                 "anticor_gov": gov_article, "egemen": egemen_article}


def robots() -> str:
    return "User-agent: *\nDisallow: /private/\nDisallow: /search\n"


def front_page(outlets: list[str]) -> str:
    links = "".join(f"<li>{escape(outlet)}</li>" for outlet in outlets)
    return _page(lang="ru", title="Demo", head="", body=f"<main><h1>Demo news sites</h1><ul>{links}</ul></main>",
                 site="pokazatel demo")
