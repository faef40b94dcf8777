"""The statistics extractor on the phrasing behind fresh26's errors (figure round 18): numbers of the setting in an
article about corruption (people employed, children treated a year, a body's staff and a share of them, a place's
volume of work, misconduct that is no corruption), people named with their bribe and counted again at their detention,
money paid into a state fund after returned assets, real estate seized, the share of the damage returned, and an
interview's answer after its question. Every sentence is written for these tests, none copied from an evaluation set;
Kazakh in the Latin alphabet is read through its Cyrillic spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 11, 20))
figures = reader.figures
periods = reader.periods


def latin(text: str) -> str:
    return to_cyrillic(text).text


def test_people_employed_in_the_region_are_the_setting():
    text = ("Аким района задержан при получении взятки в 5 млн тенге. Прокурор напомнил, что в области проживают 900 "
            "тысяч человек, а на госслужбе заняты около 12 тысяч человек.")
    assert figures(text) == [(5_000_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Емхана директорына пара алды деген айып тағылды. Емханада жылына 40 мыңға жуық адам ем алады.", "kk"),
        (latin("Emhana dırektoryna para aldy degen aıyp taǵyldy. Emhanada jylyna 40 myńǵa jýyq adam em alady."), "kk"),
        ("Директору поликлиники предъявлено обвинение во взятке. В поликлинике ежегодно лечатся около 40 тысяч "
         "человек.", "ru"),
    ],
)
def test_patients_treated_a_year_are_the_setting(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Председатель агентства сообщил, что за взятки осуждены 52 сотрудника. Численность сотрудников ведомства "
         "составляет около 4 тысяч человек, из них 30% – молодёжь.", "ru"),
        ("Департамент басшысы пара алғаны үшін 52 қызметкердің сотталғанын айтты. Департамент қызметкерлерінің саны "
         "4 мыңға жуық, олардың 30 пайызы – жастар.", "kk"),
        (latin("Departament basshysy para alǵany úshin 52 qyzmetkerdiń sottalǵanyn aıtty. Departament "
               "qyzmetkerleriniń sany 4 myńǵa jýyq, olardyń 30 paıyzy – jastar."), "kk"),
    ],
)
def test_a_bodys_staff_and_a_share_of_them_are_the_setting(text, lang):
    assert figures(text, lang) == [(52, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Прокуратура сообщила о 48 коррупционных преступлениях. В районе живут 300 тысяч человек, из них 55% – "
         "сельские жители.", "ru"),
        ("Прокуратура сыбайлас жемқорлық қылмыстарының 48 дерегі тіркелгенін хабарлады. Ауданда 300 мыңнан астам "
         "адам тұрады, оның 55 пайызы – ауыл тұрғындары.", "kk"),
    ],
)
def test_a_share_of_the_population_is_the_setting(text, lang):
    assert [event for _, _, event in figures(text, lang)] == ["cases"]


def test_a_share_of_the_convicted_still_counts():
    text = "Прокуратура сообщила, что за взятки осуждены 40 человек. Из них 25% – руководители."
    assert (25, "percent", "convicted") in figures(text) or (25, "percent", "other") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Совет по этике рассмотрел 30 материалов о коррупционных правонарушениях. Кроме того, рассмотрены 14 фактов "
         "опозданий и прогулов.", "ru"),
        ("Әдеп кеңесі сыбайлас жемқорлық үшін 19 қызметшіні тәртіптік жауапкершілікке тартты. Жұмысқа кешігіп "
         "келгені үшін 6 қызметкерге ескерту жасалды.", "kk"),
        (latin("Ádep keńesi sybaılas jemqorlyq úshin 19 qyzmetshini tártiptik jaýapkershilikke tartty. Jumysqa "
               "keshigip kelgeni úshin 6 qyzmetkerge eskertý jasaldy."), "kk"),
    ],
)
def test_lateness_and_truancy_are_no_corruption_figures(text, lang):
    assert len(figures(text, lang)) == 1


def test_a_corruption_offence_told_with_lateness_still_counts():
    text = ("Совет по этике рассмотрел дела. За коррупционные правонарушения и опоздания к дисциплинарной "
            "ответственности привлечены 9 служащих.")
    assert (9, "person", "disciplined") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Жер бөлімінің басшысы пара алу үстінде ұсталды. Облыста 2025 жылы 3 мыңнан астам жер телімі берілген.", "kk"),
        (latin("Jer bóliminiń basshysy para alý ústinde ustaldy. Oblysta 2025 jyly 3 myńnan astam jer telimi "
               "berilgen."), "kk"),
        ("Начальник земельного отдела задержан при получении взятки. В области в 2025 году выдано более 3 тысяч "
         "земельных участков.", "ru"),
    ],
)
def test_a_places_volume_of_work_is_the_setting(text, lang):
    assert figures(text, lang) == []


def test_land_given_unlawfully_in_a_place_still_counts():
    text = "Аким села задержан за взятку. В районе незаконно выдано 40 земельных участков."
    assert (40, "item", "other") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Антикор апта қорытындысын жариялады. Атырауда жер бөлімінің екі қызметкері жер телімін беру үшін 20 мың "
         "АҚШ долларын алды. Екеуі де қамауға алынды.", "kk", [(20_000, "USD", "bribe"), (2, "person", "detained")]),
        (latin("Antıkor apta qorytyndysyn jarııalady. Atyraýda jer bóliminiń eki qyzmetkeri jer telimin berý úshin 20 "
               "myń AQSh dollaryn aldy. Ekeýi de qamaýǵa alyndy."), "kk",
         [(20_000, "USD", "bribe"), (2, "person", "detained")]),
        ("Антикор подвёл итоги недели. В Атырау два сотрудника земельного отдела за выделение участка получили 20 "
         "тысяч долларов США. Оба сотрудника задержаны.", "ru", [(20_000, "USD", "bribe"), (2, "person", "detained")]),
    ],
)
def test_people_named_with_their_bribe_are_counted_once_at_their_detention(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("С начала года государству возвращено коррупционных активов на 40 млрд тенге. В их числе 30 квартир. Кроме "
         "того, на счета Фонда специальных государственных программ поступило 8 млн долларов США.", "ru"),
        ("Жыл басынан бері мемлекетке сыбайлас жемқорлық активтері 40 млрд теңгеге қайтарылды. Олардың қатарында 30 "
         "пәтер бар. Сондай-ақ Арнаулы мемлекеттік бағдарламалар қорына 8 млн АҚШ доллары түсті.", "kk"),
        (latin("Jyl basynan beri memleketke sybaılas jemqorlyq aktıvteri 40 mlrd teńgege qaıtaryldy. Olardyń "
               "qatarynda 30 páter bar. Sondaı-aq Arnaýly memlekettik baǵdarlamalar qoryna 8 mln AQSh dollary "
               "tústi."), "kk"),
    ],
)
def test_money_paid_into_a_state_fund_after_returned_assets_is_returned(text, lang):
    assert (8_000_000, "USD", "recovered") in figures(text, lang)


def test_real_estate_seized_from_an_official_is_returned():
    text = ("Наиболее крупные коррупционные активы возвращены по делам бывших чиновников. Так, у экс-акима района "
            "изъяты три квартиры и жилой дом.")
    assert (3, "item", "recovered") in figures(text)


def test_cash_seized_in_a_search_stays_other():
    text = "Полицейский задержан при получении взятки. При обыске у него изъято 6 млн тенге наличными."
    assert (6_000_000, "KZT", "other") in figures(text)


def test_kazakh_flats_confiscated_are_returned():
    text = ("Ең ірі сыбайлас жемқорлық активтері бұрынғы басшылардың істері бойынша қайтарылды. Мысалы, бұрынғы аудан "
            "әкімінен үш пәтер тәркіленді.")
    assert (3, "item", "recovered") in figures(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Агентство по противодействию коррупции подвело итоги. За 10 месяцев по коррупционным делам возмещено 12 "
         "млрд тенге. Это 84% причинённого ущерба.", "ru"),
        ("Сыбайлас жемқорлыққа қарсы агенттік есеп берді. 10 айда сыбайлас жемқорлық қылмыстарынан бюджетке 12 млрд "
         "теңге қайтарылды. Бұл – келтірілген залалдың 84 пайызы.", "kk"),
        (latin("Sybaılas jemqorlyqqa qarsy agenttik esep berdi. 10 aıda sybaılas jemqorlyq qylmystarynan bıýdjetke 12 "
               "mlrd teńge qaıtaryldy. Bul – keltirilgen zalaldyń 84 paıyzy."), "kk"),
    ],
)
def test_the_share_of_damage_told_after_money_returned_is_returned(text, lang):
    assert (84, "percent", "recovered") in figures(text, lang)


def test_a_rise_of_damage_after_money_returned_stays_damage():
    text = ("Агентство по противодействию коррупции подвело итоги. За 10 месяцев по коррупционным делам возмещено 12 "
            "млрд тенге. При этом ущерб составил 15 млрд тенге.")
    assert (15_000_000_000, "KZT", "damage") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Руководитель антикоррупционного департамента ответил на вопросы.\n– Каковы итоги?\n– За 10 месяцев "
         "зарегистрировано 80 коррупционных преступлений. Ущерб возмещён на 900 млн тенге.\n– Кто сообщает о "
         "нарушениях?\n– Чаще сами граждане. В этом году поступило более 600 обращений, все проверены.", "ru",
         (600, "item", "other")),
        ("Сыбайлас жемқорлыққа қарсы департамент басшысы сұрақтарға жауап берді.\n– 10 айда 80 сыбайлас жемқорлық "
         "қылмысы тіркелді. Залал 900 млн теңгеге өтелді.\n– Ақпарат қайдан түседі?\n– Көбіне азаматтардан. Биыл "
         "600-ден астам өтініш түсті, бәрі тексерілді.", "kk", (600, "item", "other")),
    ],
)
def test_an_interviews_answer_continues_the_matter_after_its_question(text, lang, expected):
    assert expected in figures(text, lang)


def test_an_interviewees_family_after_a_question_is_the_setting():
    text = ("Сыбайлас жемқорлыққа қарсы департамент басшысымен сұхбаттастық.\n– Қанша жыл жұмыс істеп келесіз?\n– 2001 "
            "жылы прокуратураға келдім. Екі баланың анасымын.\n– Биылғы қорытынды қандай?\n– 11 айда 20 сыбайлас "
            "жемқорлық қылмысы тіркелді.")
    assert figures(text, "kk") == [(20, "case", "cases")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Облыс прокуратурасы жартыжылдық қорытындысын жариялады. Алты айда облыста 52 сыбайлас жемқорлық қылмысы "
         "тіркелді. Оның 30-ы бойынша іс сотқа жіберілді.", "kk", [(52, "case", "cases", "қылмыс"),
                                                                 (30, "case", "cases", "іс")]),
        (latin("Oblys prokýratýrasy jartyjyldyq qorytyndysyn jarııalady. Alty aıda oblysta 52 sybaılas jemqorlyq "
               "qylmysy tirkeldi. Onyń 30-y boıynsha qylmystyq is sotqa jiberildi."), "kk",
         [(52, "case", "cases", "қылмыс"), (30, "case", "cases", "іс")]),
        ("Прокуратура области подвела итоги полугодия. За шесть месяцев зарегистрировано 52 коррупционных "
         "преступления. По 30 из них уголовные дела направлены в суд.", "ru",
         [(52, "case", "cases", "преступление"), (30, "case", "cases", "дело")]),
    ],
)
def test_a_part_of_the_crimes_told_by_the_cases_sent_to_court_counts_cases(text, lang, expected):
    assert reader.counted(text, lang) == expected


def test_a_part_of_the_complaints_checked_still_counts_complaints():
    text = ("Сыбайлас жемқорлыққа қарсы департаментке 17 шағым түсті, оның бесеуі бойынша тексеру жүргізілді. "
            "Екі шенеунік ұсталды.")
    assert (5, "item", "other", "шағым") in reader.counted(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В области прошло заседание совета по этике. По словам председателя, с начала года рассмотрено 36 материалов "
         "о коррупционных правонарушениях.", "ru"),
        ("Облыста әдеп кеңесінің отырысы өтті. Төрағаның айтуынша, жыл басынан бері сыбайлас жемқорлық құқық "
         "бұзушылықтары туралы 36 материал қаралды.", "kk"),
        (latin("Oblysta ádep keńesiniń otyrysy ótti. Tóraǵanyń aıtýynsha, jyl basynan beri sybaılas jemqorlyq quqyq "
               "buzýshylyqtary týraly 36 materıal qaraldy."), "kk"),
    ],
)
def test_things_counted_since_the_start_of_the_year_take_the_year_outside_a_report(text, lang):
    assert periods(text, lang) == [(36, "other", "2026")]


def test_a_case_storys_amount_since_the_start_of_the_year_takes_no_period():
    text = "Аким задержан при получении взятки. С начала года он получил от предпринимателей 5 млн тенге."
    assert periods(text) == [(5_000_000, "bribe", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бөлім басшысы пара алғаны үшін сотталды. Оның үш сыбайласы 2 жылға бас бостандығын шектеуге сотталды.",
         (3, "person", "convicted", "сыбайлас")),
        (latin("Bólim basshysy para alǵany úshin sottaldy. Onyń úsh sybaılasy 2 jylǵa bas bostandyǵyn shekteýge "
               "sottaldy."), (3, "person", "convicted", "сыбайлас")),
        ("Жол департаментінің төрт инженері пара алу кезінде ұсталды.", (4, "person", "detained", "инженер")),
        (latin("Oǵan kómektesken úsh avtomektep nusqaýshysy para alǵany úshin sottaldy."),
         (3, "person", "convicted", "нұсқаушы")),
    ],
)
def test_kazakh_accomplices_engineers_and_instructors_are_people(text, expected):
    assert expected in reader.counted(text, "kk")


def test_corruption_after_a_number_is_no_accomplice():
    text = "Облыста 2025 жылы 35 сыбайлас жемқорлық құқық бұзушылығы анықталды."
    assert reader.counted(text, "kk") == [(35, "case", "cases", "құқық бұзушылық")]


@pytest.mark.parametrize(
    "text",
    [
        "Әкім орынбасары 4 млн теңге пара алды. Бұл бап бойынша 5 жылдан 10 жылға дейін бас бостандығынан айыру "
        "қарастырылған.",
        latin("Ákim orynbasary 4 mln teńge para aldy. Bul bap boıynsha 5 jyldan 10 jylǵa deıin bas bostandyǵynan aıyrý "
              "qarastyrylǵan."),
    ],
)
def test_the_prison_terms_a_law_provides_in_kazakh_are_no_sentence(text):
    assert figures(text, "kk") == [(4_000_000, "KZT", "bribe")]


def test_helpers_counted_again_at_their_conviction_are_counted_once():
    text = ("Сот бөлім бастығына үкім шығарды. Ол бюджеттен 60 млн теңгені жымқырған. Оған тағы үш қызметкер "
            "көмектескен. Сот оны 6 жылға бас бостандығынан айырды. Оның үш сыбайласы шартсыз 2 жылға "
            "сотталды.")
    assert [f for f in figures(text, "kk") if f[1] == "person"] == [(3, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Суд установил, что инспектор 11 раз получал взятки от водителей, в общей сложности 2,2 млн тенге.", "ru",
         [(11, "case", "cases"), (2_200_000, "KZT", "bribe")]),
        ("Сот анықтағандай, ол жүргізушілерден 11 рет пара алған. Пара сомасы барлығы 2,2 млн теңге болды.", "kk",
         [(11, "case", "cases"), (2_200_000, "KZT", "bribe")]),
        (latin("Sot anyqtaǵandaı, ol júrgizýshilerden 11 ret para alǵan. Para somasy barlyǵy 2,2 mln teńge boldy."),
         "kk", [(11, "case", "cases"), (2_200_000, "KZT", "bribe")]),
    ],
)
def test_bribes_counted_by_the_times_taken_are_cases(text, lang, expected):
    assert figures(text, lang) == expected


def test_money_taken_twice_is_no_count_of_bribes():
    text = "Инспектор пара алу кезінде ұсталды. Бұған дейін ол екі рет ақша алғаны анықталды, пара сомасы 3 млн теңге."
    assert [f for f in figures(text, "kk") if f[1] == "case"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Генпрокуратура подвела итоги противодействия коррупции за 9 месяцев. Зарегистрировано 1 720 коррупционных "
         "преступлений, тогда как за аналогичный период прошлого года – 2 015.", "ru"),
        ("Бас прокуратура 9 айдағы сыбайлас жемқорлыққа қарсы іс-қимыл қорытындысын жариялады. 1 720 сыбайлас "
         "жемқорлық қылмысы тіркелді, өткен жылдың осы кезеңінде – 2 015.", "kk"),
    ],
)
def test_a_count_written_with_its_thousands_apart_is_no_year(text, lang):
    assert (2015, "cases", "2025-01..2025-09") in periods(text, lang)


def test_a_part_of_the_people_disciplined_for_lateness_is_no_figure():
    text = ("Антикор сообщил о взятке инспектора в 2 млн тенге. За нарушение трудовой дисциплины к дисциплинарной "
            "ответственности привлечены 40 служащих, семеро из них получили выговор.")
    assert figures(text) == [(2_000_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    "text",
    [
        "Агенттік биылғы 11 айдың нәтижелерін таныстырды. 11 айда 900 сыбайлас жемқорлық қылмысы анықталды. Ірі "
        "істердің бірі әшкереленді: қазан айында 7 лауазымды тұлға ұсталды.",
        latin("Agenttik bıylǵy 11 aıdyń nátıjelerin tanystyrdy. 11 aıda 900 sybaılas jemqorlyq qylmysy anyqtaldy. Iri "
              "isterdiń biri áshkerelendi: qazan aıynda 7 laýazymdy tulǵa ustaldy."),
    ],
)
def test_a_kazakh_month_named_with_its_word_for_month_is_that_month(text):
    assert (7, "detained", "2026-10") in periods(text, "kk")


def test_budget_programmes_are_one_object():
    text = ("Агенттік 11 айдың нәтижелерін таныстырды. Агенттік 500-ге жуық бюджеттік бағдарламаға сыбайлас жемқорлық "
            "тәуекелдеріне талдау жүргізді.")
    assert reader.counted(text, "kk") == [(500, "item", "other", "бюджеттік бағдарлама")]


def test_a_collective_part_takes_the_people_it_is_said_to_be():
    text = "Антикор задержал шестерых сотрудников акимата за хищение. Трое из задержанных – руководители отделов."
    assert (3, "person", "detained", "руководитель") in reader.counted(text)


def test_a_collective_of_people_of_two_kinds_stays_people():
    text = "Антикор завершил расследование хищения. Задержаны двое – бывший главный врач и директор поставщика."
    assert reader.counted(text) == [(2, "person", "detained", "человек")]


def test_bribes_counted_by_times_in_a_case_story_take_no_period():
    text = latin("Sot anyqtaǵandaı, ınspektor 2025 jyldyń qyrkúıeginen 2026 jyldyń naýryzyna deıin júrgizýshilerden 25 "
                 "ret para alǵan.")
    assert periods(text, "kk") == [(25, "cases", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Департамент 10 айдың қорытындысын шығарды. Осы кезеңде сыбайлас жемқорлық үшін 40 мемлекеттік қызметші "
        "тәртіптік жауапкершілікке тартылды. Жазаланғандардың көбі – әкімдік қызметкерлері, 6-ы – полиция өкілдері.",
        latin("Departament 10 aıdyń qorytyndysyn shyǵardy. Osy kezeńde sybaılas jemqorlyq úshin 40 memlekettik "
              "qyzmetshi tártiptik jaýapkershilikke tartyldy. Jazalanǵandardyń kóbi – ákimdik qyzmetkerleri, 6-y – "
              "polıtsııa ókilderi."),
    ],
)
def test_a_part_of_a_group_named_by_what_befell_it_shares_its_event(text):
    assert (6, "person", "disciplined") in figures(text, "kk")


@pytest.mark.parametrize(
    "text",
    [
        "Бас прокуратура 9 айда 300 млрд теңге сыбайлас жемқорлық активтері қайтарылғанын хабарлады. Комитет төрағасы "
        "қайтарылған қаражат есебінен биыл 25 мектеп пен 12 емхана салынатынын айтты.",
        latin("Bas prokýratýra 9 aıda 300 mlrd teńge sybaılas jemqorlyq aktıvteri qaıtarylǵanyn habarlady. Komıtet "
              "tóraǵasy qaıtarylǵan qarajat esebinen bıyl 25 mektep pen 12 emhana salynatynyn aıtty."),
    ],
)
def test_buildings_said_to_be_built_with_returned_money_are_no_figure(text):
    assert figures(text, "kk") == [(300_000_000_000, "KZT", "recovered")]


@pytest.mark.parametrize(
    "text",
    [
        "Облыс прокуратурасы жартыжылдық қорытындысын шығарды. Алты айда 30 сыбайлас жемқорлық қылмысы тіркелді. "
        "Прокурор 900-ден астам мемлекеттік сатып алу рәсімі тексерілгенін айтты.",
        latin("Oblys prokýratýrasy jartyjyldyq qorytyndysyn shyǵardy. Alty aıda 30 sybaılas jemqorlyq qylmysy "
              "tirkeldi. Prokýror 900-den astam memlekettik satyp alý rásimi tekserilgenin aıtty."),
    ],
)
def test_procurement_procedures_checked_are_counted(text):
    assert (900, "item", "other", "рәсім") in reader.counted(text, "kk")


def test_procurement_procedures_held_are_the_setting():
    text = ("Әкімдік сатып алу қорытындысын шығарды, сыбайлас жемқорлық тәуекелдері азайды. Биыл облыста 2 мыңнан "
            "астам сатып алу рәсімі өткізілген.")
    assert figures(text, "kk") == []
