"""The statistics extractor on round 13's phrasing (issue 11: fresh19's errors and earlier sets' leftovers): a number
a Kazakh military unit is known by counts nobody; Kazakh "айып тақты" charges the people it names; the givers of
money counted by those they stand for ("от родителей 14 учеников") are a figure of their own, not the setting; a Kazakh
part of people after a count of cases sent to court is charged. Every sentence is written for these tests, none
copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2026, 10, 20))
figures, periods, counted = READ.figures, READ.periods, READ.counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Әскери сот 4521 әскери бөлімінің бұрынғы командирі Ерлан Сейітовке пара алғаны үшін үкім шығарды. Оған 6 "
         "жылға бас бостандығынан айыру жазасы тағайындалды.", [(6, "year", "prison_term")]),
        ("Пара алған 7702 әскери бөлімі қаржы бөлімінің басшысы сотталды.", []),
    ],
)
def test_a_kazakh_military_units_number_counts_nobody(text, expected):
    assert figures(text, "kk") == expected


def test_kazakh_servicemen_counted_are_still_people():
    assert figures("Пара алғаны үшін 3 әскери қызметші сотталды.", "kk") == [(3, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Антикор аудандық әкімдіктің екі қызметкеріне – Ержан Әлиевке және Сәуле Нұрғалиеваға – пара алды деген айып "
         "тақты.", [(2, "person", "charged", "қызметкер")]),
        ("Департамент бес шенеунікке бюджет қаражатын жымқырды деген айып тақты.", [(5, "person", "charged",
                                                                                    "шенеунік")]),
    ],
)
def test_kazakh_ayip_taqty_charges_the_people_it_names(text, expected):
    assert counted(text, "kk") == expected


def test_the_givers_counted_by_whom_they_stand_for_are_a_figure():
    text = "Директор гимназии получила от родителей 12 учеников взятки на общую сумму 1,8 млн тенге."
    assert counted(text) == [(12, "person", "other", "ученик"), (1800000, "KZT", "bribe", "")]


def test_pupils_of_the_setting_are_still_no_figure():
    assert figures("В гимназии обучаются 800 учеников. Директор задержан при получении взятки.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Биыл сыбайлас жемқорлық бойынша 120 қылмыстық іс сотқа жіберілді. Олардың 40-тан астамы – басшылар.",
        "Агенттік биыл 300 сыбайлас жемқорлық ісін сотқа жолдады, олардың 50-ден астамы – мемлекеттік органдардың "
        "басшылары.",
    ],
)
def test_people_of_the_cases_sent_to_court_are_charged(text):
    assert [event for _, _, event in figures(text, "kk")] == ["cases", "charged"]


def test_people_of_the_crimes_registered_take_no_event_of_their_own():
    text = "Биыл сыбайлас жемқорлық бойынша 120 қылмыс тіркелді. Олардың 40-тан астамы – басшылар."
    assert [event for _, _, event in figures(text, "kk")] == ["cases", "other"]


def test_a_part_takes_the_event_of_the_last_count_before_it():
    text = "Биыл сыбайлас жемқорлық үшін 250 адам сотталды. Сотқа 120 іс жіберілді. Олардың 40-тан астамы – басшылар."
    assert [event for _, _, event in figures(text, "kk")] == ["convicted", "cases", "charged"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За 9 месяцев 2026 года зарегистрировано 76 коррупционных преступлений – больше, чем в 2025 году, когда их "
         "было 64.", [(76, "cases", "2026-01..2026-09"), (64, "cases", "2025")]),
        ("За 9 месяцев 2026 года зарегистрировано 76 коррупционных преступлений, что больше, чем в 2025 году, когда "
         "по итогам года суды осудили 64 человека.", [(76, "cases", "2026-01..2026-09"), (64, "convicted", "2025")]),
    ],
)
def test_a_relative_clause_after_a_baseline_is_the_baselines(text, expected):
    assert periods(text) == expected


def test_people_counted_before_and_said_again_at_another_time():
    text = ("Служба подвела итоги работы за 9 месяцев 2026 года. За коррупцию осуждены 76 человек. Это больше, чем в "
            "2025 году, когда их было 64.")
    assert periods(text) == [(76, "convicted", "2026-01..2026-09"), (64, "convicted", "2025")]


def test_a_bare_number_after_a_copula_with_nothing_counted_before_is_no_figure():
    assert figures("Суд осудил за взятку акима района. Их было 64.") == []


@pytest.mark.parametrize(
    "text",
    [
        "По версии следствия, директор подрядчика завысил стоимость ремонта нефтебазы на 340 млн тенге. Ему "
        "предъявлено обвинение в хищении.",
        "Следствие установило, что начальник отдела завысил объёмы поставок на 62 млн тенге. Ему предъявлено "
        "обвинение в хищении.",
    ],
)
def test_the_amount_a_price_was_overstated_by_is_damage(text):
    assert [(event, unit) for _, unit, event in figures(text)] == [("damage", "KZT")]


def test_a_contract_sum_beside_an_overstatement_stays_no_figure():
    text = ("За два года фирмы получили договоры на 230 млн тенге, завысив цены почти вдвое. Чиновнику предъявлено "
            "обвинение.")
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("По делу о взятке задержаны двое посредников. Всем троим объявлено о подозрении.", "ru",
         [(2, "person", "detained", "посредник"), (3, "person", "charged", "человек")]),
        ("Субсидияны жымқырды деген күдік аудандық әкімдіктің екі қызметкеріне және үш шаруа қожалығының басшысына "
         "тағылды. Бесеуі де ұсталып, оның үшеуіне сот қамауға алу түріндегі бұлтартпау шарасын таңдады.", "kk",
         [(2, "person", "charged", "қызметкер"), (3, "person", "charged", "басшы"), (5, "person", "detained", "адам"),
          (3, "person", "detained", "адам")]),
    ],
)
def test_a_collective_larger_than_the_last_count_counts_people(text, lang, expected):
    assert counted(text, lang) == expected


def test_a_collective_part_of_the_last_count_keeps_its_noun():
    text = "По делу о взятке задержаны трое посредников. Двоим из них объявлено о подозрении."
    assert counted(text) == [(3, "person", "detained", "посредник"), (2, "person", "charged", "посредник")]


def test_collectives_listed_after_a_whole_keep_its_noun():
    text = ("По итогам проверки антикоррупционной службы к дисциплинарной ответственности привлечены 15 сотрудников "
            "акимата: двое уволены, четверым объявлен выговор, ещё шестеро предупреждены о неполном служебном "
            "соответствии.")
    assert {obj for _, unit, _, obj in counted(text) if unit == "person"} == {"сотрудник"}
