"""The statistics extractor on round 7's phrasing (issue 11: fresh10, fresh9's and rel_stream3's leftovers): phone
numbers, the lines of a list taking the event of the line that announced it, a list of people joined by "и" after a
noun phrase, bribes seized, a region's budget, a plan's measures done, positions held, an advance and the work done
beside the damage, a share of services made digital, a Kazakh "бұл" pointing back, one acquitted, a procurement's
sum in the Kazakh genitive, and the setting of a story (rates, children, a biography, lawyers, a working group,
documents, a law's penalty, a suspended sentence). Every sentence is written for these tests, none copied from an
evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2026, 11, 20))
figures = READ.figures


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Антикор задержал акима за взятку. О фактах коррупции сообщайте по телефону 8 (7172) 70-14-24.", "ru"),
        ("Антикор задержал акима за взятку. О фактах взяточничества – 8 (727) 250-11-30 или 8-701-555-12-34.", "ru"),
        ("Әкім пара алғаны үшін ұсталды. Сыбайлас жемқорлық фактілері туралы – 8 (7142) 53-01-24.", "kk"),
    ],
)
def test_a_phone_number_is_no_figure(text, lang):
    assert figures(text, lang) == []


def test_a_range_with_one_hyphen_is_still_two_figures():
    assert figures("По делу о взятках задержаны 3-4 сотрудника акимата.") == [
        (3, "person", "detained"), (4, "person", "detained")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Прокуратура вернула государству похищенные активы на 12 млрд тенге. В том числе:\n– 4 млрд тенге со счетов "
         "за рубежом;\n– 17 квартир;\n– 6 автомобилей.\nВ Астане потеплеет до 20 градусов.", "ru",
         [(12000000000, "KZT", "recovered"), (4000000000, "KZT", "recovered"), (17, "item", "recovered"),
          (6, "item", "recovered")]),
        ("Агенттік жыл қорытындысын жариялады. Мәліметке сәйкес:\n• 12 лауазымды тұлға пара алғаны үшін ұсталды;\n"
         "• 8 қылмыстық іс сотқа жолданды.", "kk",
         [(12, "person", "detained"), (8, "case", "cases")]),
    ],
)
def test_the_lines_of_a_list_take_the_event_of_its_head(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_dash_line_without_a_head_ending_in_a_colon_keeps_its_own_reading():
    text = "Аким задержан за взятку в 3 млн тенге.\n– В селе он обошёл 200 дворов, – сказал житель."
    assert figures(text) == [(3000000, "KZT", "bribe"), (200, "item", "other")]


def test_the_last_of_a_list_of_people_after_a_noun_phrase_and_i_takes_the_list_event():
    text = ("За взятки задержаны 20 чиновников. Среди них 3 акима аулов, 5 работников акиматов районов и 2 "
            "сотрудника полиции.")
    assert figures(text) == [(20, "person", "detained"), (3, "person", "detained"), (5, "person", "detained"),
                             (2, "person", "detained")]


def test_bribes_seized_are_bribes_and_other_money_seized_is_not():
    text = "За год по делам о коррупции взяток изъяли на 75 млн тенге. У чиновника изъяли 2 млн тенге наличными."
    assert figures(text) == [(75000000, "KZT", "bribe"), (2000000, "KZT", "other")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("За взятки осуждены 12 чиновников. Бюджет региона на следующий год превышает 450 млрд тенге.", "ru"),
        ("Пара алғаны үшін 12 шенеунік сотталды. Облыстың келесі жылға арналған бюджет 450 млрд теңге.", "kk"),
    ],
)
def test_a_regions_budget_is_no_figure(text, lang):
    assert figures(text, lang) == [(12, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Совет рассмотрел антикоррупционный план. Из 25 мероприятий выполнено 22, или 88% от запланированного.",
         "ru"),
        ("Сыбайлас жемқорлыққа қарсы жоспардың 40 іс-шарасының 35-і, яғни 87 пайызы орындалды.", "kk"),
    ],
)
def test_a_plans_measures_done_are_no_figure(text, lang):
    assert figures(text, lang) == []


def test_positions_held_are_no_figure():
    assert figures("Аким задержан за взятку. За 20 лет на госслужбе он сменил 7 должностей.") == []


def test_an_advance_and_the_work_done_are_no_damage_but_the_damage_is():
    text = ("Подрядчик, похитивший бюджетные деньги, получил аванс в 300 млн тенге, а выполнил работы лишь на 120 млн "
            "тенге. Ущерб государству составил 180 млн тенге.")
    assert figures(text) == [(180000000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сыбайлас жемқорлықтың алдын алу үшін ауданда 150 мемлекеттік қызметтің 90 пайызы электронды форматқа "
         "көшірілді.", "kk"),
        ("Для борьбы с коррупцией 85% госуслуг переведены в электронный формат.", "ru"),
    ],
)
def test_a_share_of_services_made_digital_is_no_figure(text, lang):
    assert figures(text, lang) == []


def test_a_kazakh_comparison_opening_with_bul_takes_the_event_before():
    text = ("Биыл сыбайлас жемқорлық үшін 40 адам сотталды. Бұл былтырғы 52 адаммен салыстырғанда аз.")
    assert [(v, e) for v, _, e in figures(text, "kk")] == [(40, "convicted"), (52, "convicted")]


def test_one_acquitted_is_counted_and_one_given_a_term_is_not_a_count():
    text = "Сот пара алған екі шенеунікті кінәлі деп таныды: біреуі 6 жылға сотталды. Тағы біреуі ақталды."
    assert figures(text, "kk") == [(2, "person", "convicted"), (6, "year", "prison_term"), (1, "person", "other")]


def test_a_procurements_sum_in_the_kazakh_genitive_is_other():
    text = ("Бөлім басшысы мүдделер қақтығысына жол берді: ол 30 млн теңгенің мемлекеттік сатып алуын інісінің "
            "серіктестігіне берген.")
    assert figures(text, "kk") == [(30000000, "KZT", "other")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Аким задержан за взятку. Ставка по ипотеке в регионе – 7%, инфляция достигла 8,4%.", "ru"),
        ("Аким задержан за взятку. Подозреваемый – отец четверых детей.", "ru"),
        ("Аким задержан за взятку. Он окончил 2 университета и был депутатом маслихата 3 созывов.", "ru"),
        ("Аким задержан за взятку. В суде его защищали 3 адвоката.", "ru"),
        ("Аким задержан за взятку. Закупки проверит рабочая группа из 9 человек.", "ru"),
        ("Аким задержан за взятку. За 6 лет в районе сменилось 5 акимов.", "ru"),
        ("Аким задержан за взятку. Ежегодно на ремонт дорог района выделяется около 2 млрд тенге.", "ru"),
        ("Аким задержан за взятку. Следователи изучили 2 400 документов.", "ru"),
        ("Аким задержан за взятку, деньги он брал в три приёма.", "ru"),
        ("Аким задержан за взятку. По закону взятка свыше 2 000 МРП наказывается лишением свободы от 7 до 12 лет.",
         "ru"),
        ("Әкім пара алғаны үшін ұсталды. Іс материалдары 30 томды құрады.", "kk"),
        ("Әкім пара алғаны үшін ұсталды. Агенттік биыл 900-ден астам түсіндіру іс-шарасын өткізді.", "kk"),
        ("Әкім пара алғаны үшін ұсталды. Кеңесте 18 депутат сөз сөйледі.", "kk"),
        ("Әкім пара алғаны үшін ұсталды. Жоба құны 3,1 млрд теңге.", "kk"),
        ("Әкім пара алғаны үшін ұсталды. Ол бұған дейін 2 жылға шартты түрде сотталған.", "kk"),
        ("Әкім пара алғаны үшін ұсталды. Банктің мөлшерлемесі 16 пайыз, инфляция 9 пайыз.", "kk"),
    ],
)
def test_the_setting_of_a_corruption_story_gives_no_figure(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Аким задержан за взятку. Он имеет 2 высших образования.",
        "Аким задержан за взятку. Депутаты поддержали 12 поправок к закону о противодействии коррупции.",
        "Аким задержан за взятку. На совещании присутствовали около 150 госслужащих.",
    ],
)
def test_degrees_amendments_and_those_present_are_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("По итогам 10 месяцев за коррупцию осуждены 52 человека.", "2026-01..2026-10"),
        ("Итоги 6 месяцев: за коррупцию осуждены 52 человека.", "2026-H1"),
    ],
)
def test_months_a_report_opens_with_are_its_period_not_a_term(text, period):
    found = READ.records(text, "ru")
    assert [(r["value"], r["unit"], r["event"], r["period"]) for r in found] == [(52, "person", "convicted", period)]


def test_a_term_of_years_and_months_is_still_one_term():
    assert figures("За взятку экс-аким осуждён к 3 годам 6 месяцам лишения свободы.") == [(3.5, "year", "prison_term")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Прокуратура вернула в бюджет 9 млрд тенге похищенных средств.", [(9000000000, "KZT", "recovered")]),
        ("Из-за рубежа возвращено 2 млрд тенге незаконно выведенных активов.", [(2000000000, "KZT", "recovered")]),
        ("Директор похитил 70 млн тенге, выделенных на строительство школы.", [(70000000, "KZT", "damage")]),
    ],
)
def test_the_verb_decides_over_a_participle_after_the_amount(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бывший аким осуждён за взятку. Приговор: 9 лет в учреждении средней безопасности.", "ru"),
        ("Бұрынғы әкім пара алғаны үшін сотталды. Ол орташа қауіпсіздік мекемесінде 9 жыл отырады.", "kk"),
    ],
)
def test_years_in_a_penal_institution_are_a_prison_term(text, lang):
    assert figures(text, lang) == [(9, "year", "prison_term")]


def test_what_a_scheme_brought_officials_in_a_bribery_story_is_a_bribe():
    text = "Таможенники брали взятки за пропуск фур. За год схема принесла им 60 млн тенге."
    assert figures(text) == [(60000000, "KZT", "bribe")]


def test_a_count_of_what_something_was_for_is_no_figure():
    text = "Аудит выявил хищение 5 млрд тенге: купленные томографы для 25 поликлиник простаивают."
    assert figures(text) == [(5000000000, "KZT", "damage")]
