"""Search, second round, on a real SQLite database built through pokazatel.store.load: a phrase typed shorter
or in another order than written, a Russian verb finding the noun made from it, a surname in another case than
the nominative the text has, a Kazakh verb's and a short noun's other forms, a Kazakh adjective's noun, a Kazakh
word not finding the Russian word its letters fold to, and a body or service named in several words found under
its other names. The articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.kazakh_paradigm import paradigm_stems
from pokazatel.store.search import highlight
from search_readings import found
from test_search import build_database
from test_search import invented_article as article

ARTICLES = [
    article(1, "ru", "Начальника отдела судят за превышение власти",
            "Начальник отдела образования обвиняется в превышении должностных полномочий при закупке парт."),
    article(2, "ru", "Приговор по делу о земле",
            "Бывший аким сельского округа Нуржан Сапаров приговорён к пяти годам. Дело возбудил департамент."),
    article(3, "kk", "Аудан әкімінің орынбасары ұсталды",
            "Орынбасар кәсіпкерден ақша алған кезде ұсталды. Оның көлігі мемлекет кірісіне тәркіленді."),
    article(4, "kk", "Мектеп директоры сотталды",
            "Сот директорды алты жылға соттады. Оның ісі былтыр сотқа жіберілген."),
    article(5, "ru", "Аким района задержан",
            "Аким района задержан по подозрению в растрате. Генпрокуратура взяла дело на контроль."),
    article(6, "kk", "Ұстаз жарысы өтті",
            "Облыстық ұстаздар жарысында жеңімпаздар анықталды. Іс-шараға жүз мұғалім қатысты."),
    article(7, "ru", "Комиссия отчиталась о ремонте",
            "Полномочия комиссии расширили в мае. Отдельно сообщили о значительном превышении расходов."),
    article(8, "kk", "Облыста қылмыс азайды",
            "Былтыр облыста 40 қылмыс тіркелді, олардың жартысы ашылды."),
    article(9, "kk", "Мемлекеттік кірістер департаменті есеп берді",
            "Мемлекеттік кірістер департаменті салық түсімдері туралы айтты."),
    article(10, "ru", "Свидетель дал показания", "Свидетель дал показания по делу о взятке на даче."),
    article(11, "ru", "Инспектора поймали с поличным", "Инспектора поймали при получении взятки за справку."),
    article(12, "kk", "Жол полициясының қызметкері жазаланды", "Жол полициясының инспекторы жүргізушіден ақша алды."),
    article(13, "ru", "Дело о растрате передано в суд",
            "Служба экономических расследований завершила расследование растраты в акимате."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("round2") / "news.db", ARTICLES, unprocessed=False))


def test_a_phrase_typed_shorter_or_in_another_order_finds_the_longer_one(db):
    assert found(db, '"превышение полномочий"') == {1}
    assert found(db, '"полномочий превышение"') == {1}
    assert found(db, '"дело возбуждено"') == {2}  # "Дело возбудил"


def test_a_phrase_still_needs_its_words_close(db):
    assert found(db, "превышение полномочий") == {1, 7}
    assert found(db, '"превышение полномочий"') == {1}  # article 7 has them sentences apart


def test_a_verb_finds_the_noun_made_from_it_and_back(db):
    assert found(db, '"получил взятку"') == {11}  # "при получении взятки"
    assert found(db, "задержание") == {5}  # "задержан"
    assert found(db, "дача") == {10}  # only the word itself: "дача" is no family of "дать" ("дал показания")
    assert "[получении]" in highlight(ARTICLES[10]["text"], '"получил взятку"')


def test_a_surname_in_another_case_finds_its_nominative(db):
    for query in ("Сапаров", "Сапарова", "Сапарову", "Сапаровым"):
        assert found(db, query) == {2}, query


@pytest.mark.parametrize("query", ["ұстаған", "ұстады", "ұсталған"])
def test_a_kazakh_verb_finds_its_other_tenses_and_voice(db, query):
    assert found(db, query) == {3}  # "ұсталды"; not article 6's teachers, "ұстаздар"


def test_a_kazakh_verb_form_finds_its_passive_and_its_verbal_noun(db):
    assert found(db, "тәркілеу") == {3}
    assert found(db, "сотталды") == {4}  # "соттады"
    assert "[ұсталды]" in highlight(ARTICLES[2]["text"], "ұстаған")


@pytest.mark.parametrize("query", ["устаган", "усталганы"])
def test_a_kazakh_verb_typed_without_kazakh_letters_finds_its_other_forms(db, query):
    assert found(db, query) == {3}


def test_a_kazakh_adjective_alone_finds_its_noun_and_back_but_not_beside_the_word_it_describes(db):
    assert found(db, "қылмыстық") == {8}  # "қылмыс"
    assert found(db, "кылмыстык") == {8}
    assert found(db, "мемлекеттік кірістер") == {9}  # not article 3's "мемлекет кірісіне" (the state's income)
    assert "[қылмыс]" in highlight(ARTICLES[7]["text"], "қылмыстық")
    assert found(db, "мемлекет") == {3, 9}  # a noun alone finds its adjective, "Мемлекеттік"


def test_a_short_kazakh_noun_finds_its_other_cases_but_not_a_compound(db):
    assert found(db, "істі") == {4}  # "ісі"; article 6's "Іс-шараға" is another word


def test_a_kazakh_word_does_not_find_the_russian_word_its_letters_fold_to(db):
    assert found(db, "әкімі") == {3}  # "әкімінің", not article 5's "Аким"
    assert found(db, "аким") >= {5}


def test_a_body_named_in_several_words_is_found_under_its_other_names(db):
    assert found(db, "Бас прокуратура") == {5}  # "Генпрокуратура"
    assert "[Генпрокуратура]" in highlight(ARTICLES[4]["text"], "Бас прокуратура")


def test_a_service_no_body_list_has_is_found_under_its_name_in_the_other_language(db):
    assert found(db, "дорожной полиции") == {12}  # "Жол полициясының"
    assert found(db, '"дорожная полиция"') == {12}
    assert found(db, "Экономикалық тергеу қызметі") == {13}
    assert found(db, "дорожной") == set()  # a word of an alias alone is no alias


def test_the_paradigm_keeps_to_the_root_and_to_kazakh_words():
    stems = paradigm_stems("соттады")
    assert "соттал" in stems and "сот" not in stems  # "сотта-", not the noun "сот"
    assert paradigm_stems("взятки") == () and paradigm_stems("пара") == ()
