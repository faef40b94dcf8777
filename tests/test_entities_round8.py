"""Entities, round 8 (fresh18's errors, never tuned on before, and fresh19's leftovers): numbered courts, a
continent in an event's name, villages by their name, a body's press service, a unit's main directorate, garrison
courts after a dateline, a sector opening a sentence, a Chinese name in the dative: the general causes, each on
sentences of its own (not the curated sets' nor the real articles'), through the real components or the rule that
makes the call where the models alone already get a sentence right."""

import pytest


def found(doc) -> set[tuple[str, str]]:
    return {(e.label_, e._.norm) for e in doc.ents}


# Russian ------------------------------------------------------------------------------------------------

def test_a_named_court_keeps_its_number(ner):
    text = "Костанайский городской суд № 2 вынес приговор 47-летнему бухгалтеру акимата Ерлану Сабитову."
    entities = found(ner(text))
    assert ("ORG", "Костанайский городской суд № 2") in entities
    assert ("ORG", "Костанайский городской суд") not in entities


def test_a_number_after_a_body_the_gazetteer_knows_is_a_documents(ner):
    entities = found(ner("Решение Верховного суда № 12 от 2024 года оспорено."))
    assert ("ORG", "Верховный суд") in entities
    assert ("ORG", "Верховный суд № 12") not in entities


@pytest.mark.parametrize("text, person", [
    ("Взятку передали гражданину Китая Чжоу Юню.", "Чжоу Юнь"),
    ("Деньги вернули гражданину Китая Чжоу Юню и Ивану Петрову.", "Чжоу Юнь"),
])
def test_a_chinese_mans_name_in_the_dative_is_no_womans(ner, text, person):
    people = {norm for label, norm in found(ner(text)) if label == "PER"}
    assert person in people
    assert "Чжоу Юня" not in people


def test_a_russian_name_of_two_words_in_the_dative_declines_as_before(ner):
    assert ("PER", "Иван Петров") in found(ner("Деньги вернули гражданину Китая Чжоу Юню и Ивану Петрову."))
