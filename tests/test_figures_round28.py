"""The statistics extractor on fresh34's and fresh35's leftovers (figure round 28): a part said to be a noun after a
copula, money told as not yet repaid, and penalty verbs that put a sentence on the corruption matter only beside a
term. Every sentence is written for these tests, none copied from an evaluation set; Kazakh in the Latin alphabet is
read through its Cyrillic spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 12, 8))
figures = reader.figures
counted = reader.counted


def latin(text: str) -> str:
    return to_cyrillic(text).text


# A part after a dash said to be a noun through a copula ("из них – 38 – составляют факты взяточничества") counts that
# noun, as "из них 38 – факты взяточничества" does.

@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("В области за год зарегистрировано 54 коррупционных преступления. Почти половина из них – 25 – составляют "
         "факты взяточничества.", (25, "case", "cases", "факт")),
        ("За полугодие выявлено 40 коррупционных правонарушений, из них 17 – являются эпизодами мошенничества с "
         "субсидиями.", (17, "case", "cases", "эпизод")),
    ],
)
def test_a_part_said_to_be_a_noun_through_a_copula_counts_that_noun(text, part):
    assert part in counted(text)


def test_a_part_after_a_dash_with_no_copula_keeps_its_noun():
    text = "С начала года выявлено 30 коррупционных преступлений, из них 12 – факты взяточничества."
    assert (12, "case", "cases", "факт") in counted(text)


# Money told as not (yet) repaid is what is left of the damage, no `recovered` figure; money repaid still is one.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ауыл әкімі бюджет қаражатын жымқырды. Келтірілген залал 48 млн теңгені құрады. Залалдың 19 млн теңгесі "
         "әлі өтелмеген.", "kk"),
        ("Ауыл әкімі бюджет қаражатын жымқырды. Келтірілген залал 48 млн теңгені құрады, оның 19 млн теңгесі әлі "
         "өтелген жоқ.", "kk"),
        ("Ауыл әкімі бюджет қаражатын жымқырды. Келтірілген залал 48 млн теңгені құрады, 19 млн теңгесі мемлекетке "
         "қайтарылмады.", "kk"),
        (latin("Aýyl ákimi bıýdjet qarajatyn jymqyrdy. Keltirilgen zalal 48 mln teńgeni qurady. Zalaldyń 19 mln "
               "teńgesi áli ótelmegen."), "kk"),
        ("Директор школы присвоил бюджетные средства. Ущерб составил 48 млн тенге, 19 млн тенге из них до сих пор не "
         "возмещены.", "ru"),
    ],
)
def test_money_not_yet_repaid_is_no_recovered_figure(text, lang):
    found = figures(text, lang)
    assert (48_000_000, "KZT", "damage") in found
    assert (19_000_000, "KZT", "recovered") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ауыл әкімі бюджет қаражатын жымқырды. Келтірілген залал 48 млн теңгені құрады, оның 19 млн теңгесі "
         "өтелді.", "kk"),
        ("Директор школы присвоил бюджетные средства. Ущерб составил 48 млн тенге, 19 млн тенге из них уже "
         "возмещены.", "ru"),
    ],
)
def test_money_repaid_is_still_recovered(text, lang):
    assert (19_000_000, "KZT", "recovered") in figures(text, lang)


# "получить" and "назначить" read as a prison term only beside its length: alone they put no sentence on the
# corruption matter ("педагогов получат категории", "проверок, назначенных без оснований"), so a release that names
# corruption only in its last sentence gives no figure of its other sentences.

def test_received_categories_put_no_sentence_on_the_matter():
    text = ("Министерство подвело итоги аттестации врачей. По её результатам 8,4 тысячи врачей получат высшую "
            "категорию. Экзамен проходил в 52 центрах по всей стране. Представители Антикоррупционной службы "
            "наблюдали за его ходом, что исключает возможность коррупции.")
    assert figures(text) == []


def test_checks_appointed_unlawfully_put_no_sentence_on_the_matter():
    text = ("Прокуратура области подвела итоги надзора за правами предпринимателей за 9 месяцев. За этот период "
            "прокуроры отменили 26 проверок бизнеса, назначенных без законных оснований. Предприниматели, "
            "столкнувшиеся с вымогательством взяток, могут обратиться в прокуратуру.")
    assert figures(text) == []


def test_a_term_received_still_counts():
    text = ("Бывший аким района осуждён за получение взятки в 12 млн тенге. Он получил 6 лет лишения свободы.")
    assert (6, "year", "prison_term") in figures(text)


# A figure quoted from a speaker first named in its sentence is that speaker's claim: it takes no period of the report
# an earlier speaker told in the body; the report's own speaker, quoted again, still reports it.

def test_a_new_speaker_s_quoted_figure_takes_no_period_of_the_report():
    text = ("Сенат рассмотрел поправки в закон о противодействии коррупции.\n"
            "Выступая с докладом, заместитель председателя Агентства Ерлан Сапарович Муканов сообщил, что за 9 "
            "месяцев текущего года к уголовной ответственности привлечены 830 лиц.\n"
            "Сенатор Айгерим Нурлановна Бектасова возразила: «Из 95 млрд тенге ущерба возвращена лишь треть.»")
    assert (95_000_000_000, "damage", None) in reader.periods(text)


def test_the_report_s_own_speaker_quoted_again_keeps_the_period():
    text = ("Сенат рассмотрел поправки в закон о противодействии коррупции.\n"
            "Выступая с докладом, заместитель председателя Агентства Ерлан Сапарович Муканов сообщил, что за 9 "
            "месяцев текущего года к уголовной ответственности привлечены 830 лиц.\n"
            "Муканов добавил: «Ущерб по этим делам составил 95 млрд тенге.»")
    assert (95_000_000_000, "damage", "2026-01..2026-09") in reader.periods(text)


# State property illegally alienated and returned ("заңсыз иеліктен шығарылған мемлекеттік мүлік", "незаконно
# отчуждённое государственное имущество") is asset recovery, corruption's matter though the release names no other word
# of it: its returns are figures.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Облыс прокуратурасы заңсыз иеліктен шығарылған мемлекеттік мүлікті қайтару қорытындысын жариялады. Биыл "
         "мемлекетке 12 жер учаскесі қайтарылды.", "kk"),
        (latin("Oblys prokýratýrasy zańsyz ıelikten shyǵarylǵan memlekettik múlikti qaıtarý qorytyndysyn jarııalady. "
               "Bıyl memleketke 12 jer ýchaskesi qaıtaryldy."), "kk"),
        ("Прокуратура области подвела итоги возврата незаконно отчуждённого государственного имущества. В этом году "
         "государству возвращены 12 земельных участков.", "ru"),
    ],
)
def test_illegally_alienated_state_property_returned_is_recovered(text, lang):
    assert (12, "item", "recovered") in figures(text, lang)


def test_property_sold_by_its_private_owner_is_still_no_figure():
    text = "Облыста биыл 12 жер учаскесі аукционда сатылды."
    assert figures(text, "kk") == []


# Countries an asset search still goes on in are the state of the work now: no period of the report; requests sent to
# countries over the report's span keep it.

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Генеральная прокуратура подвела итоги возврата активов за 2026 год. В этом году государству возвращено "
         "120 млрд тенге. Работа по установлению активов продолжается в 16 иностранных государствах.", "ru",
         (16, "other", None)),
        ("Бас прокуратура 2026 жылғы активтерді қайтару қорытындысын жариялады. Биыл мемлекетке 120 млрд теңге "
         "қайтарылды. Ведомство активтерді іздеу жұмысы 16 елде жалғасып жатқанын айтты.", "kk", (16, "other", None)),
        (latin("Bas prokýratýra 2026 jylǵy aktıvterdi qaıtarý qorytyndysyn jarııalady. Bıyl memleketke 120 mlrd teńge "
               "qaıtaryldy. Vedomstvo aktıvterdi izdeý jumysy 16 elde jalǵasyp jatqanyn aıtty."), "kk",
         (16, "other", None)),
    ],
)
def test_countries_a_search_still_goes_on_in_take_no_period(text, lang, expected):
    assert expected in reader.periods(text, lang)


def test_countries_requests_were_sent_to_keep_the_report_s_period():
    text = ("Генеральная прокуратура подвела итоги возврата активов за 2026 год. В этом году государству возвращено "
            "120 млрд тенге, запросы о поиске активов направлены в 16 стран.")
    assert (16, "other", "2026") in reader.periods(text)


# A year told right before a dash and a figure ("тогда как в 2022 году – 12,1%") is that figure's time, as a
# bracket's is ("(в 2022 году – 12,1%)"): an elliptic clause of the comparison.

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Антикоррупционная служба опубликовала результаты исследования по итогам 2025 года.\nС вымогательством "
         "взятки сталкивались 7,4% опрошенных, тогда как в 2024 году – 10,2%.", "ru", [(7.4, "2025"), (10.2, "2024")]),
        ("Агенттік 2025 жылдың қорытындысы бойынша зерттеу нәтижелерін жариялады.\nПара талап етуге тап болғандар "
         "7,4 пайызды құрады, ал 2024 жылы – 10,2 пайыз.", "kk", [(7.4, "2025"), (10.2, "2024")]),
    ],
)
def test_a_year_right_before_a_dash_is_its_figure_s(text, lang, expected):
    assert [(value, period) for value, _, period in reader.periods(text, lang)] == expected


# A period standing beside a later number of the clause is that number's ("91 процента против 84 процентов годом
# ранее": last year is the 84's), not the first figure's, within its clause as across the sentence.

def test_last_year_beside_the_compared_number_is_not_the_first_figure_s():
    text = ("Генеральная прокуратура подвела итоги работы по противодействию коррупции за 2025 год.\nВозмещение "
            "ущерба по коррупционным делам достигло 88 процентов против 79 процентов годом ранее.")
    assert reader.periods(text) == [(88, "recovered", "2025"), (79, "recovered", "2024")]
