"""Issue 12, entities on curated articles, Kazakh side: sentences of their own through the real Kazakh
component (shipped models), for the general causes the curated sets' errors showed."""

import pytest
import spacy
from entity_readings import found
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.kk.lower_case_elsewhere import is_lower_case_elsewhere


@pytest.mark.parametrize("text, post", [
    ("Сот Ерлан Бекмағанбетовты 6 жылға соттады. Бекмағанбетов аудан әкімі қызметін 2018 жылдан бері атқарған.",
     "Бекмағанбетов аудан әкімі қызметі"),
    ("Астана қаласының сотында Марат Сейітқалиевке үкім шығарылды. Сейітқалиев ауыл әкімі лауазымында жұмыс "
     "істеген.", "Сейітқалиев ауыл"),
])
def test_a_surname_opening_a_description_of_the_persons_post_is_the_person(kk_ner, text, post):
    entities = found(kk_ner(text))
    assert not [norm for _, norm in entities if norm == post]
    assert [label for label, norm in entities if post.startswith(norm.split()[-1])] == ["PER"]


def test_a_word_the_article_writes_in_lower_case_elsewhere_is_a_common_word():
    nlp = spacy.blank("kk")
    doc = nlp("Әкімдік қызметкерлеріне 12 млн теңге негізсіз сыйақы төленген. "
              "Сыйақы алғандардың бесеуі бөлім басшылары.")
    opening = next(t.i for t in doc if t.text == "Сыйақы")
    assert is_lower_case_elsewhere(doc[opening:opening + 1])


def test_a_name_is_not_a_common_word_for_sharing_a_sentence_with_others():
    nlp = spacy.blank("kk")
    doc = nlp("Павлодар облысында 40 қылмыс тіркелді. Павлодарда тексеру жалғасып жатыр.")
    opening = next(t.i for t in doc if t.text == "Павлодарда")
    assert not is_lower_case_elsewhere(doc[opening:opening + 1])
    assert not is_lower_case_elsewhere(doc[0:2])  # only one-word spans are judged


def test_a_word_is_not_lower_case_elsewhere_for_being_lower_case_itself():
    nlp = spacy.blank("kk")
    doc = nlp("сыйақы төленген. Сыйақы алғандар бесеу. Төленген ақша қайтарылды.")
    assert not is_lower_case_elsewhere(doc[0:1])  # the only lower-case "сыйақы" is this one
    assert is_lower_case_elsewhere(doc[3:4])  # "Сыйақы": the first word is it in lower case
    assert is_lower_case_elsewhere(doc[7:8])  # "Төленген", asked of the same Doc after the others
    assert not is_lower_case_elsewhere(doc[1:2])  # "төленген" has no other lower-case form in the article


@pytest.mark.parametrize("text, name", [
    ("Transparency International uıymy", "Transparency International"),
    ("Washington Post gazetiniń", "Washington Post"),
    ("Qazaqstan", None),  # Kazakh read back into Cyrillic
    ("Asqar Temirbekov", None),
    ("Aleksandr Shevchenko", None),  # "ch" is the Kazakh alphabet's Ч
    ("Sybaılas jemqorlyqqa qarsy is-qımyl agenttigi", None),
])
def test_a_foreign_name_in_latin_script_kazakh_keeps_its_own_spelling(text, name):
    from pokazatel.nlp.kk.foreign_names import foreign_name

    assert foreign_name(text) == name


def test_a_foreign_organisation_in_a_latin_script_article_is_normed_as_written():
    from pokazatel.nlp.pipeline import analyse

    text = ("Sarapshylar Transparency International uıymynyń baıandamasyn talqylady. "
            "Baıandamada Qazaqstan týraly aıtyldy.")
    (record,) = analyse([{"id": "x", "text": text, "lang": "kk"}])
    norms = {entity["norm"] for entity in record["entities"]}
    assert "Transparency International" in norms
    assert not [norm for norm in norms if "Транспаренц" in norm]
