"""The statistics extractor on round 10's phrasing (issue 11: fresh16's errors and earlier sets' leftovers): a rate
("в сутки", "ежегодно", "жыл сайын") or a facility's beds are the setting; people whose cases went to court are charged;
a Kazakh verdict upheld convicts; a Kazakh compound counts what its last word names ("тұрғын үй" is a dwelling); Kazakh
collective numerals in the possessive count people, or a part of the things counted before; "N пара алу фактісі" counts
facts; "оның N-ге жуығы" is a part; a percentage of the cases counted is `other`; a million or a billion written alone
is one; the Agency's line 1424 puts a sentence on the matter; "число обращений … до 12 тысяч" counts the appeals; a part
of a year takes the year named right before it. Every sentence is written for these tests, none copied from an
evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.figures.periods import find_periods

PUBLISHED = date(2026, 7, 20)
READ = FigureReader(PUBLISHED)
figures, records = READ.figures, READ.records


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Инспекторы брали взятки по 20 тысяч тенге. Пункт пропуска обслуживает в сутки до 800 автомобилей.", "ru",
         [(20000, "KZT", "bribe")]),
        ("Чиновник получил откат 4 млн тенге. В районе ежегодно заключается около 3 тысяч договоров.", "ru",
         [(4000000, "KZT", "bribe")]),
        ("Әкім 2 млн теңге пара алды. Ауданда жыл сайын 5 мыңға жуық тендер өтеді.", "kk",
         [(2000000, "KZT", "bribe")]),
        ("Агенттік пара алған 4 инспекторды ұстады. Департаменттің штатында 300-ден астам қызметкер бар.", "kk",
         [(4, "person", "detained")]),
    ],
)
def test_a_rate_or_a_bodys_staff_is_the_setting(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_facilitys_beds_are_no_figure():
    text = "При строительстве поликлиники на 150 коек похищено 90 млн тенге бюджетных средств."
    assert figures(text) == [(90000000, "KZT", "damage")]


def test_people_whose_cases_went_to_court_are_charged():
    text = "За полгода выявлено 30 коррупционных преступлений. Дела в отношении 18 лиц направлены в суд."
    assert figures(text) == [(30, "case", "cases"), (18, "person", "charged")]


def test_a_kazakh_verdict_upheld_convicts():
    text = "Облыстық сот пара алған төрт инспекторға қатысты үкімді өзгеріссіз қалдырды."
    assert figures(text, "kk") == [(4, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Күдіктілердің 4 көлігі мен 3 тұрғын үйіне тыйым салынды, олар 80 млн теңге жымқырған.",
         [(4, "item", "other"), (3, "item", "other"), (80000000, "KZT", "damage")]),
        ("Пара алған 5 полиция қызметкері ұсталды.", [(5, "person", "detained")]),
        ("Жымқыру ісі бойынша сот директорды 7 жылға, екі бөлім басшысын 4 жылдан бас бостандығынан айырды.",
         [(7, "year", "prison_term"), (2, "person", "convicted"), (4, "year", "prison_term")]),
    ],
)
def test_a_kazakh_phrase_counts_what_its_last_noun_names(text, expected):
    assert figures(text, "kk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пара алды деген күдікпен кеден бекетінің төрт қызметкеріне күдік жарияланды. Төртеуі де ұсталды.",
         [(4, "person", "charged"), (4, "person", "detained")]),
        ("Сыбайлас жемқорлық туралы 20 өтініш келіп түсті, оның үшеуі бойынша қылмыстық іс тіркелді.",
         [(20, "item", "other"), (3, "item", "other")]),
    ],
)
def test_a_kazakh_collective_in_the_possessive_counts_people_or_a_part(text, expected):
    assert figures(text, "kk") == expected


def test_facts_of_taking_bribes_are_counted_cases():
    text = "Тоқсан қорытындысы бойынша жалпы сомасы 12 млн теңге болатын 9 пара алу фактісі анықталды."
    assert figures(text, "kk") == [(12000000, "KZT", "bribe"), (9, "case", "cases")]


def test_about_n_of_them_is_a_part_of_the_cases_counted():
    text = "Биыл облыста 410 сыбайлас жемқорлық қылмысы тіркелді. Оның 200-ге жуығы – пара алу фактілері."
    assert figures(text, "kk") == [(410, "case", "cases"), (200, "case", "cases")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За год выявлено 240 коррупционных преступлений, 45% из них – взяточничество.", "ru",
         [(240, "case", "cases"), (45, "percent", "other")]),
        ("Взяточничество составило 45% преступлений коррупционной направленности.", "ru", [(45, "percent", "other")]),
        ("Облыста 240 сыбайлас жемқорлық қылмысы тіркелді. Қылмыстардың 45 пайызы – пара алу.", "kk",
         [(240, "case", "cases"), (45, "percent", "other")]),
        ("Пара алу фактілері бойынша залалдың 70 пайызы өтелді.", "kk", [(70, "percent", "recovered")]),
    ],
)
def test_a_percentage_of_the_cases_is_other(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Директор похитил более миллиарда тенге бюджетных средств.", "ru", [(1000000000, "KZT", "damage")]),
        ("Ущерб от хищений составил 2,5 млрд тенге, и больше миллиарда из этой суммы уже вернулось в бюджет.", "ru",
         [(2500000000, "KZT", "damage"), (1000000000, "KZT", "recovered")]),
        ("Шенеунік миллион теңгеден астам пара алған.", "kk", [(1000000, "KZT", "bribe")]),
        ("Хищения на сотни миллионов тенге не доказаны, похищено 40 млн тенге.", "ru", [(40000000, "KZT", "damage")]),
    ],
)
def test_a_million_or_a_billion_written_alone_is_one(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Агентство подвело итоги полугодия по коррупции. Председатель поблагодарил сотрудников. Итоги обсудили на "
         "коллегии. На линию 1424 за полгода поступило 5 тысяч обращений.", "ru", [(5000, "item", "other")]),
        ("Агенттік сыбайлас жемқорлыққа қарсы жарты жылдың қорытындысын шығарды. Төраға қызметкерлерге алғыс айтты. "
         "Алқа отырысы өтті. 1424 нөміріне 4 мыңнан астам өтініш түсті.", "kk", [(4000, "item", "other")]),
    ],
)
def test_the_agencys_line_puts_a_sentence_on_the_matter(text, lang, expected):
    assert figures(text, lang) == expected


def test_the_noun_after_number_of_is_what_a_final_number_counts():
    text = "По линии противодействия коррупции число жалоб предпринимателей выросло за год до 3 тысяч."
    assert [(r["value"], r["unit"], r["object"]) for r in records(text)] == [(3000, "item", "жалоба")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Прокурор напомнил, что в прошлом году за шесть месяцев было выявлено 52 коррупционных преступления.", "ru",
         "2025-H1"),
        ("В 2024 году за 9 месяцев за коррупцию осуждены 60 человек.", "ru", "2024-01..2024-09"),
        ("Прокурор былтыр алғашқы алты айда 44 сыбайлас жемқорлық қылмысы тіркелгенін айтты.", "kk", "2025-H1"),
    ],
)
def test_a_part_of_a_year_takes_the_year_named_right_before_it(text, lang, expected):
    assert [r["period"] for r in records(text, lang)] == [expected]


def test_a_year_and_a_part_of_a_year_apart_stay_apart():
    text = "В прошлом году, за 9 месяцев нынешнего – нет: так прокурор ответил депутатам."
    assert [p.value for p in find_periods(text, "ru", PUBLISHED)] == ["2025", "2026-01..2026-09"]


def test_a_kazakh_difference_counts_what_the_sentence_counted():
    text = "Жарты жылда 52 сыбайлас жемқорлық қылмысы тіркелді, бұл былтырғыдан 6-ға аз."
    assert figures(text, "kk") == [(52, "case", "cases"), (6, "case", "other")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Сот бөлім басшысын пара алғаны үшін 6 жылға соттады, тағы бір инспектор 2 жылға бас бостандығын шектеуге "
         "кесілді.", "kk", [(6, "year", "prison_term"), (2, "year", "prison_term")]),
        ("Пара алды деген күдікпен бір кеден қызметкері ұсталды.", "kk", [(1, "person", "detained")]),
    ],
)
def test_one_defendants_sentence_is_no_count_of_the_convicted(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_year_before_after_another_number_is_that_numbers():
    text = "В 2025 году за взятки осуждены 640 человек против 702 годом ранее."
    assert [(r["value"], r["period"]) for r in records(text)] == [(640, "2025"), (702, "2024")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Во втором квартале 2026 года зарегистрировано 88 коррупционных преступлений, что на 7% больше, чем за тот "
         "же период прошлого года.", "ru"),
        ("2026 жылдың екінші тоқсанында 88 сыбайлас жемқорлық қылмысы тіркелді, бұл өткен жылмен салыстырғанда 7 "
         "пайызға көп.", "kk"),
    ],
)
def test_a_comparisons_difference_takes_the_period_of_what_it_compares(text, lang):
    assert [(r["value"], r["period"]) for r in records(text, lang)] == [(88, "2026-Q2"), (7, "2026-Q2")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Департамент раскрыл хищение субсидий. В 2024 году чиновники похитили 80 млн тенге бюджетных средств. Все "
         "четверо задержаны.", "ru"),
        ("Департамент субсидия жымқырған топты әшкереледі. Олар 2024 жылы бюджеттен 80 млн теңге жымқырған. "
         "Төртеуі де ұсталды.", "kk"),
    ],
)
def test_when_the_offence_was_is_no_period_of_the_counts_after_it(text, lang):
    assert [(r["value"], r["period"]) for r in records(text, lang)] == [(80000000, None), (4, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Басшы қызметтік өкілеттігін асыра пайдаланды деген күдікпен ұсталды. Тергеу деректері бойынша, ол жабдық "
        "сатып алу кезінде жеткізушіге 40 млн теңге артық төлеуге рұқсат берген.",
        "Аудит қаржылық бұзушылықтарды анықтады: мердігерге 40 млн теңге артық төленген.",
    ],
)
def test_a_kazakh_overpayment_is_damage(text):
    assert figures(text, "kk") == [(40000000, "KZT", "damage")]
