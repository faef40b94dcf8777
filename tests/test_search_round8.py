"""Search, eighth round, on a real SQLite database built through pokazatel.store.load: an amount typed in a query
("1,2 млрд", "10 лет", "1,5 млн тенге") is found as the articles write it, not as its digits and words anywhere; a
billion or million is the same written short or whole; a year among a query's words also finds that year's news;
"СЭР" is the service of economic investigations; a Russian word beside a word typed in Kazakh also finds its Kazakh
word in Kazakh news; a word excluded excludes the word made from it ("-полиция": полицейский). The articles are
invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.search import search
from test_search import build_database
from test_search import invented_article as article


def published(item: dict, day: str) -> dict:
    return {**item, "published_at": f"{day}T10:00:00+05:00"}


ARTICLES = [
    article(1, "ru", "Хищение в акимате", "Чиновники акимата похитили 1,2 млрд тенге бюджетных средств."),
    article(2, "ru", "Ущерб по делу", "Ущерб составил 2 млн тенге, возмещено 1 млн. Следствие длится 12 месяцев, "
            "в деле 2 эпизода и 1 подозреваемый, сумма не превышает 5 млрд."),
    article(3, "kk", "Жымқыру", "Ұлттық компания филиалының менеджерлері 1,2 миллиард теңгені жымқырды."),
    article(4, "ru", "Приговор", "Бывший директор осуждён на 10 лет лишения свободы за получение взятки."),
    article(5, "ru", "Стаж", "В управлении работают 10 человек, стаж каждого — больше года, за взятку уволен один."),
    article(6, "kk", "Пара", "Ақшаның соңғы бөлігін — 1,5 млн теңгені алған кезде ол қолға түсті."),
    article(7, "ru", "Взятка", "Полицейский задержан при получении 1,5 млн тенге."),
    published(article(8, "ru", "Взятка в суде", "Судья задержан при получении взятки."), "2024-03-02"),
    published(article(9, "ru", "Взятка в 2024 году", "Как выяснило следствие, взятку он получил в 2024 году."),
              "2025-02-01"),
    article(10, "ru", "Расследование", "Дело расследовала Служба экономических расследований."),
    article(11, "kk", "Тергеу", "Істі Экономикалық тергеу қызметі тергеді."),
    article(12, "kk", "Әкім ұсталды", "Аудан әкімі пара алды деген күдікпен ұсталды."),
    article(13, "ru", "Аким задержан", "Аким района задержан при получении взятки."),
    article(14, "kk", "Директор ұсталды", "Мектеп директоры пара алды деген күдікпен ұсталды."),
    article(15, "ru", "Инспектор задержан", "Инспектор полиции получил взятку."),
    article(16, "ru", "Патрульный задержан", "Взятку получил полицейский патрульной службы."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("round8") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str, **filters) -> set[int]:
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query, **filters)}


@pytest.mark.parametrize(("query", "wanted"), [
    ("1,2 млрд", {1, 3}),       # not article 2's "2 … 1 … млрд"; миллиард is млрд written whole
    ("1,2 миллиарда", {1, 3}),
    ("10 лет", {4}),            # not article 5's "10 человек … года"
    ("1,5 млн тенге", {6, 7}),  # теңгені too, whose lemma the Kazakh lemmatiser gives otherwise than теңге's
    ("взятка 1,5 млн", {7}),    # the amount and a word beside it
])
def test_an_amount_is_found_as_written(db, query, wanted):
    assert found(db, query) == wanted, query


@pytest.mark.parametrize(("typed", "read"), [
    ("1,2 млрд", '"1,2 млрд"'),
    ("хищение 100 тыс. долларов", 'хищение "100 тыс долларов"'),
    ("взятка 10 млн аким", 'взятка "10 млн" аким'),  # the amount's own words only
    ("1,5", '"1,5"'),                                  # a decimal number is one
    ("взятка 2025", "взятка 2025"),                    # a bare whole number stays a word
    ("ст. 366 УК", "ст. 366 УК"),
    ('"1,2 млрд" OR "2 млн"', '"1,2 млрд" OR "2 млн"'),  # quoted already
    ("взятка -5 млн", "взятка -5 млн"),                # a word excluded, as typed
])
def test_quote_amounts(typed, read):
    from pokazatel.store.search_amounts import quote_amounts

    assert quote_amounts(typed) == read


def test_a_year_among_the_words_also_finds_that_years_news(db):
    # article 8 was published in 2024, article 9 tells of 2024; the other bribes are of May 2025
    assert found(db, "взятка 2024") == {8, 9}


def test_a_year_alone_finds_that_years_news_and_the_year_written(db):
    assert found(db, "2024") == {8, 9}


def test_a_number_not_a_year_is_only_a_word(db):
    assert found(db, "взятка 1800") == set()


@pytest.mark.parametrize("query", ["СЭР", "ДЭР", "Экономикалық тергеу қызметі"])
def test_the_service_of_economic_investigations_by_its_short_name(db, query):
    assert found(db, query) == {10, 11}, query


def test_a_russian_word_beside_a_kazakh_one_also_finds_its_kazakh_word(db):
    # "взятка әкім": the bribe and the akim in either language (пара in Kazakh news), not a Kazakh bribe with no akim
    assert found(db, "взятка әкім") == {12, 13}


def test_a_russian_word_alone_finds_what_it_is_written_as(db):
    # the query sets judged a Kazakh translation of a Russian word alone no fair result
    assert found(db, "взятка") & {12, 14} == set()


def test_a_word_excluded_excludes_the_word_made_from_it(db):
    assert found(db, "взятка -полиция") & {15, 16} == set()
    assert {15, 16} <= found(db, "взятка полиция")
