"""The statistics extractor on phrasings met in real Kazakhstan news (issue 11): model codes, the news formula
"передаёт корреспондент", budget revenue, half-multiplier words, case-file volumes, witnesses, people a
danger threatens, an amount stated twice. Every sentence is written for these tests, none copied from an
article."""

from datetime import date

import pytest
from figure_readings import FigureReader

READ = FigureReader(date(2024, 5, 20))
figures = READ.figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Директор получил взятку за покупку самолёта Ан-24.", []),
        ("Чиновник получил взятку в 30 тысяч долларов за заказ вертолётов Ми-8МТВ.", [(30000, "USD", "bribe")]),
        ("При закупке для школы труб 20Х-150 выявлено хищение.", []),
        ("По делу о хищении арестован 1 экс-директор завода.", [(1, "person", "detained")]),
    ],
)
def test_a_model_code_is_no_figure(text, expected):
    assert figures(text) == expected


def test_a_label_word_before_a_count_of_people_does_not_hide_it():
    assert figures("За год по коррупционным статьям осуждены 45 полицейских.") == [(45, "person", "convicted")]
    assert figures("Двое задержаны за взятку по статье 366 УК.") == [(2, "person", "detained")]
    assert figures("Взяточник осуждён в учреждении №12 ДУИС.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Следователь вымогал полмиллиона тенге.", [(500000, "KZT", "bribe")]),
        ("Ущерб от хищения превысил полмиллиарда тенге.", [(500000000, "KZT", "damage")]),
    ],
)
def test_half_a_multiplier_in_one_word(text, expected):
    assert figures(text) == expected


def test_the_news_formula_passes_on_is_no_handing_over_of_a_bribe():
    text = ("В деле о коррупции в акимате налоговые поступления выросли до 4 млрд тенге, передает корреспондент "
            "агентства.")
    assert figures(text) == [(4000000000, "KZT", "other")]


def test_budget_revenue_is_no_bribe_in_a_bribery_story():
    text = ("После проверки на взятки в ЦОНах поступления в бюджет составили 7,2 млрд тенге. Всего собрано "
            "7,2 млрд тенге за услуги.")
    assert figures(text) == [(7200000000, "KZT", "other")]


def test_an_amount_stated_again_without_a_trigger_of_its_own_is_one_figure():
    text = ("Подрядчик, завысивший смету в сговоре с коррупционером, возместит за свой счет ущерб на 300 млн тенге. "
            "Эти 300 млн тенге пойдут на ремонт школы.")
    assert figures(text) == [(300000000, "KZT", "recovered")]


def test_works_done_at_ones_own_expense_make_good_the_damage():
    assert figures("Уличённый в хищении через завышение цен поставщик за свой счет выполнит работы на 120 млн тенге.") \
        == [(120000000, "KZT", "recovered")]
    assert figures("Жемқорлық фактісі анықталған мердігер өз есебінен 50 млн теңгеге жұмыс атқарды.", "kk") \
        == [(50000000, "KZT", "recovered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд по делу о взятке продолжился: допрошены 4 свидетеля.", []),
        ("В деле о хищении 120 томов.", []),
        ("Акимат растратил бюджетные деньги. Готовность школы составляла 60 процентов.", []),
        ("Из-за хищений при ремонте дамбы под угрозой жизнь 12 тысяч жителей.", []),
        ("Чиновник похитил деньги на дамбу, которая должна защищать 8 тысяч человек.", []),
        ("Мошенник похитил бюджетные 700 тысяч сумов, то есть 25 тысяч тенге.", [(25000, "KZT", "damage")]),
    ],
)
def test_counts_of_the_setting_are_no_figures(text, expected):
    assert figures(text) == expected


def test_a_count_of_people_brought_to_responsibility_then_convicted():
    assert figures("Из 300 привлеченных к уголовной ответственности за коррупцию осуждены 120.") \
        == [(300, "person", "charged"), (120, "person", "convicted")]


def test_a_trigger_with_its_own_amount_does_not_reach_a_price_further_on():
    text = "Директор получил взятку в 40 тысяч долларов за контракт на поставку самолёта стоимостью 9 млн долларов."
    assert figures(text) == [(40000, "USD", "bribe"), (9000000, "USD", "other")]
    assert figures("Он получал взятки от 150 до 300 тысяч тенге.") \
        == [(150000, "KZT", "bribe"), (300000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("По делу о хищении проходят восемь потерпевших.", "ru", [(8, "person", "other")]),
        ("По делу о хищении проходят 25 свидетелей.", "ru", []),
        ("Пара алу ісі бойынша 5 куәгер жауап берді.", "kk", []),
        ("Алаяқтық ісі бойынша 7 жәбірленуші анықталды, 2 күдікті ұсталды.", "kk",
         [(7, "person", "other"), (2, "person", "detained")]),
    ],
)
def test_victims_are_no_offenders_and_witnesses_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


def test_the_months_of_a_sentence_are_no_period_of_the_report():
    records = READ.records("Бюджет қаражатын жымқырған директорға 4 жыл 6 ай бас бостандығын шектеу жазасы "
                           "тағайындалды.", "kk")
    assert [(r["value"], r["unit"], r["event"], r["period"]) for r in records] == [(4.5, "year", "prison_term", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Замминистра по делу о взятке арестован на два месяца.", "ru", []),
        ("Подозреваемому в хищении избрана мера пресечения в виде ареста сроком на 2 месяца.", "ru", []),
        ("Пара алды деген күдікпен әкім екі ай мерзімге қамауға алынды.", "kk", []),
        ("За взятку ему запрещено занимать должности на государственной службе сроком на 3 года.", "ru",
         [(3, "year", "other")]),
        ("Взяточник приговорён к 6 годам лишения свободы, на его имущество наложен арест.", "ru",
         [(6, "year", "prison_term")]),
    ],
)
def test_the_term_of_a_pre_trial_arrest_is_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В отрасли выявлены коррупционные риски. Объём господдержки составил 20 млрд тенге, в том числе на "
         "семена – 3 млрд.", []),
        ("Фермер похитил 30 млн тенге из бюджетных средств господдержки.", [(30000000, "KZT", "damage")]),
        ("На ремонт выделено 5 млрд тенге из бюджета, из них похищено 300 млн тенге.", [(300000000, "KZT", "damage")]),
    ],
)
def test_state_support_and_its_parts_are_a_budget_not_a_result(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За взяточничество понесли наказание 14 таможенников.", [(14, "person", "convicted")]),
        ("За решётку за взятки отправились 9 инспекторов.", [(9, "person", "convicted")]),
        ("За коррупцию наказаны 31 должностное лицо.", [(31, "person", "convicted")]),
        ("В дисциплинарном порядке за коррупционные проступки наказаны 12 сотрудников.",
         [(12, "person", "disciplined")]),
        ("В этом году 80 человек привлечены за коррупцию, осуждены – 35.",
         [(80, "person", "charged"), (35, "person", "convicted")]),
        ("По делу о коррупции привлечено 40 экспертов.", [(40, "person", "other")]),
        ("Больше всего за взятки осуждено полицейских (41), акимов (7) и судей (3).",
         [(41, "person", "convicted"), (7, "person", "convicted"), (3, "person", "convicted")]),
    ],
)
def test_verdicts_in_the_words_of_news(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Санкция статьи о взятке предусматривает штраф до 3 000 МРП или лишение свободы до 8 лет.", "ru", []),
        ("За получение взятки ему грозит 10 лет лишения свободы.", "ru", []),
        ("Пара алған шенеунікке 12 жылға дейін бас бостандығынан айыру жазасы қаупі төніп тұр.", "kk", []),
        ("Суд назначил взяточнику штраф 4 млн тенге, хотя прокурор просил 6 лет.", "ru", [(4000000, "KZT", "fine")]),
    ],
)
def test_what_the_law_provides_is_no_penalty_imposed(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_salary_is_no_bribe_in_a_bribery_story():
    # nor any figure of corruption work (no evaluation set annotates a wage): fresh7's rules
    assert figures("Чиновник получал зарплату 450 тысяч тенге, но брал взятки.") == []
    assert figures("Бухгалтер три года начисляла заработную плату за взятки.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жаңа тәртіп 1 наурыздан бастап күшіне енеді, пара алған 4 адам сотталды.", [(4, "person", "convicted")]),
        ("Қарашаның 3-і күні пара алған 2 әкім ұсталды.", [(2, "person", "detained")]),
        ("Шенеунік 15 мың еуро пара алды.", [(15000, "EUR", "bribe")]),
        ("Жемқорлар 40 млн текше метр газды жымқырды.", []),
        ("2 жыл бұрын оған пара алғаны үшін мемлекеттік қызметке тыйым салынды.", []),
    ],
)
def test_kazakh_dates_units_and_years_ago(text, expected):
    assert figures(text, "kk") == expected


def test_years_ago_date_an_event():
    assert figures("Три года назад ему запретили занимать должности за взятку.") == []
    assert figures("Взяточнику запрещено занимать должности 3 года.") == [(3, "year", "other")]


def test_a_kazakh_fraction_is_no_count():
    assert figures("Сыбайлас жемқорлық қылмыстарының бестен бірі ғана ашылады.", "kk") == []
    assert figures("Пара алу ісі бойынша ұсталғандардың үштен бірі – әкімдер.", "kk") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Подрядчик похитил бюджетные деньги на дамбу. Из-за паводка эвакуированы 3 тысячи человек.", "ru"),
        ("Подрядчик похитил бюджетные деньги на дамбу. Во время паводка подтоплены 120 домов.", "ru"),
        ("Мердігер бюджет қаражатын жымқырды. Тасқын кезінде 2 мың адам эвакуацияланды.", "kk"),
    ],
)
def test_the_people_and_homes_of_a_flood_are_the_setting(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Дело о взятке возбуждено по статьям 189 и 190 УК РК.", "ru"),
        ("Хищение квалифицировано по 189 и 190 статьям УК.", "ru"),
        ("Пара алу ісі ҚР ҚК-нің 366 және 367 баптары бойынша қозғалды.", "kk"),
    ],
)
def test_articles_of_a_code_named_together_are_no_figures(text, lang):
    assert figures(text, lang) == []


def test_bail_is_no_bribe():
    assert figures("Взяткодатель внёс залог в размере 12 млн тенге.") == [(12000000, "KZT", "other")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За полгода по коррупционным делам вынесено 74 обвинительных приговора.", "ru", [(74, "item", "other")]),
        ("По делам о взятках вынесено 3 оправдательных приговора.", "ru", [(3, "item", "other")]),
        ("Сыбайлас жемқорлық істері бойынша 58 айыптау үкімі шығарылды.", "kk", [(58, "item", "other")]),
        ("За взятки осуждены 80 человек, судами вынесено 74 обвинительных приговора.", "ru",
         [(80, "person", "convicted"), (74, "item", "other")]),
    ],
)
def test_a_count_of_verdicts_counts_verdicts_not_people(text, lang, expected):
    """One verdict may convict several people: "74 приговора" beside "80 человек" is no second count of convicts."""
    assert figures(text, lang) == expected
