"""The statistics extractor on the phrasing behind fresh31's errors (figure round 21): a compound number word's
collective ("он екеуі" is 12), bribes taken in N episodes as cases in Kazakh Latin, a first demand before a reduced
bribe, pay drawn for staff who do not work, a survey's later shares, a quarter written with a digit or as a range of
months, an interview's running total of the year, and money saved by a purchase. Every sentence is written for these
tests, none copied from an evaluation set; Kazakh in the Latin alphabet is read through its Cyrillic spelling, as the
pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.figures.periods import find_periods
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 11, 25))
figures = reader.figures
periods = reader.periods
counted = reader.counted


def latin(text: str) -> str:
    return to_cyrillic(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сыбайлас жемқорлық үшін 40 қызметші тәртіптік жауапкершілікке тартылды. Олардың он екеуі лауазымынан "
         "босатылды.", (12, "person", "dismissed")),
        ("Агенттік пара алғаны үшін 50 шенеунікті ұстады. Олардың жиырма үшеуі қызметінен босатылды.",
         (23, "person", "dismissed")),
        (latin("Sybaılas jemqorlyq úshin 40 qyzmetshi tártiptik jaýapkershilikke tartyldy. Olardyń on beseýi "
               "laýazymynan bosatyldy."), (15, "person", "dismissed")),
    ],
)
def test_a_compound_number_words_collective_is_one_number(text, expected):
    found = figures(text, "kk")
    assert expected in found
    assert not any(unit == "item" for _, unit, _ in found)


def test_a_tens_word_alone_before_a_collective_of_its_own_stays_apart():
    # "он" (ten) composes only with a collective of the units: "онау" is ten on its own
    assert (10, "person", "dismissed") in figures("Агенттік пара алғаны үшін 30 шенеунікті ұстады. Олардың онауы "
                                                  "қызметінен босатылды.", "kk")


@pytest.mark.parametrize(
    "text",
    [
        latin("Burynǵy basshy bes epızod boıynsha para alǵany úshin 8 jylǵa sottaldy."),
        "Бұрынғы басшы бес эпизод бойынша пара алғаны үшін 8 жылға сотталды.",
    ],
)
def test_bribes_taken_in_episodes_are_cases_in_either_script(text):
    assert (5, "case", "cases", "эпизод") in counted(text, "kk")


def test_episodes_in_russian_stay_cases():
    assert (3, "case", "cases") in figures("Бывший аким осуждён за получение взяток по трём эпизодам.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Әкімдік қызметкері пара алу кезінде ұсталды. Ол кәсіпкерден алдымен 2 млн теңге сұраған, кейін 1,5 млн "
         "теңгемен келіскен.", "kk"),
        (latin("Ákimdik qyzmetkeri para alý kezinde ustaldy. Ol kásipkerden aldymen 2 mln teńge suraǵan, keıin 1,5 "
               "mln teńgemen kelisken."), "kk"),
        ("Сотрудник акимата задержан при получении взятки. Сначала он просил у предпринимателя 2 млн тенге, затем "
         "согласился на 1,5 млн тенге.", "ru"),
    ],
)
def test_a_first_demand_before_a_smaller_bribe_is_a_bribe(text, lang):
    assert (2_000_000, "KZT", "bribe") in figures(text, lang)


def test_a_prosecutors_request_for_a_term_is_still_no_penalty():
    text = ("Сот бұрынғы әкімді пара алғаны үшін сотталды. Прокурор оған 8 жыл бас бостандығынан айыру жазасын "
            "сұраған, сот 6 жылға соттады.")
    assert figures(text, "kk") == [(6, "year", "prison_term")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Тергеу деректеріне қарағанда, аурухана директоры жұмыс істемейтін адамдарды штатқа алып, олардың атына 36 "
         "млн теңге жалақы есептеген. Директорға бюджет қаражатын жымқырды деген күдік жарияланды.", "kk"),
        (latin("Tergeý derekterine qaraǵanda, aýrýhana dırektory jumys istemeıtin adamdardy shtatqa alyp, olardyń "
               "atyna 36 mln teńge jalaqy eseptegen. Dırektorǵa bıýdjet qarajatyn jymqyrdy degen kúdik "
               "jarııalandy."), "kk"),
        ("Мектеп директоры іс жүзінде жұмыс істемеген туыстарына 36 млн теңге жалақы төлеген. Оған бюджет қаражатын "
         "жымқырды деген күдік жарияланды.", "kk"),
        ("Директор больницы начислил фактически не работавшим сотрудникам 36 млн тенге зарплаты. Ему предъявлено "
         "подозрение в хищении бюджетных средств.", "ru"),
    ],
)
def test_pay_drawn_for_people_who_do_not_work_is_damage(text, lang):
    assert (36_000_000, "KZT", "damage") in figures(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Әкімдік бөлімінің басшысы пара алғаны үшін ұсталды. Бөлімде 40 қызметкер жұмыс істейді, олардың орташа "
         "жалақысы 350 мың теңге.", "kk"),
        ("Аким задержан за взятку в 5 млн тенге. В акимате работают 40 сотрудников, их средняя зарплата 350 тысяч "
         "тенге.", "ru"),
    ],
)
def test_the_pay_of_staff_who_work_is_still_no_figure(text, lang):
    assert not any(unit == "KZT" and value == 350_000 for value, unit, _ in figures(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Агенттік сыбайлас жемқорлық туралы сауалнама нәтижесін жариялады. Сауалнамаға 2 000 адам қатысты. "
         "Респонденттердің 25 пайызы пара беруге тура келгенін айтқан, бұл былтырғыдан 3 пайыз аз. Ал 70 пайызы "
         "цифрландыру сыбайлас жемқорлықты азайтты деп санайды.", "kk", [25, 3, 70]),
        (latin("Agenttik sybaılas jemqorlyq týraly saýalnama nátıjesin jarııalady. Respondentterdiń 25 paıyzy para "
               "berýge týra kelgenin aıtqan, bul byltyrǵydan 3 paıyz az. Al 70 paıyzy sıfrlandyrý sybaılas "
               "jemqorlyqty azaıtty dep sanaıdy."), "kk", [25, 3, 70]),
        ("Антикор представил итоги опроса о коррупции. 25% респондентов заявили, что давали взятку, это на 3% "
         "меньше, чем годом ранее. Ещё 70% считают, что цифровизация снизила коррупцию.", "ru", [25, 3, 70]),
    ],
)
def test_a_surveys_later_shares_are_its_answers_of_no_period(text, lang, expected):
    found = reader.records(text, lang)
    assert [r["value"] for r in found if r["unit"] == "percent"] == expected
    assert all(r["event"] == "other" and r["period"] is None for r in found if r["unit"] == "percent")


def test_a_bare_share_with_no_survey_before_is_not_a_survey_answer():
    text = ("Облыста 2 000 кәсіпкер жұмыс істейді. Ал 70 пайызы цифрландыру сыбайлас жемқорлықты азайтты деп "
            "санайды. Әкім пара алғаны үшін ұсталды.")
    assert not any(unit == "percent" for _, unit, _ in figures(text, "kk"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Агенттік 2026 жылдың 3-ші тоқсанындағы жұмыс қорытындысын жариялады.", "kk", "2026-Q3"),
        (latin("Agenttik 2026 jyldyń 2-shi toqsanyndaǵy jumys qorytyndysyn jarııalady."), "kk", "2026-Q2"),
        ("Шілде-қыркүйек айларында 140 қылмыс тіркелді.", "kk", "2026-Q3"),
        (latin("Sáýir-maýsym aılarynda 140 qylmys tirkeldi."), "kk", "2026-Q2"),
        ("В 3-м квартале 2026 года выявлено 140 преступлений.", "ru", "2026-Q3"),
        ("Июль–сентябрь принёс 140 преступлений.", "ru", "2026-Q3"),
    ],
)
def test_a_quarter_written_with_a_digit_or_as_a_range_of_months(text, lang, expected):
    assert [p.value for p in find_periods(text, lang, date(2026, 11, 25))] == [expected]


def test_a_capitalised_month_alone_is_still_a_city():
    assert find_periods("Қазан қаласында 5 шенеунік ұсталды.", "kk", date(2026, 11, 25)) == []


def test_a_quarters_report_gives_its_figures_the_quarter():
    text = latin("Agenttik 2026 jyldyń 3-shi toqsanyndaǵy jumys qorytyndysyn jarııalady. Shilde-qyrkúıek "
                 "aılarynda 140 sybaılas jemqorlyq qylmysy tirkeldi. Osy kezeńde 52 adam sottaldy. Keltirilgen "
                 "zalaldyń 1,4 mlrd teńgesi óteldi.")
    assert periods(text, "kk") == [(140, "cases", "2026-Q3"), (52, "convicted", "2026-Q3"),
                                   (1_400_000_000, "recovered", "2026-Q3")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Облыстық департамент басшысы сұрақтарға жауап берді.\n– Жыл басынан бері департамент 48 сыбайлас "
         "жемқорлық қылмысын анықтады.\n– Пара мөлшері өзгерді ме?\n– Биыл орташа пара 900 мың теңге болды, былтыр "
         "бұл көрсеткіш 650 мың теңге еді.\n– Залал өтелді ме?\n– Залалдың 80 пайызы өтелді, бұл 1,1 млрд теңге.",
         "kk"),
        ("Руководитель департамента ответил на вопросы.\n– С начала года департамент выявил 48 коррупционных "
         "преступлений.\n– Изменился ли размер взяток?\n– В этом году средняя взятка составила 900 тысяч тенге, в "
         "прошлом году – 650 тысяч тенге.\n– Возмещён ли ущерб?\n– Возмещено 80% ущерба, это 1,1 млрд тенге.", "ru"),
    ],
)
def test_an_interviews_running_total_of_the_year_makes_it_the_years_report(text, lang):
    found = periods(text, lang)
    assert (900_000, "bribe", "2026") in found
    assert (650_000, "bribe", "2025") in found
    assert (1_100_000_000, "recovered", "2026") in found


def test_a_case_story_with_no_running_total_keeps_its_amounts_without_a_period():
    text = "В 2025 году прокуратура возбудила 3 уголовных дела. Аким получил взятку в 900 тысяч тенге."
    assert (900_000, "bribe", None) in periods(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Акимат утвердил план ремонта дорог. По словам руководителя, открытые торги позволяют сэкономить до 12% "
         "средств и исключают коррупционные риски.", "ru"),
        ("Аким задержан за взятку в 5 млн тенге. По итогам торгов экономия составила 2,1 млрд тенге.", "ru"),
        ("Әкім 5 млн теңге пара алғаны үшін ұсталды. Сатып алу нәтижесінде бюджет қаражатының 2,4 млрд теңгесі "
         "үнемделді.", "kk"),
    ],
)
def test_money_a_purchase_saves_is_no_figure(text, lang):
    assert not any(unit == "percent" or value in (2_100_000_000, 2_400_000_000)
                   for value, unit, _ in figures(text, lang))


def test_money_saved_and_stolen_is_still_damage():
    text = "Подрядчик сэкономил на материалах 40 млн тенге и присвоил их. Ему предъявлено подозрение в хищении."
    assert (40_000_000, "KZT", "damage") in figures(text)
