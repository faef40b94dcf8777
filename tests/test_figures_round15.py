"""The statistics extractor on the phrasing behind round 15's errors (rel_stream7, fresh21, fresh19, fresh17, fresh20):
a part of the crimes said to be facts of a kind, an internal analysis counted in Kazakh, a dwelling, prices
overstated in a purchase, money allocated from the budget and then stolen, a recovered amount after a comma, and an
amount told after the counts of a report's months. Every sentence is written for these tests, none copied from an
evaluation set."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2026, 12, 1))
records, figures = READ.records, READ.figures


def test_a_part_of_the_crimes_said_to_be_facts_counts_the_facts():
    text = "В области зарегистрировано 52 коррупционных преступления, из них 31 – факты взяточничества."
    assert [(r["value"], r["object"]) for r in records(text)] == [(52, "преступление"), (31, "факт")]


def test_people_after_a_dash_are_still_people():
    text = "За взятки осуждены 14 человек, из них 6 – сотрудники полиции."
    assert [(r["value"], r["unit"], r["object"]) for r in records(text)] == [
        (14, "person", "человек"), (6, "person", "сотрудник")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Биыл сыбайлас жемқорлық тәуекелдеріне 15 ішкі талдау жүргізілді.", "талдау"),
    ("Агенттік сыбайлас жемқорлық тәуекелдеріне 8 сыртқы талдау жүргізді.", "талдау"),
])
def test_an_internal_or_external_analysis_counts_the_analyses(text, expected):
    assert [r["object"] for r in records(text, "kk")] == [expected]


def test_a_dwelling_keeps_its_adjective():
    text = "У осуждённого за взятки акима конфискованы 3 жилых дома и 2 автомобиля."
    assert [(r["value"], r["object"]) for r in records(text)] == [(3, "жилой дом"), (2, "автомобиль")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Руководство госпредприятия завысило стоимость труб, закупленных для водопровода. Ущерб оценивается в "
     "640 млн тенге.", "ru", [(640_000_000, "KZT", "damage")]),
    ("Мекеме басшысы құрал-жабдық сатып алу кезінде бағаны қолдан көтерген, мемлекетке 210 млн теңге залал "
     "келтірілген.", "kk", [(210_000_000, "KZT", "damage")]),
])
def test_prices_overstated_in_a_purchase_speak_of_corruption(text, lang, expected):
    assert figures(text, lang) == expected


def test_prices_alone_are_no_corruption():
    assert figures("Цены на овощи завышены: ущерб покупателям оценивается в 5 млн тенге.") == []


def test_money_allocated_from_the_budget_and_stolen_is_the_damage():
    text = ("Бывшего директора учреждения осудили за присвоение. Выделенные из бюджета 72 млн тенге были "
            "перечислены знакомой фирме и присвоены.")
    assert figures(text) == [(72_000_000, "KZT", "damage")]


def test_a_part_stolen_from_an_allocated_whole_is_still_the_part():
    assert figures("Директор присвоил 240 млн тенге из выделенных 1,8 млрд тенге.") == [
        (240_000_000, "KZT", "damage")]


def test_an_amount_after_a_comma_keeps_its_sentences_event():
    text = "Аким осуждён за хищение 30 млн тенге. Ущерб возмещён лишь частично, на 9 млн тенге."
    assert figures(text) == [(30_000_000, "KZT", "damage"), (9_000_000, "KZT", "recovered")]


def test_a_place_with_no_verb_is_still_the_setting():
    assert figures("Аким осуждён за взятку в 3 млн тенге. В районе 14 сёл.") == [(3_000_000, "KZT", "bribe")]


def test_an_amount_after_the_counts_of_a_reports_months_takes_their_span():
    text = ("Глава департамента рассказал о работе. За 8 месяцев 2026 года возбуждено 15 уголовных дел о коррупции, "
            "осуждены 6 человек. Ущерб возмещён на 240 млн тенге.")
    assert [(r["value"], r["period"]) for r in records(text)] == [
        (15, "2026-01..2026-08"), (6, "2026-01..2026-08"), (240_000_000, "2026-01..2026-08")]


def test_a_case_storys_amount_takes_no_period():
    text = "В этом году задержан аким села. Он получил взятку в 2 млн тенге."
    assert [(r["value"], r["period"]) for r in records(text)] == [(2_000_000, None)]


def test_another_one_in_a_recap_of_another_case_is_no_count():
    text = ("Қордай ауданындағы шекара бекетінің инспекторы Ерлан Асқаров 500 мың теңге пара алған кезде ұсталды. "
            "Бұған дейін Таразда ҰҚК Шекара қызметінің тағы бір қызметкері осындай іспен сотталған.")
    assert figures(text, "kk") == [(500_000, "KZT", "bribe")]


def test_another_one_outside_a_recap_still_counts():
    text = "Двое заместителей акима получили выговоры за взятки, ещё один сотрудник аппарата уволен."
    assert (1, "person", "dismissed") in figures(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("Алматы облысының прокуратурасы биыл заңсыз берілген 31 жер учаскесін мемлекетке қайтарды. Қайтарылған "
     "жерлердің нарықтық құны 2,4 млрд теңгеге бағаланады.", "kk"),
    ("Прокуратура области в этом году вернула государству 31 земельный участок, незаконно выделенный чиновниками. "
     "Их стоимость – 2,4 млрд тенге.", "ru"),
])
def test_a_bodys_work_this_year_in_the_lead_is_a_running_total(text, lang):
    assert [(r["value"], r["period"]) for r in records(text, lang)] == [(31, "2026"), (2_400_000_000, "2026")]


def test_a_bodys_case_this_year_stays_a_case_story():
    text = "Департамент Антикора в этом году задержал двух акимов при получении взятки в 5 млн тенге."
    assert [(r["value"], r["period"]) for r in records(text)] == [(2, "2026"), (5_000_000, None)]


def test_a_kazakh_part_of_the_things_counted_before_counts_them():
    text = ("Сыбайлас жемқорлыққа қарсы жобалық кеңсе биыл басқармаларда 9 ішкі талдау жүргізіп, 24 тәуекел анықтады. "
            "Олардың 20-сы жойылды.")
    assert [(r["value"], r["unit"], r["object"]) for r in records(text, "kk")] == [
        (9, "item", "талдау"), (24, "item", "тәуекел"), (20, "item", "тәуекел")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Пара алған әкімнің 6 жылжымайтын мүлік нысаны мен 2 көлігі тәркіленді.",
     [(6, "жылжымайтын мүлік нысаны"), (2, "көлік")]),
    ("Пара алған әкімнің 4 жылжымайтын мүлкі тәркіленді.", [(4, "жылжымайтын мүлік")]),
    ("Сыбайлас жемқорлық ісі бойынша мемлекетке 20 жер телімі және 130 бірлік ауыл шаруашылығы техникасы қайтарылды.",
     [(20, "жер телімі"), (130, "ауыл шаруашылығы техникасы")]),
])
def test_kazakh_objects_of_several_words_are_whole(text, expected):
    assert [(r["value"], r["object"]) for r in records(text, "kk")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За взятки приговорены 58 осуждённых сотрудников полиции. Всего осуждённых за коррупцию было 214.",
     [(58, "сотрудник"), (214, "осуждённый")]),
    ("Аким задержан за взятку, двум его подчинённым объявлено о подозрении.", [(2, "подчинённый")]),
    ("Аким задержан за взятку, двум его подчиненным объявлено о подозрении.", [(2, "подчинённый")]),
])
def test_people_named_by_a_participle_keep_the_dictionarys_spelling(text, expected):
    assert [(r["value"], r["object"]) for r in records(text)] == expected


def test_russian_objects_of_two_words_and_a_noun_read_second():
    text = "В доход государства по делам о коррупции обращены 5 воздушных судов, 3 воздушных судна и 7 пакетов акций."
    assert [(r["value"], r["object"]) for r in records(text)] == [
        (5, "воздушное судно"), (3, "воздушное судно"), (7, "пакет акций")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Прокурордың айтуынша, өткен жылы сыбайлас жемқорлық үшін 58 адам сотталған.", "адам"),
    ("Биыл облыста сыбайлас жемқорлық үшін 17 лауазымды тұлға сотталған.", "лауазымды тұлға"),
    ("Сыбайлас жемқорлық үшін сотталған лауазымды тұлғалардың саны 300-ге жетті.", "лауазымды тұлға"),
])
def test_a_kazakh_participle_after_the_people_is_no_object(text, expected):
    assert [(r["event"], r["object"]) for r in records(text, "kk")] == [("convicted", expected)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Пара алғаны үшін 3 аудан әкімінің орынбасары ұсталды.", [(3, "орынбасар")]),
    ("Сыбайлас жемқорлық қылмыстары үшін 4 әкімнің қызметкері сотталды.", [(4, "қызметкер")]),
])
def test_a_kazakh_count_of_someones_deputies_counts_the_deputies(text, expected):
    assert [(r["value"], r["object"]) for r in records(text, "kk")] == expected


def test_a_count_of_months_in_a_report_of_as_many_months_is_the_reports_span():
    text = ("Прокуратура области подвела итоги надзора за расследованием коррупционных преступлений в III квартале "
            "2026 года. За три месяца возбуждено 41 уголовное дело о коррупции.")
    assert [(r["value"], r["period"]) for r in records(text)] == [(41, "2026-Q3")]


def test_last_years_months_in_this_years_report_stay_last_years():
    text = ("Антикор подвёл итоги работы за первое полугодие 2026 года: возбуждено 52 уголовных дела о коррупции. "
            "В прошлом году за шесть месяцев было выявлено 41 преступление.")
    assert [(r["value"], r["period"]) for r in records(text)] == [(52, "2026-H1"), (41, "2025-H1")]
