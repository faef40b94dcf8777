"""Entities, round 7 (fresh19's errors: military units and garrisons, bodies named after people with initials,
villages before people, quasi-public companies, foreign names in case forms): the general causes below, each on
sentences of its own (not the curated sets' nor the real articles'), through the real components."""

import pytest


def found(doc) -> set[tuple[str, str]]:
    return {(e.label_, e._.norm) for e in doc.ents}


# Russian ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Солдат войсковой части 6677 Национальной гвардии получил взятку в 100 тысяч тенге.",
     "войсковая часть 6677 Национальной гвардии"),
    ("Командир воинской части 3517 Министерства обороны продал бензин на 2 млн тенге.",
     "воинская часть 3517 Министерства обороны"),
    ("В войсковой части № 5512 прошла проверка, ущерб составил 4 млн тенге.", "войсковая часть № 5512"),
])
def test_a_military_unit_is_named_by_its_kind_and_number(ner, text, unit):
    assert ("ORG", unit) in found(ner(text))


def test_a_unit_kind_without_a_number_names_nothing(ner):
    assert not found(ner("Часть 3 статьи 189 УК применили к солдату войсковой части."))


@pytest.mark.parametrize("text, body", [
    ("О хищении 2 млн тенге сообщила военная прокуратура Актюбинского гарнизона.",
     "военная прокуратура Актюбинского гарнизона"),
    ("Военный суд Алматинского гарнизона арестовал майора за взятку в 500 тысяч тенге.",
     "Военный суд Алматинского гарнизона"),
])
def test_a_garrison_after_its_body_is_part_of_the_body(ner, text, body):
    entities = found(ner(text))
    assert ("ORG", body) in entities
    assert not [norm for label, norm in entities if label == "LOC"]


@pytest.mark.parametrize("text, body, person", [
    ("Учитель гимназии № 7 имени А. Байтурсынова Олег Петров уволен, ущерб 3 млн тенге.",
     "гимназия № 7 имени А. Байтурсынова", "Олег Петров"),
    ("Проректор Жезказганского университета имени академика О. А. Байконурова Ерлан Жумабеков получил 5 млн тенге.",
     "Жезказганский университет имени академика О. А. Байконурова", "Ерлан Жумабеков"),
])
def test_a_body_named_after_a_person_with_initials_keeps_them_and_the_next_person(ner, text, body, person):
    entities = found(ner(text))
    assert ("ORG", body) in entities
    assert {norm for label, norm in entities if label == "PER"} == {person}


def test_a_village_before_a_person_is_a_place_and_the_person_after_it(ner):
    entities = found(ner("Суд вынес приговор бывшему акиму аула Кенжарык Б. Омаровой, ущерб 3 млн тенге."))
    assert {("LOC", "Кенжарык"), ("PER", "Б. Омарова")} <= entities
