"""Morphological search on a real SQLite database loaded through pokazatel.store.load, with lemmas from the
project's lemmatiser. `build_database` and ARTICLES are shared by the other store/CLI/web tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.query import QueryError, lemmatise
from pokazatel.store.search import search

ARTICLES = [
    {
        "url": "https://tengrinews.kz/crime/glava-otdela-zaderzhan-1/", "source": "tengrinews", "lang": "ru",
        "published_at": "2024-03-05T10:15:00+05:00",
        "title": "Главу отдела акимата задержали при получении взятки",
        "text": "Антикоррупционная служба задержала главу отдела акимата Алматинской области Ерлана "
                "Сапарова при получении взятки в размере 5 млн тенге. По данным ведомства, взятку он "
                "требовал за выдачу разрешения на строительство. Начато досудебное расследование.",
        "relevant": True, "topic": "bribery",
        "entities": [("Антикоррупционная служба", "ORG", "Антикоррупционная служба"),
                     ("Алматинской области", "LOC", "Алматинская область"),
                     ("Ерлана Сапарова", "PER", "Ерлан Сапаров"),
                     ("главу отдела акимата", "POSITION", "глава отдела акимата", "Ерлан Сапаров")],
        "statistics": [(5_000_000, "KZT", "bribe", "при получении взятки в размере 5 млн тенге"),
                       (1, "person", "detained", "задержала главу отдела акимата")],
    },
    {
        "url": "https://www.zakon.kz/sobytiia/2-osuzhdeny.html", "source": "zakon", "lang": "ru",
        "published_at": "2024-07-10T09:00:00+05:00",
        "title": "Осуждены бывшие сотрудники налогового управления",
        "text": "Суд Карагандинской области вынес приговор троим бывшим сотрудникам налогового "
                "управления: они получали взятки от предпринимателей. Об итогах работы доложил "
                "Олжас Бектенов. Бектенова поддержали в министерстве.",
        "relevant": True, "topic": "bribery",
        "entities": [("Карагандинской области", "LOC", "Карагандинская область"),
                     ("Олжас Бектенов", "PER", "Олжас Бектенов")],
        "statistics": [(3, "person", "convicted", "вынес приговор троим бывшим сотрудникам")],
    },
    {
        "url": "https://egemen.kz/article/para-algan-3", "source": "egemen", "lang": "kk",
        "published_at": "2024-05-20T12:00:00+05:00",
        "title": "Пара алған екі шенеунік ұсталды",
        "text": "Сыбайлас жемқорлыққа қарсы қызмет Алматы облысында пара алған екі шенеунікті ұстады. "
                "Олар кәсіпкерлерден ақша талап еткен.",
        "relevant": True, "topic": "bribery",
        "entities": [("Алматы облысында", "LOC", "Алматы облысы")],
        "statistics": [(2, "person", "detained", "пара алған екі шенеунікті ұстады")],
    },
    {
        "url": "https://www.nur.kz/nature/park-4/", "source": "nur", "lang": "ru",
        "published_at": "2023-11-02T08:00:00+05:00",
        "title": "В Астане открыли новый парк",
        "text": "Взятие новой высоты: в столице открыли парк площадью десять гектаров.",
        "relevant": False, "topic": "other", "entities": [], "statistics": [],
    },
    {
        "url": "https://tengrinews.kz/kazakhstan_news/hishchenie-5/", "source": "tengrinews", "lang": "ru",
        "published_at": "2025-01-15T14:30:00+05:00",
        "title": "Хищение бюджетных средств: ущерб превысил 1,5 млрд тенге",
        "text": "=HYPERLINK(\"http://evil\") Директор коммунального предприятия Алматинской области "
                "похитил бюджетные средства. Ущерб составил 1,5 млрд тенге, из них возмещено "
                "300 млн тенге. Взяток он не брал, сообщили в службе.",
        "relevant": True, "topic": "embezzlement",
        "entities": [("Алматинской области", "LOC", "Алматинская область"),
                     ("@директор", "POSITION", "+директор")],
        "statistics": [(1_500_000_000, "KZT", "damage", "Ущерб составил 1,5 млрд тенге"),
                       (300_000_000, "KZT", "recovered", "возмещено 300 млн тенге")],
    },
]
UNPROCESSED = {
    "url": "https://kz.kursiv.media/2025-02-01/vzyatka-6/", "source": "kursiv", "lang": "ru",
    "published_at": "2025-02-01T11:00:00+05:00",
    "title": "Новая взятка в порту", "text": "В порту Актау выявили взятку инспектору.",
}


def invented_article(number: int, lang: str, title: str, text: str) -> dict:
    """An article stored as tagged (relevant, no entities or figures), published on day `number` of May 2025."""
    return {"url": f"https://example.kz/{number}", "source": "example", "lang": lang,
            "published_at": f"2025-05-{number:02d}T10:00:00+05:00", "title": title, "text": text,
            "relevant": True, "topic": "bribery", "entities": [], "statistics": []}


def analysis(article_id: int, article: dict) -> dict:
    lang = article["lang"]
    return {
        "id": article_id, "lang": lang, "relevant": article["relevant"], "topic": article["topic"],
        "relevance_score": 0.9 if article["relevant"] else 0.1,
        "entities": [
            {"text": e[0], "label": e[1], "norm": e[2], "start": max(0, article["text"].find(e[0])),
             "end": max(0, article["text"].find(e[0])) + len(e[0]), **({"person": e[3]} if len(e) > 3 else {})}
            for e in article["entities"]
        ],
        "statistics": [
            {"value": s[0], "unit": s[1], "event": s[2], "object": "", "period": article["published_at"][:4],
             "quote": s[3]}
            for s in article["statistics"]
        ],
        "lemmas": {"title": lemmatise(article["title"], lang), "text": lemmatise(article["text"], lang)},
    }


def build_database(path: Path, articles: list[dict] = ARTICLES, unprocessed: bool = True) -> Path:
    """A database the way the pipeline fills it: crawled articles saved, then their analyses."""
    db = open_db(path)
    for article in articles:
        assert save_article(db, article) == "new"
    ids = {row[1]: row[0] for row in db.execute("SELECT id, url FROM articles")}
    save_analyses(db, [analysis(ids[a["url"]], a) for a in articles], model="test")
    if unprocessed:
        save_article(db, UNPROCESSED)
    db.conn.close()
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_database(tmp_path_factory.mktemp("search") / "news.db")
    return open_db(path, readonly=True)


def titles(results: list[dict]) -> set[str]:
    return {r["title"] for r in results}


def title_of(index: int) -> str:
    return ARTICLES[index]["title"]


def test_any_word_form_finds_the_lemma(db):
    for query in ("взятки", "взятку", "взятка", "взяткой"):
        assert titles(search(db, query)) >= {title_of(0), title_of(1), title_of(4)}, query


def test_exact_form_ranks_first_and_snippet_marks_the_original_words(db):
    results = search(db, "взятки")
    assert results[0]["exact"] is True
    assert "[взятки]" in results[0]["snippet"]
    lemma_only = [r for r in results if not r["exact"]]
    assert lemma_only, "the article saying 'Взяток' matches through its lemma only"
    assert all(r["score"] <= results[0]["score"] for r in results)
    assert "[Взяток]" in lemma_only[0]["snippet"]


def test_kazakh_words_are_found(db):
    assert titles(search(db, "пара")) == {title_of(2)}
    assert titles(search(db, "шенеунікті", lang="kk")) == {title_of(2)}


def test_phrase_needs_its_words_near_each_other(db):
    assert titles(search(db, '"получении взятки"')) == {title_of(0)}
    assert titles(search(db, '"взятки получении"')) == {title_of(0)}  # in another order, as people type it
    assert titles(search(db, "«налогового управления»")) == {title_of(1)}
    assert titles(search(db, "налогового предпринимателей")) == {title_of(1)}
    assert titles(search(db, '"налогового предпринимателей"')) == set()  # five words apart


def test_prefix(db):
    assert titles(search(db, "взят*", relevant=None)) >= {title_of(0), title_of(1), title_of(3), title_of(4)}
    assert title_of(3) in titles(search(db, "взяти*", relevant=None))


def test_boolean_operators(db):
    assert titles(search(db, "взятка -суд")) == {title_of(0), title_of(4)}
    assert titles(search(db, "взятка NOT суд")) == {title_of(0), title_of(4)}
    assert titles(search(db, "ущерб OR пара")) == {title_of(2), title_of(4)}
    assert titles(search(db, "(ущерб OR приговор) тенге")) == {title_of(4)}
    assert titles(search(db, "взятка AND предприниматель")) == {title_of(1)}


def test_relevance_filter(db):
    assert title_of(3) not in titles(search(db, "парк"))
    assert titles(search(db, "парк", relevant=False)) == {title_of(3)}
    assert titles(search(db, "порту")) == set(), "unprocessed articles are not known to be relevant"
    # not lemmatised yet: found by the exact form only
    assert titles(search(db, "порту", relevant=None)) == {UNPROCESSED["title"]}
    assert titles(search(db, "порт", relevant=None)) == set()


def test_date_source_lang_topic_filters(db):
    assert titles(search(db, "взятка", date_from="2024-07-10")) == {title_of(1), title_of(4)}
    assert titles(search(db, "взятка", date_to="2024-07-10")) == {title_of(0), title_of(1)}
    assert titles(search(db, "взятка", date_from="2024-01-01", date_to="2024-12-31",
                         source="tengrinews")) == {title_of(0)}
    assert titles(search(db, "пара OR взятка", lang="kk")) == {title_of(2)}
    assert titles(search(db, "область", topic="embezzlement")) == {title_of(4)}
    assert titles(search(db, "область", topic=["embezzlement", "bribery"], lang="ru")) == \
        {title_of(0), title_of(1), title_of(4)}


def test_entity_filter_folds_case_and_inflection(db):
    for name in ("Бектенова", "бектенов", "ОЛЖАС БЕКТЕНОВ", "Бектёнов"):
        assert titles(search(db, "взятка", entity=name)) == {title_of(1)}, name
    assert titles(search(db, "область", entity="Алматинской области")) == {title_of(0), title_of(4)}
    assert titles(search(db, "взятка", entity="Иванов")) == set()


def test_event_and_min_value_filters(db):
    assert titles(search(db, "взятка OR пара", event="detained")) == {title_of(0), title_of(2)}
    assert titles(search(db, "взятка OR пара", event=["detained", "convicted"])) == \
        {title_of(0), title_of(1), title_of(2)}
    assert titles(search(db, "тенге", event="bribe", min_value=1_000_000)) == {title_of(0)}
    assert titles(search(db, "тенге", event="bribe", min_value=10_000_000)) == set()
    assert titles(search(db, "тенге", min_value=1e9)) == {title_of(4)}


def test_limit_and_offset_page_through_results(db):
    everything = search(db, "взятка", limit=10)
    pages = search(db, "взятка", limit=2) + search(db, "взятка", limit=2, offset=2)
    assert [r["id"] for r in pages] == [r["id"] for r in everything][:4]


@pytest.mark.parametrize("query", ['"взятка', "взятка AND", "OR", "NOT суд", "(взятка", "взятка)", "*",
                                   "-", "", "   ", "«взятка", "MATCH '*'"])
def test_bad_queries_raise_one_line_value_errors(db, query):
    with pytest.raises(QueryError) as caught:
        search(db, query)
    assert isinstance(caught.value, ValueError)
    assert "\n" not in str(caught.value)


def test_bad_filters_raise_value_errors(db):
    with pytest.raises(ValueError, match="date"):
        search(db, "взятка", date_from="5 марта")
    with pytest.raises(ValueError, match="min_value"):
        search(db, "взятка", min_value="много")


@pytest.mark.parametrize("query", ["взятка' OR 1=1; DROP TABLE articles; SELECT '",
                                   'взятка" OR 1=1 OR "', "articles_fts MATCH 'взятка'", "NEAR(взятка суд)",
                                   "взятка; DELETE FROM articles", "title:взятка"])
def test_sql_and_fts_syntax_in_queries_is_only_text(db, query):
    search(db, query, relevant=None)  # runs as words: no error, no injection
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES) + 1
    assert search(db, "ничего' OR 'x'='x") == []  # words 'ничего' or 'x', found nowhere


def test_unbalanced_sql_is_refused_as_a_query_not_run(db):
    with pytest.raises(QueryError, match="unexpected"):
        search(db, "взятка')); DROP TABLE articles; --")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES) + 1


def test_filter_values_are_parameters(db):
    assert search(db, "взятка", source="tengrinews' OR '1'='1") == []
    assert search(db, "взятка", entity="x') OR 1=1 --") == []


def test_query_and_index_share_the_lemmatiser(db):
    """A surname in another case, a hyphenated or ё-spelt word: found because the query goes through
    the same lemmatise() as the index."""
    assert titles(search(db, "Бектеновым")) == {title_of(1)}
    assert titles(search(db, "Сапаровым")) == {title_of(0)}
    assert titles(search(db, "возмещён")) == {title_of(4)}
    assert titles(search(db, "Кызыл-Орды OR кәсіпкерлерден")) == {title_of(2)}


# --- filtered search on a larger database: the same ranking as the unfiltered one, filtered -------

CROWD = 150  # more than one chunk of ranked rows for the entity filter


def crowd_article(number: int) -> dict:
    """Articles mentioning a bribe a varying number of times, so bm25 orders them; every tenth names
    Сапаров, every third is from 2023, every fourth is a bribery conviction worth a figure."""
    bribes = " ".join(["Чиновник получил взятку."] * (1 + number % 7))
    filler = " ".join(["Комиссия проверила отчёт о работе районного отдела."] * (1 + number % 5))
    person = "Ерлан Сапаров" if number % 10 == 0 else "Марат Омаров"
    year = 2023 if number % 3 == 0 else 2024
    return {
        "url": f"https://zakon.kz/crowd/{number}", "source": "zakon" if number % 2 else "tengrinews",
        "lang": "ru", "published_at": f"{year}-0{1 + number % 9}-10T10:00:00+05:00",
        "title": f"Проверка номер {number}", "text": f"Дело номер {number}. {bribes} {filler} Задержан {person}.",
        "relevant": True, "topic": "bribery",
        "entities": [(person, "PER", person)],
        "statistics": [(number, "person", "convicted" if number % 4 == 0 else "detained", "задержан")],
    }


@pytest.fixture(scope="module")
def crowd(tmp_path_factory):
    path = build_database(tmp_path_factory.mktemp("crowd") / "crowd.db",
                          [crowd_article(n) for n in range(CROWD)], unprocessed=False)
    return open_db(path, readonly=True)


def crowd_ids(condition) -> set[int]:
    return {n + 1 for n in range(CROWD) if condition(n)}  # ids follow the insertion order


def test_filters_keep_the_unfiltered_ranking_and_scores(crowd):
    everything = search(crowd, "взятка", limit=CROWD)
    assert len(everything) == CROWD
    for filters, kept in (({"date_to": "2023-12-31"}, crowd_ids(lambda n: n % 3 == 0)),
                          ({"source": "zakon"}, crowd_ids(lambda n: n % 2 == 1)),
                          ({"event": "convicted", "min_value": 50}, crowd_ids(lambda n: n % 4 == 0 and n >= 50))):
        expected = [(r["id"], r["score"]) for r in everything if r["id"] in kept]
        found = search(crowd, "взятка", limit=CROWD, **filters)
        assert [(r["id"], r["score"]) for r in found] == expected, filters


def test_entity_filter_pages_through_the_ranking(crowd):
    everything = [r["id"] for r in search(crowd, "взятка", limit=CROWD)]
    named = [i for i in everything if i in crowd_ids(lambda n: n % 10 == 0)]
    assert len(named) == CROWD // 10
    pages = [search(crowd, "взятка", entity="Сапарова", limit=4, offset=offset) for offset in range(0, 16, 4)]
    assert [r["id"] for page in pages for r in page] == named
    assert search(crowd, "взятка", entity="Сапарова", limit=0) == []


def test_and_query_ranks_like_its_words_found_together(crowd):
    both = search(crowd, "взятка комиссия", limit=CROWD)
    assert {r["id"] for r in both} == crowd_ids(lambda n: True)
    scores = [r["score"] for r in both]
    assert scores == sorted(scores, reverse=True)
    assert search(crowd, "взятка -комиссия") == []


def test_save_articles_stores_a_batch_like_one_by_one(tmp_path):
    from pokazatel.store.load import save_articles

    db = open_db(tmp_path / "batch.db")
    first, second = ARTICLES[0], ARTICLES[1]
    republished = {**first, "url": "https://other.kz/copy"}  # the same text under another URL
    assert save_articles(db, [first, second, first, republished]) == ["new", "new", "known", "duplicate"]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert db.execute("SELECT article_id FROM article_urls WHERE url = ?", [republished["url"]]).fetchone() == \
        db.execute("SELECT id FROM articles WHERE url = ?", [first["url"]]).fetchone()
    with pytest.raises(ValueError):
        save_articles(db, [ARTICLES[2], {"url": "https://x.kz/1", "source": "x", "title": "", "text": "t"}])
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2, "a bad article rejects its batch"
    assert not db.conn.in_transaction


def test_a_window_ranks_the_newest_matches_first_and_pages_reach_every_match(crowd):
    """With more matches than one window, each window of newest matches is ranked by bm25 on its own,
    the newest window first; paging still reaches every match once."""
    everything = search(crowd, "взятка", limit=CROWD, window=None)
    assert not everything.windowed
    windowed = search(crowd, "взятка", limit=CROWD, window=60)
    assert windowed.windowed
    assert sorted(r["id"] for r in windowed) == sorted(r["id"] for r in everything)
    ids = [r["id"] for r in windowed]
    newest, middle, oldest = ids[:60], ids[60:120], ids[120:]
    assert min(newest) > max(middle) and min(middle) > max(oldest), "windows go from newest to oldest"
    for window in (newest, middle, oldest):
        ranked = [r["id"] for r in everything if r["id"] in window]
        assert window == ranked, "within a window, the order of the full ranking"
    pages = [search(crowd, "взятка", limit=7, offset=offset, window=60) for offset in range(0, CROWD, 7)]
    assert [r["id"] for page in pages for r in page] == ids
    assert search(crowd, "взятка", limit=CROWD, window=CROWD) == everything


def test_filters_apply_across_windows(crowd):
    named = search(crowd, "взятка", entity="Сапарова", limit=CROWD, window=40)
    assert sorted(r["id"] for r in named) == sorted(crowd_ids(lambda n: n % 10 == 0))


def test_snippet_marks_every_form_around_the_first_match():
    from pokazatel.store.search import highlight

    text = ("Начато досудебное расследование. По данным ведомства, взятку он требовал за выдачу разрешения. "
            "Глава отдела был задержан при получении взятки. Люди шли к акимату.")
    assert highlight(text, "взятки").startswith("Начато досудебное расследование. По данным ведомства, [взятку]")
    assert "[взятки]" in highlight(text, "взятки")
    assert "[" not in highlight(text, "хищение"), "no word matches: the start of the text, unmarked"
    assert highlight(text, "хищение").startswith("Начато")
    assert "[шли]" in highlight(text, "шёл"), "a query word sharing too little with its lemma: read word by word"


def test_an_empty_window_is_refused(crowd):
    with pytest.raises(QueryError):
        search(crowd, "взятка", window=0)
