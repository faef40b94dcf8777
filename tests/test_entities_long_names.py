"""Issue 12, entities on curated articles, round 2: long names of people and bodies kept whole, in Russian,
Kazakh and Kazakh in the Latin alphabet. Sentences of their own (not the curated sets') through the real
components and models."""

import pytest
import spacy
from entity_readings import found
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.kk.latin_loanwords import with_loanword_letters
from pokazatel.nlp.ru.norm import person_norm

# Kazakh -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Тергеушілер Арман Серікұлы Досжановты ұстады.", "Арман Серікұлы Досжанов"),
    ("Сот Динара Болатқызы Есімоваға үкім шығарды.", "Динара Болатқызы Есімова"),
])
def test_a_kazakh_name_with_a_patronymic_takes_the_surname_after_it(kk_ner, text, person):
    people = [norm for label, norm in found(kk_ner(text)) if label == "PER"]
    assert people == [person]


@pytest.mark.parametrize("text, body", [
    ("Түркістан облысы әкімдігінің жастар саясаты басқармасының басшысы ұсталды.",
     "Түркістан облысы әкімдігінің жастар саясаты басқармасы"),
    ("Семей қаласы әкімдігінің құрылыс және сәулет бөлімінің қызметкерлері тексерілді.",
     "Семей қаласы әкімдігінің құрылыс және сәулет бөлімі"),
])
def test_a_unit_named_in_lower_case_after_a_body_in_the_genitive_is_one_organisation(kk_ner, text, body):
    assert ("ORG", body) in found(kk_ner(text))


def test_a_unit_whose_name_opens_capitalised_after_a_body_in_the_genitive_is_one_organisation(kk_ner):
    text = "Ішкі істер министрлігінің Көші-қон қызметі тексеру жүргізді."
    assert ("ORG", "Ішкі істер министрлігінің Көші-қон қызметі") in found(kk_ner(text))


def test_a_body_in_the_genitive_and_a_clause_after_it_stay_apart(kk_ner):
    text = "Маңғыстау облысы әкімдігінің тапсырысы бойынша құрылыс компаниясы жол салды."
    assert not [norm for label, norm in found(kk_ner(text)) if "тапсырысы" in norm]


def _person_over(doc, first: str, last: str):
    from spacy.tokens import Span

    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last) + 1
    return [Span(doc, start, end, label="PER")]


def test_a_person_run_into_a_place_after_the_genitive_is_cut_there():
    from pokazatel.nlp.kk.entities import org_rules
    from pokazatel.nlp.kk.name_shapes import cut_at_genitive

    doc = spacy.blank("kk")("Тергеушілер Сапаровтың Стамбулдағы үйін тінтті.")
    spans = cut_at_genitive(doc, _person_over(doc, "Сапаровтың", "Стамбулдағы"), org_rules())
    assert [(s.label_, s.text) for s in spans] == [("PER", "Сапаровтың"), ("LOC", "Стамбулдағы")]


def test_a_country_in_the_genitive_is_no_person_and_a_body_is_no_place():
    from pokazatel.nlp.kk.entities import org_rules
    from pokazatel.nlp.kk.name_shapes import cut_at_genitive

    doc = spacy.blank("kk")("Ол Италияның Миланындағы көрмеге барды. Ахметовтың Палатасындағы кабинеті тінтілді.")
    spans = _person_over(doc, "Италияның", "Миланындағы") + _person_over(doc, "Ахметовтың", "Палатасындағы")
    spans = cut_at_genitive(doc, spans, org_rules())
    assert [(s.label_, s.text) for s in spans] == [("LOC", "Миланындағы"), ("PER", "Ахметовтың")]


@pytest.mark.parametrize("text, company", [
    ("Тергеу «Балқаш Су Құбыры» ЖШС-ның есепшісіне қатысты жүргізілді.", "«Балқаш Су Құбыры» ЖШС"),
    ("Қаражат «Арал Тұз» АҚ-тан аударылған.", "«Арал Тұз» АҚ"),
    ("Тексеру «Сайрам Жылу» мемлекеттік коммуналдық кәсіпорнының директорын анықтады.",
     "«Сайрам Жылу» мемлекеттік коммуналдық кәсіпорны"),
    ("Субсидияны «Ақсу Береке» шаруа қожалығының басшысы алған.", "«Ақсу Береке» шаруа қожалығы"),
])
def test_a_quoted_company_keeps_its_legal_form_when_the_form_is_declined(kk_ner, text, company):
    organisations = [norm for label, norm in found(kk_ner(text)) if label == "ORG"]
    assert organisations == [company]


def test_a_nested_quote_before_a_legal_form_closes_one_company(kk_ner):
    text = "Еншілес ұйым «Қазақтелеком» ұлттық компаниясы» АҚ-ның құрамына кіреді."
    assert ("ORG", "«Қазақтелеком» ұлттық компаниясы» АҚ") in found(kk_ner(text))


def test_a_surname_opening_a_sentence_before_a_body_is_the_person(kk_ner):
    text = ("Сот Нұрлан Бекболатовқа үкім шығарды. Бекболатов Қаржы министрлігінде жұмыс істеген кезде пара "
            "алған.")
    entities = found(kk_ner(text))
    assert ("ORG", "Қаржы министрлігі") in entities
    assert not [norm for label, norm in entities if label == "ORG" and "Бекболатов" in norm]


@pytest.mark.parametrize("text", ["Құжаттар сотқа жіберілді.", "Шағымдар прокуратураға түсті."])
def test_a_plural_noun_opening_a_sentence_before_a_body_word_names_nothing(kk_ner, text):
    assert found(kk_ner(text)) == set()


def test_a_press_service_speaks_for_its_body_and_is_no_part_of_its_name(kk_ner):
    text = "Бұл туралы Ішкі істер министрлігінің баспасөз қызметі хабарлады."
    assert ("ORG", "Ішкі істер министрлігі") in found(kk_ner(text))


def test_latin_script_norms_write_loanwords_with_e_as_cyrillic_does():
    assert with_loanword_letters("Енергетика министрлігі") == "Энергетика министрлігі"
    assert with_loanword_letters("Ақтөбе облысы бойынша економикалық тергеу департаменті") == (
        "Ақтөбе облысы бойынша экономикалық тергеу департаменті")
    assert with_loanword_letters("Ерлан Есенов") == "Ерлан Есенов"  # Kazakh words open with Е


def test_a_latin_script_body_is_normed_like_its_cyrillic_spelling():
    from pokazatel.nlp.pipeline import analyse

    text = "Ekologııa mınıstrligi tekserý júrgizdi. Tekserý nátıjesi Bas prokýratýraǵa jiberildi."
    (record,) = analyse([{"id": "x", "text": text, "lang": "kk"}])
    norms = {entity["norm"] for entity in record["entities"]}
    assert "Экология министрлігі" in norms


# Russian ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Бауыржана Кайратовича Сеитова", "Бауыржан Кайратович Сеитов"),
    ("Ербосыну Маратовичу Ахметову", "Ербосын Маратович Ахметов"),
    ("Айгерим Сериковной Омаровой", "Айгерим Сериковна Омарова"),
    ("Гульнары Ерлановны Жумабековой", "Гульнара Ерлановна Жумабекова"),
])
def test_a_first_name_the_list_lacks_takes_the_case_its_patronymic_tells(text, person):
    assert person_norm(text) == person


def test_a_lower_case_unit_before_its_parent_body_is_one_organisation(ner):
    doc = ner("Сотрудники задержали начальника отдела санитарного контроля Департамента здравоохранения по "
              "Жамбылской области Н. Т. Абенова.")
    organisations = [e._.norm for e in doc.ents if e.label_ == "ORG"]
    assert organisations == ["отдел санитарного контроля Департамента здравоохранения по Жамбылской области"]


def test_a_unit_named_by_a_list_of_fields_is_one_organisation(ner):
    doc = ner("Проверка прошла в управлении культуры, архивов и документации акимата Павлодарской области, "
              "ущерб составил 5 млн тенге.")
    organisations = [e._.norm for e in doc.ents if e.label_ == "ORG"]
    assert organisations == ["управление культуры, архивов и документации акимата Павлодарской области"]


def test_a_unit_without_a_name_of_its_own_leaves_its_parent_body_alone(ner):
    doc = ner("Суд вынес приговор бывшему руководителю управления Департамента юстиции по Атырауской области.")
    organisations = [e._.norm for e in doc.ents if e.label_ == "ORG"]
    assert organisations == ["Департамент юстиции по Атырауской области"]


def test_a_list_of_people_stays_apart_from_a_place_after_it(ner):
    doc = ner("Он встретился с министром, акимом и депутатами Алматинской области.")
    assert [(e.label_, e._.norm) for e in doc.ents if e.label_ != "POSITION"] == [("LOC", "Алматинская область")]


@pytest.mark.parametrize("text", ["Материалы направили в Антикор.", "Жалоба поступила от Антикора к вечеру.",
                                  "Он сообщил Антикору о вымогательстве."])
def test_antikor_is_the_agency_in_every_case(ner, text):
    doc = ner(text)
    assert [(e.label_, e._.norm) for e in doc.ents if e.label_ != "POSITION"] == [("ORG", "Антикор")]


def test_a_unit_of_account_is_no_organisation(ner):
    doc = ner("Закон предусматривает штраф до 2 000 МРП, а при повторном нарушении — до 5 000 МРП.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


@pytest.mark.parametrize("text, region", [
    ("В области Жетісу задержан аким села.", "область Жетісу"),
    ("Жители области Улытау пожаловались.", "область Ұлытау"),
    ("Проверка прошла в Абайской области.", "область Абай"),
])
def test_the_regions_formed_in_2022_are_normed_by_their_official_names(ner, text, region):
    assert region in [e._.norm for e in ner(text).ents if e.label_ == "LOC"]
