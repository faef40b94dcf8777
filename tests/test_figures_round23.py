"""The statistics extractor on figure round 23's rules: a figure in brackets told at another time ("(в прошлом году –
1,1 млрд тенге)"), money paid into the Special State Fund, a procurement contract's sum, people moved up a queue for a
bribe, a Kazakh noun possessive in form ("отбасын"), a report told in an interview by a count of people over a running
total, an average's period, and a lead's year of publication. Every sentence is written for these tests, none copied
from an evaluation set; Kazakh in the Latin alphabet is read through its Cyrillic spelling, as the pipeline reads
it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.figures.kk_nouns import kk_known_noun
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 12, 7))
figures, periods, counted = reader.figures, reader.periods, reader.counted

RU_REPORT = "Прокуратура города подвела итоги работы по противодействию коррупции за 10 месяцев 2026 года. "
KK_REPORT = "Қала прокуратурасы сыбайлас жемқорлыққа қарсы іс-қимылдың 10 айдағы қорытындысын жариялады. "
KK_BRIBERY = "Пара алу фактісі бойынша іс қозғалды. "
RU_INTERVIEW = "Руководитель областного департамента Антикора ответил на вопросы журналистов. – Что изменилось? – "
RU_RETURNS = "Комитет по возврату активов подвёл итоги работы за 9 месяцев. Государству возвращены активы на сумму " \
    "200 млрд тенге. "
TEN_MONTHS = "2026-01..2026-10"


def latin(text: str) -> str:
    return to_cyrillic(text).text


# A figure in brackets at another time: the event of the figure before, its own period; not the period of the
# figure before.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_REPORT + "Государству возмещено 2,3 млрд тенге (в прошлом году – 1,7 млрд тенге).", "ru"),
        (KK_REPORT + "Мемлекетке 2,3 млрд теңге залал өтелді (былтыр – 1,7 млрд теңге).", "kk"),
        (latin("Qala prokýratýrasy sybaılas jemqorlyqqa qarsy is-qımyldyń 10 aıdaǵy qorytyndysyn jarııalady. "
               "Memleketke 2,3 mlrd teńge zalal óteldi (byltyr – 1,7 mlrd teńge)."), "kk"),
    ],
)
def test_last_years_sum_in_brackets_takes_the_event_and_last_year(text, lang):
    assert periods(text, lang) == [(2_300_000_000, "recovered", TEN_MONTHS), (1_700_000_000, "recovered", "2025")]


def test_a_year_named_in_the_brackets_is_the_bracketed_sums_own():
    found = periods(RU_REPORT + "В бюджет возвращено 640 млн тенге (в 2025 году – 410 млн тенге).")
    assert found == [(640_000_000, "recovered", TEN_MONTHS), (410_000_000, "recovered", "2025")]


def test_a_count_keeps_the_reports_period_beside_last_years_in_brackets():
    found = periods(RU_REPORT + "Осуждены 52 человека (в прошлом году – 47).")
    assert found == [(52, "convicted", TEN_MONTHS), (47, "convicted", "2025")]


@pytest.mark.parametrize("sentence", ["В отчётном периоде (январь–октябрь) осуждены 52 человека.",
                                      "Осуждены 52 человека (с января по октябрь)."])
def test_brackets_with_a_period_and_no_number_still_give_the_sentence_its_period(sentence):
    assert periods("Антикор раскрыл коррупционные преступления. " + sentence) == [(52, "convicted", TEN_MONTHS)]


def test_last_years_period_in_brackets_is_carried_to_no_later_sentence():
    found = periods(RU_REPORT + "Государству возмещено 2,3 млрд тенге (в прошлом году – 1,7 млрд тенге). Осуждены 52 "
                    "человека.")
    assert found[-1] == (52, "convicted", TEN_MONTHS)


# Money paid into the Special State Fund after a return reported: returned.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_RETURNS + "Из-за рубежа на счета Специального государственного фонда поступило 96 млн долларов США.", "ru"),
        (RU_RETURNS + "Кроме того, в Спецгосфонд перечислено 96 млн долларов США.", "ru"),
        ("Активтерді қайтару комитеті 9 айдағы жұмыс қорытындысын жариялады. Мемлекетке 200 млрд теңге активтер "
         "қайтарылды. Шетелден Арнаулы мемлекеттік қорға 96 млн АҚШ доллары түсті.", "kk"),
        (latin("Aktıvterdi qaıtarý komıteti 9 aıdaǵy jumys qorytyndysyn jarııalady. Memleketke 200 mlrd teńge aktıvter "
               "qaıtaryldy. Shetelden Arnaýly memlekettik qorǵa 96 mln AQSh dollary tústi."), "kk"),
    ],
)
def test_money_paid_into_the_special_state_fund_is_returned(text, lang):
    assert (96_000_000, "USD", "recovered") in figures(text, lang)


def test_money_spent_from_the_special_state_fund_is_no_return():
    found = figures("Суд приговорил бывшего акима к 7 годам за взятку. Средства Специального государственного фонда "
                    "направлены на строительство 10 школ на сумму 40 млрд тенге.")
    assert not any(unit == "KZT" for _, unit, _ in found)


# A procurement contract's sum is `other` (dev-018's convention), not the volume of procurement (the setting).

def test_a_procurement_contracts_sum_is_other():
    found = figures("Возбуждено дело о хищении. По договору госзакупок на сумму 140 млн тенге фирма поставила в "
                    "больницу аппараты более дешёвой модели. Поставщик похитил 45 млн тенге бюджетных средств.")
    assert found == [(140_000_000, "KZT", "other"), (45_000_000, "KZT", "damage")]


def test_the_volume_of_procurement_stays_the_setting():
    found = figures("Возбуждено дело о хищении. Сумма госзакупок района за год составила 85 млрд тенге, из них "
                    "похищено 40 млн тенге.")
    assert found == [(40_000_000, "KZT", "damage")]


def test_a_kazakh_procurement_contracts_sum_is_other():
    found = figures("Алаяқтық бойынша іс қозғалды. Фирма 140 млн теңгелік мемлекеттік сатып алу келісімшарты бойынша "
                    "ауруханаға арзан аппараттар жеткізген. Жеткізуші 45 млн теңге бюджет қаражатын жымқырған.", "kk")
    assert found == [(140_000_000, "KZT", "other"), (45_000_000, "KZT", "damage")]


# People moved up a queue for a bribe are what the bribe bought (`other`), not the size of the queue.

@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("Дело о взятке. Чиновник за деньги продвигал в очереди на жильё пять семей.", "ru", "семья"),
        (KK_BRIBERY + "Ол бес отбасын баспана кезегінде алға жылжыту үшін олардан 4 млн теңге алған.", "kk", "отбасы"),
        (latin("Para alý faktisi boıynsha is qozǵaldy. Ol bes otbasyn baspana kezeginde alǵa jyljytý úshin olardan "
               "4 mln teńge alǵan."), "kk", "отбасы"),
        (KK_BRIBERY + "Ол алты адамды кезексіз пәтермен қамтамасыз ету үшін 4 млн теңге алған.", "kk", "адам"),
    ],
)
def test_people_moved_up_a_queue_are_counted(text, lang, noun):
    value = 6 if noun == "адам" else 5
    assert (value, "person", "other", noun) in counted(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Дело о взятке. В очереди на жильё в городе стоят 12 тысяч семей.", "ru"),
        (KK_BRIBERY + "Қалада баспана кезегінде 12 мың отбасы тұр.", "kk"),
    ],
)
def test_the_size_of_a_queue_stays_no_figure(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize("word", ["отбасын", "отбасында", "отбасына", "отбасыларын"])
def test_a_kazakh_noun_possessive_in_form_is_known_in_its_cases(word):
    assert kk_known_noun(word) == "отбасы"


# Periods: a report told in an interview by a count of people over a running total; an average over a span; a lead's
# year of publication.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_INTERVIEW + "С начала года мы задержали 23 должностных лица за получение взяток. Средний размер взятки "
         "составил 1,4 млн тенге, тогда как год назад было около 900 тысяч.", "ru"),
        ("Департамент басшысы сұхбат берді. – Жыл басынан бері біз пара алғаны үшін 23 лауазымды тұлғаны ұстадық. "
         "Пара 1,4 млн теңге болды, бір жыл бұрын – 900 мың теңге.", "kk"),
    ],
)
def test_a_count_of_people_over_a_running_total_makes_an_interview_the_years_report(text, lang):
    found = periods(text, lang)
    assert (1_400_000, "bribe", "2026") in found
    assert (900_000, "bribe", "2025") in found


def test_people_counted_over_months_of_one_case_make_no_report():
    found = periods("Прокуратура выявила необоснованные выплаты премий работникам госоргана. К примеру, только за 3 "
                    "месяца учреждение необоснованно премировало 6 работников на сумму 6,6 млн тенге.")
    assert (6_600_000, "damage", None) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_INTERVIEW + "В этом году средняя взятка составила 1,4 млн тенге, в прошлом году – 900 тысяч тенге.", "ru"),
        (RU_INTERVIEW + "Средний размер взятки в этом году – 1,4 млн тенге, а в прошлом году он составлял 900 тысяч "
         "тенге.", "ru"),
        ("Департамент басшысы сұхбат берді. – Не өзгерді? – Биыл орташа пара 1,4 млн теңге болды, былтыр – 900 мың "
         "теңге.", "kk"),
    ],
)
def test_an_average_takes_the_year_its_clause_names(text, lang):
    assert periods(text, lang) == [(1_400_000, "bribe", "2026"), (900_000, "bribe", "2025")]


def test_one_cases_sum_of_this_year_has_no_period():
    found = periods("Аким района задержан при получении взятки. В этом году он получил 5 млн тенге от предпринимателя.")
    assert found == [(5_000_000, "bribe", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Комитет по возврату активов Генеральной прокуратуры сообщил, что в 2026 году государству возвращены активы "
         "на сумму 200 млрд тенге. Кроме того, в собственность государства переданы 40 объектов недвижимости.", "ru"),
        ("Бас прокуратура 2026 жылы мемлекетке 200 млрд теңге активтер қайтарылғанын хабарлады. Сондай-ақ мемлекет "
         "меншігіне 40 жылжымайтын мүлік нысаны берілді.", "kk"),
        (latin("Bas prokýratýra 2026 jyly memleketke 200 mlrd teńge aktıvter qaıtarylǵanyn habarlady. Sondaı-aq "
               "memleket menshigine 40 jyljymaıtyn múlik nysany berildi."), "kk"),
    ],
)
def test_a_bodys_returns_in_the_year_of_publication_are_that_years(text, lang):
    assert [period for _, _, period in periods(text, lang)] == ["2026", "2026"]


def test_a_bodys_returns_in_another_year_are_no_report():
    found = periods("Комитет по возврату активов Генеральной прокуратуры сообщил, что в 2024 году государству "
                    "возвращены активы на сумму 200 млрд тенге. Кроме того, переданы 40 объектов недвижимости.")
    assert [period for _, _, period in found] == [None, None]


def test_one_case_in_the_year_of_publication_is_no_report():
    found = periods("Департамент Антикора сообщил, что в 2026 году аким района получил взятку 5 млн тенге. Его "
                    "задержали.")
    assert found == [(5_000_000, "bribe", None)]


# fresh30's period leftovers, by rules of the language: recent years counted back, money gone to the state since the
# year began, a total of the cases just counted.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Казахстан поднялся в рейтинге по итогам 2025 года. По словам зампреда Агентства, за последние три года за "
         "коррупцию осуждены свыше 3 тысяч человек, а в бюджет возвращено более 900 млрд тенге.", "ru"),
        ("Агенттік 2025 жылдың қорытындысын жариялады. Соңғы үш жылда сыбайлас жемқорлық үшін 3 мыңнан астам адам "
         "сотталды.", "kk"),
    ],
)
def test_recent_years_counted_back_give_no_period(text, lang):
    found = periods(text, lang)
    assert found and all(period is None for _, _, period in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На торги выставлены 20 квартир, конфискованных у коррупционеров. По данным прокуратуры, с начала года от "
         "продажи конфискованного имущества в бюджет поступило свыше 3 млрд тенге.", "ru"),
        ("Сыбайлас жемқорлардан тәркіленген 20 пәтер саудаға шығарылды. Прокуратураның мәліметінше, жыл басынан бері "
         "тәркіленген мүлікті сатудан бюджетке 3 млрд теңгеден астам қаражат түсті.", "kk"),
    ],
)
def test_an_amount_since_the_year_began_is_that_years(text, lang):
    assert (3_000_000_000, "recovered", "2026") in periods(text, lang)


def test_an_amount_on_a_date_in_a_case_story_keeps_no_period():
    found = periods("На торги выставлены 20 квартир, конфискованных у коррупционеров. В 2026 году от продажи одной из "
                    "них в бюджет поступило 90 млн тенге.")
    assert (90_000_000, "recovered", None) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Фермер осуждён за хищение субсидий. В 2025 году в области выявлено 12 подобных фактов хищения субсидий на "
         "общую сумму свыше 400 млн тенге.", "ru"),
        ("Фермер субсидияны жымқырғаны үшін сотталды. 2025 жылы облыста субсидияны жымқырудың 12 фактісі анықталды, "
         "олардың жалпы сомасы 400 млн теңге.", "kk"),
    ],
)
def test_a_total_of_the_cases_just_counted_takes_their_period(text, lang):
    assert periods(text, lang) == [(12, "cases", "2025"), (400_000_000, "damage", "2025")]


def test_a_total_of_one_case_s_episodes_has_no_period():
    assert periods("Дело о взятке. Аким получил взятки в 3 эпизодах на общую сумму 12 млн тенге.") == [
        (3, "cases", None), (12_000_000, "bribe", None)]
