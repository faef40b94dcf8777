"""Periods that tell one reported thing from another (found by the fact-merging set, data/eval/facts/): last
year's figure for the same span of months is that span a year earlier, not the whole of last year."""

from datetime import date

import pytest
from figure_readings import FigureReader

periods = FigureReader(date(2025, 10, 20)).periods


@pytest.mark.parametrize(("text", "expected"), [
    ("За 9 месяцев 2025 года в Павлодарской области за взятки осуждены 23 человека. В прошлом году за этот же период "
     "осуждены 19 человек.", [(23, "convicted", "2025-01..2025-09"), (19, "convicted", "2024-01..2024-09")]),
    ("За первое полугодие 2025 года возбуждено 41 уголовное дело о коррупции. За этот же период прошлого года — 36 "
     "дел.", [(41, "cases", "2025-H1"), (36, "cases", "2024-H1")]),
    # "this period" with no year before it is still the period just named
    ("С января по июнь 2025 года Антикор выявил 12 преступлений. За этот же период задержаны 5 чиновников.",
     [(12, "cases", "2025-H1"), (5, "detained", "2025-H1")]),
])
def test_last_years_same_period_is_that_span_a_year_earlier(text, expected):
    assert periods(text) == expected
