"""Entities, round 6 (fresh16's errors, round 5's losses on real Latin-script text, leftovers of earlier rounds): the
general causes below, each on sentences of its own (not the curated sets' nor the real articles'), through the real
components."""

import pytest
from entity_readings import found
from pokazatel.nlp.kk.latin import to_cyrillic
from pokazatel.nlp.ru.norm import person_norm

# Kazakh -------------------------------------------------------------------------------------------------

APPOINTEES = ("Жұмыс тобының құрамы бекітілді:\n"
              "Исетов Арман Асқарұлы – Қазақстан Республикасы Сыртқы істер министрінің орынбасары;\n"
              "Қырықбаев Арман Оразбайұлы – Қазақстан Республикасы Президентінің кеңесшісі;")


@pytest.mark.parametrize("text", [APPOINTEES, to_cyrillic(
    "Jumys tobynyń quramy bekitildi:\n"
    "Isetov Arman Asqaruly – Qazaqstan Respýblıkasy Syrtqy ister mınıstriniń orynbasary;\n"
    "Qyryqbaev Arman Orazbaıuly – Qazaqstan Respýblıkasy Prezıdentiniń keńesshisi;").text])
def test_a_name_written_surname_first_keeps_its_surname_and_patronymic(kk_ner, text):
    persons = {norm for label, norm in found(kk_ner(text)) if label == "PER"}
    assert persons == {"Исетов Арман Асқарұлы", "Қырықбаев Арман Оразбайұлы"}


def test_a_first_name_shared_by_two_people_named_surname_first_is_no_run_in_surname(kk_ner):
    text = ("Комиссия құрамы бекітілді:\nЖақсыбеков Ерлан – Қазақстан Республикасы Қаржы министрінің орынбасары;\n"
            "Оспанов Ерлан – Қазақстан Республикасы Әділет министрінің кеңесшісі;")
    persons = {norm for label, norm in found(kk_ner(text)) if label == "PER"}
    assert persons == {"Жақсыбеков Ерлан", "Оспанов Ерлан"}


@pytest.mark.parametrize("text, word", [
    ("Қор Дүниежүзілік банктен, Инвестицияларға кепілдік беру жөніндегі көпжақты агенттіктен қаржы алды.",
     "Инвестициялар"),
    ("Жиынға жастар келді. Идеяларыңызды қолдаймын, деді министр.", "Идеяларыңыз"),
    (to_cyrillic("Jıynǵa jastar keldi. Ideıalaryńyzdy qoldaımyn, dedi mınıstr.").text, "Идеяларыңыз"),
])
def test_a_plural_noun_alone_is_no_place(kk_ner, text, word):
    assert not [norm for label, norm in found(kk_ner(text)) if label == "LOC"], word


def test_a_place_ending_like_a_plural_stays_a_place(kk_ner):
    entities = found(kk_ner("Индер ауданында жаңа мектеп ашылды. Павлодарда жол салынды."))
    assert ("LOC", "Павлодар") in entities


@pytest.mark.parametrize("text", [
    "Айып қала әкімдігінің құрылыс бөлімінің басшысына тағылды.",
    "Тергеу аяқталды. Күдік қала әкімдігінің құрылыс бөлімінің үш қызметкеріне тағылды.",
    "Ескерту қала әкімдігінің құрылыс бөліміне жіберілді.",
    "Айып аудан әкімдігінің құрылыс бөлімінің басшысына тағылды.",
])
def test_a_common_opener_before_a_lower_case_town_body_names_no_body(kk_ner, text):
    assert not [norm for label, norm in found(kk_ner(text)) if label == "ORG"]


def test_a_ministry_written_with_its_first_word_capitalised_stays_a_body(kk_ner):
    entities = found(kk_ner("Тексеру аяқталды. Ауыл шаруашылығы министрлігі жауап берді."))
    assert ("ORG", "Ауыл шаруашылығы министрлігі") in entities


def test_the_abstract_noun_of_a_lack_opening_a_sentence_is_no_name(kk_ner):
    text = "Сауалнама нәтижелері жарияланды. Жауапсыздықтың салдары ретінде тұрғындар кезектерді атады."
    assert not found(kk_ner(text))


def test_a_name_opening_with_the_letters_of_a_lack_stays_a_name(kk_ner):
    assert ("PER", "Сыздықов Марат") in found(kk_ner("Сыздықов Марат сотталды."))


@pytest.mark.parametrize("text", [
    "Респонденттердің 60 пайызы риза. Мемлекеттік қызметтер порталын тұрғындардың 58 пайызы пайдаланады.",
    to_cyrillic("Respondentterdiń 60 paıyzy rıza. Memlekettik qyzmetter portalyn turǵyndardyń 58 paıyzy "
                "paıdalanady.").text,
])
def test_a_website_is_no_organisation(kk_ner, text):
    assert not [norm for label, norm in found(kk_ner(text)) if label == "ORG"]


@pytest.mark.parametrize("text", [
    "Жиын өтті. Ішкі тексеру нәтижесінде 5 қызметкер жазаланды.",
    "Жиын өтті. Ішкі бақылау пен аудит қорытындысы шықты.",
])
def test_an_adjective_of_place_alone_is_no_place(kk_ner, text):
    assert not found(kk_ner(text))


def test_a_name_holding_an_adjective_of_place_stays_a_name(kk_ner):
    entities = found(kk_ner("Ішкі істер министрлігі мәлімдеді."))
    assert ("ORG", "Ішкі істер министрлігі") in entities


def test_the_capitalised_words_after_a_citizens_noun_are_the_citizen_said_again_in_any_case(kk_ner):
    doc = kk_ner("Ол Қытай Халық Республикасының азаматы Ван Сяо Линнің компаниясымен келісімшарт жасады. "
                 "Ван Сяо Линге қатысты іс бөлінді.")
    assert [(e.label_, e._.norm) for e in doc.ents if e.label_ != "LOC"] == [("PER", "Ван Сяо Лин")] * 2


def test_a_name_of_short_syllables_loses_its_case_ending_and_is_one_person(kk_ner):
    doc = kk_ner("Корея Республикасының азаматы Пак Чон Хоның серіктесі ұсталды. Пак Чон Хоға айып тағылды.")
    assert [(e.label_, e._.norm) for e in doc.ents if e.label_ != "LOC"] == [("PER", "Пак Чон Хо")] * 2


@pytest.mark.parametrize("text, body", [
    ("Қазақстан азаматы Ұлттық банкке шағым түсірді.", "Ұлттық банк"),
    ("Қазақстан азаматы Жоғарғы Сотқа шағым түсірді.", "Жоғарғы Сот"),
])
def test_a_body_after_a_citizens_noun_stays_a_body(kk_ner, text, body):
    assert ("ORG", body) in found(kk_ner(text))


@pytest.mark.parametrize("word, nominative", [("Хоның", "Хо"), ("Хоға", "Хо"), ("Аида", "Аида"), ("Ермек", "Ермек")])
def test_a_foreign_syllables_case_ending_goes_but_a_name_stays(word, nominative):
    from pokazatel.nlp.kk.norms import name_word_nominative

    assert name_word_nominative(word) == nominative


UNIT = "Қаржы министрлігі Мемлекеттік кірістер комитетінің Қостанай облыстық аумақтық басқармасы"


@pytest.mark.parametrize("text", [
    f"Тексеруді {UNIT} жүргізді.",
    to_cyrillic("Tekserýdi Qarjy mınıstrligi Memlekettik kirister komıtetiniń Qostanaı oblystyq aýmaqtyq basqarmasy "
                "júrgizdi.").text,
])
def test_a_committees_regional_unit_named_by_a_region_adjective_keeps_its_ministry(kk_ner, text):
    assert {norm for label, norm in found(kk_ner(text)) if label == "ORG"} == {UNIT}


def test_a_regional_unit_named_alone_stays_one_organisation(kk_ner):
    entities = found(kk_ner("Қостанай облыстық аумақтық басқармасы тексеру жүргізді."))
    assert entities == {("ORG", "Қостанай облыстық аумақтық басқармасы")}


# Russian ------------------------------------------------------------------------------------------------

def test_a_hyphenated_name_with_a_lower_case_part_is_not_declined_part_by_part():
    assert person_norm("Сары-озек") == "Сары-озек"
    assert person_norm("Петровой-Водкиной", gender="femn") == "Петрова-Водкина"


def test_a_courts_level_and_head_opening_a_sentence_name_no_body(ner):
    text = "Имущество осуждённых конфисковано.\nРайонный суд вынес приговор 19 сентября."
    assert not [norm for label, norm in found(ner(text)) if label == "ORG"]


def test_a_unique_court_opening_a_sentence_stays_a_body(ner):
    entities = found(ner("Верховный суд оставил приговор в силе."))
    assert ("ORG", "Верховный суд") in entities


@pytest.mark.parametrize("text, person", [
    ("Деньги он требовал у предпринимателя Ким Мин Ира за выделение участка.", "Ким Мин Ир"),
    ("Деньги он требовал у предпринимателя Пак Чон Ира, гражданина Республики Корея.", "Пак Чон Ир"),
])
def test_a_three_syllable_name_whose_last_looks_russian_takes_the_governing_words_case(ner, text, person):
    assert {norm for label, norm in found(ner(text)) if label == "PER"} == {person}


@pytest.mark.parametrize("text, person", [
    ("Заместитель директора Анна Ивановна Ли выступила.", "Анна Ивановна Ли"),
    ("Деньги получил от предпринимателя Олега Ивановича Кима.", "Олег Иванович Ким"),
])
def test_a_russian_three_word_name_keeps_its_own_reading(ner, text, person):
    assert ("PER", person) in found(ner(text))

