"""The statistics extractor on the phrasing behind fresh23's and fresh22's errors (figure round 16): money received
for an official's act, money moved to sham firms or paid for work not done, a body's name that holds a trigger's
words, a court's order for a sum already reported, people released from liability, numbers of the setting (a survey's
sample, an event's audience, an index, a trade target), periods told in an answer or in two-word months, and Kazakh
objects as written. Every sentence is written for these tests, none copied from an evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

reader = FigureReader(date(2026, 12, 1))
figures = reader.figures

# a fraud story: money merely received would be stolen (the theme), unless something says what it paid for
FRAUD_LEAD = ("В Таразе бухгалтер акимата присвоила 12 млн тенге, похитив деньги со счетов. Хищение выявили "
              "аудиторы. ")
KK_FRAUD_LEAD = "Облыста бухгалтер 12 млн теңге бюджет қаражатын жымқырды. Алаяқтық туралы іс қозғалды. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (FRAUD_LEAD + "В Семее инспектор получил от фермера 4 тысячи долларов за непривлечение к ответственности.",
         "ru", (4_000, "USD", "bribe")),
        ("Антикоррупционная служба задержала сотрудника налогового органа. Он получил 3 млн тенге от директора "
         "компании за ускоренный возврат НДС.", "ru", (3_000_000, "KZT", "bribe")),
        (KK_FRAUD_LEAD + "Ал ауданда жер инспекторы айыппұл салмау үшін 6 мың АҚШ долларын алған.",
         "kk", (6_000, "USD", "bribe")),
    ],
)
def test_money_received_for_an_officials_act_is_a_bribe(text, lang, expected):
    assert expected in figures(text, lang)


def test_money_for_work_done_keeps_the_storys_theme():
    text = FRAUD_LEAD + "Подрядчик получил 80 млн тенге за выполнение работ, но школу так и не отремонтировал."
    assert (80_000_000, "KZT", "damage") in figures(text)


def test_a_body_named_with_a_triggers_words_is_no_trigger():
    text = ("Сыбайлас жемқорлыққа қарсы қызмет хабарлағандай, мемлекеттік кірістер департаментінің маманы "
            "кәсіпкерден 900 мың теңге алған кезде ұсталды.")
    assert (900_000, "KZT", "bribe") in figures(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Директор ТОО и его заместитель перечислили на счета фиктивных компаний 350 млн тенге. Возбуждено "
         "уголовное дело о хищении.", "ru"),
        ("Серіктестік басшысы 350 млн теңгені жалған шоттар арқылы аударған. Сыбайлас жемқорлық бойынша іс "
         "қозғалды.", "kk"),
        ("Мекеме басшысы орындалмаған жұмыстар үшін мердігерге 350 млн теңге төлеген. Сыбайлас жемқорлық бойынша "
         "іс қозғалды.", "kk"),
    ],
)
def test_money_moved_to_sham_firms_or_paid_for_work_not_done_is_damage(text, lang):
    assert (350_000_000, "KZT", "damage") in figures(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Бывший начальник отдела похитил 70 млн тенге бюджетных средств. Ему назначено 6 лет лишения свободы. Суд "
         "принял решение о взыскании с осуждённого 70 млн тенге.", "ru",
         [(70_000_000, "KZT", "damage"), (6, "year", "prison_term")]),
        ("Бұрынғы бөлім басшысы 70 млн теңге бюджет қаражатын жымқырған. Оған 6 жыл бас бостандығынан айыру жазасы "
         "тағайындалды. Сот одан 70 млн теңгені өндіріп алу туралы шешім қабылдады.", "kk",
         [(70_000_000, "KZT", "damage"), (6, "year", "prison_term")]),
    ],
)
def test_a_courts_order_for_a_sum_already_reported_is_no_second_figure(text, lang, expected):
    assert figures(text, lang) == expected


def test_parents_are_counted_as_people():
    text = "Мектеп директоры пара алды деген күдікпен ұсталды. Ол он екі ата-анадан барлығы 1,5 млн теңге алған."
    assert (12, "person") in [(value, unit) for value, unit, _ in figures(text, "kk")]


def test_the_verb_of_a_list_decides_over_a_participle_after_its_last_amount():
    text = ("Суд приговорил бывшего начальника ДЧС к 7 годам за взятку. В доход государства конфискованы дом, три "
            "автомобиля и 40 тысяч долларов, изъятые у него дома.")
    assert (40_000, "USD", "recovered") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("За год по коррупционным делам осуждены 25 человек. Ещё 9 человек освобождены от уголовной ответственности "
         "в связи с примирением сторон.", "ru"),
        ("Жыл басынан бері сыбайлас жемқорлық үшін 25 адам сотталды. Тағы 9 адам қылмыстық жауапкершіліктен "
         "босатылды.", "kk"),
    ],
)
def test_people_released_from_liability_are_not_the_accused(text, lang):
    assert (9, "person", "other") in figures(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За год агентство зарегистрировало 140 коррупционных преступлений. В опросе, который социологи провели среди "
         "2 500 респондентов, многие сказали, что сталкивались с взятками.", "ru", (140, "case", "cases")),
        ("Антикоррупционная служба провела в университете лекцию о вреде взяток. В мероприятии приняли участие 150 "
         "студентов и 20 преподавателей. Ранее за взятку задержан 1 преподаватель.", "ru",
         (1, "person", "detained")),
        ("Сыбайлас жемқорлыққа қарсы қызмет колледжде дөңгелек үстел өткізді. Іс-шараға 300-ге жуық студент пен 25 "
         "оқытушы қатысты. Биыл облыста пара алған 4 адам сотталды.", "kk", (4, "person", "convicted")),
        ("Депутаты обсудили коррупционные риски в госзакупках. В этом году выявлено 30 фактов сговора. На "
         "портале зарегистрировано более 90 тысяч поставщиков.", "ru", (30, "case", "cases")),
        ("Агентство опубликовало рейтинг регионов по уровню коррупции. Индекс рассчитывается по 24 показателям, "
         "среди которых число коррупционных преступлений на 100 тысяч жителей. В области возмещено 2 млрд тенге "
         "ущерба.", "ru", (2_000_000_000, "KZT", "recovered")),
    ],
)
def test_a_surveys_sample_an_events_audience_and_an_index_are_no_figures(text, lang, expected):
    assert figures(text, lang) == [expected]


def test_eleven_months_in_two_words_are_a_period_not_eleven_things():
    text = ("Облыс прокуратурасы 2026 жылдың он бір айындағы активтерді қайтару жұмысын қорытындылады. Сыбайлас "
            "жемқорлық істері бойынша мемлекетке 3 млрд теңге қайтарылды.")
    assert reader.periods(text, "kk") == [(3_000_000_000, "recovered", "2026-01..2026-11")]


def test_people_under_suspicion_are_charged():
    text = ("Қостанай облысында ауыл әкімдігінің үш қызметкері бюджеттен 40 млн теңгені жымқырды деген күдікке "
            "ілікті.")
    assert (3, "person", "charged") in figures(text, "kk")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Министр рассказал о борьбе с коррупцией в соседней стране. Стороны намерены довести товарооборот до 5 млрд "
         "долларов к 2030 году.", "ru"),
        ("Министр көрші елдегі сыбайлас жемқорлыққа қарсы күрес туралы айтты. Тараптар тауар айналымын 2030 жылға "
         "қарай 5 млрд долларға жеткізуді көздеп отыр.", "kk"),
    ],
)
def test_a_trade_target_is_no_figure(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сыбайлас жемқорлық істері бойынша мемлекетке 8 жылжымайтын мүлік нысаны мен 2 көлік құралы қайтарылды.",
         [(8, "item", "recovered", "жылжымайтын мүлік нысаны"), (2, "item", "recovered", "көлік құралы")]),
        ("Сыбайлас жемқорлық істері бойынша 6 жылжымайтын мүлік тәркіленді.",
         [(6, "item", "recovered", "жылжымайтын мүлік")]),
        ("Сыбайлас жемқорлық істері бойынша заңсыз берілген жер 7 учаске түрінде мемлекетке қайтарылды.",
         [(7, "item", "recovered", "учаске")]),
        ("Биыл облыста сыбайлас жемқорлық үшін 31 адам сотталған.", [(31, "person", "convicted", "адам")]),
    ],
)
def test_kazakh_objects_are_the_nouns_as_written(text, expected):
    assert reader.counted(text, "kk") == expected


def test_a_lone_one_whose_penalty_follows_a_name_is_no_count():
    text = ("Суд признал виновными трёх сотрудников акимата во взяточничестве. Начальник отдела приговорён к 8 годам, "
            "ещё один сотрудник, Арман Сеитов, – к четырём годам ограничения свободы.")
    assert figures(text) == [(3, "person", "convicted"), (8, "year", "prison_term"), (4, "year", "prison_term")]


def test_an_answer_opening_with_its_months_reports_them_and_this_period_points_back():
    text = ("Председатель областного департамента Антикора ответил на вопросы журналистов.\n"
            "– Каковы итоги работы?\n"
            "– С января по июнь мы выявили 95 коррупционных преступлений. Осуждены 60 человек. Ущерб возмещён на "
            "3,1 млрд тенге.\n"
            "– Какая сфера самая проблемная?\n"
            "– Земельные отношения. Только за этот период в этой сфере задержаны 12 чиновников.")
    assert reader.periods(text) == [(95, "cases", "2026-H1"), (60, "convicted", "2026-H1"),
                                    (3_100_000_000, "recovered", "2026-H1"), (12, "detained", "2026-H1")]


def test_so_much_a_month_covers_no_reported_span():
    text = ("– С января по июнь мы выявили 95 коррупционных преступлений. На телефон доверия ежемесячно поступает "
            "около 900 обращений.")
    assert reader.periods(text) == [(95, "cases", "2026-H1"), (900, "other", None)]


def test_a_monthly_part_no_trigger_names_is_no_figure_but_one_taken_is_a_bribe():
    named = "Инспектор требовал взятки и получал от предпринимателей по 50 тысяч тенге в месяц."
    assert figures(named) == [(50_000, "KZT", "bribe")]
    unnamed = ("Директор филиала обвиняется в коррупции. Подрядчик переводил на счёт его брата по 300 тысяч тенге "
               "в месяц.")
    assert figures(unnamed) == []
