"""Place names read before the dictionary. A capitalised word that is a case form of a one-word place name of the
gazetteer (data/gazetteer/places.yaml) is lemmatised as that name: the dictionary reads "Семей" and "в Семее" as
"семья" and "семый", "Орал" as "орало", and unknown names by guesses that differ from one case to the next
("Талдыкоргана": талдыкоргать). A word the dictionary reads as a person's name is left to it ("Сатпаева"), and one
it knows as an adjective ("в Актюбинском районе" is no instrumental of Актюбинск). A capitalised Kazakh word is the
place's name before its case ending ("Қарағандыда": қарағанды, where the stemmer cut "қарағанд")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pokazatel.nlp.ru.morph import NAME_TAGS, PARSE_CACHE_SIZE, parse

ONE_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)*")
CONSONANTS = "бвгджзклмнпрстфхцчшщ"
# the singular case endings of a name by how its nominative ends (a name in another vowel does not decline:
# Актобе, Алматы, Атырау)
DECLENSIONS = (
    ("й", ("я", "ю", "е", "ем")),  # Семей: Семея, Семею, Семее, Семеем
    ("а", ("ы", "и", "е", "у", "ой", "ою")),  # Караганда: Караганды, Караганде, Караганду, Карагандой
    ("ь", ("я", "ю", "е", "ем", "и")),
)
CONSONANT_ENDINGS = ("а", "у", "е", "ом")  # Уральск: Уральска, Уральску, Уральске, Уральском
ADJECTIVE_LOCATIVE = ("ском", "цком")


def case_forms(name: str) -> tuple[str, ...]:
    """The lower-case singular case forms of a one-word place name, its nominative first."""
    lower = name.lower().replace("ё", "е")
    if lower[-1] in CONSONANTS:
        return (lower, *(lower + ending for ending in CONSONANT_ENDINGS))
    for final, endings in DECLENSIONS:
        if lower.endswith(final):
            return (lower, *(lower[:-1] + ending for ending in endings))
    return (lower,)


@cache
def _places_by_form() -> dict[str, str]:
    """Each case form of each one-word place name -> that name's nominative, lower case; a form two places
    share is left out, and a place with several names takes its norm's word where that has the form
    ("Караганды" is Караганда's genitive before it is a name of its own)."""
    from pokazatel.nlp.ru.gazetteer import variants

    found: dict[str, dict[str, str]] = {}
    for variant, entry in variants():
        if entry.is_place and ONE_WORD.fullmatch(variant):
            for form in case_forms(variant):
                nominatives = found.setdefault(form, {})
                if entry.norm not in nominatives or variant == entry.norm:
                    nominatives[entry.norm] = case_forms(variant)[0]
    return {form: next(iter(by_place.values())) for form, by_place in found.items() if len(by_place) == 1}


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def place_lemma(word: str) -> str | None:
    """The nominative, lower case, of the place a capitalised word names in any case ("Семее": семей); None for
    a word that names no place, one in lower case, or one the dictionary reads as a person's name or an
    adjective."""
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return None
    lower = word.lower().replace("ё", "е")
    nominative = _places_by_form().get(lower)
    if nominative is None:
        return None
    analyses = parse(lower)
    if analyses and (NAME_TAGS & analyses[0].tag.grammemes or _adjective(analyses[0], lower)):
        return None
    return nominative


def _adjective(analysis, lower: str) -> bool:
    """An adjective the dictionary knows, or a guessed one in -ском, the locative of a town's adjective
    ("в Степногорском городском суде"), which the town's instrumental rarely is; a guessed "Костаная" is the town's."""
    return analysis.tag.POS == "ADJF" and (analysis.is_known or lower.endswith(ADJECTIVE_LOCATIVE))


@lru_cache(maxsize=10_000)
def shared_with_common_word(word: str) -> bool:
    """Does a capitalised place name share its written form with a common word ("Семей": семей, of families;
    "Орал": орал, shouted)? The index's original text does not tell them apart (it folds case), its lemmas do."""
    if place_lemma(word) is None:
        return False
    analyses = parse(word.lower().replace("ё", "е"))
    return bool(analyses) and analyses[0].is_known and "Geox" not in analyses[0].tag.grammemes


# a place name's Kazakh case endings (locative, "-дағы" of a place, dative, genitive, ablative, instrumental, "-лық"
# of its people), longest first: "Семейде", "Шымкенттегі", "Қарағандыдан"
KAZAKH_CASE_ENDINGS = tuple(sorted((
    "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "да", "де", "та", "те", "нда", "нде", "ға", "ге", "қа", "ке",
    "на", "не", "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен",
    "пен", "лық", "лік", "дық", "дік", "тық", "тік"), key=len, reverse=True))
KAZAKH_ACCUSATIVE = ("ны", "ні", "ды", "ді", "ты", "ті")
MIN_KAZAKH_NAME = 4  # letters a name keeps before its ending: "Арыстан" is a man, not Арыс's ablative


@cache
def _kazakh_place_names() -> frozenset[str]:
    """The one-word place names of the gazetteer, lower case, that are no first name ("Абай": "Абайдың" is the poet's
    more often than the district's)."""
    from pokazatel.nlp.ru.gazetteer import first_names, variants

    names = {variant.lower().replace("ё", "е") for variant, entry in variants()
             if entry.is_place and ONE_WORD.fullmatch(variant)}
    return frozenset(names - set(first_names()))


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def kazakh_place_lemma(word: str) -> str | None:
    """The name, lower case, of the place a capitalised Kazakh word names in any case ("Қарағандыда": қарағанды,
    where the stemmer, reading on, takes "қарағанд" as "қарағанда", compared with, does); None for any other word."""
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return None
    lower = word.lower().replace("ё", "е")
    if lower in _kazakh_place_names():
        return lower
    from pokazatel.nlp.ru.gazetteer import first_names

    if lower in first_names():
        return None
    for ending in (*KAZAKH_CASE_ENDINGS, *KAZAKH_ACCUSATIVE):
        name = lower[: -len(ending)]
        if lower.endswith(ending) and len(name) >= MIN_KAZAKH_NAME and name in _kazakh_place_names():
            return name
    return None
