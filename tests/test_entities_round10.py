"""Entities, round 10 (fresh23's and fresh21's errors, each set measured once before any of these rules, and the
leftovers of round 9). Each rule on sentences of its own (not the curated sets' nor the real articles'), through the
real components."""

import pytest
from entity_readings import found_names as found
from pokazatel.nlp.kk.latin import to_cyrillic
from pokazatel.nlp.ru.norm import person_norm

# A person named with the patronymic, then by the first name and surname ------------------------------------------

@pytest.mark.parametrize("text", [
    "Департамент басшысы Нұрлан Серікұлы Керімбаев мәлімдеді. Кейін Нұрлан Керімбаев сұрақтарға жауап берді.",
    "Нұрлан Серікұлы Керімбаевтың айтуынша, 12 іс тіркелді. Нұрлан Керімбаевқа сұрақ қойылды.",
])
def test_a_kazakh_first_name_and_surname_are_the_person_named_with_the_patronymic(kk_ner, text):
    assert found(kk_ner(text)) == {("PER", "Нұрлан Серікұлы Керімбаев")}


def test_the_same_in_the_latin_script(kk_ner):
    text = to_cyrillic("Basqarma basshysy Nurlan Serikuly Kerimbaev málimdedi. Nurlan Kerimbaev jaýap berdi.").text
    assert found(kk_ner(text)) == {("PER", "Нұрлан Серікұлы Керімбаев")}


def test_another_first_name_with_the_surname_is_another_person(kk_ner):
    entities = found(kk_ner("Айгүл Серікқызы Жұмабаева хабарлады. Ал Серік Жұмабаев куә болды."))
    assert ("PER", "Серік Жұмабаев") in entities


@pytest.mark.parametrize(("text", "person"), [
    ("Руководитель департамента Марат Серикович Калиев сообщил о задержании. По словам Марата Калиева, дело "
     "передано в суд.", "Марат Серикович Калиев"),
    ("Судья Анна Петровна Орлова огласила приговор. Анне Орловой задали вопрос.", "Анна Петровна Орлова"),
])
def test_a_russian_first_name_and_surname_are_the_person_named_with_the_patronymic(ner, text, person):
    assert found(ner(text)) == {("PER", person)}


def test_a_brother_with_another_first_name_stays_apart(ner):
    entities = found(ner("Ержан Болатович Сапаров задержан. Его брат Айдар Сапаров тоже."))
    assert ("PER", "Айдар Сапаров") in entities


@pytest.mark.parametrize(("name", "norm"), [
    ("Марата Калиева", "Марат Калиев"),
    ("Марату Калиеву", "Марат Калиев"),
    ("Маратом Калиевым", "Марат Калиев"),
    ("Анны Калиевой", "Анна Калиева"),
    ("Анну Калиеву", "Анна Калиева"),
])
def test_a_surname_pymorphy_does_not_know_takes_the_case_of_the_first_name(name, norm):
    assert person_norm(name) == norm


# Units of Kazakh bodies ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Қостанай облысы полиция департаментінің жол полициясы басқармасы қорытынды шығарды.",
     "Қостанай облысы полиция департаментінің жол полициясы басқармасы"),
    ("Ақмола облысы полиция департаментінің жол полициясы басқармасының қызметкері ұсталды.",
     "Ақмола облысы полиция департаментінің жол полициясы басқармасы"),
])
def test_a_units_field_with_the_possessive_before_its_head(kk_ner, text, body):
    assert found(kk_ner(text)) == {("ORG", body)}


@pytest.mark.parametrize(("text", "body"), [
    ("Павлодар қаласы әкімдігінің мемлекеттік сатып алу басқармасы жоспарын жариялады.",
     "Павлодар қаласы әкімдігінің мемлекеттік сатып алу басқармасы"),
    ("Тексеру Атырау облысы әкімдігінің мемлекеттік сатып алу басқармасында өтті.",
     "Атырау облысы әкімдігінің мемлекеттік сатып алу басқармасы"),
])
def test_procurement_is_a_units_field_no_clause(kk_ner, text, body):
    assert found(kk_ner(text)) == {("ORG", body)}


def test_a_converb_after_a_body_still_starts_a_clause(kk_ner):
    assert not any(label == "ORG" for label, _ in found(kk_ner(
        "Аудан әкімдігінің қызметкері көлік сатып алған.")))



# Cardinal points ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Бюджет бекітілді. Шығыстың ең үлкен бөлігі білім беру саласына жұмсалады.",
    "Жоба бекітілді. Батыстың ірі компаниялары келді.",
])
def test_a_cardinal_point_opening_a_sentence_is_no_person(kk_ner, text):
    assert not any(label == "PER" for label, _ in found(kk_ner(text)))


def test_a_region_named_by_its_cardinal_point_stays_a_place(kk_ner):
    assert ("LOC", "Шығыс Қазақстан облысы") in found(kk_ner("Шығыс Қазақстан облысында 12 іс тіркелді."))


# Associations named after their place ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Қазақстан футбол федерациясының президенті сөйледі.", "Қазақстан футбол федерациясы"),
    ("Алматы облысы күрес федерациясы жарыс өткізді.", "Алматы облысы күрес федерациясы"),
    ("Қазақстан банктер қауымдастығы мәлімдеді.", "Қазақстан банктер қауымдастығы"),
])
def test_a_place_a_field_and_a_federation_are_one_association(kk_ner, text, body):
    assert found(kk_ner(text)) == {("ORG", body)}


def test_an_association_in_the_latin_script(kk_ner):
    text = to_cyrillic("Qazaqstan kúres federatsııasy jarys ótkizdi.").text
    assert found(kk_ner(text)) == {("ORG", "Қазақстан күрес федерациясы")}


def test_a_state_in_the_genitive_before_a_federation_stays_a_place(kk_ner):
    assert ("LOC", "Қазақстан") in found(kk_ner("Қазақстанның бокс федерациясы жаңа бапкер тағайындады."))


# Russian: a town natasha ran on into lower-case words; a Kazakh village's name after its kind ---------------------

@pytest.mark.parametrize(("text", "town"), [
    ("В Павлодаре экс-директора колледжа осудили на 5 лет.", "Павлодар"),
    ("В Таразе бывшего руководителя больницы осудили.", "Тараз"),
])
def test_a_town_before_lower_case_words_is_a_place_alone(ner, text, town):
    entities = found(ner(text))
    assert ("LOC", town) in entities
    assert not any(label == "ORG" for label, _ in entities)


@pytest.mark.parametrize(("text", "village"), [
    ("Деньги выделили на ремонт дороги к селу Тасты.", "Тасты"),
    ("Жители пришли к селу Кошкарбай.", "Кошкарбай"),
])
def test_a_village_name_read_in_a_case_its_kind_is_not_in_is_its_own_norm(ner, text, village):
    assert ("LOC", village) in found(ner(text))


# A body's head alone -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Күдікті изоляторға қамалды. Сотқа дейінгі тергеп-тексеру жүріп жатыр.",
    "Іс қаралды. Сотқа дейінгі тергеу аяқталды.",
])
def test_a_bodys_head_alone_names_no_organisation(kk_ner, text):
    assert not any(label == "ORG" for label, _ in found(kk_ner(text)))


@pytest.mark.parametrize(("text", "body"), [
    ("Үкіметке ұсыныс жолданды.", "Үкімет"),
    ("Заң жобасы Сенатта талқыланды.", "Сенат"),
])
def test_a_head_that_is_one_bodys_name_stays(kk_ner, text, body):
    assert ("ORG", body) in found(kk_ner(text))


# Russian: the police alone ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "town"), [
    ("Бывший инспектор полиции Экибастуза Ерлан Омаров осуждён.", "Экибастуз"),
    ("Задержан сотрудник полиции Алматинской области.", "Алматинская область"),
])
def test_the_police_of_a_place_in_lower_case_is_no_body(ner, text, town):
    entities = found(ner(text))
    assert ("LOC", town) in entities
    assert not any(label == "ORG" for label, _ in entities)


@pytest.mark.parametrize(("text", "body"), [
    ("Сотрудники департамента полиции Костанайской области задержали подозреваемого.",
     "департамент полиции Костанайской области"),
    ("Начальник управления полиции города Семей задержан.", "управление полиции города Семей"),
])
def test_a_police_department_with_its_place_stays_one_body(ner, text, body):
    assert ("ORG", body) in found(ner(text))


# A foreign firm's name in the Latin script ------------------------------------------------------------------------

def _latin_entities(text: str) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    record = next(iter(analyse([{"id": "latin", "text": text, "lang": "kk"}])))
    return {(e["label"], e["norm"]) for e in record["entities"]}


def test_a_quoted_name_after_a_latin_alphabet_nation_keeps_its_spelling():
    entities = _latin_entities("Jabdyqty nemis «Berlin Stahl» kompanııasy jetkizgen.")
    assert ("ORG", "Berlin Stahl") in entities


def test_a_russian_firms_name_reads_back_into_cyrillic():
    entities = _latin_entities("Jabdyqty reseılik «Sıbır Tehnıka» kompanııasy jetkizgen.")
    assert not any(norm == "Sıbır Tehnıka" for _, norm in entities)


def test_a_kazakh_name_in_the_latin_script_is_still_read_as_kazakh():
    entities = _latin_entities("Departament basshysy Nurlan Serikuly Kerimbaev málimdedi.")
    assert ("PER", "Нұрлан Серікұлы Керімбаев") in entities


# A body named by an object and a verbal noun ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Қоғамдық пікірді зерттеу институты сауалнама жүргізді.",
    "Сауалнаманы Қоғамдық пікірді зерттеу институты жүргізді.",
])
def test_an_institute_named_by_an_object_and_a_verbal_noun(kk_ner, text):
    assert found(kk_ner(text)) == {("ORG", "Қоғамдық пікірді зерттеу институты")}


def test_an_institute_opening_a_sentence_in_the_latin_script(kk_ner):
    text = to_cyrillic("Qoǵamdyq pikirdi zertteý ınstıtýty saýalnama júrgizdi.").text
    assert found(kk_ner(text)) == {("ORG", "Қоғамдық пікірді зерттеу институты")}


def test_an_institute_without_a_name_is_none(kk_ner):
    assert found(kk_ner("Бұл институты жаңа ғимаратқа көшті.")) == set()


# Russian: a Chinese name natasha misses -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [
    ("Ван Лэя приговорили к 5 годам лишения свободы.", "Ван Лэй"),
    ("Чжан Мэю передали деньги.", "Чжан Мэй"),
    ("Ли Вэя задержали в Алматы.", "Ли Вэй"),
])
def test_a_chinese_name_opening_a_sentence_is_a_person(ner, text, person):
    assert ("PER", person) in found(ner(text))


def test_a_russian_word_in_eya_is_no_name(ner):
    assert not any(label == "PER" for label, _ in found(ner("Эту идею поддержали в Минфине.")))
