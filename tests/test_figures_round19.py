"""The statistics extractor on the phrasing behind fresh27's errors (figure round 19): an amount restated as a share
("возмещено 2,5 млрд, или 62%"), things built with the money listed after the first ("на строительство 12 школ и 4
поликлиник"), people who will do something next year, and administrative rather than criminal responsibility. Every
sentence is written for these tests, none copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

reader = FigureReader(date(2026, 12, 1))
figures = reader.figures
counted = reader.counted

RU_LEAD = "Антикор подвёл итоги работы по противодействию коррупции. "
KK_LEAD = "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі пара алу фактілерін тексерді. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ущерб составил 4 млрд тенге, из них возмещено 2,5 млрд, или 62%.", (2_500_000_000, "KZT", "recovered")),
        ("Сумма похищенного превысила 700 млн тенге, государству возвращено 350 млн, или половина.",
         (350_000_000, "KZT", "recovered")),
    ],
)
def test_an_amount_restated_as_a_share_keeps_the_sentences_currency(text, expected):
    found = figures(RU_LEAD + text)
    assert expected in found
    assert not any(unit == "percent" and value > 100 for value, unit, _ in found)


def test_the_share_after_the_amount_is_still_a_share():
    assert (62, "percent", "recovered") in figures(RU_LEAD + "Ущерб составил 4 млрд тенге, из них возмещено 2,5 млрд, "
                                                             "или 62%.")


def test_every_count_of_a_list_of_things_to_be_built_is_what_the_money_buys():
    text = RU_LEAD + ("С начала года государству возвращено 12 млрд тенге. Эти средства пойдут на строительство "
                      "12 школ и 4 поликлиник.")
    assert figures(text) == [(12_000_000_000, "KZT", "recovered")]


def test_things_returned_in_a_list_still_count():
    text = RU_LEAD + "В собственность государства переданы 5 квартир и 3 автомобиля."
    assert figures(text) == [(5, "item", "recovered"), (3, "item", "recovered")]


@pytest.mark.parametrize(
    "text",
    [
        "В будущем году к программе присоединятся ещё около 300 предпринимателей.",
        "По прогнозу ведомства, в следующем году на портале зарегистрируются ещё 15 тысяч поставщиков.",
    ],
)
def test_people_who_will_join_next_year_are_no_figure(text):
    assert figures(RU_LEAD + text) == []


def test_people_charged_in_the_future_tense_still_count():
    text = RU_LEAD + "Дела в отношении 12 человек направлены в суд, их будут судить в следующем месяце."
    assert (12, "person", "charged") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_LEAD + "Ещё 9 сотрудников привлечены к административной ответственности за нарушение ограничений.", "ru"),
        (RU_LEAD + "За совмещение службы с бизнесом 9 сотрудников привлечены к ответственности в административном "
                   "порядке.", "ru"),
        (KK_LEAD + "Тағы 9 қызметкер әкімшілік жауапкершілікке тартылды.", "kk"),
    ],
)
def test_administrative_responsibility_is_not_a_criminal_charge(text, lang):
    assert figures(text, lang) == [(9, "person", "other")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_LEAD + "9 сотрудников привлечены к уголовной ответственности.", "ru"),
        (KK_LEAD + "9 қызметкер қылмыстық жауапкершілікке тартылды.", "kk"),
    ],
)
def test_criminal_responsibility_is_still_charged(text, lang):
    assert figures(text, lang) == [(9, "person", "charged")]


def test_a_number_with_its_thousands_apart_is_no_year():
    text = RU_LEAD + "В департамент поступило 1 950 обращений граждан, задержаны 2 015 человек."
    assert figures(text) == [(1_950, "item", "other"), (2_015, "person", "detained")]


def test_a_year_in_one_group_of_digits_is_still_a_year():
    assert figures(RU_LEAD + "Дело возбуждено в 2019 году, взятка составила 5 млн тенге.") == \
        [(5_000_000, "KZT", "bribe")]


def test_their_number_at_another_time_counts_the_things_counted_before():
    text = RU_LEAD + "По итогам анализа в этом году выявлено 1 100 нарушений. В прошлом году их было 870."
    assert reader.periods(text) == [(1_100, "other", "2026"), (870, "other", "2025")]
    assert counted(text)[1] == (870, "item", "other", "нарушение")


def test_a_number_in_brackets_after_the_same_period_last_year_is_last_years():
    text = ("Прокуратура подвела итоги работы по противодействию коррупции за 9 месяцев 2026 года. С начала года "
            "зарегистрировано 210 коррупционных преступлений, что на 7% меньше, чем за аналогичный период прошлого "
            "года (226).")
    assert (226, "cases", "2025-01..2025-09") in reader.periods(text)
    assert (210, "cases", "2026-01..2026-09") in reader.periods(text)


def test_things_counted_over_a_span_of_their_own_clause_take_it_outside_a_report():
    text = ("Агентство по противодействию коррупции представило отчёт о коррупционных рисках. В этом году выявлено "
            "640 рисков. В 2025 году компания выиграла 14 конкурсов.")
    assert reader.periods(text)[0] == (640, "other", "2026")
    assert all(period is None for value, _, period in reader.periods(text) if value == 14)


def test_a_share_of_the_things_counted_takes_their_span():
    text = ("Агентство по противодействию коррупции представило отчёт о коррупционных рисках. В этом году выявлено "
            "640 рисков, по рекомендациям устранено 75% из них.")
    assert reader.periods(text) == [(640, "other", "2026"), (75, "other", "2026")]


def test_a_share_of_no_count_before_takes_no_span_of_another_clause():
    text = ("Агентство по противодействию коррупции представило отчёт о коррупционных рисках. В этом году выявлено "
            "640 рисков, доля устранённых составила 75%.")
    assert (75, "other", None) in reader.periods(text)
