"""Lemmas for the full-text index, through the real component and the real morphology."""


import pokazatel.nlp.kk.language  # noqa: F401  (registers the "kk" language)
import pokazatel.nlp.lemmas  # noqa: F401  (registers the factory)
import spacy
from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.lemmas import _russian, lemmatise
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from pokazatel.store.search import search
from test_search import analysis, invented_article


def test_russian_words_become_lower_case_lemmas_and_punctuation_goes():
    assert lemmatise("Осуждены два сотрудника Антикоррупционной службы!", "ru") == \
        "осудить два сотрудник антикоррупционный служба"


def test_a_query_and_an_article_meet_on_the_same_lemma():
    assert lemmatise("взяток", "ru") == lemmatise("Взятку", "ru") == "взятка"
    assert lemmatise("учёт", "ru") == lemmatise("учет", "ru")  # people type without ё


def test_numbers_latin_and_hyphenated_words_are_kept_whole():
    assert lemmatise("ущерб 1500 долларов, IT-система, в Усть-Каменогорске", "ru") == \
        "ущерб 1500 доллар it-система в усть-каменогорск"


def test_kazakh_words_go_through_the_kazakh_stemmer():
    words = "Астанада параны алған 142 қызметкер"
    assert lemmatise(words, "kk") == " ".join(stem(w) for w in words.lower().split())
    assert lemmatise("параны", "kk") == lemmatise("паралар", "kk")


def test_component_sets_title_and_text_lemmas():
    pipeline = spacy.blank("ru")
    pipeline.add_pipe("pokazatel_lemmas")
    doc = pipeline.make_doc("Чиновников задержали при получении взятки.")
    doc._.title = "Взяточников осудили"
    doc = pipeline(doc)
    assert doc._.lemmas == {"title": "взяточник осудить", "text": "чиновник задержать при получение взятка"}


def test_component_uses_the_document_language():
    pipeline = spacy.blank("kk")
    pipeline.add_pipe("pokazatel_lemmas")
    doc = pipeline("Пара алғандар ұсталды")
    assert doc._.lemmas["text"] == lemmatise("Пара алғандар ұсталды", "kk")
    assert doc._.lemmas["title"] == ""


def test_each_russian_form_is_analysed_once_however_often_it_recurs():
    # checked by counting pymorphy's analyses, not by a clock: CI's machine is shared and loaded
    sentence = "Сотрудники департамента задержали акима района при получении взятки в особо крупном размере. "
    lemmatise(sentence, "ru")
    analysed = _russian.cache_info().misses
    assert lemmatise(sentence * 2000, "ru") == " ".join([lemmatise(sentence, "ru")] * 2000)
    assert _russian.cache_info().misses == analysed


def test_every_form_of_a_kazakh_surname_indexes_alike():
    forms = ["Бектенов", "Бектенова", "Бектенову", "Бектеновым", "Бектеновой"]
    assert {lemmatise(form, "ru") for form in forms} == {"бектенов"}
    assert lemmatise("сотрудников", "ru") == "сотрудник"  # ordinary words are not taken for surnames


def test_a_lower_case_word_a_surname_reading_took_also_indexes_its_common_lemma():
    # "акимов" is both "of the akims" and the surname Акимов: in running text its case tells which it may be
    assert lemmatise("задержаны 9 акимов районов", "ru", cased=True) == "задержать 9 акимов аким район"
    assert lemmatise("Акимов задержан", "ru", cased=True) == "акимов задержать"  # a capital: the surname alone
    assert lemmatise("задержаны 9 акимов", "ru") == "задержать 9 акимов"  # a query's capitals are not known
    assert lemmatise("задержаны сотрудники", "ru", cased=True) == lemmatise("задержаны сотрудники", "ru")


def test_the_component_reads_an_articles_capitals(tmp_path):
    pipeline = spacy.blank("ru")
    pipeline.add_pipe("pokazatel_lemmas")
    doc = pipeline("В области задержаны 9 акимов сельских округов.")
    assert "аким" in doc._.lemmas["text"].split()
    db = open_db(tmp_path / "news.db")
    record = invented_article(1, "ru", "Задержаны сельские акимы", doc.text)
    assert save_article(db, record) == "new"
    stored = analysis(1, record) | {"lemmas": doc._.lemmas}
    save_analyses(db, [stored], model="test")
    assert [row["url"] for row in search(db, "аким")] == [record["url"]]
