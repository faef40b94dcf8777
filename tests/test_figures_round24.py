"""The statistics extractor on the leftovers of figure rounds 20-22 and the lowest sets' errors (figure round 24): pay
to staff who never worked told in the clause after them, a loan's sum beside a firm bribe word, a Kazakh survey's
share of "them", livestock counted by heads, the object of a collective of the whole group, damage to the budget in a
criminal case with no word of corruption, a sum of transfers. Every sentence is written for these tests, none copied
from an evaluation set; Kazakh in the Latin alphabet is read through its Cyrillic spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 12, 7))
figures = reader.figures
counted = reader.counted

RU_BRIBERY = "Дело о взятках расследует Антикор. "
KK_BRIBERY = "Пара алу фактісі бойынша іс қозғалды. "


def latin(text: str) -> str:
    return to_cyrillic(text).text


# Pay to staff who never worked: one mechanism, the `damage` triggers, reaching the clause that names the staff when
# the pay's clause points back to them ("им", "оларға").

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бывший директор техникума осуждён за хищение. Он числил в штате четырёх человек, которые фактически не "
         "работали, и начислил им 11 млн тенге зарплаты.", "ru"),
        ("Емхана бастығы жымқырғаны үшін сотталды. Ол іс жүзінде жұмыс істемеген төрт адамды штатқа алып, оларға 11 "
         "млн теңге жалақы төлеген.", "kk"),
        (latin("Emhana bastyǵy jymqyrǵany úshin sottaldy. Ol is júzinde jumys istemegen tórt adamdy shtatqa alyp, "
               "olarǵa 11 mln teńge jalaqy tólegen."), "kk"),
    ],
)
def test_pay_told_after_the_staff_who_never_worked_is_damage(text, lang):
    assert figures(text, lang) == [(11_000_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Директор техникума осуждён за хищение 30 млн тенге. Он принял на работу четырёх лаборантов и начислил им "
         "зарплату 400 тысяч тенге.", "ru"),
        ("Емхана бастығы 30 млн теңгені жымқырғаны үшін сотталды. Ол төрт зертханашыны жұмысқа алып, оларға 400 мың "
         "теңге жалақы төлеген.", "kk"),
    ],
)
def test_pay_to_staff_who_work_stays_no_figure(text, lang):
    assert [f for f in figures(text, lang) if f[1] == "KZT"] == [(30_000_000, "KZT", "damage")]


# A loan's sum beside a firm bribe word is no bribe; the bribe paid for the loan stays.

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (RU_BRIBERY + "Менеджер банка потребовал взятку за выдачу кредита на 40 млн тенге.", "ru", []),
        (RU_BRIBERY + "Сотрудник фонда вымогал 3 млн тенге взятки за одобрение займа в 25 млн тенге.", "ru",
         [(3_000_000, "KZT", "bribe")]),
        (RU_BRIBERY + "Сотрудник банка получил взятку 700 тысяч тенге за кредит.", "ru", [(700_000, "KZT", "bribe")]),
        (KK_BRIBERY + "Кәсіпкер қордан 25 млн теңге несие сұраған, ал қор қызметкері одан пара талап еткен.", "kk", []),
        (KK_BRIBERY + "Қор қызметкері 25 млн теңге несие бергені үшін 3 млн теңге пара талап етті.", "kk",
         [(3_000_000, "KZT", "bribe")]),
        (latin("Para alý faktisi boıynsha is qozǵaldy. Qor qyzmetkeri 25 mln teńge qaryz rásimdeýge 2 mln teńge "
               "para talap etti."), "kk", [(2_000_000, "KZT", "bribe")]),
    ],
)
def test_a_loans_sum_beside_a_bribe_word_is_no_bribe(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_bribes_share_of_a_loan_stays():
    found = figures(RU_BRIBERY + "За одобрение кредита чиновник требовал взятку в 10% от суммы кредита.")
    assert (10, "percent", "bribe") in found


# A Kazakh survey's share of "them" is the same survey's answer.

@pytest.mark.parametrize(
    "text",
    [
        "Агенттік сауалнама нәтижесін жариялады. Кәсіпкерлердің 30 пайызы тексеру кезінде пара сұралғанын айтты. "
        "Олардың 45 пайызы пара бергенін мойындады.",
        latin("Agenttik saýalnama nátıjesin jarııalady. Kásipkerlerdiń 30 paıyzy tekserý kezinde para suralǵanyn "
              "aıtty. Olardyń 45 paıyzy para bergenin moıyndady."),
    ],
)
def test_a_survey_share_of_them_is_an_answer(text):
    assert (45, "percent", "other") in figures(text, "kk")


def test_a_share_of_them_with_no_survey_keeps_its_event():
    found = figures("Облыста 30 шенеунік пара алғаны үшін сотталды. Олардың 40 пайызы әкімдік қызметкерлері.", "kk")
    assert (40, "percent", "convicted") in found


# Livestock counted by heads: the animals are the object, "бас" no noun of its own.

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жымқыру ісі бойынша 120 бас мал мемлекет меншігіне қайтарылды.", (120, "item", "recovered", "мал")),
        ("Жымқыру ісі бойынша 45 бас ірі қара тәркіленді.", (45, "item", "recovered", "мал")),
        ("Жымқыру ісі бойынша 60 бас жылқы тәркіленді.", (60, "item", "recovered", "жылқы")),
        (latin("Jymqyrý isi boıynsha 120 bas mal memleket menshigine qaıtaryldy."),
         (120, "item", "recovered", "мал")),
    ],
)
def test_livestock_counted_by_heads(text, expected):
    assert counted(text, "kk") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По делу о хищении конфисковано 120 голов крупного рогатого скота.", (120, "item", "recovered", "скот")),
        ("По делу о хищении конфисковано 40 голов лошадей.", (40, "item", "recovered", "лошадь")),
    ],
)
def test_russian_livestock_counted_by_heads(text, expected):
    assert counted(text) == [expected]


def test_a_chief_is_no_head_of_cattle():
    assert counted("Облыста 3 бас дәрігер пара алғаны үшін сотталды.", "kk") == [(3, "person", "convicted", "дәрігер")]


# A collective of the whole group counts "человек"/"адам", a part the noun of its whole.

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Задержаны двое таможенников. Обоим предъявлено обвинение во взяточничестве.", "ru",
         (2, "person", "charged", "человек")),
        ("Пара алғаны үшін екі кеденші ұсталды. Екеуі де қызметінен шеттетілді.", "kk",
         (2, "person", "dismissed", "адам")),
        (latin("Para alǵany úshin eki kedenshi ustaldy. Ekeýi de qyzmetinen shettetildi."), "kk",
         (2, "person", "dismissed", "адам")),
    ],
)
def test_a_collective_of_the_whole_group_counts_people(text, lang, expected):
    assert expected in counted(text, lang)


def test_a_part_of_them_keeps_the_noun_of_its_whole():
    found = counted("По делу о взятках задержаны пять таможенников. Двое из них уволены.")
    assert (2, "person", "dismissed", "таможенник") in found


# Damage to the budget in a criminal case is a corruption matter though no word of corruption is used.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Суд признал виновным бывшего директора больницы. Он купил аппарат вдвое дороже рыночной цены. Ущерб бюджету "
         "составил 120 млн тенге.", "ru"),
        ("Аурухананың бұрынғы директоры кінәлі деп танылды. Ол аппаратты қымбат бағамен сатып алған, бюджетке залал "
         "120 млн теңге болды.", "kk"),
    ],
)
def test_damage_to_the_budget_in_a_criminal_case_counts(text, lang):
    assert (120_000_000, "KZT", "damage") in figures(text, lang)


def test_damage_to_the_budget_from_a_flood_is_no_figure():
    assert figures("Паводок нанёс ущерб бюджету области: ущерб составил 2 млрд тенге.") == []


def test_a_sum_of_transfers_to_an_official_is_a_bribe():
    found = figures(RU_BRIBERY + "Подрядчик переводил деньги на карту жены инспектора. Общая сумма переводов "
                    "составила 6 млн тенге.")
    assert found == [(6_000_000, "KZT", "bribe")]
