"""The statistics extractor on what figure rounds 20 and 21 left (figure round 22): a part of a total counted in the
same sentence, a former owner's earlier sentence told of confiscated property, what forged papers claimed, a
survey's sample, the Kazakh bribe noun's genitive and possessive, a loan asked of a bank. Every sentence is written
for these tests, none copied from an evaluation set; Kazakh in the Latin alphabet is read through its Cyrillic
spelling, as the pipeline reads it."""

from datetime import date

import pytest
from figure_readings import FigureReader
from pokazatel.nlp.kk.latin import to_cyrillic

reader = FigureReader(date(2026, 12, 7))
figures = reader.figures

RU_BRIBERY = "Дело о взятках расследует Антикор. "
KK_BRIBERY = "Пара алу фактісі бойынша іс қозғалды. "
RU_FRAUD = "Возбуждено дело о мошенничестве с бюджетными субсидиями. "


def latin(text: str) -> str:
    return to_cyrillic(text).text


def test_a_part_of_a_later_total_is_no_figure():
    found = figures(RU_BRIBERY + "Позже под подозрение попали бывший заместитель акима и трое инженеров – всего пятеро "
                    "фигурантов.")
    assert found == [(5, "person", "charged")]


def test_parts_joined_before_a_total_in_all_are_no_figures():
    found = figures(RU_BRIBERY + "Задержаны двое полицейских и трое посредников, в общей сложности пять человек.")
    assert found == [(5, "person", "detained")]


def test_a_part_with_an_event_of_its_own_before_the_total_stays():
    found = figures(RU_BRIBERY + "Задержаны трое чиновников, ещё двое объявлены в розыск – всего пятеро фигурантов.")
    assert (3, "person", "detained") in found


@pytest.mark.parametrize(
    "text",
    [
        KK_BRIBERY + "Кейін бұрынғы басшы мен үш инженер күдікті деп танылды, барлығы төрт адам.",
        latin("Para alý fakticі boıynsha is qozǵaldy. Keıin buryńǵy basshy men úsh ınjener kúdikti dep tanyldy, "
              "barlyǵy tórt adam."),
    ],
)
def test_a_kazakh_part_before_a_total_added_after_a_comma_is_no_figure(text):
    found = figures(text, "kk")
    assert (4, "person", "charged") in found
    assert not any(value == 3 for value, _, _ in found)


def test_a_former_owners_earlier_sentence_is_no_figure():
    assert not any(unit == "year" for _, unit, _ in figures(
        "На торги выставлен особняк, ранее принадлежавший бывшему акиму района Нурланову, осужденному в 2023 году к "
        "9 годам лишения свободы за взятки."))


def test_a_sentence_told_of_a_convict_who_acts_stays():
    assert (10, "year", "prison_term") in figures(
        "Бывший аким, осуждённый к 10 годам лишения свободы за взятки, обжаловал приговор.")
    assert (6, "year", "prison_term") in figures("Владелец компании, осуждённый к 6 годам за взятку, вышел по УДО.")


@pytest.mark.parametrize(
    "text",
    [
        "Аукционға бұрын пара алғаны үшін 9 жылға сотталған бұрынғы әкімге тиесілі үй шығарылды.",
        latin("Aýksıonǵa buryn para alǵany úshin 9 jylǵa sottalǵan buryńǵy ákimge tıesili úı shyǵaryldy."),
    ],
)
def test_a_kazakh_former_owners_sentence_is_no_figure(text):
    assert not any(unit == "year" for _, unit, _ in figures(text, "kk"))


def test_a_kazakh_sentence_given_stays():
    assert (9, "year", "prison_term") in figures(
        "Бұрынғы әкім пара алғаны үшін 9 жылға сотталды, оған тиесілі үй тәркіленді.", "kk")


@pytest.mark.parametrize(
    "text",
    [
        "Фермер представил в акимат фиктивные документы о покупке 400 голов крупного рогатого скота и получил "
        "субсидии на 60 млн тенге.",
        "По поддельным справкам о приеме на работу 12 человек директор получил из бюджета 30 млн тенге.",
    ],
)
def test_what_forged_papers_claim_is_no_figure(text):
    found = figures(RU_FRAUD + text)
    assert [unit for _, unit, _ in found] == ["KZT"]
    assert found[0][2] == "damage"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_BRIBERY + "В опросе участвовали 1 200 жителей области; 40% признались, что давали взятку.", "ru"),
        (RU_BRIBERY + "В исследовании участвовали 3 000 предпринимателей, каждый пятый сталкивался с взяткой.", "ru"),
        (KK_BRIBERY + "Сауалнамаға 1 500 адам қатысты, респонденттердің 35 пайызы пара бергенін мойындады.", "kk"),
    ],
)
def test_a_surveys_sample_is_no_figure(text, lang):
    assert not any(unit == "person" for _, unit, _ in figures(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "Биыл параның орташа мөлшері 900 мың теңгеге жетті.",
        latin("Bıyl paranyń ortasha mólsheri 900 myń teńgege jetti."),
    ],
)
def test_the_kazakh_bribe_nouns_genitive_tells_of_corruption(text):
    assert figures(text, "kk") == [(900_000, "KZT", "bribe")]


def test_the_russian_average_bribe_as_before():
    assert figures("В этом году средний размер взятки составил 900 тысяч тенге.") == [(900_000, "KZT", "bribe")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ол банктен 20 млн теңге несие сұраған, бірақ кейін шенеунікке 2 млн теңге пара берген.", "kk"),
        (latin("Ol bankten 20 mln teńge nesıe suraǵan, biraq keıin sheneýnikke 2 mln teńge para bergen."), "kk"),
        ("Кәсіпкер банктен 20 млн теңге кредит сұрап, шенеунікке 2 млн теңге пара берген.", "kk"),
        ("Он просил в банке кредит на 20 млн тенге, а чиновнику передал взятку 2 млн тенге.", "ru"),
    ],
)
def test_a_loan_asked_of_a_bank_is_no_bribe(text, lang):
    assert figures(text, lang) == [(2_000_000, "KZT", "bribe")]


def test_a_loan_taken_unlawfully_stays_damage():
    assert figures("Директор незаконно получил кредит на 300 млн тенге, которые похитил.") == [
        (300_000_000, "KZT", "damage")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_BRIBERY + "Чиновник получил 5 млн тенге за одобрение кредита.", "ru"),
        (KK_BRIBERY + "Банк қызметкері несие беру үшін 3 млн теңге алған.", "kk"),
    ],
)
def test_money_taken_for_granting_a_loan_stays_a_bribe(text, lang):
    assert [event for _, _, event in figures(text, lang)] == ["bribe"]
