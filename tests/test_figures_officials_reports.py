"""The statistics extractor on the genres fresh8 brought: unjustified bonuses and payments from the budget, damage
recovered from someone, what each one got, lists of people after "среди них" / "арасында", Kazakh counts followed by
what they are counted for, an accomplice, rankings beside real counts, Kazakh plans and habits told in reported
speech, survey shares, a source named by a relative word, a promise of an official's decision sold, officials'
patronage, Kazakh in the Latin alphabet. Every sentence is written for these tests, none copied from an evaluation
set."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

READ = FigureReader(date(2026, 5, 1))
figures = READ.figures


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Прокуратура установила, что отдел образования необоснованно премировал 11 сотрудников на 9,5 млн тенге.",
         "ru", [(11, "person", "other"), (9500000, "KZT", "damage")]),
        ("Аудит выявил необоснованные выплаты премий в отделе культуры. Начальник отдела получил премии на 2,1 млн "
         "тенге, его заместители – по 600 тысяч тенге каждый. Размер премии каждого специалиста составил 150 тысяч "
         "тенге.", "ru", [(2100000, "KZT", "damage")]),
        ("Тексеру барысында аудандық білім бөлімінің 9 қызметкеріне 12 млн теңге негізсіз сыйақы төленгені "
         "анықталды.", "kk", [(9, "person", "other"), (12000000, "KZT", "damage")]),
    ],
)
def test_unjustified_bonuses_are_damage_and_what_each_one_got_is_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


def test_money_taken_from_each_one_is_still_the_bribe():
    assert figures("Инспектор брал взятки и получал по 20 тысяч тенге с каждого водителя.") == [(20000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Жемқорлық ісі бойынша кәсіпкерден 45 млн теңге залал өндіріліп алынды.", "kk",
         [(45000000, "KZT", "recovered")]),
        ("С осуждённого за хищение чиновника взыскан ущерб в 30 млн тенге.", "ru", [(30000000, "KZT", "recovered")]),
    ],
)
def test_damage_recovered_from_someone_is_recovered(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За полгода за взятки осуждены 52 человека. Среди них 9 полицейских, 6 судебных исполнителей и 2 акима.",
         "ru", [(52, "person", "convicted"), (9, "person", "convicted"), (6, "person", "convicted"),
                (2, "person", "convicted")]),
        ("Биыл 30 адам пара алғаны үшін сотталды. Сотталғандардың арасында 4 мұғалім, 3 дәрігер және 2 әкім бар.",
         "kk", [(30, "person", "convicted"), (4, "person", "convicted"), (3, "person", "convicted"),
                (2, "person", "convicted")]),
    ],
)
def test_a_list_of_people_after_among_them_takes_the_event_of_the_people_named_before(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыл басынан бері 41 адам пара алу қылмыстары үшін сотталды.", [(41, "person", "convicted")]),
        ("Пара алған әкімнің 3 серігіне айып тағылды.", [(3, "person", "charged")]),
    ],
)
def test_kazakh_people_counted_for_crimes_and_accomplices(text, expected):
    assert figures(text, "kk") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В индексе восприятия коррупции Казахстан занял 93-е место из 180 стран. За год за коррупционные "
         "преступления осуждено 1 100 человек.", "ru", [(1100, "person", "convicted")]),
        ("Сыбайлас жемқорлықты қабылдау индексінде Қазақстан 180 елдің ішінде 90-орынға көтерілді.", "kk", []),
        ("В холдинг входят 40 компаний, его топ-менеджер задержан за взятку.", "ru", []),
        ("Агенттік биыл 20 мемлекеттік органда сыбайлас жемқорлық тәуекелдеріне талдау жүргізетінін хабарлады.",
         "kk", []),
        ("Холдингте 9 мың адам жұмыс істейтінін, оның басшысы пара алғаны үшін ұсталғанын айтты.", "kk", []),
    ],
)
def test_rankings_groups_plans_and_habits_are_the_setting(text, lang, expected):
    assert figures(text, lang) == expected


def test_an_analysis_done_is_still_counted():
    text = "Агенттік 20 мемлекеттік органда сыбайлас жемқорлық тәуекелдеріне талдау жүргізді."
    assert figures(text, "kk") == [(20, "item", "other")]


def test_a_share_of_survey_participants_is_a_figure():
    text = "Сыбайлас жемқорлық туралы сауалнамаға қатысқандардың 58 пайызы пара бермегенін айтты."
    assert figures(text, "kk") == [(58, "percent", "other")]


def test_a_relative_word_naming_a_source_is_no_setting():
    text = ("Антикор проверяет имущество акима после расследования журналистов, по данным которого его жена владеет "
            "9 квартирами. Проверяются признаки незаконного обогащения.")
    assert figures(text) == [(9, "item", "other")]


def test_money_paid_for_an_imaginary_mediation_is_the_damage():
    text = ("Мужчина, обещавший место в очереди на жильё, получил от женщины 3 млн тенге. Ему предъявлено обвинение "
            "в мнимом посредничестве, делом занималась Антикоррупционная служба.")
    assert figures(text) == [(3000000, "KZT", "damage")]


def test_restoring_legality_recovers_no_money():
    text = ("Суд вернул государству незаконно переданный участок. Это позволило восстановить законность и избежать "
            "необоснованных расходов бюджета на 80 млн тенге.")
    assert figures(text) == [(80000000, "KZT", "other")]


def test_officials_patronage_of_an_inmate_is_about_corruption():
    text = ("Служебное расследование установило покровительство осуждённому со стороны должностных лиц колонии. К "
            "дисциплинарной ответственности привлечены 8 сотрудников, 3 из них уволены.")
    assert figures(text) == [(8, "person", "disciplined"), (3, "person", "dismissed")]


def test_kazakh_in_the_latin_alphabet_read_back_in_cyrillic():
    latin = "Ótken jyly oblysta 25 adam para alǵany úshin sottaldy, olardyń arasynda 4 ákim bar."
    assert figures(to_cyrillic(latin).text, "kk") == [(25, "person", "convicted"), (4, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Антикор задержал акима района при получении взятки в 3 млн тенге. Ранее Антикор сообщал, что с начала года "
         "за взятки задержаны 140 чиновников.", "ru", [(3000000, "KZT", "bribe")]),
        ("Прокуратура пара алған аудан әкімінен 40 млн теңге залалды өндіріп алды. Бұған дейін прокуратура жыл "
         "басынан бері елге 90 млрд теңге қайтарылғанын хабарлаған.", "kk", [(40000000, "KZT", "recovered")]),
    ],
)
def test_a_running_total_recapped_in_a_case_story_is_another_reports_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("По результатам служебной проверки по факту коррупции двое сотрудников уволены, трое понижены в должности, "
         "ещё 11 получили взыскания.", "ru",
         [(2, "person", "dismissed"), (3, "person", "disciplined"), (11, "person", "disciplined")]),
        ("По факту коррупции пятеро сотрудников предупреждены о неполном служебном соответствии, двоим объявлено "
         "замечание.", "ru", [(5, "person", "disciplined"), (2, "person", "disciplined")]),
        ("Сыбайлас жемқорлық фактісі бойынша екі қызметкер жұмыстан шығарылып, үшеуі төмен лауазымға ауыстырылды.",
         "kk", [(2, "person", "dismissed"), (3, "person", "disciplined")]),
    ],
)
def test_demotions_reprimands_and_warnings_are_disciplinary(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жемқорлық бойынша тексеру нәтижесінде бюджетке заңсыз төленген 1,5 млрд теңге үстемеақы қайтарылды.",
         [(1500000000, "KZT", "recovered")]),
        ("Сыбайлас жемқорлық ісі бойынша шетелден 300 млн доллар актив қайтарылды, тағы 90 млн доллар шетелде "
         "бұғатталды.", [(300000000, "USD", "recovered"), (90000000, "USD", "other")]),
        ("Аудан әкімі бюджеттен 25 млн теңге жымқырды деген күдікпен ұсталды.", [(25000000, "KZT", "damage")]),
    ],
)
def test_kazakh_money_takes_the_event_of_its_verb_not_of_the_participle_before_it(text, expected):
    assert figures(text, "kk") == expected


def test_bonuses_paid_without_grounds_are_damage():
    text = "Проверка выявила, что сотрудникам коммунального предприятия без оснований выплачено 17 млн тенге премий."
    assert figures(text) == [(17000000, "KZT", "damage")]


def test_a_list_of_people_after_dashes_takes_the_event_of_the_people_named_before():
    text = ("С начала года за коррупцию осуждены 44 человека. Из них 12 – сотрудники полиции, 9 – работники "
            "акиматов.")
    assert figures(text) == [(44, "person", "convicted"), (12, "person", "convicted"), (9, "person", "convicted")]


def test_millions_without_a_currency_after_an_amount_are_of_its_currency():
    text = "По делам о взятках возмещено 700 млн тенге из 1,1 млрд причинённого ущерба."
    assert figures(text) == [(700000000, "KZT", "recovered"), (1100000000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В прошлом году в страну возвращены активы на 900 млрд тенге. В госсобственность передано 1 200 объектов "
         "недвижимости. На возвращённые средства построено 20 школ, ещё 9 строятся.", "ru",
         [(900000000000, "KZT", "recovered"), (1200, "item", "recovered")]),
        ("Былтыр елге 2 млрд доллар актив қайтарылды.", "kk", [(2000000000, "USD", "recovered")]),
    ],
)
def test_assets_returned_to_the_state_are_about_corruption(text, lang, expected):
    assert figures(text, lang) == expected


def test_land_given_away_unlawfully_is_about_corruption():
    latin = ("Jer qatynastary bóliminiń burynǵy basshysy 9 jer telimin zańsyz bergeni úshin 5 jylǵa sottaldy, "
             "memleketke 700 mln teńge zalal keltirilgen.")
    assert figures(to_cyrillic(latin).text, "kk") == [
        (9, "item", "other"), (5, "year", "prison_term"), (700000000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Бас прокуратура 2025 жылы шетелдің 9 елінен 300 млн доллар активтерді қайтарды.", "kk",
         [(9, "item", "other"), (300000000, "USD", "recovered")]),
        ("По делам о коррупции из 7 стран возвращено 120 млн долларов.", "ru",
         [(7, "item", "other"), (120000000, "USD", "recovered")]),
    ],
)
def test_countries_money_came_from_are_other(text, lang, expected):
    assert figures(text, lang) == expected


def test_people_paid_by_the_suspects_are_not_among_them():
    text = ("Әкімдіктің 2 қызметкері 30 млн теңгені жымқырды деген күдікпен ұсталды. Олар жалған құжаттар арқылы 11 "
            "жұмысшыға жалақы төлеген.")
    assert figures(text, "kk") == [(2, "person", "detained"), (30000000, "KZT", "damage"), (11, "person", "other")]
