"""Search, fourth round, on a real SQLite database built through pokazatel.store.load: Kazakh typed in plain Latin
letters ("zhymkyrdy", "ayyppul"), a town by a spelling of its old name ("Капшагай", "Kapshagay"), and a Kazakh
surname found in the spellings Russian gives it (Тілеубаев: Тлеубаев, Төлегенова: Тулегенова), in full text and
with --entity. The articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.name_spellings import spelling_key, spellings
from pokazatel.store.query import kazakh_cyrillic, names_match
from pokazatel.store.search import highlight, search
from pokazatel.store.typed_latin import in_kazakh_alphabet
from test_search import build_database
from test_search import invented_article as article


def _with(entities: list[tuple], record: dict) -> dict:
    return {**record, "entities": entities}


ARTICLES = [
    article(1, "kk", "Ауыл әкімі қаражат жымқырды", "Ауыл әкімі мектепке бөлінген қаражатты жымқырды деп айыпталды."),
    article(2, "kk", "Шенеунікке айыппұл салынды", "Сот бұрынғы шенеунікке 500 АЕК айыппұл салды."),
    article(3, "ru", "В Конаеве задержан аким поселка", "Аким поселка под Конаевом задержан при получении взятки."),
    _with([("Ерлана Тлеубаева", "PER", "Ерлан Тлеубаев")],
          article(4, "ru", "Арестован начальник отдела", "Суд арестовал Ерлана Тлеубаева, начальника отдела.")),
    _with([("Ерлан Тілеубаевқа", "PER", "Ерлан Тілеубаев")],
          article(5, "kk", "Бөлім бастығына айып тағылды", "Ерлан Тілеубаевқа пара алды деген айып тағылды.")),
    _with([("Айгуль Тулегенова", "PER", "Айгуль Тулегенова")],
          article(6, "ru", "Бухгалтер осуждена", "Бухгалтер Айгуль Тулегенова осуждена за растрату.")),
    _with([("Айгүл Төлегенова", "PER", "Айгүл Төлегенова")],
          article(7, "kk", "Бухгалтер сотталды", "Бухгалтер Айгүл Төлегенова қаражатты иемденгені үшін сотталды.")),
    _with([("Е. С. Ким", "PER", "Е. С. Ким"), ("АФМ", "ORG", "АФМ")],
          article(8, "ru", "Суд над директором", "Суд рассмотрел дело директора Е. С. Ким, сообщили в АФМ.")),
    _with([("Мосина", "PER", "Мосин")],
          article(9, "ru", "Суд оправдал инженера", "Суд оправдал инженера Мосина.")),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("round4") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str, **filters) -> set[int]:
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query, **filters)}


@pytest.mark.parametrize(("typed", "alphabet"), [
    ("zhymkyrdy", "jymkyrdy"), ("Zhambyl", "Jambyl"), ("ZHAMBYL", "JAMBYL"), ("qamaugha", "qamauǵa"),
    ("Khan", "Han"), ("ayyppul", "aıyppul"), ("Kapshagay", "Kapshagaı"), ("Tokayev", "Tokaev"), ("bayan", "baıan"),
])
def test_plain_latin_spellings_are_rewritten_into_the_kazakh_alphabet(typed, alphabet):
    assert in_kazakh_alphabet(typed) == alphabet


@pytest.mark.parametrize("written", ["jymqyrdy", "Qazaqstan", "sottaldy", "para algany úshin", "oıyn", "ákimi"])
def test_the_kazakh_alphabet_itself_reads_as_before(written):
    assert in_kazakh_alphabet(written) == written


def test_plain_latin_reads_in_cyrillic():
    assert kazakh_cyrillic("zhymkyrdy") == "жымкырды"
    assert kazakh_cyrillic("Kapshagay") == "Капшагай"
    assert kazakh_cyrillic("ayyppul") == "айыппұл"


@pytest.mark.parametrize(("query", "wanted"), [("zhymkyrdy", {1}), ("zhymkyrgan", {1}), ("ayyppul", {2}),
                                               ("aiyppul", {2})])
def test_kazakh_typed_in_plain_latin_finds_the_cyrillic_text(db, query, wanted):
    assert found(db, query) == wanted, query


def test_a_town_is_found_by_another_spelling_of_its_old_name(db):
    assert found(db, "Капшагай") == {3}  # "в Конаеве"
    assert found(db, "Kapshagay") == {3}
    assert found(db, "взятки", entity="Капшагай") == set()  # article 3 names the town in no entity


@pytest.mark.parametrize(("one", "other"), [("Тілеубаев", "Тлеубаев"), ("Төлегенов", "Тулегенов"),
                                            ("Төлегенов", "Толегенов"), ("Төлеуов", "Тулеуов")])
def test_russian_and_kazakh_spellings_of_a_surname_share_a_key(one, other):
    assert spelling_key(one) == spelling_key(other)
    assert spelling_key(other).replace("о", "у") in {s.replace("о", "у") for s in spellings(one)}


@pytest.mark.parametrize(("one", "other"), [("Кима", "ҚМА"), ("Сапаров", "Сабаров"), ("Ибраев", "Браев"),
                                            ("Тлеубаев", "Тлеуов")])
def test_other_names_keep_other_keys(one, other):
    assert spelling_key(one) != spelling_key(other)


@pytest.mark.parametrize(("query", "wanted"), [("Тлеубаеву", {4, 5}), ("Тілеубаев", {4, 5}), ("Тулегенова", {6, 7}),
                                               ("Төлегенова", {6, 7}), ("Толегенова", {6, 7})])
def test_a_surname_finds_its_other_spellings(db, query, wanted):
    assert found(db, query) == wanted, query


def test_the_other_spelling_is_marked_in_the_snippet():
    assert "[Тілеубаевқа]" in highlight(ARTICLES[4]["text"], "Тлеубаеву")
    assert "[Тулегенова]" in highlight(ARTICLES[5]["text"], "Төлегенова")


def test_entity_filter_matches_a_surname_in_its_other_spellings(db):
    assert names_match("Ерлан Тілеубаев", "Тлеубаеву")
    assert found(db, "суд OR айып", entity="Тлеубаев") == {4, 5}
    assert found(db, "осуждена OR сотталды", entity="Тулегенову") == {6, 7}


def test_a_short_name_does_not_lose_its_vowel(db):
    assert found(db, "суд", entity="АФМ") == {8}  # "Ким" is no "ҚМА"
    assert not names_match("Е. С. Ким", "ҚМА")
