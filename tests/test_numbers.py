"""Number parsing for Russian and Kazakh: digits, separators, words in every case, multipliers."""

import pytest
from pokazatel.nlp.figures.text import tokenize
from pokazatel.nlp.figures.values import digit_value, find_numbers, parse_number, word_value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1 200", "ru", 1200),
        ("1\u00a0200", "ru", 1200),  # no-break space
        ("27\u202f400\u2009000", "ru", 27_400_000),  # narrow and thin spaces
        ("1,5 млрд", "ru", 1_500_000_000),
        ("45 тыс.", "ru", 45_000),
        ("полтора миллиона", "ru", 1_500_000),
        ("полутора тысяч", "ru", 1500),
        ("двух", "ru", 2),
        ("трём", "ru", 3),
        ("пятерых", "ru", 5),
        ("двадцать пять", "ru", 25),
        ("сто двадцать", "ru", 120),
        ("двести тысяч", "ru", 200_000),
        ("две тысячи пятьсот", "ru", 2500),
        ("1 млрд 200 млн", "ru", 1_200_000_000),
        ("2-х", "ru", 2),
        ("екі", "kk", 2),
        ("он бір", "kk", 11),
        ("үш жүз", "kk", 300),
        ("жүз жиырмасы", "kk", 120),
        ("екі мың бес жүз", "kk", 2500),
        ("3 мыңнан", "kk", 3000),
        ("6,2 миллиарды", "kk", 6_200_000_000),
        ("900-ге", "kk", 900),
        ("318-і", "kk", 318),
        ("екеуі", "kk", 2),
    ],
)
def test_parses_numbers_in_digits_and_words(text, lang, value):
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("41-летнего", "ru"),  # an age adjective
        ("25-го", "ru"),  # an ordinal
        ("27-шақырымында", "kk"),  # "27th kilometre"
        ("екінші", "kk"),  # "second"
        ("үшін", "kk"),  # "for", not "three"
        ("оның", "kk"),  # "his", not "ten"
        ("бірі", "kk"),  # "one of", not a count
        ("первого", "ru"),
    ],
)
def test_ordinals_and_look_alikes_are_not_numbers(text, lang):
    assert parse_number(text, lang) is None


def test_word_value_tells_collective_numerals_and_multipliers():
    assert word_value("семеро", "ru").kind == "collective"
    assert word_value("мыңнан", "kk").kind == "multiplier"
    assert word_value("жиырмасы", "kk").value == 20
    assert word_value("сотрудник", "ru") is None


def test_digit_value_rejects_kazakh_ordinal_suffix():
    assert digit_value("5-ші", "kk") is None
    assert digit_value("1 200-ден", "kk") == 1200


def test_find_numbers_gives_offsets_covering_multiplier():
    text = "Часть суммы – 500 тыс. тенге – получили заранее, ещё двое уволены."
    mentions = find_numbers(tokenize(text), "ru")
    assert [m.value for m in mentions] == [500_000, 2]
    assert text[mentions[0].start : mentions[0].end] == "500 тыс."
    assert mentions[1].collective and not mentions[0].collective


def test_kazakh_possessive_number_is_marked():
    mentions = find_numbers(tokenize("олардың жүз жиырмасы жұмыстан шығарылды"), "kk")
    assert len(mentions) == 1 and mentions[0].value == 120 and mentions[0].possessive


@pytest.mark.parametrize("word", ["оба", "обе", "обоих", "обоим", "обеих"])
def test_both_is_a_collective_two(word):
    number = word_value(word, "ru")
    assert (number.value, number.kind) == (2, "collective")


@pytest.mark.parametrize(
    ("text", "value"),
    [("один", 1), ("одного", 1), ("одному", 1), ("одну", 1), ("двадцать один", 21), ("сто одна", 101)],
)
def test_russian_one_in_every_case(text, value):
    assert parse_number(text, "ru") == value


@pytest.mark.parametrize(
    "text",
    ["Один из задержанных дал показания.", "Ни одного обращения не поступило.", "в одном и том же кабинете"],
)
def test_one_of_several_or_none_is_not_a_count(text):
    assert find_numbers(tokenize(text), "ru") == []
