"""One body, one name: the Russian and Kazakh, full and short names of a body resolve to its
canonical (Russian full) name, which entity records carry as `body` and search and stats group by."""

import pytest
from pokazatel.nlp.bodies import canonical_body


@pytest.mark.parametrize("name", [
    "Агентство по противодействию коррупции", "Антикор", "АПК", "Антикоррупционная служба",
    "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің",
])
def test_the_anticorruption_agency_is_one_body_in_both_languages(name):
    assert canonical_body(name) == "Агентство по противодействию коррупции"


@pytest.mark.parametrize(("names", "body"), [
    (["Генеральная прокуратура", "Генпрокуратура", "Бас прокуратура", "Бас прокуратурасы"], "Генеральная прокуратура"),
    (["Верховный суд", "Жоғарғы сот"], "Верховный суд"),
    (["КНБ", "ҰҚК", "Ұлттық қауіпсіздік комитеті"], "Комитет национальной безопасности"),
    (["АФМ", "Қаржылық мониторинг агенттігі"], "Агентство по финансовому мониторингу"),
    (["Самрук-Казына", "Самұрық-Қазына", "ФНБ «Самрук-Казына»"], "Самрук-Казына"),
    (["КТЖ", "ҚТЖ", "«Қазақстан темір жолы» ҰК АҚ"], "Казахстан темир жолы"),
    (["Казмунайгаз", "НК «КазМунайГаз»", "ҚазМұнайГаз"], "КазМунайГаз"),
    (["Минфин", "Қаржы министрлігі"], "Министерство финансов"),
    (["Правительство РК", "Үкімет", "Қазақстан Республикасының Үкіметі"], "Правительство"),
    (["ЦИК", "Орталық сайлау комиссиясының"], "Центральная избирательная комиссия"),
    (["Нацгвардия", "Ұлттық ұлан"], "Национальная гвардия"),
    (["АО «НАК «Казатомпром»", "Қазатомөнеркәсіп"], "Казатомпром"),
    (["ЕНПФ", "БЖЗҚ", "Бірыңғай жинақтаушы зейнетақы қорының"], "Единый накопительный пенсионный фонд"),
    (["Министерство энергетики Казахстана", "Минэнерго"], "Министерство энергетики"),
])
def test_russian_and_kazakh_names_share_one_body(names, body):
    assert [canonical_body(name) for name in names] == [body] * len(names)


def test_akimats_resolve_through_their_place_in_either_language():
    region = "Акимат Алматинской области"
    assert canonical_body("акимат Алматинской области") == region
    assert canonical_body("Алматы облысының әкімдігі") == region
    assert canonical_body("Алматы облысы әкімдігі") == region
    assert canonical_body("акимат Алматы") == canonical_body("Алматы қаласының әкімдігі") == "Акимат города Алматы"


def test_a_unit_of_a_body_is_the_last_body_named_in_its_chain_or_none():
    assert canonical_body("Қаржы министрлігінің Мемлекеттік кірістер комитеті") == "Комитет государственных доходов"
    assert canonical_body("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Жетісу облысы бойынша департаменті") is None


def test_places_people_and_unknown_bodies_have_no_body():
    assert canonical_body("Алматы") is None
    assert canonical_body("ТОО «Шортанды Строй Сервис»") is None
    assert canonical_body("") is None


def test_an_extracted_record_carries_the_body_beside_the_norm():
    import pokazatel.nlp.extensions  # noqa: F401  (registers span._.norm)
    import spacy
    from pokazatel.nlp.record import _distinct

    nlp = spacy.blank("ru")
    doc = nlp.make_doc("Антикор сообщил")
    from spacy.tokens import Span

    span = Span(doc, 0, 1, label="ORG")
    span._.norm = "Антикор"
    (entity,) = _distinct([span])
    assert entity["norm"] == "Антикор" and entity["body"] == "Агентство по противодействию коррупции"


def _article(number: int, lang: str, text: str, name: str) -> dict:
    return {
        "url": f"https://example.kz/news/{number}/", "source": "example", "lang": lang,
        "published_at": f"2024-05-0{number}T10:00:00+05:00", "title": f"Новость {number}", "text": text,
        "relevant": True, "topic": "bribery",
        "entities": [(name, "ORG", name)],
        "statistics": [(1, "person", "detained", text)],
    }


def test_stats_and_search_see_one_body_under_its_russian_and_kazakh_names(tmp_path):
    from pokazatel.store.db import open_db
    from pokazatel.store.load import save_analyses, save_article
    from pokazatel.store.stats import aggregate
    from test_search import analysis

    articles = [
        _article(1, "ru", "Антикор задержал чиновника.", "Антикор"),
        _article(2, "kk", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі шенеунікті ұстады.",
                 "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"),
        _article(3, "ru", "Бухгалтера ТОО «Береке» задержали.", "ТОО «Береке»"),
    ]
    db = open_db(tmp_path / "news.db")
    for article in articles:
        save_article(db, article)
    ids = {row[1]: row[0] for row in db.execute("SELECT id, url FROM articles")}
    analyses = [analysis(ids[a["url"]], a) for a in articles]
    for item in analyses:
        for entity in item["entities"]:
            body = canonical_body(entity["norm"])
            if body:
                entity["body"] = body
    save_analyses(db, analyses, model="test")

    rows = aggregate(db, by=("body",))
    assert {row["body"]: row["count"] for row in rows} == {
        "Агентство по противодействию коррупции": 2, "ТОО «Береке»": 1}
    (by_entity,) = aggregate(db, by=("event",), entity="АПК")  # the filter search --entity uses too
    assert set(by_entity["urls"]) == {articles[0]["url"], articles[1]["url"]}


def test_a_database_made_before_bodies_gets_the_column(tmp_path):
    import sqlite3

    from pokazatel.store.db import open_db

    path = tmp_path / "old.db"
    open_db(path).close()  # this version's database, then its entities table as it was before bodies
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE entities DROP COLUMN body")
        assert "body" not in {row[1] for row in conn.execute("PRAGMA table_info(entities)")}
    db = open_db(path)
    assert "body" in db["entities"].columns_dict
