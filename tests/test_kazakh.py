"""The `kk` language (tokenizer, lexical attributes) and the Kazakh suffix stripper."""

import pytest
import spacy
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.kk.stem import stem, strip_case


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("kk")


def test_tokenizer_splits_punctuation_and_keeps_kazakh_words_and_abbreviations(nlp):
    doc = nlp("«Хабар» арнасы, т.б. Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі 12,4 млрд теңге өндірді.")
    words = [t.text for t in doc]
    assert words[:3] == ["«", "Хабар", "»"]
    assert "т.б." in words
    assert "іс-қимыл" in words
    assert "жемқорлыққа" in words
    assert "12,4" in words
    assert words[-1] == "."


def test_period_after_a_kazakh_letter_ends_the_word_and_hyphenated_words_stay_whole(nlp):
    # spaCy's own letter classes lack ғ, қ, ұ
    assert [t.text for t in nlp("Бұл жемқорлық. Тұрғын үй-коммуналдық шаруашылық, ҰБТ-ның 2022-2023 жылы.")] == [
        "Бұл", "жемқорлық", ".", "Тұрғын", "үй-коммуналдық", "шаруашылық", ",", "ҰБТ-ның", "2022", "-", "2023",
        "жылы", ".",
    ]


def test_number_words_and_numbers_are_like_num(nlp):
    doc = nlp("жиырма бес қызметкер, 318-і, бесінші рет, екі мыңнан астам, 1,5 млрд, пара алды")
    like_num = {t.text: t.like_num for t in doc}
    for word in ("жиырма", "бес", "318-і", "бесінші", "екі", "мыңнан", "1,5", "млрд"):
        assert like_num[word], word
    for word in ("қызметкер", "рет", "астам", "пара", "алды"):
        assert not like_num[word], word


def test_stop_words(nlp):
    doc = nlp("және бұл туралы агенттік")
    assert [t.is_stop for t in doc] == [True, True, True, False]


def test_prefix_attribute_is_the_stem(nlp):
    doc = nlp("Агенттігінің қызметкерлері")
    assert [t.prefix_ for t in doc] == ["агенттік", "қызметкер"]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("пара", "пара"),
        ("параны", "пара"),
        ("паралар", "пара"),
        ("параның", "пара"),
        ("параға", "пара"),
        ("қызметкерлерінің", "қызметкер"),
        ("облысында", "облыс"),
        ("облыстары", "облыс"),
        ("әкімдігінде", "әкімдік"),
        ("әкімдік", "әкімдік"),
        ("Қазақстанда", "қазақстан"),
        ("Қазақстан", "қазақстан"),
        ("Шымкентте", "шымкент"),
        ("сотпен", "сот"),
        ("ҰБТ-ның", "ұбт"),
        ("ауданы", "аудан"),  # possessive, not ауда-ны
        ("ауданында", "аудан"),
        ("бөлімінің", "бөлім"),
        ("бөлім", "бөлім"),
        ("900-ге", "900"),
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


def test_short_roots_survive():
    assert stem("алған") == "алған"  # "ал" + "ған" would leave a two-letter root
    assert stem("Ерден") == "ерден"


def test_inflected_forms_of_a_word_share_a_stem():
    forms = ["агенттік", "агенттігі", "агенттігінің", "агенттікке", "агенттіктер", "агенттігіне"]
    assert {stem(f) for f in forms} == {"агенттік"}


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Астанада", "Астана"),
        ("Бектеновке", "Бектенов"),
        ("Жұмабаевқа", "Жұмабаев"),
        ("Назарбаевтың", "Назарбаев"),
        ("Маминге", "Мамин"),
        ("Сейітоваға", "Сейітова"),
        ("Лондондағы", "Лондон"),
        ("Бангкокта", "Бангкок"),
        ("облысында", "облысы"),  # the possessive stays: "Түркістан облысы"
        ("министрлігінің", "министрлігі"),
        ("қорға", "қор"),
        ("мектеп-гимназияның", "мектеп-гимназия"),
        ("ауданы", "ауданы"),
        ("Ақордада", "Ақорда"),
        # nominatives that only look inflected
        ("Алматы", "Алматы"),
        ("Қарағанды", "Қарағанды"),
        ("Түркістан", "Түркістан"),
        ("Астана", "Астана"),
        ("Ерлан", "Ерлан"),
        ("Нұрсұлтан", "Нұрсұлтан"),
        ("департаменті", "департаменті"),
        ("комитеті", "комитеті"),
    ],
)
def test_strip_case_gives_the_nominative(word, expected):
    assert strip_case(word) == expected
