"""The statistics extractor on fresh36's leftovers (figure round 29): a list of amounts sharing its last currency, a
sum of another year named as "эта сумма", and a part of the damage repaid. Every sentence is written for these tests,
none copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

reader = FigureReader(date(2026, 12, 8))
figures = reader.figures
periods = reader.periods


# A run of bare amounts before the one that names the currency shares it, the first one too.

@pytest.mark.parametrize(
    ("text", "lang", "amounts"),
    [
        ("Инспектор потребовал взятку 6 млн тенге. Деньги он получил в три приёма: 2 млн, 1,5 млн и 2,5 млн тенге.",
         "ru", (2_000_000, 1_500_000, 2_500_000)),
        ("Следствие установило, что начальник отдела получил взятки 4 млн, 2 млн и 1,2 млн тенге.", "ru",
         (4_000_000, 2_000_000, 1_200_000)),
        ("Басқарма басшысы үш рет пара алған: 2 млн, 3 млн және 1 млн теңге.", "kk", (2_000_000, 3_000_000, 1_000_000)),
    ],
)
def test_a_run_of_bare_amounts_shares_the_last_currency(text, lang, amounts):
    found = figures(text, lang)
    for amount in amounts:
        assert (amount, "KZT", "bribe") in found


def test_a_bare_amount_before_a_count_keeps_no_currency():
    text = "Инспектор получил взятку 2 млн тенге. Проверено 40 и 12 объектов."
    assert (40, "KZT", "bribe") not in figures(text)


# "эта сумма" names the sum reported before, as "этот показатель" does: another year's figure of the same event.

@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("С начала года по коррупционным делам государству возвращено денег и имущества на 3,1 млрд тенге. Годом ранее "
         "эта сумма составляла 2,4 млрд тенге.", "ru", "2025"),
        ("Биыл сыбайлас жемқорлық істері бойынша мемлекетке 900 млн теңге қайтарылды. Былтыр бұл сома 600 млн теңге "
         "болған.", "kk", None),
    ],
)
def test_this_sum_takes_the_event_of_the_sum_before(text, lang, year):
    found = figures(text, lang)
    assert found[-1][2] == "recovered"
    if year:
        assert periods(text, lang)[-1][2] == year


# A part of the damage told by its noun ("Часть ущерба, 8 млн тенге, …") takes the sentence's recovering verb.

@pytest.mark.parametrize(
    "text",
    [
        "Кассир присвоила 42 млн тенге. Часть ущерба, 6 млн тенге, она уже возместила.",
        "Директор похитил 20 млн тенге. Часть ущерба в размере 5 млн тенге он добровольно возместил.",
    ],
)
def test_a_part_of_the_damage_repaid_is_recovered(text):
    found = figures(text)
    assert found[0][2] == "damage"
    assert found[1][2] == "recovered"


def test_a_part_of_the_damage_not_repaid_is_other():
    text = "Директор похитил 20 млн тенге. Часть ущерба, 5 млн тенге, так и не возмещена."
    assert figures(text)[1] == (5_000_000, "KZT", "other")


def test_a_part_of_the_damage_with_no_recovering_verb_stays_damage():
    text = "Директор похитил 20 млн тенге, часть ущерба – 5 млн тенге – причинена бюджету района."
    assert figures(text)[1] == (5_000_000, "KZT", "damage")


# A count of facts told as what materials are about ("Материалы по двум фактам переданы") is an `other` item, as the
# materials sent are; facts counted on their own stay cases.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("По итогам анализа коррупционных рисков к дисциплинарной ответственности привлечены 11 работников. Материалы "
         "по двум фактам переданы в Агентство по противодействию коррупции.", "ru"),
        ("В ходе проверки выявлены коррупционные нарушения. Материалы по двум фактам направлены в прокуратуру.", "ru"),
        ("Сыбайлас жемқорлық тәуекелдеріне талдау жүргізілді. 2 факт бойынша материалдар құқық қорғау органдарына "
         "жолданды.", "kk"),
    ],
)
def test_facts_materials_are_about_are_other_items(text, lang):
    found = reader.counted(text, lang)
    assert (2, "item", "other", "факт") in found
    assert not any(event == "cases" for _, _, event, _ in found)


def test_facts_counted_on_their_own_stay_cases():
    text = "С начала года зарегистрировано 40 коррупционных преступлений, по 12 фактам дела направлены в суд."
    assert (12, "case", "cases", "факт") in reader.counted(text)


# A sentence opening with "Им"/"Оларға" and a disciplinary penalty gives it to the people counted just before.

@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("Совет по этике рассмотрел коррупционное правонарушение. Также рассмотрены материалы в отношении трёх "
         "начальников управлений акимата. Им объявлены строгие выговоры.", "ru", "начальник"),
        ("Дисциплинарная комиссия рассмотрела нарушения антикоррупционного законодательства. Заслушаны объяснения "
         "двух заместителей руководителя. Им объявлены выговоры.", "ru", "заместитель"),
    ],
)
def test_people_the_next_sentence_reprimands_are_disciplined(text, lang, noun):
    found = reader.counted(text, lang)
    assert found[-1][2] == "disciplined"
    assert found[-1][3] == noun


def test_people_the_next_sentence_only_asks_for_explanations_stay_other():
    text = ("Совет по этике рассмотрел коррупционное правонарушение. Также рассмотрены материалы в отношении трёх "
            "начальников управлений акимата. Им предложено дать объяснения.")
    assert reader.counted(text)[-1][2] == "other"
