"""The statistics extractor on the phrasing behind fresh21's errors (figures only where they belong: numbers of the
setting beside a corruption case give none) and on round 14's leftovers. Every sentence is written for these tests,
none copied from an evaluation set."""

from datetime import date

import pytest
from pokazatel.nlp.figures.extractor import extract_statistics

PUBLISHED = date(2026, 12, 1)


def figures(text: str, lang: str = "ru") -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["event"]) for r in extract_statistics(text, lang, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Аким сельского округа задержан при получении взятки в 2 млн тенге. Он помещён в изолятор.\n"
         "Напомним, в этом году на благоустройство округа выделено 900 млн тенге. В округе действуют 12 школ и 9 "
         "больниц.", "ru", [(2_000_000, "KZT", "bribe")]),
        ("Аудан әкімінің орынбасары 3 млн теңге пара алу кезінде ұсталды. Ол қамауға алынды.\n"
         "Айта кетейік, Талғар ауданында 200 мыңнан астам адам тұрады, аудан аумағында 4 100 шаруа қожалығы "
         "тіркелген.", "kk", [(3_000_000, "KZT", "bribe")]),
        ("Замакима района задержали за взятку в 6 млн тенге. Деньги он получил от подрядчика.\n"
         "Ранее в акимате сообщали, что к зиме в районе отремонтировано 40 котельных, 15 школ и 8 детских садов.",
         "ru", [(6_000_000, "KZT", "bribe")]),
    ],
)
def test_a_recap_that_names_no_matter_continues_nothing(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_recap_that_names_the_matter_still_gives_its_figures():
    text = ("Бывшего акима района осудили за взятку. Напомним, в марте его задержали при получении 8 млн тенге. "
            "Ему назначено 7 лет лишения свободы.")
    assert figures(text) == [(8_000_000, "KZT", "bribe"), (7, "year", "prison_term")]


def test_an_interview_line_saying_what_there_is_is_the_setting():
    text = ("– За год мы расследовали 420 коррупционных преступлений.\n"
            "– Сколько у вас сотрудников?\n"
            "– В центральном аппарате и 17 областных департаментах у нас около 3 100 сотрудников.")
    assert figures(text) == [(420, "case", "cases")]


def test_the_growth_of_a_budget_is_no_figure():
    text = ("Экс-главврача задержали за хищение 120 млн тенге. На здравоохранение области в этом году выделено 80 "
            "млрд тенге, что на 9% больше, чем годом ранее.")
    assert figures(text) == [(120_000_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Суд осудил бывшего акима за взятку в 4 млн тенге. В судах региона работают 120 судей, с начала года они "
         "рассмотрели более 7 тысяч уголовных дел.", "ru"),
        ("Сот бұрынғы әкімді 4 млн теңге пара алғаны үшін соттады. Биыл облыс соттарына 5 мыңнан астам қылмыстық "
         "іс түсті, соттарда 120 судья жұмыс істейді.", "kk"),
    ],
)
def test_a_courts_whole_caseload_told_with_its_staff_is_no_figure(text, lang):
    assert figures(text, lang) == [(4_000_000, "KZT", "bribe")]


def test_courts_cases_of_corruption_still_count():
    text = ("Суды области подвели итоги года по коррупционным делам. Суды рассмотрели 96 уголовных дел о "
            "коррупционных преступлениях.")
    assert (96, "case", "cases") in figures(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Директор подрядчика похитил 50 млн тенге по программе. В программе участвуют 900 подрядчиков, а на одного "
         "инспектора приходится по 30 объектов.", "ru"),
        ("Директор подрядчика похитил 50 млн тенге. Ведомство по этому делу проводит проверку. Сейчас 60 "
         "процентов услуг ведомства оказываются онлайн.", "ru"),
        ("Кәсіпкер 50 млн теңге бюджет қаражатын жымқырған. Тергеу жүріп жатыр. Биыл облыста 8 мыңнан астам жаңа "
         "жұмыс орны ашылды.", "kk"),
        ("Кәсіпкер 50 млн теңге бюджет қаражатын жымқырған. «Қала өсіп келеді, тұрғындар саны 700 мың адамнан "
         "асты», – деді прокурор.", "kk"),
    ],
)
def test_a_programmes_members_a_load_per_head_online_share_jobs_and_residents_are_the_setting(text, lang):
    assert figures(text, lang) == [(50_000_000, "KZT", "damage")]


def test_a_kazakh_count_in_the_genitive_before_its_givers_counts_the_givers():
    text = "Мектеп директоры 9 оқушының ата-анасынан барлығы 1,8 млн теңге пара алған."
    assert figures(text, "kk") == [(9, "person", "other"), (1_800_000, "KZT", "bribe")]


def test_a_genitive_count_of_a_noun_phrase_stays_no_count():
    text = "Мердігер үш мектептің құрылысына бөлінген 40 млн теңгені жымқырған."
    assert (3, "item", "other") not in figures(text, "kk")
