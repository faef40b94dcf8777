"""The statistics extractor on round 9's phrasing (issue 11: fresh14's and real dev's errors): a list's head that only
names what its lines resulted from gives them no event, and a count of cases stays `cases` in any list; Kazakh asset
returns in the possessive open the gate; "this indicator" takes the event of the figure it names again; people given a
fine are convicted, a lone "one" given a penalty is no count; a reference note ("Справка:") continues nothing; "Из них
12" counts a part of the last count; what counted buildings cost is no figure. Every sentence is written for these
tests, none copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2026, 12, 5))
figures, periods = READ.figures, READ.periods


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Управление отчиталось о борьбе с коррупцией. По результатам внутренних проверок и служебных "
         "расследований:\n– 12 сотрудников привлечены к дисциплинарной ответственности;\n– в отношении 3 сотрудников "
         "материалы переданы в полицию;\n– возбуждено 2 уголовных дела.", "ru",
         [(12, "person", "disciplined"), (3, "person", "other"), (2, "case", "cases")]),
        ("Сыбайлас жемқорлыққа қарсы кеңес өтті. Қызметтік тексерулер нәтижесінде:\n– 12 қызметкер тәртіптік "
         "жауапкершілікке тартылды;\n– 2 қызметкерге қатысты материалдар полицияға жіберілді;\n– 3 қылмыстық іс "
         "қозғалды.", "kk",
         [(12, "person", "disciplined"), (2, "person", "other"), (3, "case", "cases")]),
    ],
)
def test_a_head_naming_only_where_the_results_came_from_gives_its_lines_no_event(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_head_saying_what_was_done_still_gives_its_lines_its_event():
    text = ("Антикор: по итогам проверок привлечены к дисциплинарной ответственности:\n– 12 сотрудников полиции;\n"
            "– 5 акимов.")
    assert figures(text) == [(12, "person", "disciplined"), (5, "person", "disciplined")]


def test_a_count_of_cases_in_a_list_is_cases_whatever_its_head_says():
    text = "По делам о коррупции задержаны:\n– 7 должностных лиц;\n– возбуждено 4 уголовных дела."
    assert figures(text) == [(7, "person", "detained"), (4, "case", "cases")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыл басынан бері мемлекетке 96 млрд теңгенің активі қайтарылды.", [(96_000_000_000, "KZT", "recovered")]),
        ("Прокуратура бұрынғы әкімнің активін мемлекетке қайтарды: 4 пәтер мемлекет меншігіне өтті.",
         [(4, "item", "recovered")]),
        ("Компанияның активі 2025 жылы 40 млрд теңгеге жетті, кредиттер уақытында қайтарылды.", []),  # no state
    ],
)
def test_kazakh_assets_returned_to_the_state_open_the_gate_in_the_possessive(text, expected):
    assert figures(text, "kk") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Жыл басынан бері мемлекетке 80 млрд теңгенің активі қайтарылды. Бұл қаражатқа 4 мектеп салынады. Былтыр "
         "бұл көрсеткіш 65 млрд теңге болған.", "kk",
         [(80_000_000_000, "KZT", "recovered"), (65_000_000_000, "KZT", "recovered")]),
        ("По делам о коррупции возмещено 3,1 млрд тенге. На эти деньги отремонтированы 6 больниц. Годом ранее этот "
         "показатель составлял 2,4 млрд тенге.", "ru",
         [(3_100_000_000, "KZT", "recovered"), (2_400_000_000, "KZT", "recovered")]),
    ],
)
def test_this_indicator_takes_the_event_of_the_figure_it_names_again(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Суд вынес приговор по делу о взятках: бывший аким получил 6 лет, ещё двоим назначен штраф по 2 000 МРП.",
         "ru", [(6, "year", "prison_term"), (2, "person", "convicted"), (2000, "MCI", "fine")]),
        ("Пара алған басқарма басшысы 8 жылға сотталды. Кәсіпорынның үш маманына 1 500 АЕК-тен айыппұл салынды.",
         "kk", [(8, "year", "prison_term"), (3, "person", "convicted"), (1500, "MCI", "fine")]),
        ("По делу о взятке трём фигурантам грозит штраф до 5 000 МРП.", "ru", [(3, "person", "charged")]),
    ],
)
def test_people_given_a_fine_are_convicted_but_not_those_the_law_threatens(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд вынес приговор по делу о растрате. Главбух получила 5 лет, ещё один специалист отдела – 2 года "
         "ограничения свободы.", [(5, "year", "prison_term"), (2, "year", "prison_term")]),
        ("По делу о взятке двое полицейских получили выговор, ещё один инспектор уволен.",
         [(2, "person", "disciplined"), (1, "person", "dismissed")]),  # a trigger of its own: one dismissed counts
    ],
)
def test_a_lone_one_given_a_penalty_is_no_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Задержан директор центра занятости, похитивший 52 млн тенге. Задержание произошло 3 октября.\nСправка: "
         "в 2026 году на программу выделено 7,5 млрд тенге, по ней трудоустроены более 4 тысяч человек. В центре "
         "работают 35 сотрудников.", [(52_000_000, "KZT", "damage")]),
        ("Задержан аким, получивший взятку 2 млн тенге.\nСправка: с начала года в области за взятки задержаны 37 "
         "должностных лиц. Из них 12 осуждены.",
         [(2_000_000, "KZT", "bribe"), (37, "person", "detained"), (12, "person", "convicted")]),
        ("Аким задержан при получении взятки. Справка о несудимости выдавалась за 10 тысяч тенге.",
         [(10_000, "KZT", "other")]),  # a certificate, no note: the sentence continues the story
    ],
)
def test_a_reference_note_gives_figures_only_with_its_own_words_of_the_matter(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Антикор взял на контроль незавершённые объекты. Всего в области остается 11 долгостроев на сумму 90 "
         "миллиардов тенге.", "ru", [(11, "item", "other")]),
        ("Антикор: в области 9 недостроенных школ общей стоимостью 12 млрд тенге.", "ru", [(9, "item", "other")]),
        ("Сыбайлас жемқорлыққа қарсы агенттіктің мәліметінше, облыста жалпы құны 40 млрд теңге болатын 7 мектеп әлі "
         "аяқталмаған.", "kk", [(7, "item", "other")]),
        # a contract's sum and confiscated houses' worth are figures
        ("Антикор установил, что 9 договоров на общую сумму 240 млн тенге заключены с аффилированной фирмой.", "ru",
         [(9, "item", "other"), (240_000_000, "KZT", "other")]),
        ("Конфискованы 12 домов на сумму 1,2 млрд тенге, купленных на взятки.", "ru",
         [(12, "item", "recovered"), (1_200_000_000, "KZT", "recovered")]),
    ],
)
def test_what_counted_buildings_cost_is_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сыбайлас жемқорлық: кәсіпорын директоры 300 млн теңгені жымқырған. Кәсіпорын аудан тұрғындарының 60 "
         "пайызын ауызсумен қамтамасыз етеді.", [(300_000_000, "KZT", "damage")]),
        # a group's answer in a survey is still a share of people, `other`
        ("Сыбайлас жемқорлыққа қарсы агенттіктің сауалнамасына сәйкес, тұрғындардың 35 пайызы пара бергенін айтты.",
         [(35, "percent", "other")]),
    ],
)
def test_a_kazakh_share_of_people_in_the_accusative_is_what_is_served_not_a_survey(text, expected):
    assert figures(text, "kk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Аудандық сот пара алған үш полиция қызметкерін 5 жылға соттады.",
         [(3, "person", "convicted"), (5, "year", "prison_term")]),
        ("Облыстық сот бюджет қаражатын жымқырған әкімді 9 жылға соттап, мүлкін тәркіледі.",
         [(9, "year", "prison_term")]),
        ("Сыбайлас жемқорлық ісі сотта қаралып жатыр, 3 адам күдікті.", [(3, "person", "charged")]),  # in court
    ],
)
def test_the_kazakh_courts_active_verb_of_sentencing_gives_terms_and_convicts(text, expected):
    assert figures(text, "kk") == expected


def test_a_kazakh_share_of_them_that_is_a_group_of_people_is_no_events_figure():
    text = ("Былтыр сыбайлас жемқорлық үшін 800 адам сотталды. Олардың 20 пайызы – ауыл әкімдері мен олардың "
            "орынбасарлары.")
    assert figures(text, "kk") == [(800, "person", "convicted"), (20, "percent", "other")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Департамент Антикора подвёл итоги работы за 9 месяцев 2026 года. С начала года зарегистрировано 40 "
         "коррупционных преступлений. За соответствующий период прошлого года было зарегистрировано 35 преступлений. "
         "В 2025 году всего зарегистрировано 52 преступления.", "ru",
         [(40, "2026-01..2026-09"), (35, "2025-01..2025-09"), (52, "2025")]),
        ("Прокуратура 2026 жылдың 10 айындағы сыбайлас жемқорлыққа қарсы іс-қимыл қорытындысын жариялады. Жыл "
         "басынан бері 20 қылмыс тіркелді. Өткен жылдың осы кезеңінде 17 қылмыс тіркелген.", "kk",
         [(20, "2026-01..2026-10"), (17, "2025-01..2025-10")]),
        # "than the same period last year" is the baseline of a comparison, not the figures' period
        ("Антикор подвёл итоги первого полугодия 2026 года. В сфере противодействия коррупции зарегистрировано 80 "
         "уголовных правонарушений, что на 9% больше, чем за аналогичный период прошлого года.", "ru",
         [(80, "2026-H1"), (9, "2026-H1")]),
        # "this year" said in a half-year's report is the year, no running total of the report
        ("Коллегия Антикора подвела итоги первого полугодия 2026 года. В этом году за взятки осуждены 3 сотрудника "
         "службы.", "ru", [(3, "2026")]),
    ],
)
def test_a_reports_year_is_its_span_and_the_same_period_last_year_is_that_span_a_year_earlier(text, lang, expected):
    assert [(value, period) for value, _, period in periods(text, lang)] == expected
