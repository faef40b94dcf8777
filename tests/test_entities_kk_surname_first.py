"""A Kazakh name written surname first ("Есенова Гүлнар Маратқызы") is one person however the models cut it: a first
name and a Kazakh patronymic take the surname in the nominative right before them. Sentences of their own through the
real Kazakh entity component and models."""

import pytest
from entity_readings import found


@pytest.mark.parametrize("text, person", [
    ("Жақыпова Айнұр Серікқызының ісі сотқа жолданды.", "Жақыпова Айнұр Серікқызы"),
    ("Сот Омаров Ержан Болатұлының ісін қарады.", "Омаров Ержан Болатұлы"),
    ("Қаржы бөлімінің басшысы Төлеуов Асқар Маратұлы қызметінен босатылды.", "Төлеуов Асқар Маратұлы"),
    ("Сәрсенова Гүлмира Асқарқызының ісі сотқа жолданды.", "Сәрсенова Гүлмира Асқарқызы"),
    ("Бекова Сәуле Ерланқызы 3 млн теңге жымқырды.", "Бекова Сәуле Ерланқызы"),
    ("Нұрланов Бауыржан Серікұлына айып тағылды.", "Нұрланов Бауыржан Серікұлы"),
])
def test_a_surname_before_a_first_name_and_patronymic_is_the_same_person(kk_ner, text, person):
    people = [norm for label, norm in found(kk_ner(text)) if label == "PER"]
    assert people == [person]


@pytest.mark.parametrize("text, person", [
    ("Директор Айнұр Серікқызы қызметінен босатылды.", "Айнұр Серікқызы"),
    ("Облыс прокуроры Ержан Болатұлы мәлімдеді.", "Ержан Болатұлы"),
])
def test_a_post_before_a_first_name_and_patronymic_is_no_surname(kk_ner, text, person):
    people = [norm for label, norm in found(kk_ner(text)) if label == "PER"]
    assert people == [person]
