"""The statistics extractor on the phrasing behind fresh24's and fresh25's errors (figure round 17): counts told after
"из них" with their verb first, a collective numeral before a noun it does not count, people removed from office in
Kazakh, money an official received from a private party or for an act named before it, subsidies taken from the state,
last year's count told as "this indicator" or "the number of those …", the year before "for the same period", "за весь
прошлый год", and a pre-trial term in months. Every sentence is written for these tests, none copied from an evaluation
set; Kazakh in the Latin alphabet is read through its Cyrillic spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 11, 20))
figures = reader.figures
periods = reader.periods


def latin(text: str) -> str:
    return to_cyrillic(text).text


def test_a_part_told_after_of_them_with_its_verb_first_counts():
    text = ("С начала года за коррупционные проступки к дисциплинарной ответственности привлечены 120 чиновников. "
            "Из них уволены 15.")
    assert (15, "person", "dismissed") in figures(text)


def test_a_collective_numeral_before_a_singular_noun_counts_people():
    text = ("Антикор задержал начальника отдела ЖКХ при получении взятки вместе с его заместителем и бухгалтером. "
            "Всем троим суд санкционировал арест.")
    assert figures(text) == [(3, "person", "detained")]


def test_a_collective_numeral_still_counts_its_plural_noun():
    assert figures("За взятку задержаны двое сотрудников полиции.") == [(2, "person", "detained")]


@pytest.mark.parametrize(
    "text",
    [
        "Аудан әкімі мен оның орынбасары пара алды деген күдікпен ұсталды. Екеуі де қызметінен шеттетілді.",
        latin("Aýdan ákimi men onyń orynbasary para aldy degen kúdikpen ustaldy. Ekeýi de qyzmetinen shettetildi."),
    ],
)
def test_kazakh_removed_from_office_is_dismissed(text):
    assert (2, "person", "dismissed") in figures(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Департамент экономических расследований начал расследование мошенничества при закупке школьной мебели. "
         "Ущерб бюджету составил 90 млн тенге. Один из членов тендерной комиссии получил от подрядчика 7 тысяч "
         "долларов США.", "ru", (7_000, "USD", "bribe")),
        ("Облыста бухгалтер 12 млн теңге бюджет қаражатын жымқырды. Алаяқтық туралы іс қозғалды. Жер бөлімінің "
         "маманы кәсіпкерден 4 мың АҚШ долларын алған.", "kk", (4_000, "USD", "bribe")),
    ],
)
def test_money_an_official_received_from_a_private_party_is_a_bribe(text, lang, expected):
    assert expected in figures(text, lang)


def test_money_received_for_an_act_named_before_it_is_a_bribe():
    text = ("Агентство сообщило о задержаниях. В Атырау инспектор за выдачу разрешения без проверки получил 3 000 "
            "долларов США. В Таразе директор школы присвоил 20 млн тенге.")
    assert figures(text) == [(3_000, "USD", "bribe"), (20_000_000, "KZT", "damage")]


def test_money_received_for_work_done_keeps_the_storys_theme():
    text = ("В Таразе бухгалтер акимата присвоила 12 млн тенге, похитив деньги со счетов. За выполнение работ "
            "подрядчик получил 80 млн тенге, но школу так и не отремонтировал.")
    assert (80_000_000, "KZT", "damage") in figures(text)


def test_subsidies_taken_from_the_state_are_damage_in_a_bribery_story():
    text = ("Ауыл шаруашылығы басқармасының маманы пара алды деген күдікпен сотталды. Ол фермермен бірге егіс көлемін "
            "асырып көрсетіп, мемлекеттен 45 млн теңге субсидия алған.")
    assert (45_000_000, "KZT", "damage") in figures(text, "kk")


@pytest.mark.parametrize(
    "text",
    [
        "Облыс прокуратурасы 2026 жылдың бірінші жартыжылдығындағы сыбайлас жемқорлыққа қарсы жұмыс қорытындысын "
        "шығарды. Алты айда 48 сыбайлас жемқорлық қылмысы тіркелді. Өткен жылдың осы кезеңінде бұл көрсеткіш 39 "
        "болған.",
        latin("Oblys prokýratýrasy 2026 jyldyń birinshi jartyjyldyǵyndaǵy sybaılas jemqorlyqqa qarsy jumys "
              "qorytyndysyn shyǵardy. Alty aıda 48 sybaılas jemqorlyq qylmysy tirkeldi. Ótken jyldyń osy kezeńinde "
              "bul kórsetkish 39 bolǵan."),
    ],
)
def test_last_years_indicator_counts_what_was_counted_before(text):
    assert periods(text, "kk") == [(48, "cases", "2026-H1"), (39, "cases", "2025-H1")]


def test_the_number_of_those_disciplined_last_year_counts_them():
    text = ("Департамент 2026 жылдың 9 айындағы сыбайлас жемқорлыққа қарсы жұмысын қорытындылады. Осы кезеңде 44 "
            "мемлекеттік қызметші тәртіптік жауапкершілікке тартылды. Былтырғы осы кезеңде тәртіптік "
            "жауапкершілікке тартылғандар саны 53 болған.")
    assert periods(text, "kk") == [(44, "disciplined", "2026-01..2026-09"), (53, "disciplined", "2025-01..2025-09")]


def test_the_year_before_for_the_same_period_is_the_reports_span_a_year_earlier():
    text = ("Прокуратура области подвела итоги работы по противодействию коррупции за 9 месяцев 2026 года. За этот "
            "период зарегистрировано 120 коррупционных преступлений против 135 за аналогичный период прошлого года. "
            "Осуждены 64 человека. Годом ранее за тот же период было осуждено 71 человек.")
    assert periods(text) == [(120, "cases", "2026-01..2026-09"), (135, "cases", "2025-01..2025-09"),
                             (64, "convicted", "2026-01..2026-09"), (71, "convicted", "2025-01..2025-09")]


def test_the_whole_of_last_year_is_last_year():
    text = ("По словам депутата, за 10 месяцев 2026 года за коррупционные преступления осуждены 140 чиновников – "
            "больше, чем за весь прошлый год, когда их было 120.")
    assert periods(text) == [(140, "convicted", "2026-01..2026-10"), (120, "convicted", "2025")]


@pytest.mark.parametrize(
    "text",
    [
        "Агенттік жер бөлімінің басшысы мен оның орынбасарын 3 млн теңге пара алған кезде ұстады. Екеуі де 2 ай "
        "мерзімге қамауға алынды.",
        latin("Agenttik jer bóliminiń basshysy men onyń orynbasaryn 3 mln teńge para alǵan kezde ustady. Ekeýi de 2 "
              "aı merzimge qamaýǵa alyndy."),
    ],
)
def test_months_of_a_pre_trial_term_are_no_period(text):
    assert periods(text, "kk") == [(3_000_000, "bribe", None), (2, "detained", None)]


def test_months_counted_in_a_report_are_still_its_period():
    text = ("Облыс прокуратурасы 2026 жылдың 9 айындағы қорытындыны шығарды. 9 айда 40 сыбайлас жемқорлық қылмысы "
            "тіркелді.")
    assert periods(text, "kk") == [(40, "cases", "2026-01..2026-09")]


def test_a_fraudster_taking_citizens_money_keeps_the_storys_theme():
    text = ("Полиция ұстаған алаяқ өзін әкімдік қызметкері ретінде таныстырып, пәтер беремін деп уәде еткен. Осылайша "
            "ол тоғыз азаматтан барлығы 14 млн теңге алған.")
    assert (14_000_000, "KZT", "damage") in figures(text, "kk")


@pytest.mark.parametrize(
    "text",
    [
        "Антикоррупционная служба начала расследование мошенничества при закупке техники акиматом. В 2024 году "
        "акимат провёл конкурс на поставку 12 мусоровозов и 4 экскаваторов для коммунального предприятия. Ущерб "
        "оценивается в 300 млн тенге.",
        "Антикоррупционная служба начала расследование мошенничества при закупке техники акиматом. В 2024 году "
        "предприятие закупило 30 контейнеров по цене 2 млн тенге за штуку. Ущерб оценивается в 300 млн тенге.",
    ],
)
def test_things_bought_are_the_purchases_setting(text):
    assert figures(text) == [(300_000_000, "KZT", "damage")]


def test_things_bought_in_kazakh_are_the_purchases_setting():
    text = ("Аурухана басшысы бюджет қаражатын жымқырды деген күдікке ілікті. Ол 2024 жылы 20 төсек сатып алған. "
            "Залал 40 млн теңге.")
    assert figures(text, "kk") == [(40_000_000, "KZT", "damage")]


def test_things_returned_still_count():
    text = ("Бывший аким присвоил 80 млн тенге. В ходе следствия государству возвращены 3 автомобиля, купленных на эти "
            "деньги.")
    assert (3, "item", "recovered") in figures(text)


def test_things_asked_about_or_planned_are_no_figure():
    text = ("Начальник областного департамента Антикора рассказал о работе. – С начала года мы зарегистрировали 90 "
            "коррупционных преступлений. – Сколько у вас людей? – В департаменте служат 70 человек. – Что дальше? – "
            "Проверим все 12 районных больниц на коррупционные риски. Депутат попросила сообщить, сколько из 1 500 "
            "нагрудных камер, закупленных в 2024 году, исправны.")
    assert periods(text) == [(90, "cases", "2026")]


def test_bodies_whose_purchases_were_checked_still_count():
    text = ("Сыбайлас жемқорлыққа қарсы жобалық кеңсе биыл 35 мемлекеттік органның сатып алуларын тексерді. Тексеру "
            "нәтижесінде 4 қылмыстық іс қозғалды.")
    assert (35, "item", "other") in figures(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Аудандық білім бөлімінің басшысы мектеп директорынан 4 млн теңге пара талап еткен. Ол 1 млн теңгені алған "
         "кезде ұсталды. Қалған 3 млн теңгені ол келесі айда алмақ болған.", "kk"),
        (latin("Aýdandyq bilim bóliminiń basshysy mektep dırektorynan 4 mln teńge para talap etken. Ol 1 mln teńgeni "
               "alǵan kezde ustaldy. Qalǵan 3 mln teńgeni ol kelesi aıda almaq bolǵan."), "kk"),
    ],
)
def test_the_rest_of_a_bribe_is_a_bribe(text, lang):
    assert figures(text, lang) == [(4_000_000, "KZT", "bribe"), (1_000_000, "KZT", "bribe"),
                                   (3_000_000, "KZT", "bribe")]


def test_a_pronoun_after_a_recap_of_another_case_speaks_of_that_case():
    text = ("Начальник отдела ЖКХ акимата задержан при получении взятки в 2 млн тенге. Суд санкционировал его арест. "
            "Напомним, в мае в этом же городе осудили бывшего начальника отдела образования за взятку. Его приговорили "
            "к шести годам лишения свободы.")
    assert figures(text) == [(2_000_000, "KZT", "bribe")]


def test_a_name_met_before_the_recap_still_points_back():
    text = ("Начальник отдела ЖКХ акимата Серик Абенов задержан при получении взятки в 2 млн тенге. Напомним, в мае "
            "Абенов уже проходил свидетелем по делу о хищении. Его приговорили к шести годам лишения свободы.")
    assert (6, "year", "prison_term") in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Департамент 9 айда сыбайлас жемқорлық үшін 40 қызметшіні тәртіптік жауапкершілікке тартты. Биыл 700-ге жуық "
        "қызметші әдеп бойынша семинарларға қатысты.",
        latin("Departament 9 aıda sybaılas jemqorlyq úshin 40 qyzmetshini tártiptik jaýapkershilikke tartty. Bıyl "
              "700-ge jýyq qyzmetshi ádep boıynsha semınarlarǵa qatysty."),
    ],
)
def test_a_seminars_attendance_is_the_setting(text):
    assert figures(text, "kk") == [(40, "person", "disciplined")]


def test_a_companys_revenue_is_the_setting():
    text = ("Ұлттық компанияның еншілес ұйымының басшысы 2 млрд теңгені жымқырды деген күдікке ілікті. Кәсіпорында 3 "
            "мыңнан астам адам жұмыс істейді, кәсіпорынның былтырғы кірісі 150 млрд теңге болған.")
    assert figures(text, "kk") == [(2_000_000_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Совет по этике подвёл итоги работы за 9 месяцев. За коррупционные правонарушения к дисциплинарной "
         "ответственности привлечены 18 служащих. Так, аким сельского округа принял на работу в акимат четырёх своих "
         "родственников.", "ru", [(18, "disciplined", "2026-01..2026-09"), (4, "other", None)]),
        ("Начальник департамента Антикора подвёл итоги 9 месяцев. – За этот период за взятки задержаны 14 человек. – "
         "В одном из дел инспектор получил 5 тысяч долларов.", "ru",
         [(14, "detained", "2026-01..2026-09"), (5_000, "bribe", None)]),
        ("Департамент басшысы 9 айдағы жұмыс қорытындысын айтты. – Осы кезеңде пара алу кезінде 14 адам ұсталды. "
         "Айталық, аудандық жер бөлімінің басшысы кәсіпкерден 3 млн теңге талап етті.", "kk",
         [(14, "detained", "2026-01..2026-09"), (3_000_000, "bribe", None)]),
        (latin("Departament basshysy 9 aıdaǵy jumys qorytyndysyn aıtty. – Osy kezeńde para alý kezinde 14 adam "
               "ustaldy. Aıtalyq, aýdandyq jer bóliminiń basshysy kásipkerden 3 mln teńge talap etti."), "kk",
         [(14, "detained", "2026-01..2026-09"), (3_000_000, "bribe", None)]),
    ],
)
def test_a_case_told_as_an_example_of_a_report_takes_no_period(text, lang, expected):
    assert periods(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Облыс прокуратурасы 2026 жылдың 9 айындағы сыбайлас жемқорлыққа қарсы жұмыс қорытындысын шығарды. 9 айда 70 "
        "сыбайлас жемқорлық қылмысы тіркелді. Өткен жылдың осы кезеңінде бұл көрсеткіш 56 болған, яғни қылмыстар саны "
        "25 пайызға өскен.",
        latin("Oblys prokýratýrasy 2026 jyldyń 9 aıyndaǵy sybaılas jemqorlyqqa qarsy jumys qorytyndysyn shyǵardy. 9 "
              "aıda 70 sybaılas jemqorlyq qylmysy tirkeldi. Ótken jyldyń osy kezeńinde bul kórsetkish 56 bolǵan, ıaǵnı "
              "qylmystar sany 25 paıyzǵa ósken."),
    ],
)
def test_a_rise_in_per_cent_told_after_last_years_count_is_other(text):
    assert figures(text, "kk") == [(70, "case", "cases"), (56, "case", "cases"), (25, "percent", "other")]


def test_an_examples_month_is_when_it_happened():
    text = ("Департамент Антикора подвёл итоги 9 месяцев. За этот период за взятки задержаны 14 человек. Так, в "
            "октябре задержан руководитель отдела при получении 8 млн тенге.")
    assert periods(text) == [(14, "detained", "2026-01..2026-09"), (8_000_000, "bribe", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Аудандық тұрғын үй бөлімінің маманы кезекті жылжытамын деп алаяқтық жасады. Ол төрт отбасынан барлығы 8 млн "
         "теңге алған.", "kk"),
        (latin("Aýdandyq turǵyn úı bóliminiń mamany kezekti jyljytamyn dep alaıaqtyq jasady. Ol tórt otbasynan "
               "barlyǵy 8 mln teńge alǵan."), "kk"),
        ("Сотрудник отдела жилищной политики обещал продвинуть очередь и получил от 4 семей в общей сложности 8 млн "
         "тенге. Возбуждено дело о мошенничестве.", "ru"),
    ],
)
def test_families_who_paid_are_counted_as_people(text, lang):
    assert figures(text, lang) == [(4, "person", "other"), (8_000_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Таразда жастардың сыбайлас жемқорлыққа қарсы форумы өтті. Форумға 15 колледждің 400-ден астам студенті, 40 "
         "оқытушы және еріктілер қатысты. Қатысушылар 6 секцияда пікір алмасты. Байқау жеңімпазына берілген бас жүлде "
         "200 мың теңге болды.", "kk"),
        (latin("Tarazda jastardyń sybaılas jemqorlyqqa qarsy forýmy ótti. Forýmǵa 15 kolledjdiń 400-den astam "
               "stýdenti, 40 oqytýshy jáne eriktiler qatysty. Qatysýshylar 6 sektsııada pikir almasty."), "kk"),
        ("В Таразе прошёл антикоррупционный форум молодёжи. В форуме приняли участие 400 студентов из 15 колледжей, 40 "
         "преподавателей и волонтёры. Главный приз конкурса составил 200 тысяч тенге.", "ru"),
    ],
)
def test_a_gatherings_audience_and_prize_are_the_setting(text, lang):
    assert figures(text, lang) == []


def test_participants_of_a_tender_disciplined_still_count():
    text = ("По итогам проверки за коррупционные правонарушения к дисциплинарной ответственности привлечены 12 "
            "участников тендерной комиссии.")
    assert figures(text) == [(12, "person", "disciplined")]


@pytest.mark.parametrize(
    "text",
    [
        "Департамент басшысы 9 айдағы сыбайлас жемқорлыққа қарсы жұмыс қорытындысын айтты. – Келтірілген залалдың "
        "шамамен 60 пайызы, яғни 250 млн теңгеден астамы өтелді.",
        latin("Departament basshysy 9 aıdaǵy sybaılas jemqorlyqqa qarsy jumys qorytyndysyn aıtty. – Keltirilgen "
              "zalaldyń shamamen 60 paıyzy, ıaǵnı 250 mln teńgeden astamy óteldi."),
    ],
)
def test_a_share_restated_after_yagni_takes_the_restating_clauses_verb(text):
    assert figures(text, "kk") == [(60, "percent", "recovered"), (250_000_000, "KZT", "recovered")]


@pytest.mark.parametrize(
    "text",
    [
        "Ауылдық округ әкімі қызметін асыра пайдаланып, туыстарына 12 жер телімін заңсыз берген. Залал 80 млн теңге "
        "деп бағаланды. Учаскелердің үшеуі мемлекет меншігіне ерікті түрде қайтарылды.",
        latin("Aýyldyq okrýg ákimi qyzmetin asyra paıdalanyp, týystaryna 12 jer telimin zańsyz bergen. Zalal 80 mln "
              "teńge dep baǵalandy. Ýchaskelerdiń úsheýi memleket menshigine erikti túrde qaıtaryldy."),
    ],
)
def test_a_part_of_things_returned_counts_them(text):
    assert (3, "item", "recovered") in figures(text, "kk")


def test_a_part_of_things_with_no_act_done_to_them_is_none():
    text = "Ауыл әкімі бюджет қаражатын жымқырды. Ауданда 14 су құбыры салынды, бірақ құбырлардың бесеуі істемейді."
    assert (5, "item", "other") not in figures(text, "kk")
