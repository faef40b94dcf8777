"""The statistics extractor on round 13's phrasing (issue 11: fresh19's errors and earlier sets' leftovers): a number
a Kazakh military unit is known by counts nobody; Kazakh "айып тақты" charges the people it names; the givers of
money counted by those they stand for ("от родителей 14 учеников") are a figure of their own, not the setting. Every
sentence is written for these tests, none copied from an evaluation set."""

from datetime import date

import pytest
from pokazatel.nlp.figures.extractor import extract_statistics

PUBLISHED = date(2026, 10, 20)


def figures(text: str, lang: str = "ru") -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["event"]) for r in extract_statistics(text, lang, PUBLISHED)]


def counted(text: str, lang: str = "ru") -> list[tuple[float, str, str, str]]:
    return [(r["value"], r["unit"], r["event"], r["object"]) for r in extract_statistics(text, lang, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Әскери сот 4521 әскери бөлімінің бұрынғы командирі Ерлан Сейітовке пара алғаны үшін үкім шығарды. Оған 6 "
         "жылға бас бостандығынан айыру жазасы тағайындалды.", [(6, "year", "prison_term")]),
        ("Пара алған 7702 әскери бөлімі қаржы бөлімінің басшысы сотталды.", []),
    ],
)
def test_a_kazakh_military_units_number_counts_nobody(text, expected):
    assert figures(text, "kk") == expected


def test_kazakh_servicemen_counted_are_still_people():
    assert figures("Пара алғаны үшін 3 әскери қызметші сотталды.", "kk") == [(3, "person", "convicted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Антикор аудандық әкімдіктің екі қызметкеріне – Ержан Әлиевке және Сәуле Нұрғалиеваға – пара алды деген айып "
         "тақты.", [(2, "person", "charged", "қызметкер")]),
        ("Департамент бес шенеунікке бюджет қаражатын жымқырды деген айып тақты.", [(5, "person", "charged",
                                                                                    "шенеунік")]),
    ],
)
def test_kazakh_ayip_taqty_charges_the_people_it_names(text, expected):
    assert counted(text, "kk") == expected


def test_the_givers_counted_by_whom_they_stand_for_are_a_figure():
    text = "Директор гимназии получила от родителей 12 учеников взятки на общую сумму 1,8 млн тенге."
    assert counted(text) == [(12, "person", "other", "ученик"), (1800000, "KZT", "bribe", "")]


def test_pupils_of_the_setting_are_still_no_figure():
    assert figures("В гимназии обучаются 800 учеников. Директор задержан при получении взятки.") == []
