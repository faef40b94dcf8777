"""The statistics extractor on the phrasing behind fresh29's errors (figure round 20): goods described as refurbished
are no money returned, money taken for a promised place in a queue is a bribe even from a fraudster, two counts
shared "соответственно" over a list after a dash, pay to staff who never worked is the damage and the staff no
count, a figure "три года назад" is that year's, a promised return is no figure, and one of the people just counted
who is dismissed counts; then fresh30's and fresh31's: a Kazakh recap opened by "еске салсақ", a law's threshold,
bail, an auction's starting price, taxes assessed, a sum paid in parts, an interview's answer, millions after tenge,
confiscated lots for sale, an amount the next sentence calls damage, "он төртеуі", money asked for, a quarter in
digits and episodes in the Latin alphabet. Every sentence is written for these tests, none copied from an evaluation
set; Kazakh in the Latin alphabet is read through its Cyrillic spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 12, 1))
figures, periods = reader.figures, reader.periods

RU_CASE = "Департамент экономических расследований возбудил дело о мошенничестве в отношении директора ТОО.\n"
KK_DIGEST = ("Агенттік апта қорытындысын шығарды.\nБір облыста лауазымды тұлға бюджет қаражатын жымқырып, 20 млн "
             "теңгені иемденген. ")


def latin(text: str) -> str:
    return to_cyrillic(text).text


def test_goods_described_as_refurbished_are_no_money_returned():
    text = RU_CASE + ("В 2024 году фирма выиграла тендер на поставку медицинской техники для поликлиники на 95 млн "
                      "тенге, но вместо новых приборов поставила восстановленные. Ущерб составил 30 млн тенге.")
    assert figures(text) == [(95_000_000, "KZT", "other"), (30_000_000, "KZT", "damage")]


def test_money_restored_to_the_budget_is_still_returned():
    assert figures("Прокуратура выявила хищение. По итогам проверки в бюджет восстановлено 1,1 млрд тенге.") == [
        (1_100_000_000, "KZT", "recovered")]


@pytest.mark.parametrize(
    "text",
    [
        KK_DIGEST + "Қарағанды облысында азаматтан баспана кезегіне қою үшін 2 млн теңге алған алаяқ ұсталды.",
        latin("Agenttik apta qorytyndysyn shyǵardy.\nBir oblysta laýazymdy tulǵa bıýdjet qarajatyn jymqyryp, 20 mln "
              "teńgeni ıemdengen. Qaraǵandy oblysynda azamattan baspana kezegine qoıý úshin 2 mln teńge alǵan "
              "alaıaq ustaldy."),
    ],
)
def test_money_a_fraudster_took_for_a_place_in_a_queue_is_a_bribe(text):
    assert figures(text, "kk") == [(20_000_000, "KZT", "damage"), (2_000_000, "KZT", "bribe")]


def test_a_fraudsters_money_taken_for_nothing_named_stays_damage():
    text = KK_DIGEST + "Қарағанды облысында зейнеткерден 2 млн теңге алған алаяқ ұсталды."
    assert figures(text, "kk") == [(20_000_000, "KZT", "damage"), (2_000_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За 10 месяцев 2026 года зарегистрировано 120 коррупционных преступлений. «Больше всего преступлений "
         "выявлено в сфере строительства и сельского хозяйства – 31 и 17 соответственно», – сказал прокурор.", "ru",
         [(120, "case", "cases"), (31, "case", "cases"), (17, "case", "cases")]),
        ("За 10 месяцев зарегистрировано 120 коррупционных преступлений. Больше всего фактов взяточничества выявлено "
         "в сфере строительства, образования и сельского хозяйства – 31, 24 и 17 соответственно.", "ru",
         [(120, "case", "cases"), (31, "case", "cases"), (24, "case", "cases"), (17, "case", "cases")]),
        ("Биылғы 10 айда облыста 120 сыбайлас жемқорлық қылмысы тіркелді. Қылмыстардың көбі құрылыс және білім беру "
         "салаларында анықталды – тиісінше 31 және 17.", "kk",
         [(120, "case", "cases"), (31, "case", "cases"), (17, "case", "cases")]),
    ],
)
def test_counts_shared_respectively_over_a_list_count_the_noun_before_it(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_number_after_a_dash_far_from_any_noun_without_respectively_is_still_none():
    text = ("За 10 месяцев зарегистрировано 120 коррупционных преступлений. Больше всего преступлений выявлено в сфере "
            "строительства и сельского хозяйства Карагандинской области – 31.")
    assert figures(text) == [(120, "case", "cases")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ауыл әкімі бюджет қаражатын жымқырды деген күдікпен ұсталды. Тергеу мәліметінше, ол 2023-2024 жылдары "
         "әкімдікте жұмыс істемейтін төрт адамға жалақы есептеп, бюджеттен 9,2 млн теңге жымқырған.", "kk"),
        ("Аким сельского округа задержан по подозрению в хищении. По данным следствия, он начислял зарплату четырём "
         "фиктивным сотрудникам и присвоил 9,2 млн тенге.", "ru"),
    ],
)
def test_staff_who_never_worked_are_no_count(text, lang):
    assert figures(text, lang) == [(9_200_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Колледж директоры бюджет қаражатын жымқырғаны үшін сотталды. Ол колледжде іс жүзінде жұмыс істемеген алты "
         "адамды штатқа алып, оларға 7,5 млн теңге жалақы есептеген.", "kk"),
        (latin("Kolledj dırektory bıýdjet qarajatyn jymqyrǵany úshin sottaldy. Ol kolledjde is júzinde jumys "
               "istemegen alty adamdy shtatqa alyp, olarǵa 7,5 mln teńge jalaqy eseptegen."), "kk"),
        ("Директор колледжа осуждён за хищение бюджетных средств. Он оформил в штат шесть человек, которые фактически "
         "не работали, и начислил им 7,5 млн тенге зарплаты.", "ru"),
    ],
)
def test_pay_to_staff_who_never_worked_is_the_damage(text, lang):
    assert figures(text, lang) == [(7_500_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Директор школы осуждён за взятку. Его зарплата составляла 400 тысяч тенге.", "ru"),
        ("Мектеп директоры пара алғаны үшін сотталды. Оның жалақысы 400 мың теңге болған.", "kk"),
    ],
)
def test_an_offenders_own_pay_is_still_no_figure(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Антикор подвёл итоги 11 месяцев.\nСредняя взятка в области выросла до 900 тысяч тенге, хотя два года назад "
         "она не превышала 300 тысяч.", [(900_000, "bribe", "2026-01..2026-11"), (300_000, "bribe", "2024")]),
        ("Антикор подвёл итоги 11 месяцев.\nСредняя взятка в этом году выросла до 900 тысяч тенге, а пять лет назад "
         "составляла 300 тысяч.", [(900_000, "bribe", "2026"), (300_000, "bribe", "2021")]),
    ],
)
def test_a_figure_so_many_years_ago_is_that_years(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Агентство по финансовому мониторингу задержало организатора финансовой пирамиды за мошенничество.\nС 2023 "
         "года компания привлекла деньги 900 вкладчиков, обещая доходность до 25% в месяц. Ущерб потерпевшим "
         "превышает 1,1 млрд тенге.", "ru",
         [(900, "person", "other"), (1_100_000_000, "KZT", "damage")]),
        ("Қаржылық мониторинг агенттігі қаржы пирамидасының ұйымдастырушысын алаяқтық үшін ұстады.\nОл салымшыларға "
         "айына 25 пайыз табыс уәде етіп, 900 адамнан ақша жинаған.", "kk", [(900, "person", "other")]),
    ],
)
def test_a_promised_return_is_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За нарушения антикоррупционного законодательства к дисциплинарной ответственности привлечены 9 служащих, "
         "один из которых уволен.", "ru", [(9, "person", "disciplined"), (1, "person", "dismissed")]),
        ("Сыбайлас жемқорлық үшін мектептің үш мұғалімі тәртіптік жауапкершілікке тартылды, біреуі жұмыстан "
         "босатылды.", "kk", [(3, "person", "disciplined"), (1, "person", "dismissed")]),
        (latin("Sybaılas jemqorlyq úshin mekteptiń úsh muǵalimi tártiptik jaýapkershilikke tartyldy, bireýi jumystan "
               "bosatyldy."), "kk", [(3, "person", "disciplined"), (1, "person", "dismissed")]),
    ],
)
def test_one_of_the_people_just_counted_who_is_dismissed_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Пара алған әкім сотталды. Тағы біреуі 5 жылға сотталды.", "kk", [(5, "year", "prison_term")]),
        ("Прокуратура екі шенеунікке қатысты іс қозғады. Шенеуніктердің бірі – бөлім басшысы Ерлан Сейітов – "
         "қызметінен босатылды.", "kk", []),
        ("Один из заместителей акима уволен после задержания за взятку.", "ru", []),
    ],
)
def test_one_given_a_term_or_one_of_the_officials_introduced_is_still_no_count(text, lang, expected):
    assert figures(text, lang) == expected


# Phase 2: the phrasing behind fresh30's errors (sentences of their own, none from the set).

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Павлодар облысы бойынша департамент аудандық әкімдіктің маманын 300 мың теңге пара алу кезінде ұстады.\n"
         "Еске салсақ, өткен айда облыста тағы үш полиция қызметкері пара алғаны үшін ұсталған.", "kk"),
        (latin("Pavlodar oblysy boıynsha departament aýdandyq ákimdiktiń mamanyn 300 myń teńge para alý kezinde "
               "ustady.\nEske salsaq, ótken aıda oblysta taǵy úsh polıtsııa qyzmetkeri para alǵany úshin ustalǵan."),
         "kk"),
    ],
)
def test_a_kazakh_recap_opened_by_the_conditional_tells_another_case(text, lang):
    assert figures(text, lang) == [(300_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Мажилис одобрил поправки в антикоррупционное законодательство.\nДепутат предложил снизить порог незаконного "
         "обогащения с 20 тысяч до 8 тысяч МРП, но предложение не поддержали. За взятки в 2025 году осуждены 400 "
         "человек.", "ru", [(400, "person", "convicted")]),
        ("Мәжіліс сыбайлас жемқорлыққа қарсы заңға түзетулерді мақұлдады.\nДепутат пара алғаны үшін жаза шегін 20 мың "
         "АЕК-тен 8 мың АЕК-ке дейін төмендетуді ұсынды.", "kk", []),
    ],
)
def test_a_laws_threshold_is_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Бывший аким района обвиняется в превышении должностных полномочий.\nПомимо него, обвинение предъявлено его "
         "заместителю и главному архитектору. Всем троим избрана мера пресечения в виде залога.", "ru",
         [(3, "person", "charged")]),
        ("Аудан әкімі лауазымын асыра пайдаланды деген күдікпен ұсталды.\nҮш шенеунікке бұлтартпау шарасы ретінде "
         "кепіл тағайындалды.", "kk", [(3, "person", "charged")]),
    ],
)
def test_people_released_on_bail_are_charged_not_detained(text, lang, expected):
    assert figures(text, lang) == expected


def test_people_held_in_custody_are_still_detained():
    text = ("Бывший аким района обвиняется в превышении должностных полномочий.\nПомимо него, обвинение предъявлено "
            "его заместителю и главному архитектору. Всем троим избрана мера пресечения в виде ареста.")
    assert figures(text) == [(3, "person", "detained")]


def test_an_auctions_starting_price_is_no_figure():
    text = ("Комитет госимущества выставил на торги имущество, конфискованное по приговорам за коррупцию.\nНа аукцион "
            "выставлено 20 лотов. Стартовая стоимость лотов – от 4 до 150 млн тенге.")
    assert (4_000_000, "KZT", "other") not in figures(text)
    assert not any(unit == "KZT" for _, unit, _ in figures(text))


def test_the_taxes_a_bribe_was_to_cut_are_no_figure():
    text = ("Антикор задержал инспектора при получении взятки в 10 тысяч долларов.\nДеньги он получил от "
            "предпринимателя за уменьшение доначисленных налогов. Общая сумма доначислений превышала 90 млн тенге.")
    assert figures(text) == [(10_000, "USD", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Чиновник признан виновным в получении взятки.\nОн потребовал от подрядчика 10 миллионов тенге. Деньги "
         "передавались в два приема: сначала 4 млн, затем еще 6 млн тенге.", "ru"),
        ("Шенеунік пара алғаны үшін сотталды.\nОл кәсіпкерден 10 млн теңге талап етті: алдымен 4 млн, кейін тағы 6 "
         "млн теңге алған.", "kk"),
    ],
)
def test_a_sum_paid_in_parts_gives_each_part_its_currency(text, lang):
    assert figures(text, lang) == [(10_000_000, "KZT", "bribe"), (4_000_000, "KZT", "bribe"),
                                   (6_000_000, "KZT", "bribe")]



# ... and fresh31's.

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сыбайлас жемқорлыққа қарсы агенттік тексеру нәтижесін жариялады.\nТексеру барысында 30 лауазымды тұлға "
         "тәртіптік жауапкершілікке тартылды. Олардың он төртеуі лауазымынан босатылды.",
         [(30, "person", "disciplined"), (14, "person", "dismissed")]),
        ("Сыбайлас жемқорлық үшін 25 адам ұсталды, олардың жиырма екеуі қамауға алынды.",
         [(25, "person", "detained"), (22, "person", "detained")]),
    ],
)
def test_a_tens_word_and_a_collective_are_one_number(text, expected):
    assert figures(text, "kk") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Жол полициясының екі инспекторы пара алу кезінде ұсталды.\nОлар жүргізушіден хаттама толтырмау үшін алдымен "
        "бес жүз мың теңге сұраған.",
        latin("Jol polıtsııasynyń eki ınspektory para alý kezinde ustaldy.\nOlar júrgizýshiden hattama toltyrmaý úshin "
              "aldymen bes júz myń teńge suraǵan."),
    ],
)
def test_money_an_official_asked_for_is_a_bribe(text):
    assert figures(text, "kk") == [(2, "person", "detained"), (500_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    "text",
    [
        "Агенттік 2026 жылдың 3-ші тоқсанындағы сыбайлас жемқорлыққа қарсы жұмыс қорытындысын шығарды.\nТоқсан ішінде "
        "212 сыбайлас жемқорлық қылмысы тіркелді.",
        latin("Agenttik 2026 jyldyń 3-shi toqsanyndaǵy sybaılas jemqorlyqqa qarsy jumys qorytyndysyn shyǵardy.\n"
              "Toqsan ishinde 212 sybaılas jemqorlyq qylmysy tirkeldi."),
    ],
)
def test_a_quarter_numbered_in_digits_is_that_quarter(text):
    assert periods(text, "kk") == [(212, "cases", "2026-Q3")]


def test_episodes_written_in_the_latin_alphabet_are_cases():
    text = latin("Sot burynǵy ákimdi para alǵany úshin sottaldy dep tanydy.\nOl kásipkerlerden tórt epızod boıynsha "
                 "jalpy somasy 28 mln teńge para alǵan.")
    assert figures(text, "kk") == [(4, "case", "cases"), (28_000_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Руководитель департамента Антикора ответил на вопросы корреспондента об итогах 11 месяцев.\n– Какова средняя "
         "сумма взятки?\n– Если в прошлом году она составляла около 700 тысяч тенге, то в этом году выросла до 1,3 "
         "млн.\n– Сколько у вас сотрудников?\n– В департаменте работают около 120 человек.", "ru",
         [(700_000, "KZT", "bribe"), (1_300_000, "KZT", "bribe")]),
        ("Департамент басшысы 11 айдың сыбайлас жемқорлыққа қарсы жұмыс қорытындысы туралы сұхбат берді.\n– Параның "
         "орташа мөлшері қанша?\n– Былтыр ол 700 мың теңге болса, биыл 1,3 млн теңгеге жетті.", "kk",
         [(700_000, "KZT", "bribe"), (1_300_000, "KZT", "bribe")]),
    ],
)
def test_an_interviews_answer_gives_the_amount_its_question_asked_about(text, lang, expected):
    assert figures(text, lang) == expected


def test_an_amount_after_a_statement_is_no_answer():
    text = ("Антикор задержал чиновника при получении взятки.\nСредняя зарплата в отделе – 400 тысяч тенге. Бюджет "
            "отдела составил 90 млн тенге.")
    assert not any(event == "bribe" for _, _, event in figures(text))


def test_millions_after_an_amount_in_tenge_are_tenge_not_people():
    text = ("Антикор подвёл итоги 11 месяцев.\nСредняя взятка в прошлом году составляла около 700 тысяч тенге, а в "
            "этом году выросла до 1,3 млн.")
    assert figures(text) == [(700_000, "KZT", "bribe"), (1_300_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Комитет госимущества выставил на торги имущество, конфискованное по приговорам за коррупцию.\nНа аукцион "
         "выставлено 20 лотов: 8 квартир и 5 автомобилей.", "ru"),
        ("Сыбайлас жемқорлық үшін сотталғандардан тәркіленген мүлік саудаға шығарылды.\nАукционға 20 лот шығарылды: 8 "
         "пәтер мен 5 көлік.", "kk"),
    ],
)
def test_confiscated_property_put_up_for_sale_is_returned(text, lang):
    assert figures(text, lang) == [(20, "item", "recovered"), (8, "item", "recovered"), (5, "item", "recovered")]


def test_land_an_akimat_puts_up_for_sale_is_not_returned():
    text = ("Акимат выставил на торги земельные участки под застройку в рамках борьбы с коррупцией.\nНа аукцион "
            "выставлено 20 участков.")
    assert (20, "item", "recovered") not in figures(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бывший аким района обвиняется в превышении должностных полномочий.\nПо данным следствия, он незаконно "
         "предоставил 12 земельных участков. Рыночная стоимость земли оценивается в 600 млн тенге. Эту сумму "
         "следствие считает ущербом государству.", "ru"),
        ("Бұрынғы аудан әкімі лауазымдық өкілеттігін асыра пайдаланды деп айыпталды.\nЖердің нарықтық құны 600 млн "
         "теңге деп бағаланды. Бұл соманы тергеу мемлекетке келтірілген залал деп есептейді.", "kk"),
    ],
)
def test_an_amount_the_next_sentence_points_back_to_takes_its_event(text, lang):
    assert (600_000_000, "KZT", "damage") in figures(text, lang)


def test_an_amount_no_sentence_points_back_to_stays_other():
    text = ("Бывший аким района обвиняется в превышении должностных полномочий.\nРыночная стоимость земли "
            "оценивается в 600 млн тенге. Земля находится у реки.")
    assert figures(text) == [(600_000_000, "KZT", "other")]
