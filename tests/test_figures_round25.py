"""The statistics extractor on round 24's leftovers and the fact stories' misses (figure round 25): money taken for an
official's not doing his duty is a bribe with no word of one, and "ещё одно дело" names another case, no count of
cases. Every sentence is written for these tests, none copied from an evaluation set; Kazakh in the Latin alphabet is
read through its Cyrillic spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 12, 7))
figures = reader.figures


def latin(text: str) -> str:
    return to_cyrillic(text).text


# Money taken for not prosecuting, not drawing up a protocol: what it bought makes it a bribe.

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В Павлодаре задержан старший участковый. Он получил 3 млн тенге за непривлечение к административной "
         "ответственности хозяина кафе.", "ru", 3_000_000),
        ("Инспектор дорожной полиции задержан с поличным. Он взял у водителя 150 тысяч тенге за несоставление "
         "протокола.", "ru", 150_000),
        ("Следователь задержан в Шымкенте. Он получил 2 млн тенге за то, чтобы не привлекать предпринимателя к "
         "уголовной ответственности.", "ru", 2_000_000),
        ("Учаскелік инспектор ұсталды. Ол дүкен иесін әкімшілік жауапкершілікке тартпағаны үшін 500 мың теңге "
         "алған.", "kk", 500_000),
        ("Жол полициясының инспекторы ұсталды. Ол жүргізушіден хаттама толтырмау үшін 120 мың теңге алды.", "kk",
         120_000),
        (latin("Tergeýshi ustaldy. Ol kásipkerdi jaýapqa tartpaý úshin 2 mln teńge alǵan."), "kk", 2_000_000),
    ],
)
def test_money_for_not_prosecuting_is_a_bribe(text, lang, expected):
    assert figures(text, lang) == [(expected, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Аким раскритиковал район за непривлечение инвестиций на 5 млрд тенге.", "ru"),
        ("Школа получила 4 млн тенге за несоставление жалоб родителями.", "ru"),
        ("Жаңа заң бойынша кәсіпкерлерді алғашқы бұзушылық үшін жауапқа тартпау көзделген, айыппұл 100 мың теңге.",
         "kk"),
    ],
)
def test_not_prosecuting_or_not_attracting_with_no_official_duty_gives_no_figure(text, lang):
    assert figures(text, lang) == []


# "Ещё одно дело", "тағы бір іс": another case, no count; other counts after "ещё" stay.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Против бывшего директора больницы начато ещё одно досудебное расследование: он подозревается в получении "
         "взятки в 4 млн тенге.", "ru"),
        ("В отношении заместителя акима возбуждено ещё одно уголовное дело. Он подозревается в получении взятки в "
         "размере 4 млн тенге.", "ru"),
        ("Аудан әкімінің орынбасарына қатысты тағы бір қылмыстық іс қозғалды. Ол 4 млн теңге пара алды деп "
         "күдіктелуде.", "kk"),
        (latin("Aýdan ákiminiń orynbasaryna qatysty taǵy bir qylmystyq is qozǵaldy. Ol 4 mln teńge para aldy dep "
               "kúdiktelýde."), "kk"),
    ],
)
def test_one_more_case_is_no_count(text, lang):
    assert figures(text, lang) == [(4_000_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("По фактам получения взяток возбуждены ещё два уголовных дела.", "ru", [(2, "case", "cases")]),
        ("По факту получения взятки возбуждено одно уголовное дело.", "ru", [(1, "case", "cases")]),
        ("За получение взятки ещё один сотрудник акимата уволен.", "ru", [(1, "person", "dismissed")]),
        ("Пара алу фактілері бойынша тағы екі қылмыстық іс қозғалды.", "kk", [(2, "case", "cases")]),
    ],
)
def test_other_counts_after_one_more_stay(text, lang, expected):
    assert figures(text, lang) == expected
