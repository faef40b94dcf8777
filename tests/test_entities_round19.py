"""Entities, round 19: a verb natasha runs a body into, a body after a place named with "по", a participle before an
institution named after a person, a capitalised committee missed before its field, a foreign body written out with its
state, an application's name, a web address in Kazakh, a body's bare head before a level's adjective, and foreign first
names the Latin alphabet writes without Э. Sentences of their own (not the curated sets' nor the real articles'),
through the real components."""

import pytest


def analysed(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01", "lang": lang}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# A verb natasha ran a body into is no word of it ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Управление экономических расследований Комитета по финансовому мониторингу пресёк вывод средств.",
     "Комитет по финансовому мониторингу"),
    ("Департамент экономических расследований по Туркестанской области Агентства по финансовому мониторингу пресёк "
     "деятельность обменника.", "Агентство по финансовому мониторингу"),
])
def test_a_verb_after_a_body_is_no_part_of_it(text, body):
    found = analysed(text)
    assert ("ORG", body) in found, found
    assert not any("пресёк" in norm for _, norm in found), found


def test_a_body_after_a_place_named_with_po_is_another_body():
    found = analysed("Департамент экономических расследований по Туркестанской области Агентства по финансовому "
                     "мониторингу задержал кассира.")
    assert ("ORG", "Департамент экономических расследований по Туркестанской области") in found, found
    assert ("ORG", "Агентство по финансовому мониторингу") in found, found


# An institution named after a person: its adjectives, no participle before them ------------------------------------

@pytest.mark.parametrize(("text", "institution"), [
    ("Суд приговорил бывшего врача, возглавлявшего городскую больницу имени С. Жандосова, к пяти годам.",
     "городская больница имени С. Жандосова"),
    ("Экс-главврач, руководивший районную поликлинику имени А. Иманова, осуждён в Таразе.",
     "районная поликлиника имени А. Иманова"),
])
def test_a_participle_is_no_part_of_an_institution(text, institution):
    assert ("ORG", institution) in analysed(text)


# A capitalised committee natasha missed, with its field after "по" ------------------------------------------------

def test_a_committee_with_its_field_inside_a_sentence():
    found = analysed("Жалобы на тарифы рассматривает департамент Комитета по регулированию естественных монополий в "
                     "Павлодаре.")
    assert ("ORG", "Комитет по регулированию естественных монополий") in found, found


# A body's field with the object of a noun of control ("по контролю за …") -----------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Управление по контролю за соблюдением трудового законодательства Карагандинской области оштрафовало три "
     "предприятия.", "Управление по контролю за соблюдением трудового законодательства Карагандинской области"),
    ("Материалы переданы в управление по надзору за качеством и безопасностью продукции города Шымкента.",
     "управление по надзору за качеством и безопасностью продукции города Шымкента"),
])
def test_a_body_named_with_the_object_of_its_control(text, body):
    assert ("ORG", body) in analysed(text)


# A foreign body written out in full, with its state: one organisation in Kazakhstan's press ------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Министерство финансов Японии оштрафовало страховую компанию на 3 млрд иен.", "Министерство финансов Японии"),
    ("Комиссия по ценным бумагам Малайзии обвинила бывшего директора фонда в мошенничестве.",
     "Комиссия по ценным бумагам Малайзии"),
])
def test_a_foreign_body_written_out_keeps_its_state(text, body):
    found = analysed(text)
    assert ("ORG", body) in found, found
    assert not {norm for label, norm in found if label == "LOC"}, found


def test_a_foreign_body_by_its_abbreviation_keeps_its_state_apart_in_foreign_news():
    found = analysed("МИД России выразил протест послу Японии.")
    assert ("ORG", "Министерство иностранных дел") in found and ("LOC", "Россия") in found, found


# An application's name is no entity ------------------------------------------------------------------------------

def test_an_applications_name_is_no_organisation():
    found = analysed("Жители Алматы могут сообщить о нарушениях через приложение «Сергек Алматы», напомнили в акимате.")
    assert not {norm for label, norm in found if label == "ORG"}, found


# A web address is no place in Kazakh -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Өтінішті egov.kz порталы арқылы беруге болады, деп хабарлады Павлодар облысының әкімдігі.",
    "Qujattardy egov.kz portaly arqyly tapsyrýǵa bolady, dep habarlady Pavlodar oblysynyń ákimdigi.",
])
def test_a_web_address_is_no_entity_in_kazakh(text):
    found = analysed(text)
    assert not {norm for _, norm in found if "kz" in norm.lower() or "кз" in norm.lower()}, found


# A body's bare head before a level's adjective ends it ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "QOSTANAI. KAZINFORM – Qostanaı oblysy boıynsha Sybaılas jemqorlyqqa qarsy qyzmet oblystyq memlekettik "
    "ekologııalyq baqylaý basqarmasynyń bólim basshysyn ustady.",
    "Қостанай облысы бойынша Сыбайлас жемқорлыққа қарсы қызмет қалалық құрылыс бөлімінің басшысын ұстады.",
])
def test_a_bare_head_before_a_level_adjective_ends_the_body(text):
    found = analysed(text)
    assert ("ORG", "Қостанай облысы бойынша Сыбайлас жемқорлыққа қарсы қызмет") in found, found
    assert not any("басқарма" in norm or "бөлім" in norm for _, norm in found), found


# Foreign first names the Latin alphabet writes without Э -----------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [
    ("ASTANA. KAZINFORM – Bul týraly kompanııanyń baspasóz hatshysy Devıd Braýn málimdedi.", "Дэвид Браун"),
    ("ASTANA. KAZINFORM – Brıtanııalyq jýrnalıst Edvard Smıt suhbat berdi.", "Эдвард Смит"),
    ("ALMATY. KAZINFORM – Amerıkalyq sarapshy Stenlı Uılson baıandama jasady.", "Стэнли Ұйлсон"),
])
def test_a_foreign_first_name_takes_its_e(text, person):
    assert ("PER", person) in analysed(text)


def test_a_kazakh_name_is_left_as_read():
    assert ("PER", "Мерей Сапарова") in analysed("ASTANA. KAZINFORM – Bul týraly Mereı Saparova málimdedi.")


# Words a model tags as a body before a document's head name the document's subject ---------------------------------

def test_a_documents_subject_is_no_body():
    found = analysed("Жиында Мемлекеттік қызметшілердің әдеп кодексінің талаптары, қызметтік этика сұрақтары қаралды.")
    assert not {norm for label, norm in found if label == "ORG"}, found


@pytest.mark.parametrize(("text", "body"), [
    ("Бас прокуратура заңсыз шешімдердің күшін жойды.", "Бас прокуратура"),
    ("Қаржы министрлігі заң жобасын әзірледі.", "Қаржы министрлігі"),
])
def test_a_body_before_a_law_stays(text, body):
    assert ("ORG", body) in analysed(text)
