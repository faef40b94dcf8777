"""Issue 12, entities on curated articles, round 4 (fresh15's errors and the leftovers of rounds 2-3): a Kazakh
body's name ending before a word in another case, and the other general causes below. Sentences of their own (not
the curated sets') through the real components and models."""

import pytest


def found(doc) -> set[tuple[str, str]]:
    return {(e.label_, e._.norm) for e in doc.ents}


# Kazakh -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, court", [
    ("Қарағанды облыстық сотының үкімімен облыстық денсаулық сақтау басқармасының бұрынғы басшысы Серік Ахметов "
     "5 жылға сотталды.", "Қарағанды облыстық соты"),
    ("Павлодар қалалық сотының шешімімен аудандық білім бөлімінің басшысы Айгүл Сәрсенова жазаланды.",
     "Павлодар қалалық соты"),
])
def test_a_body_ends_before_a_possessive_word_in_another_case(kk_ner, text, court):
    entities = found(kk_ner(text))
    assert ("ORG", court) in entities
    assert not [norm for label, norm in entities if label == "ORG" and norm != court]


def test_a_unit_of_a_body_still_joins_its_body_through_nominative_words(kk_ner):
    entities = found(kk_ner("Ақмола облысы әкімдігінің тұрғын үй-коммуналдық шаруашылық бөлімі тексерілді."))
    assert ("ORG", "Ақмола облысы әкімдігінің тұрғын үй-коммуналдық шаруашылық бөлімі") in entities



@pytest.mark.parametrize("text, person", [
    ("Департамент аудан әкімі Ж. Қ. Омаровты пара алу кезінде ұстады.", "Ж. Қ. Омаров"),
    ("Облыс прокуроры Е. Н. Байжанов мәлімдеді.", "Е. Н. Байжанов"),
    ("Істі тергеуші Омаров Ж. Қ. қадағалайды.", "Омаров Ж. Қ."),
])
def test_initials_before_or_after_a_kazakh_surname_are_part_of_the_person(kk_ner, text, person):
    entities = found(kk_ner(text))
    assert ("PER", person) in entities
    assert not [norm for label, norm in entities if norm != person]

# Russian ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Бывшего руководителя отдела Пака Сергея Ивановича уволили.", "Пак Сергей Иванович"),
    ("Суд осудил Цоя Виктора Александровича за превышение полномочий.", "Цой Виктор Александрович"),
    ("Обвинение предъявлено гражданину Турции Эмину Озтюрку.", "Эмин Озтюрк"),
])
def test_a_foreign_mans_name_part_loses_the_case_ending_the_name_tells(ner, text, person):
    assert ("PER", person) in found(ner(text))


def test_a_kazakh_surname_ending_in_a_vowel_keeps_its_last_letter(ner):
    assert ("PER", "Азамат Сейткали") in found(ner("Деньги передали Азамату Сейткали."))


def test_a_name_written_surname_first_is_referred_back_by_its_surname(ner):
    doc = ner("Суд осудил Цоя Виктора Александровича. Цой подписал акты без проверки.")
    assert {e._.norm for e in doc.ents if e.label_ == "PER"} == {"Цой Виктор Александрович"}
