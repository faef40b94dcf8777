"""Nominative forms of names, bodies and places, through real pymorphy3."""

import pytest
from pokazatel.nlp.ru.norm import entity_norm, first_name_reading, person_norm, phrase_norm, restore_case


@pytest.mark.parametrize(("mention", "expected"), [
    ("Олжаса Бектенова", "Олжас Бектенов"),          # genitive, masculine
    ("Виктору Сапарову", "Виктор Сапаров"),         # not in the name list: pymorphy decides
    ("Бауыржаном Тулегеновым", "Бауыржан Тулегенов"),  # instrumental
    ("Айгерим Касымовой", "Айгерим Касымова"),     # indeclinable female name, the surname tells the case
    ("Гульнары Сейтовой", "Гульнара Сейтова"),     # declined female name
    ("Мадина Оспанова", "Мадина Оспанова"),        # nominative feminine stays
    ("Абылая Жумабаева", "Абылай Жумабаев"),       # -й names: Абылай -> Абылая
    ("Сергея Петровича Иванова", "Сергей Петрович Иванов"),
])
def test_people_are_put_in_the_nominative_of_their_gender(mention, expected):
    assert person_norm(mention) == expected


@pytest.mark.parametrize(("mention", "label", "expected"), [
    ("Антикоррупционной службе", "ORG", "Антикоррупционная служба"),
    ("Алматинской области", "LOC", "Алматинская область"),
    ("Генпрокуратурой", "ORG", "Генпрокуратура"),
    ("Управлением образования Павлодарской области", "ORG", "Управление образования Павлодарской области"),
    ("Западно-Казахстанской областной больнице", "ORG", "Западно-Казахстанская областная больница"),
    ("Аральском районе", "LOC", "Аральский район"),
    ("прокуратуры Абайской области", "ORG", "прокуратура Абайской области"),
    ("ТОО «Береке Строй»", "ORG", "ТОО «Береке Строй»"),
    ("Национального банка", "ORG", "Национальный банк"),
])
def test_head_noun_goes_to_the_nominative_and_adjectives_agree(mention, label, expected):
    assert entity_norm(mention, label) == expected


def test_plural_administrative_units_become_singular():
    assert phrase_norm("Жамбылской областях", "LOC") == "Жамбылская область"


def test_an_adjective_alone_borrows_the_noun_it_shares():
    assert phrase_norm("Акмолинской", "LOC", head_noun="областях") == "Акмолинская область"


def test_words_already_nominative_are_left_alone():
    assert entity_norm("Высший судебный совет", "ORG") == "Высший судебный совет"
    assert entity_norm("Бейнеу", "LOC") == "Бейнеу"


def test_capitalisation_follows_the_original():
    assert restore_case("КГД", "кгд") == "КГД"
    assert restore_case("Северо-Казахстанской", "северо-казахстанская") == "Северо-Казахстанская"


def test_first_names_tell_gender_and_case():
    assert first_name_reading("Нурлана") == ("masc", "gent", "нурлан")
    assert first_name_reading("Асель") == ("femn", None, "асель")
    assert first_name_reading("Столом") is None


@pytest.mark.parametrize(("mention", "expected"), [
    ("Мерке", "Мерке"),  # pymorphy alone reads it as the dative of "мерка"
    ("Шу", "Шу"),
    ("Курмангазинском районе", "Курмангазинский район"),
    ("Кордая", "Кордай"),
    ("Приозерске", "Приозерск"),  # the gazetteer writes "ё", the text does not
    ("Мерке Жамбылской области", "Мерке Жамбылской области"),  # the rest stays as written
])
def test_a_place_the_gazetteer_knows_takes_the_gazetteers_nominative(mention, expected):
    assert entity_norm(mention, "LOC") == expected


def test_a_place_unknown_to_the_gazetteer_still_declines():
    assert entity_norm("Кремле", "LOC") == "Кремль"
    assert entity_norm("Лубянке", "LOC") == "Лубянка"
