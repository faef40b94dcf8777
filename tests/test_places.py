"""Places of Kazakhstan in Russian and Kazakh sentences: district towns and districts from the gazetteer,
and indeclinable Kazakh toponyms that keep their form whatever case the sentence puts them in."""

import pokazatel.nlp.kk.entities  # noqa: F401  (registers the Kazakh factory)
import pytest
import spacy
from pokazatel.nlp.kk.gazetteer import load_gazetteer
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.ru.gazetteer import gazetteer, word_lemmas


def places(ner, text: str) -> list[tuple[str, str]]:
    return [(e.text, e._.norm) for e in ner(text).ents if e.label_ == "LOC"]


def test_an_indeclinable_village_is_not_a_common_noun_in_the_dative(ner):
    found = places(ner, "На строительство спорткомплекса в посёлке Мерке выделили 1,6 млрд тенге.")
    assert ("Мерке", "Мерке") in found
    assert all(norm != "Мерка" for _, norm in found)


def test_an_indeclinable_town_after_a_genitive_noun(ner):
    assert ("Шу", "Шу") in places(ner, "Деньги жителей Шу похитили чиновники районного акимата.")


def test_a_district_in_the_locative_gets_its_nominative(ner):
    found = places(ner, "В Курмангазинском районе задержали бывшего акима сельского округа.")
    assert ("Курмангазинском районе", "Курмангазинский район") in found


def test_a_district_centre_named_like_a_person_is_a_place_after_a_preposition(ner):
    found = places(ner, "Полицейские задержали чиновника в Курмангазы Атырауской области.")
    assert ("Курмангазы", "Курмангазы") in found


def test_a_town_in_ai_declines_to_its_nominative(ner):
    found = places(ner, "Жители Кордая и Сарани пожаловались на качество дорог.")
    assert ("Кордая", "Кордай") in found
    assert ("Сарани", "Сарань") in found


@pytest.mark.parametrize(("form", "nominative"), [
    ("Кордая", "кордай"), ("Кордаю", "кордай"), ("Кордаем", "кордай"), ("Семея", "семей"),
])
def test_a_capitalised_ai_name_is_matched_by_its_nominative(form, nominative):
    assert nominative in word_lemmas(form)


def test_only_a_capitalised_word_gets_the_guessed_ai_nominative():
    assert "кордай" not in word_lemmas("кордая")


@pytest.mark.parametrize(("russian", "kazakh", "norm"), [
    ("Курмангазинский район", "Құрманғазы ауданы", "Курмангазинский район"),
    ("Кордай", "Қордай", "Кордай"),
    ("Жанаозен", "Жаңаөзен", "Жанаозен"),
    ("Аксу", "Ақсу", "Аксу"),
    ("Мерке", "Меркі", "Мерке"),
])
def test_russian_and_kazakh_spellings_share_one_norm(russian, kazakh, norm):
    index = gazetteer()
    for variant in (russian, kazakh):
        [(start, end, entry)] = index.matches([word_lemmas(w) for w in variant.split()])
        assert (start, end, entry.norm, entry.is_place) == (0, len(variant.split()), norm, True)


def test_kazakh_districts_and_towns_are_found_inflected():
    doc = spacy.blank("kk")("Мұнайлы ауданында және Меркіде тексеру жүрді.")
    found = {(s.label_, s.text) for s in load_gazetteer().find(doc)}
    assert found == {("LOC", "Мұнайлы"), ("LOC", "Меркіде")}
