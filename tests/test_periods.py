"""Period expressions resolved against the publication date."""

from datetime import date

import pytest
from pokazatel.nlp.figures.periods import find_periods, months_range


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("по итогам первого полугодия 2022 года", "ru", None, ["2022-H1"]),
        ("за 9 месяцев", "ru", date(2023, 10, 12), ["2023-01..2023-09"]),
        ("за девять месяцев 2021 года", "ru", None, ["2021-01..2021-09"]),
        ("в этом году", "ru", date(2022, 7, 28), ["2022"]),
        ("в прошлом году", "ru", date(2024, 2, 1), ["2023"]),
        ("в 2023 году", "ru", None, ["2023"]),
        ("за третий квартал", "ru", date(2023, 11, 1), ["2023-Q3"]),
        ("в январе", "ru", date(2024, 2, 6), ["2024-01"]),
        ("в декабре", "ru", date(2024, 2, 6), ["2023-12"]),  # last December
        ("за январь–июнь текущего года", "ru", date(2024, 8, 1), ["2024-H1"]),
        ("за прошлый год осуждены 1 124, годом ранее – 1 267", "ru", date(2023, 2, 2), ["2022", "2021"]),
        ("биылғы жылдың алғашқы тоқсанында", "kk", date(2023, 5, 1), ["2023-Q1"]),
        ("2023 жылдың бірінші жартыжылдығында", "kk", None, ["2023-H1"]),
        ("биылғы 11 айдағы", "kk", date(2022, 12, 8), ["2022-01..2022-11"]),
        ("алты айда", "kk", date(2023, 7, 20), ["2023-H1"]),
        ("былтыр", "kk", date(2024, 6, 4), ["2023"]),
        ("2022 жылы", "kk", None, ["2022"]),
        ("во II квартале 2022 года", "ru", None, ["2022-Q2"]),
        ("за I полугодие", "ru", date(2023, 8, 1), ["2023-H1"]),
        ("2021 жылдың ІV тоқсанында", "kk", None, ["2021-Q4"]),  # Cyrillic "І", Latin "V"
    ],
)
def test_resolves_periods(text, lang, published, expected):
    assert [p.value for p in find_periods(text, lang, published)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("с 1 января 2024 года", "ru"),  # a date
        ("9 желтоқсан", "kk"),  # a date
        ("в течение двух лет", "ru"),  # a duration
        ("Қазан қаласында", "kk"),  # the city, not October
    ],
)
def test_dates_and_durations_are_not_periods(text, lang):
    assert find_periods(text, lang, date(2024, 3, 1)) == []


def test_relative_period_needs_a_publication_date():
    assert find_periods("в этом году", "ru", None) == []
    assert [p.value for p in find_periods("за 2023 год", "ru", None)] == ["2023"]


def test_period_offsets_point_into_the_text():
    text = "Всего в первом квартале текущего года выявлено 12 фактов."
    (period,) = find_periods(text, "ru", date(2024, 5, 16))
    assert period.value == "2024-Q1"
    assert text[period.start : period.end].startswith("первом квартале")


def test_months_range_names_quarters_and_halves():
    assert months_range(2023, 1, 3) == "2023-Q1"
    assert months_range(2023, 7, 12) == "2023-H2"
    assert months_range(2023, 1, 12) == "2023"
    assert months_range(2023, 1, 10) == "2023-01..2023-10"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("За первое полугодие выявлено 80 преступлений, что на 5% больше, чем годом ранее.", "ru",
         [("2024-H1", False), ("2023-H1", True)]),  # the half a year earlier (round 12)
        ("В 2023 году осуждены 40 человек – больше, чем в 2022 году.", "ru",
         [("2023", False), ("2022", True)]),
        ("Биыл 30 адам сотталды, бұл өткен жылғы көрсеткішке қарағанда аз.", "kk",
         [("2024", False), ("2023", True)]),
        ("2022 жылмен салыстырғанда биыл пара алу фактілері азайды.", "kk", [("2024", False)]),
    ],
)
def test_the_other_side_of_a_comparison_is_a_baseline(text, lang, expected):
    found = find_periods(text, lang, date(2024, 7, 1))
    assert [(p.value, p.baseline) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the compared period may stand a few words before "салыстырғанда"
        ("2023 жылы 200 іс тіркелді, бұл өткен жылдың сәйкес кезеңімен салыстырғанда 5 пайызға аз.", "kk",
         [("2023", False), ("2023", True)]),
        # "годом ранее" after a baseline year counts back from the report's year, not from the baseline
        ("По итогам 2023 года осуждены 90 человек, на 4% меньше, чем в 2022 году. Доля возмещения – 70% "
         "против 65% годом ранее.", "ru", [("2023", False), ("2022", True), ("2022", False)]),
    ],
)
def test_a_baseline_is_found_further_off_and_does_not_shift_the_year_before(text, lang, expected):
    found = find_periods(text, lang, date(2024, 7, 1))
    assert [(p.value, p.baseline) for p in found] == expected
