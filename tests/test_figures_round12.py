"""The statistics extractor on round 12's phrasing (issue 11: fresh18's errors and earlier sets' leftovers): a suspect
wanted is charged, even a lone "one"; Kazakh people sent to court are charged; what a law provides is no figure, a
share too; an amount restated in other units in the next sentence keeps its event; a Kazakh count word after a
participle and its noun counts convicts; a Kazakh part of people the setting named is counted by its verb; periods:
a running total in a report of part of a year carries the report's span to the next sentences, "годом ранее" is the
span just named a year earlier, a period in a later clause with a number of its own is that number's, a baseline
period right before a number is that number's; a dateline is no lead. Every sentence is written for these tests,
none copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2026, 10, 20))
figures, periods = READ.figures, READ.periods


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Задержаны четверо сотрудников акимата, двое из них арестованы, ещё один фигурант дела о взятке объявлен в "
         "розыск.", "ru", [(4, "person", "detained"), (2, "person", "detained"), (1, "person", "charged")]),
        ("По делу о хищении бюджетных средств разыскиваются трое бывших сотрудников управления.", "ru",
         [(3, "person", "charged")]),
        ("Пара алды деген күдікпен екі адам ұсталды, тағы біреуі іздеуге жарияланды.", "kk",
         [(2, "person", "detained"), (1, "person", "charged")]),
    ],
)
def test_a_suspect_wanted_is_charged(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_lone_one_given_a_penalty_is_still_no_count():
    assert figures("Пара алған әкім сотталды. Тағы біреуі 5 жылға сотталды.", "kk") == [(5, "year", "prison_term")]


def test_kazakh_people_sent_to_court_are_charged():
    assert figures("Агенттік биыл сыбайлас жемқорлық қылмыстары бойынша 320 адамды сотқа жіберді.", "kk") == [
        (320, "person", "charged")]


@pytest.mark.parametrize(
    "text",
    [
        "Аким задержан при получении взятки. Гражданам, сообщившим о коррупции, предусмотрено вознаграждение в "
        "размере 5% от суммы взятки.",
        "Чиновник задержан при получении взятки. За такое преступление предусмотрен штраф в размере 2 000 МРП.",
    ],
)
def test_what_a_law_provides_is_no_figure_a_share_too(text):
    assert figures(text) == []


def test_one_officials_kickback_rate_stays_a_bribe():
    text = "Инспектор требовал от поставщиков откат в размере 7 процентов от суммы каждого договора."
    assert figures(text) == [(7, "percent", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Инспектор 300 АЕК мөлшерінде пара алып ұсталды. Бұл шамамен 1,2 млн теңге.", "kk",
         [(300, "MCI", "bribe"), (1200000, "KZT", "bribe")]),
        ("Чиновник получил взятку в 10 тысяч долларов. Это примерно 5 млн тенге.", "ru",
         [(10000, "USD", "bribe"), (5000000, "KZT", "bribe")]),
        ("Бывшему акиму за взятку назначен штраф в размере 2 000 МРП. Это около 7,8 млн тенге.", "ru",
         [(2000, "MCI", "fine"), (7800000, "KZT", "fine")]),
    ],
)
def test_an_amount_restated_in_other_units_keeps_its_event(text, lang, expected):
    assert figures(text, lang) == expected


def test_an_amount_in_the_same_unit_after_this_is_no_restatement():
    text = "Аким похитил 40 млн тенге из бюджета. Это 12 млн тенге из районного бюджета, остальное – из областного."
    assert (12000000, "KZT", "damage") not in figures(text)


def test_a_kazakh_count_word_after_a_participle_and_its_noun_counts_convicts():
    text = "Биыл сыбайлас жемқорлық үшін сотталған лауазымды тұлғалардың саны 180-ге жетті."
    found = READ.records(text, "kk")
    assert [(r["value"], r["unit"], r["event"], r["object"]) for r in found] == [
        (180, "person", "convicted", "лауазымды тұлға")]  # the compound, not its last word


def test_a_bodys_staff_counted_stays_the_setting():
    text = "Агенттік сыбайлас жемқорлықпен күреседі. Агенттік қызметкерлерінің саны 2 мыңнан асады."
    assert figures(text, "kk") == []


@pytest.mark.parametrize(
    "text",
    [
        "Облыста мемлекеттік қызметшілердің саны 12 мың. Биыл олардың 15-і сыбайлас жемқорлық қылмыстары үшін "
        "сотталды.",
        "Аудан әкімдігінде 140 қызметкер жұмыс істейді. Биыл олардың 15-і пара алғаны үшін сотталды.",
    ],
)
def test_a_kazakh_part_of_people_the_setting_named_is_counted_by_its_verb(text):
    assert figures(text, "kk") == [(15, "person", "convicted")]


def test_a_kazakh_part_of_crimes_stays_cases():
    text = "Биыл 48 сыбайлас жемқорлық қылмысы тіркелді. Оның 30-ы пара алу фактілері."
    assert figures(text, "kk") == [(48, "case", "cases"), (30, "case", "cases")]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Департамент подвёл итоги работы за 9 месяцев 2026 года.\nС начала года зарегистрировано 52 коррупционных "
         "преступления. В суд направлено 31 уголовное дело.", "ru", "2026-01..2026-09"),
        ("Департамент 2026 жылдың 10 айындағы жұмыс қорытындысын жариялады.\nЖыл басынан бері 45 сыбайлас "
         "жемқорлық қылмысы тіркелді. Сотқа 28 қылмыстық іс жолданды.", "kk", "2026-01..2026-10"),
    ],
)
def test_a_running_total_in_a_report_carries_the_reports_span(text, lang, span):
    assert [p for _, _, p in periods(text, lang)] == [span, span]


def test_a_year_earlier_is_the_span_just_named_and_a_later_clauses_period_is_its_own_numbers():
    text = ("Прокуратура подвела итоги работы за 9 месяцев 2026 года. Ущерб от коррупционных преступлений составил "
            "4 млрд тенге, возмещено 3 млрд тенге. Это 75%, годом ранее было 61%.")
    assert periods(text) == [(4000000000, "damage", "2026-01..2026-09"), (3000000000, "recovered", "2026-01..2026-09"),
                             (75, "recovered", "2026-01..2026-09"), (61, "recovered", "2025-01..2025-09")]


def test_a_period_opening_the_sentence_scopes_its_later_clauses():
    text = "Прокуратура подвела итоги 2025 года. В 2025 году осуждены 45 человек за коррупцию, возмещено 3 млрд тенге."
    assert periods(text) == [(45, "convicted", "2025"), (3000000000, "recovered", "2025")]


def test_a_dateline_is_no_lead():
    text = ("АСТАНА. KAZINFORM – Агенттік төрағасы брифингте 2026 жылдың 9 айының нәтижелерін таныстырды.\nЖыл "
            "басынан бері 1 100-ден астам сыбайлас жемқорлық қылмысы тіркелді. Шетелден 200 млн доллар қайтарылды.")
    assert periods(text, "kk") == [(1100, "cases", "2026-01..2026-09"), (200000000, "recovered", "2026-01..2026-09")]


def test_a_year_earlier_after_a_surveys_months_is_the_year_before():
    text = ("Агентство представило результаты ежегодного исследования восприятия коррупции. Опрос провели в "
            "октябре–ноябре 2025 года.\nДоля граждан, у которых вымогали взятку, снизилась до 11,4%. Годом ранее этот "
            "показатель составлял 13%.")
    assert [(value, period) for value, _, period in periods(text)][-1] == (13, "2024")  # not "2024-10..2024-11"


def test_a_compared_figure_right_after_its_baseline_period_takes_it():
    text = ("Агенттік биылғы 10 айдың қорытындысын айтты. Жыл басынан бері сыбайлас жемқорлық үшін 70 адам қылмыстық "
            "жауапкершілікке тартылды. Бұл өткен жылғы 95 адаммен салыстырғанда әлдеқайда аз.")
    assert periods(text, "kk") == [(70, "charged", "2026-01..2026-10"), (95, "charged", "2025")]
