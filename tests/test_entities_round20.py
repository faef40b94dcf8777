"""Entities, round 20: lower-case units in the plural before the body they belong to, a region's name written
with Russian letters for its official Kazakh ones, a unit opening a sentence before its parent body, and a state's
Ь the Latin alphabet drops. Sentences of their own (not the curated sets' nor the real
articles'), through the real components."""

import pytest


def analysed(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01", "lang": lang}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# Several units named by their kind in the plural are no body; the body after them is ---------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Комиссия по этике рассмотрела дисциплинарные дела трёх начальников отделов акимата Зерендинского района.",
     "акимат Зерендинского района"),
    ("Жалобы поступили на работников управлений акимата Павлодарской области, нарушивших сроки.",
     "акимат Павлодарской области"),
])
def test_plural_units_before_a_body_are_no_part_of_it(text, body):
    found = analysed(text)
    assert ("ORG", body) in found, found
    assert not any(norm.startswith(("отдел", "управлен")) for _, norm in found), found


def test_a_single_unit_before_a_body_still_names_it():
    found = analysed("Начальник отдела образования акимата Зерендинского района задержан.")
    assert not any(norm.startswith("акимат") for _, norm in found), found


# A region's official Kazakh letters written with Russian ones keep the text's spelling -------------------------------

def test_a_region_written_with_russian_letters_keeps_its_spelling():
    found = analysed("Депутат сообщил, что в области Жетысу возбуждено дело против застройщика из Талдыкоргана.")
    assert ("LOC", "область Жетысу") in found, found
    assert ("LOC", "область Жетісу") not in found, found


def test_a_region_written_with_its_official_letters_keeps_them():
    found = analysed("Депутат сообщил, что в области Жетісу возбуждено дело против застройщика из Талдыкоргана.")
    assert ("LOC", "область Жетісу") in found, found


# A unit opening a sentence before the capitalised body it belongs to opens the name --------------------------------

def test_a_unit_opening_a_sentence_opens_its_parents_name():
    found = analysed("Проверка завершена. Департамент Комитета по регулированию естественных монополий по Павлодарской "
                     "области оштрафовал предприятие.")
    assert ("ORG", "Департамент Комитета по регулированию естественных монополий по Павлодарской области") in found, \
        found


# A state's name written with Ь in Cyrillic takes it back from the Latin alphabet ------------------------------------

def test_a_state_latin_writes_without_soft_sign_takes_it_back():
    found = analysed("Sońǵy jyldary Vetnamda parashylyqqa qarsy naýqan júrip jatyr, dep habarlady agenttik.")
    assert ("LOC", "Вьетнам") in found, found
