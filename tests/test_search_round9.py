"""Search, ninth round, on a real SQLite database built through pokazatel.store.load: a place's name is lemmatised as
the place before the dictionary reads it as a common word ("в Семее" is Семей, not "семья"; "Орал" not "орало"),
and a place name written as a common word is found through the lemmas only, so "Семей" finds no families. The
articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.nlp.lemmas import lemmatise
from pokazatel.nlp.place_lemmas import case_forms, place_lemma, shared_with_common_word
from pokazatel.store.db import open_db
from pokazatel.store.search import search
from test_search import build_database
from test_search import invented_article as article

ARTICLES = [
    article(1, "ru", "Задержан аким", "В городе Семей задержан заместитель акима при получении взятки."),
    article(2, "ru", "Пособия", "Пособия получили сорок многодетных семей района."),
    article(3, "ru", "Приговор", "В Семее суд осудил бывшего директора коммунального предприятия."),
    article(4, "kk", "Пара", "Семейде қала әкімдігінің қызметкері пара алған кезде ұсталды."),
    article(5, "ru", "Семья чиновника", "Семья чиновника владела тремя квартирами."),
    article(6, "ru", "Хищение", "Из Уральска в Актобе вывезли похищенное топливо."),
    article(7, "ru", "Районный суд", "Дело рассмотрел суд в Актюбинском районе."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("round9") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str, **filters) -> set[int]:
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query, **filters)}


@pytest.mark.parametrize(("text", "lemmas"), [
    ("в Семее", "в семей"),                  # the dictionary: "семый"
    ("в городе Семей", "в город семей"),     # the dictionary: "семья"
    ("из Орала", "из орал"),                 # the dictionary: "орало"
    ("в Талдыкоргане", "в талдыкорган"),
    ("многодетных семей", "многодетный семья"),  # in lower case a common word still
    ("Семья чиновника", "семья чиновник"),   # no case form of Семей
    ("в Актюбинском районе", "в актюбинский район"),  # an adjective, no instrumental of Актюбинск
])
def test_a_place_is_lemmatised_as_the_place(text, lemmas):
    assert lemmatise(text, "ru") == lemmas
    assert lemmatise(text, "ru", cased=True) == lemmas


def test_case_forms_follow_the_declension_of_the_name():
    assert case_forms("Семей") == ("семей", "семея", "семею", "семее", "семеем")
    assert case_forms("Уральск") == ("уральск", "уральска", "уральску", "уральске", "уральском")
    assert case_forms("Актобе") == ("актобе",)  # does not decline


def test_a_person_named_as_a_town_is_left_to_the_dictionary():
    assert place_lemma("Сатпаева") is None
    assert place_lemma("семее") is None  # lower case


def test_a_place_written_as_a_common_word_is_known():
    assert shared_with_common_word("Семей") and shared_with_common_word("Орал")
    assert not shared_with_common_word("Караганда") and not shared_with_common_word("Семее")


@pytest.mark.parametrize(("query", "wanted"), [
    ("Семей", {1, 3, 4}),    # not the families of article 2
    ("Семее", {1, 3, 4}),
    ("семья", {2, 5}),       # not the town of article 1
])
def test_a_town_and_a_common_word_are_found_apart(db, query, wanted):
    assert found(db, query) == wanted, query
