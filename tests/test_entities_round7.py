"""Entities, round 7 (fresh19's errors: military units and garrisons, bodies named after people with initials,
villages before people, quasi-public companies, foreign names in case forms): the general causes below, each on
sentences of its own (not the curated sets' nor the real articles'), through the real components."""

import pytest
from entity_readings import found
from pokazatel.nlp.kk.latin import to_cyrillic

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


@pytest.mark.parametrize("text, person", [
    ("Допросили бывшего водителя Чэнь Хуаня, ущерб составил 2 млн тенге.", "Чэнь Хуань"),
    ("Следователи допросили бывшего бухгалтера Ли Вэньцзюня, гражданина Китая.", "Ли Вэньцзюнь"),
])
def test_a_foreign_mans_soft_stem_loses_its_case_ending(ner, text, person):
    assert ("PER", person) in found(ner(text))


# Kazakh -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Прокурорлар 4410 әскери бөлімінің қоймасында тексеру жүргізді.", "4410 әскери бөлімі"),
    ("Тергеу 3656 әскери бөлімінің бұрынғы командиріне қатысты.", "3656 әскери бөлімі"),
    ("Ұлттық ұланның 6505 әскери бөлімінің командирі Асқар Нұров ұсталды.", "Ұлттық ұланның 6505 әскери бөлімі"),
    (to_cyrillic("Prokýrorlar 4410 áskerı bóliminiń qoımasynda tekserý júrgizdi.").text, "4410 әскери бөлімі"),
])
def test_a_military_unit_is_named_by_its_number_and_kind(kk_ner, text, unit):
    organisations = {norm for label, norm in found(kk_ner(text)) if label == "ORG"}
    assert organisations == {unit}


@pytest.mark.parametrize("text", ["Ол 2019 әскери жиында болды.", "Тексеру 1250 әскери қызметшіні қамтыды."])
def test_a_number_before_a_military_word_that_names_no_unit_is_no_organisation(kk_ner, text):
    assert not found(kk_ner(text))


@pytest.mark.parametrize("text, company", [
    ("«ҚазАгро» ұлттық басқарушы холдингі» АҚ-ның бұрынғы басшысы ұсталды.",
     "«ҚазАгро» ұлттық басқарушы холдингі» АҚ"),
    ("«ҚазАгро» ұлттық холдингі» АҚ-ның бұрынғы басшысы ұсталды.", "«ҚазАгро» ұлттық холдингі» АҚ"),
    ("«Нұрлы Жол Инвест» ЖШҚ-ның директоры ұсталды.", "«Нұрлы Жол Инвест» ЖШҚ"),
])
def test_a_holding_and_a_russian_limited_company_keep_their_forms(kk_ner, text, company):
    assert ("ORG", company) in found(kk_ner(text))


@pytest.mark.parametrize("text, person", [
    ("Тергеушілер Чэнь Лимин мен Ли Цзиньге айып тақты.", "Ли Цзинь"),
    ("Тергеушілер Ван Цзюньді ұстады.", "Ван Цзюнь"),
])
def test_a_foreign_name_in_a_soft_sign_loses_its_case_ending(kk_ner, text, person):
    assert ("PER", person) in found(kk_ner(text))


def test_a_surname_run_into_a_state_after_it_is_the_person_then_the_state(kk_ner):
    entities = found(kk_ner("Тергеушілер Ерлан Оралбаевтан жауап алды. Оралбаев Ресей Федерациясына кетіп үлгерген."))
    assert ("LOC", "Ресей") in entities
    assert {norm for label, norm in entities if label == "PER"} == {"Ерлан Оралбаев"}


@pytest.mark.parametrize("text", ["Ерлан Сейітов, Ұлттық ұлан Бас қолбасшысының кеңесшісі, мәлімдеді.",
                                  "Ұлттық ұлан Бас қолбасшысының орынбасары Асқар Нұров марапатталды."])
def test_a_known_body_in_the_bare_form_before_a_post_stays_an_organisation(kk_ner, text):
    assert ("ORG", "Ұлттық ұлан") in found(kk_ner(text))


@pytest.mark.parametrize("latin, cyrillic_norm, norm", [
    ("«KEGOC» AQ-nyń Aqmola fılıalynyń dırektory ustaldy.", "«КЕГОЦ» АҚ-ның Ақмола филиалы",
     "«KEGOC» АҚ-ның Ақмола филиалы"),
    ("«Qazaqtelekom» AQ-nyń dırektory ustaldy.", "«Қазақтелеком» АҚ", "«Қазақтелеком» АҚ"),
])
def test_a_quoted_foreign_name_inside_a_latin_script_name_keeps_its_spelling(latin, cyrillic_norm, norm):
    from pokazatel.nlp.kk.latin import point_into_original

    transliteration = to_cyrillic(latin)
    words = transliteration.text.split(" ")
    surface = " ".join(words[:4] if "филиал" in cyrillic_norm else words[:2])
    start = transliteration.text.index(surface)
    entity = {"label": "ORG", "text": surface, "norm": cyrillic_norm, "start": start, "end": start + len(surface)}
    record = point_into_original({"entities": [entity], "positions": [], "statistics": []}, transliteration)
    assert record["entities"][0]["norm"] == norm


@pytest.mark.parametrize("text", [
    "Іс бойынша аудан әкімінің орынбасары жауап берді. Аудандық білім бөлімі мектептерде тексеру бастады.",
    "Қарыз төленбеді. Облыстық денсаулық сақтау басқармасының басшысы Б. Оспанов бұл туралы айтты.",
    to_cyrillic("Is boıynsha aýdan ákiminiń orynbasary jaýap berdi. Aýdandyq bilim bólimi mektepterde tekserý "
                "bastady.").text,
])
def test_a_level_and_a_lower_case_unit_opening_a_sentence_name_no_body(kk_ner, text):
    assert not [norm for label, norm in found(kk_ner(text)) if label == "ORG"]


def test_a_noun_and_a_lower_case_name_opening_a_sentence_still_name_a_ministry(kk_ner):
    text = "Жиын өтті. Ауыл шаруашылығы министрлігі жаңа бағдарлама ұсынды."
    assert ("ORG", "Ауыл шаруашылығы министрлігі") in found(kk_ner(text))


@pytest.mark.parametrize("text, body", [
    ("Тергеу аяқталды. Қ. Жұбанов атындағы Батыс Қазақстан университетінің проректоры ұсталды.",
     "Қ. Жұбанов атындағы Батыс Қазақстан университеті"),
    ("Тергеу аяқталды. С. Асфендияров атындағы Қазақ медицина университетінің проректоры ұсталды.",
     "С. Асфендияров атындағы Қазақ медицина университеті"),
])
def test_a_body_named_after_a_person_may_open_its_own_name_capitalised(kk_ner, text, body):
    entities = found(kk_ner(text))
    assert ("ORG", body) in entities
    assert not [norm for label, norm in entities if label in ("PER", "LOC")]
