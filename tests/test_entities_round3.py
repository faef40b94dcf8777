"""Issue 12, entities on curated articles, round 3: lower-case and abbreviated bodies, numbered institutions,
bodies named after people, foreign states' bodies, initials after a surname, sentence openers run into names, and
places named otherwise than their gazetteer name. Sentences of their own (not the curated sets') through the real
components and models."""

import pytest
from entity_readings import found
from pokazatel.nlp.pipeline import analyse

# Kazakh -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Әл-Фараби атындағы Қазақ ұлттық университетінің профессоры ұсталды.",
     "Әл-Фараби атындағы Қазақ ұлттық университеті"),
    ("Сәкен Сейфуллин атындағы Қазақ агротехникалық университетінде тексеру өтті.",
     "Сәкен Сейфуллин атындағы Қазақ агротехникалық университеті"),
])
def test_a_body_named_after_a_person_is_one_organisation(kk_ner, text, body):
    entities = found(kk_ner(text))
    assert ("ORG", body) in entities
    assert not [norm for label, norm in entities if label == "PER"]


@pytest.mark.parametrize("text, body", [
    ("Солтүстік Қазақстан облыстық соты шағымды қанағаттандырмады.", "Солтүстік Қазақстан облыстық соты"),
    ("Абай облыстық сотының алқасы үкімді бұзды.", "Абай облыстық соты"),
])
def test_a_regional_body_named_with_the_region_adjective_is_one_organisation(kk_ner, text, body):
    entities = found(kk_ner(text))
    assert ("ORG", body) in entities
    assert not [norm for label, norm in entities if label == "PER"]


def test_a_branch_in_a_region_named_by_its_abbreviation_is_one_organisation(kk_ner):
    entities = found(kk_ner("Істі ШҚО бойынша экономикалық тергеу департаменті қозғады."))
    assert ("ORG", "ШҚО бойынша экономикалық тергеу департаменті") in entities


def test_a_body_named_by_its_abbreviation_is_an_organisation(kk_ner):
    assert ("ORG", "ЭТД") in found(kk_ner("Қылмыстық істі ЭТД тергеуде."))


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name_after_it(kk_ner):
    entities = found(kk_ner("Ақша Талдықорғанда берілген. Сотталғандар Ерлан Болатұлы Сәрсенбаев екені анықталды."))
    assert ("PER", "Ерлан Болатұлы Сәрсенбаев") in entities
    assert not [norm for label, norm in entities if norm.startswith(("Ақша", "Сотталғандар"))]


def test_no_name_runs_across_the_end_of_a_sentence(kk_ner):
    doc = kk_ner("Куәгер Айгүл Серікқызы Темірова. Жиналысқа аудан әкімі қатысты.")
    assert not [e for e in doc.ents if "." in e.text and not e.text.endswith(".")]


@pytest.mark.parametrize("text, person", [
    ("Облыс әкімі Нұрлан Бекұлы Жаманқұл жиналыс өткізді.", "Нұрлан Бекұлы Жаманқұл"),
    ("Тергеу Асылбек Маратұлы Әбдіхали туралы деректерді тексерді.", "Асылбек Маратұлы Әбдіхали"),
])
def test_any_capitalised_surname_after_a_patronymic_closes_the_name(kk_ner, text, person):
    assert ("PER", person) in found(kk_ner(text))


def test_a_numbered_school_lyceum_is_an_organisation(kk_ner):
    assert ("ORG", "№ 17 мектеп-лицей") in found(kk_ner("№ 17 мектеп-лицейдің директоры жұмыстан шығарылды."))


# Russian ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Суд вынес приговор бухгалтеру Сейтказиевой Г. Б.", "Сейтказиева Г. Б."),
    ("Задержан аким села Ержанов К. Т. Ему предъявлено обвинение.", "Ержанов К. Т."),
])
def test_initials_after_a_surname_keep_their_last_stop(ner, text, person):
    assert ("PER", person) in found(ner(text))


@pytest.mark.parametrize("text, body", [
    ("Директор гимназии № 12 задержан в Таразе.", "гимназия № 12"),
    ("Главврач поликлиники № 3 Актобе получил взятку в 2 млн тенге.", "поликлиника № 3 Актобе"),
])
def test_numbered_institutions_are_organisations(ner, text, body):
    assert ("ORG", body) in found(ner(text))


@pytest.mark.parametrize("text", [
    "В школе прошёл урок честности для учеников из Атырау.",
    "Оборудование поставили в городскую больницу Кокшетау по завышенной цене в тенге.",
])
def test_an_institution_without_a_number_is_no_organisation(ner, text):
    assert not [e for e in ner(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, body", [
    ("Аким Тараза сообщил, что дело передано в МВД Узбекистана.", "МВД Узбекистана"),
    ("Взятку в тенге обнаружили при содействии Генеральной прокуратуры Российской Федерации.",
     "Генеральная прокуратура Российской Федерации"),
])
def test_a_body_and_its_foreign_state_are_one_organisation_in_kazakhstan_news(ner, text, body):
    assert ("ORG", body) in found(ner(text))


def test_outside_kazakhstan_news_a_body_and_its_state_stay_apart(ner):
    entities = found(ner("Пресс-служба МВД России сообщила о задержании."))
    assert ("LOC", "Россия") in entities


@pytest.mark.parametrize("text, written, canonical", [
    ("В ЗКО задержаны двое чиновников, сообщили в Уральске.", "ЗКО", "Западно-Казахстанская область"),
    ("Стройка в Нур-Султане шла с 2019 года.", "Нур-Султан", "Астана"),
])
def test_a_place_keeps_the_name_the_text_gives_it(ner, text, written, canonical):
    places = {(e._.norm, e._.place) for e in ner(text).ents if e.label_ == "LOC"}
    assert (written, canonical) in places


def test_a_place_named_by_its_gazetteer_name_has_no_second_name(ner):
    places = [(e._.norm, e._.place) for e in ner("Задержан чиновник в Западно-Казахстанской области.").ents]
    assert places == [("Западно-Казахстанская область", None)]


def test_a_figure_region_is_the_gazetteer_name_of_a_place_written_otherwise():
    text = ("С начала года в СКО за коррупционные преступления осуждены 14 должностных лиц. "
            "Об этом сообщили в департаменте Агентства по противодействию коррупции.")
    record = next(iter(analyse([{"id": 1, "text": text, "lang": "ru", "title": "Коррупция в СКО"}])))
    assert {"text": "СКО", "norm": "СКО", "place": "Северо-Казахстанская область"}.items() <= next(
        e for e in record["entities"] if e["label"] == "LOC").items()
    assert [f["region"] for f in record["statistics"]] == ["Северо-Казахстанская область"]


def test_a_body_named_in_lower_case_by_its_full_name_is_an_organisation(ner):
    entities = found(ner("Материалы переданы в департамент экономических расследований, сообщили в акимате Тараза."))
    assert ("ORG", "Департамент экономических расследований") in entities


def test_a_region_named_after_a_person_does_not_run_into_the_next_name(ner):
    text = "Это сообщил начальник Департамента полиции по области Абай Ерлан Каиржанов. Ущерб 3 млн тенге."
    entities = found(ner(text))
    assert ("PER", "Ерлан Каиржанов") in entities
    assert ("ORG", "Департамент полиции по области Абай") in entities


def test_a_name_takes_the_case_of_a_person_noun_a_few_genitive_words_before(ner):
    entities = found(ner("Документы подписывал через заместителя начальника отдела Соколова Т. Р. Потом всё вскрылось."
                         ))
    assert ("PER", "Соколов Т. Р.") in entities


def test_a_one_word_sentence_opener_written_in_lower_case_elsewhere_is_no_name(kk_ner):
    doc = kk_ner("Ауданда қоғамдық кеңес отырысы өтті. Кеңеске аудандық прокуратура өкілдері қатысты.")
    assert not [e for e in doc.ents if e.text.startswith("Кеңес")]


def test_a_place_opening_an_article_stays_though_its_word_is_written_in_lower_case_elsewhere(kk_ner):
    doc = kk_ner("АСТАНА. Италияның астанасы Рим қаласында жаңа ереже енгізілді.")
    assert ("LOC", "астана") in {(e.label_, e._.norm.casefold()) for e in doc.ents}


def test_a_former_name_of_a_city_is_a_place_in_kazakh(kk_ner):
    entities = found(kk_ner("Ол Целиноградта туған, қала кейін Астана деп аталды."))
    assert ("LOC", "Целиноград") in entities


def test_a_first_name_that_is_also_a_word_still_opens_a_name(kk_ner):
    assert ("PER", "Айдар Жолдасов") in found(kk_ner("Айдар Жолдасов жиналыста сөз сөйледі."))
