"""Other names search finds for a place a query names (data/gazetteer/places.yaml's variants, matched as
pokazatel.store.entity_places.place_named matches them): "ВКО" also finds "Шығыс Қазақстан облысы", "Капчагай"
"Қонаев", "Усть-Каменогорск" "Өскемен", "Жамбыл" "Жамбылская область". A one-word name other than the place's own
that is also a word of another place's name is left out: "Ақмола", an old name of Astana, would find every article on
Ақмола облысы."""

from __future__ import annotations

from functools import cache, lru_cache

from pokazatel.nlp.place_lemmas import KAZAKH_CASE_ENDINGS as KAZAKH_PLACE_ENDINGS
from pokazatel.nlp.place_lemmas import case_forms
from pokazatel.store.entity_places import place_named
from pokazatel.store.kazakh_keyboard import keyboard_fold
from pokazatel.store.place_regions import enclosing
from pokazatel.store.query import WORD, fold, word_variants

from pokazatel.resources import data_path, read_yaml


def _key(text: str) -> str:
    return keyboard_fold(fold(text))


@cache
def _names() -> dict[str, tuple[str, ...]]:
    by_place = _all_names()
    words_of = {place: {word for name in names for word in _key(name).split()} for place, names in by_place.items()}

    def shared(name: str, place: str) -> bool:
        key = _key(name)
        return " " not in key and any(key in words for other, words in words_of.items() if other != place)

    return {place: tuple(name for name in names if name == place or not shared(name, place))
            for place, names in by_place.items()}


@cache
def place_words() -> frozenset[str]:
    """Every form of every word of the places' names (word_variants): a query word outside it names no place."""
    return frozenset(variant for names in _names().values() for name in names for word in WORD.findall(name)
                     for variant in word_variants(word))


# a place name's Kazakh case endings also as typed on a Russian keyboard (ғ г, қ к, і и, ң н): "Карагандыда"
KAZAKH_CASE_ENDINGS = tuple(sorted({form for ending in KAZAKH_PLACE_ENDINGS
                                    for form in (ending, keyboard_fold(ending))}, key=len, reverse=True))
MIN_NAME = 3  # letters a place's name keeps before its ending
REGION_WORD = "облысы"  # a region's Kazakh name: its own word and this ("Жамбыл облысы")
AREA_WORDS = (REGION_WORD, "ауданы")  # a region's or district's Kazakh name: its own word and this
RUSSIAN_ADJECTIVE = ("ский", "ская", "ское", "цкий", "цкая", "цкое")  # "Костанайская область", "Костанайский район"


@cache
def _regions_by_word() -> dict[str, str]:
    """The region whose Kazakh name is each word and "облысы", by the word's folded key: "жамбыл" Жамбылская область."""
    return {_key(name.split()[0]): place for place, names in _names().items() for name in names
            if len(name.split()) == 2 and name.split()[1] == REGION_WORD}


@cache
def _adjectives_by_word() -> dict[str, str]:
    """The Russian adjective of a region's own word, by the word's folded key, read from the region named both ways
    ("Костанайская область" and "Қостанай облысы": "костанай" Костанайский), in the masculine, as the town of that name
    gives it to its court or akimat ("Костанайский городской суд"). An adjective that also names a place of another
    word is left out: "Алматинский район" is Astana's, not Almaty's."""
    adjectives: dict[str, str] = {}
    words_of_adjective: dict[str, set[str]] = {}
    for names in _names().values():
        kazakh = {tuple(name.split()) for name in names if len(name.split()) == 2 and name.split()[1] in AREA_WORDS}
        for name in names:
            first = name.split()[0]
            if len(name.split()) != 2 or not first.casefold().endswith(RUSSIAN_ADJECTIVE):
                continue
            masculine = first[:-2] + "ий" if first.endswith(("ая", "ое")) else first
            words_of_adjective.setdefault(_key(masculine), set()).update({_key(word) for word, _ in kazakh} or {""})
            for word, area in kazakh:
                if area == REGION_WORD:
                    adjectives.setdefault(_key(word), masculine)
    return {word: adjective for word, adjective in adjectives.items() if words_of_adjective[_key(adjective)] == {word}}


@cache
def _towns_by_key() -> dict[str, str]:
    """The town each one-word name names, by its folded key, for a name the gazetteer's lemmas do not match: "Атыраұ",
    as Kazakh Latin "Atyrau" reads in Cyrillic. A key two places share is left out."""
    towns: dict[str, set[str]] = {}
    for place, names in _names().items():
        if len(WORD.findall(place)) == 1:
            for name in names:
                towns.setdefault(_key(name), set()).add(place)
    return {key: next(iter(places)) for key, places in towns.items() if len(places) == 1}


@cache
def _case_forms_by_place() -> dict[str, frozenset[str]]:
    """Every case form of every one-word name of each place (pokazatel.nlp.place_lemmas.case_forms), by the place."""
    from pokazatel.nlp.ru.gazetteer import variants

    forms: dict[str, set[str]] = {}
    for variant, entry in variants():
        if entry.is_place and len(WORD.findall(variant)) == 1:
            forms.setdefault(entry.norm, set()).update(case_forms(variant))
    return {place: frozenset(found) for place, found in forms.items()}


def _named_as_written(text: str, place: str | None) -> str | None:
    """The place a one-word text names when the text is a case form of one of its names: the gazetteer matches
    lemmas, and the dictionary's lemma of "Семей" is "семья", which names no town."""
    if place is None or len(WORD.findall(text)) != 1 or place not in _case_forms_by_place():
        return place
    return place if fold(text) in _case_forms_by_place()[place] else None


@lru_cache(maxsize=10_000)
def place_names(text: str) -> tuple[str, ...]:
    """The other names of the place `text` names in any form, and of the region one word names ("Жамбыл", "Маңғыстау":
    Жамбылская область, as a Kazakh text's "Жамбыл облысы" holds the word; "Костанай" the city and the region);
    () when it names none. A word that is only an old name of a city is the region's ("Ақмола", not Astana). A town
    also names the region of its name it lies in ("Туркестане", "Түркістан": Туркестанская область), and a word in a
    Kazakh case ending names the place its nominative names ("Семейде": Семей, Семипалатинск)."""
    names = _place_names(text)
    if names or len(WORD.findall(text)) != 1 or not (nominative := _kazakh_nominative(text)):
        return names
    return tuple(dict.fromkeys(name for name in (nominative, *_place_names(nominative)) if _key(name) != _key(text)))


def _place_names(text: str) -> tuple[str, ...]:
    place = _named_as_written(text, place_named(text)) or _towns_by_key().get(_key(text))
    region = _regions_by_word().get(_key(text)) if len(WORD.findall(text)) == 1 else None
    if region and place and _key(place) != _key(text) and _region_of_its_name(place) != region:
        place = None
    region = region or _region_of_its_name(place)
    names = [name for found in dict.fromkeys((place, region)) if found for name in _names().get(found, ())]
    if place and len(WORD.findall(place)) == 1:  # a town: its names the region's share, and the region's adjective
        own = _region_of_its_name(place)
        names += [name for name in _all_names().get(place, ()) if own and _regions_by_word().get(_key(name)) == own]
        names += [_adjectives_by_word()[key] for key in dict.fromkeys(map(_key, names)) if key in _adjectives_by_word()]
    names += [form for name in (text, *names) if (form := bodies_form(name))]
    # an old name finds the town, the town not its old name ("Атырау" no Гурьев, a surname too)
    return tuple(dict.fromkeys(name for name in names if _key(name) != _key(text) and name not in _old_names()))


# a district's or region's name as its own bodies take it ("Сарыагашский районный суд", "Сайрам аудандық соты",
# "Карагандинский областной суд", "Жамбыл облыстық соты"): the last word's replacement, by the first word's ending
BODIES_FORMS = (("район", ("ский", "цкий"), "районный"), ("ауданы", (), "аудандық"),
                ("область", ("ская", "цкая"), "областной"), ("облысы", (), "облыстық"))


def bodies_form(name: str) -> str | None:
    """The two-word name of a district or region as its own bodies take it; None for any other name."""
    words = name.split()
    if len(words) != 2:
        return None
    for area, adjective_endings, adjective in BODIES_FORMS:
        if words[1] == area and (not adjective_endings or words[0].endswith(adjective_endings)):
            first = words[0][:-2] + "ий" if words[0].endswith(("ая", "ое")) else words[0]
            return f"{first} {adjective}"
    return None


@cache
def _all_names() -> dict[str, tuple[str, ...]]:
    """Every gazetteer name of each place, those _names leaves out as words of another place's name too, and the
    old names journalists type (data/search/old_place_names.yaml: "Гурьев" for Атырау)."""
    from pokazatel.nlp.ru.gazetteer import variants

    by_place: dict[str, list[str]] = {}
    for variant, entry in variants():
        if entry.is_place and variant not in by_place.setdefault(entry.norm, []):
            by_place[entry.norm].append(variant)
    for place, old_names in _old_place_names().items():
        by_place[place].extend(name for name in old_names if name not in by_place[place])
    return {place: tuple(names) for place, names in by_place.items()}


@cache
def _old_place_names() -> dict[str, tuple[str, ...]]:
    return {place: tuple(names) for place, names in read_yaml(data_path("search", "old_place_names.yaml")).items()}


@cache
def _old_names() -> frozenset[str]:
    return frozenset(name for names in _old_place_names().values() for name in names)


@lru_cache(maxsize=1_000)
def _region_of_its_name(place: str | None) -> str | None:
    """The region a town lies in whose name is one of the town's ("Қарағанды облысы" for Караганда, "Түркістан
    облысы" for Туркестан), or whose word is the city's own name (Алматы: Алматинская область); None for a town in
    a region of another name (Семей in область Абай) and for an old name's region (Ақмола облысы is not Astana's)."""
    if place is None or len(WORD.findall(place)) != 1:
        return None
    lies_in = enclosing(place)[1:2]
    for name in _all_names().get(place, ()):
        region = _regions_by_word().get(_key(name))
        if region and (region in lies_in or _key(name) == _key(place)):
            return region
    return None


def _kazakh_nominative(text: str) -> str | None:
    """The text without the Kazakh case ending after which it names a place ("Оралда": Орал, "Шымкенттегі":
    Шымкент, typed without Kazakh letters too: "Карагандыда"); None when no ending leaves a place's name. The
    accusative is left out: "оралды" is a verb's past (came back) far more often than Орал's accusative."""
    lower = fold(text)
    for ending in KAZAKH_CASE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_NAME and _place_names(text[:-len(ending)]):
            return text[:-len(ending)]
    return None
