"""The statistics extractor on the phrasing behind fresh20's errors: one of the people detained ("один из них",
"оның біреуі") counts when its clause says it was held in custody, as "двое из них" does (and, since figure round 20,
dismissed or disciplined), where any other lone "one" stays no count; people of such a part who are acquitted are no
convicts. Every sentence is written for these tests, none copied from an evaluation set."""

from datetime import date

import pytest
from pokazatel.nlp.figures.extractor import extract_statistics

PUBLISHED = date(2026, 11, 20)


def figures(text: str, lang: str = "ru") -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["event"]) for r in extract_statistics(text, lang, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("По делу о взятке задержаны двое сотрудников акимата, один из них помещён в изолятор временного "
         "содержания.", "ru", [(2, "person", "detained"), (1, "person", "detained")]),
        ("По делу о хищении бюджетных средств задержаны трое, одного из которых суд арестовал.", "ru",
         [(3, "person", "detained"), (1, "person", "detained")]),
        ("Пара алды деген күдікпен әкімдіктің екі қызметкері ұсталды, олардың біреуі қамауға алынды.", "kk",
         [(2, "person", "detained"), (1, "person", "detained")]),
    ],
)
def test_one_of_the_detained_held_in_custody_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("По делу о взятке задержаны трое, один из них – бывший заместитель акима района.", "ru",
         [(3, "person", "detained")]),
        ("Пара алды деген күдікпен үш адам ұсталды, оның біреуі – аудан әкімінің орынбасары.", "kk",
         [(3, "person", "detained")]),
        ("За взятки осуждены трое полицейских, один из них к 6 годам лишения свободы.", "ru",
         [(3, "person", "convicted"), (6, "year", "prison_term")]),
    ],
)
def test_one_of_them_without_a_verb_of_its_own_or_given_a_penalty_is_no_count(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Один из заместителей акима задержан при получении взятки.", []),
        ("За нарушения антикоррупционного законодательства к дисциплинарной ответственности привлечены 9 служащих, "
         "один из которых уволен.",
         [(9, "person", "disciplined"), (1, "person", "dismissed")]),  # round 20's convention: one of them dismissed
    ],
)
def test_one_of_several_named_by_its_noun_is_still_no_count_but_one_of_them_dismissed_is(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По делу о хищении бюджетных средств осуждены трое чиновников, двое из них оправданы.",
         [(3, "person", "convicted"), (2, "person", "other")]),
        ("По делу о хищении бюджетных средств осуждены трое чиновников, один из них оправдан.",
         [(3, "person", "convicted"), (1, "person", "other")]),
    ],
)
def test_people_of_a_part_acquitted_are_no_convicts(text, expected):
    assert figures(text) == expected
