"""The statistics extractor on round 11's phrasing (issue 11: fresh17's errors and earlier sets' leftovers): money a
body lost through a scheme is damage; a rate said to be customary ("считается нормой") is no figure, one official's
kickback rate stays; a Kazakh "X-тардың саны N" counts X; a lead reporting an audit of a span of years gives the
report that span. Every sentence is written for these tests, none copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2026, 7, 20))
figures, periods = READ.figures, READ.periods


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Бывший аким осуждён на 5 лет за взятку. Из-за его схемы районный бюджет потерял 200 млн тенге.", "ru",
         [(5, "year", "prison_term"), (200000000, "KZT", "damage")]),
        ("Из-за коррупционной схемы акима государство понесло потери в размере 310 млн тенге.", "ru",
         [(310000000, "KZT", "damage")]),
        ("Әкім пара алғаны үшін сотталды. Оның схемасы салдарынан аудан бюджеті 75 млн теңгені жоғалтты.", "kk",
         [(75000000, "KZT", "damage")]),
    ],
)
def test_money_a_body_lost_through_the_scheme_is_damage(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Прокурор рассказал о взятках в строительстве. Откат в 5–7% от суммы подряда у многих до сих пор "
         "считается нормой.", "ru"),
        ("Следователь говорит о взятках в отрасли: откат в 8% от каждого контракта давно стал нормой.", "ru"),
        ("Прокурордың айтуынша, кейбір мекемелерде келісімшарт сомасының 10 пайызы көлемінде пара беру әлі күнге "
         "қалыпты саналады.", "kk"),
    ],
)
def test_a_customary_rate_is_no_figure(text, lang):
    assert figures(text, lang) == []


def test_one_officials_kickback_rate_stays_a_bribe():
    text = "Инспектор требовал от поставщиков откат в размере 7 процентов от суммы каждого договора."
    assert figures(text) == [(7, "percent", "bribe")]


def test_a_kazakh_count_word_counts_the_genitive_noun_before_it():
    text = "Биыл сыбайлас жемқорлық үшін сотталғандардың саны 260-қа жетті. Олардың 30-дан астамы – басшылар."
    assert figures(text, "kk") == [(260, "person", "convicted"), (30, "person", "convicted")]


def test_a_kazakh_count_of_cases_after_the_count_word():
    text = "Жыл басынан бері тіркелген сыбайлас жемқорлық қылмыстарының саны 350-ді құрады."
    assert periods(text, "kk") == [(350, "cases", "2026")]


@pytest.mark.parametrize(
    "text",
    [
        "Ауданда тұрғындардың саны 40 мыңға жетті, ал оның әкімі пара алды деп айыпталды.",
        "Агенттік қызметкерлерінің саны 2 мыңнан асады, деді төраға сыбайлас жемқорлыққа қарсы күрес туралы.",
    ],
)
def test_a_count_word_of_people_no_trigger_names_is_the_setting(text):
    assert figures(text, "kk") == []


def test_a_count_word_after_a_participle_that_names_the_role():
    assert figures("Пара алғаны үшін ұсталған шенеуніктердің саны 25 болды.", "kk") == [(25, "person", "detained")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Жоғары аудиторлық палата облыстағы жол салуға бөлінген бюджет қаражатының 2021–2023 жылдардағы жұмсалуын "
         "тексерді. Тексеру нәтижесінде 900 млн теңгеге қаржылық бұзушылықтар анықталды, 12 лауазымды тұлға тәртіптік "
         "жауапкершілікке тартылды.", "kk"),
        ("Счётный комитет проверил расходование бюджетных средств на ремонт дорог за 2021–2023 годы. Выявлены "
         "финансовые нарушения на 900 млн тенге, 12 должностных лиц привлечены к дисциплинарной ответственности.",
         "ru"),
    ],
)
def test_an_audited_span_of_years_in_the_lead_is_the_reports_period(text, lang):
    assert [p for _, _, p in periods(text, lang)] == ["2021-01..2023-12", "2021-01..2023-12"]


def test_a_plans_years_in_the_lead_are_no_period():
    text = ("Акимат рассмотрел выполнение антикоррупционного плана на 2025–2027 годы. За нарушения к дисциплинарной "
            "ответственности привлечены 12 должностных лиц.")
    assert periods(text) == [(12, "disciplined", None)]


def test_an_offences_years_later_in_a_case_story_are_no_report_period():
    text = ("Суд вынес приговор бывшему директору коммунального предприятия. По данным следствия, в 2021–2023 годах "
            "он похитил 48 млн тенге бюджетных средств.")
    assert periods(text) == [(48000000, "damage", None)]


def test_crimes_registered_over_a_year_in_an_answer_make_the_amounts_after_them_that_years():
    text = ("Депутат спросил правительство о коррупции в квазигоссекторе. Вице-министр ответил, что в 2025 году в "
            "секторе зарегистрировано 140 коррупционных преступлений, осуждены 80 человек.\n"
            "Причинённый ущерб составил 9,2 млрд тенге, из них возмещено 6,1 млрд.")
    assert periods(text) == [(140, "cases", "2025"), (80, "convicted", "2025"), (9200000000, "damage", "2025"),
                             (6100000000, "recovered", "2025")]


def test_kazakh_crimes_registered_in_the_paragraph_before_give_the_damage_their_year():
    text = ("Мәжілісте депутат сыбайлас жемқорлық туралы сауал жолдады. Министр 2025 жылы саладағы 64 сыбайлас "
            "жемқорлық қылмысы тіркелгенін айтты.\nКелтірілген залал 3,4 млрд теңгені құрады, оның 1,2 млрд теңгесі "
            "өтелді.")
    assert periods(text, "kk") == [(64, "cases", "2025"), (3400000000, "damage", "2025"),
                                   (1200000000, "recovered", "2025")]


def test_cases_opened_in_a_case_story_give_its_amounts_no_period():
    text = ("В 2024 году полиция возбудила 3 уголовных дела о взятках против сотрудников акимата. По версии следствия, "
            "чиновники получили 12 млн тенге.")
    assert periods(text) == [(3, "cases", "2024"), (12000000, "bribe", None)]


def test_a_surveys_share_takes_no_period_from_crimes_registered_before_it():
    text = ("Министр 2025 жылы 64 сыбайлас жемқорлық қылмысы тіркелгенін айтты. Агенттік сауалнамасына "
            "қатысқандардың 62 пайызы жемқорлыққа тап болмағанын айтты.")
    assert periods(text, "kk") == [(64, "cases", "2025"), (62, "other", None)]
