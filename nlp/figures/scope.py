"""What a figure covers: one case ("взятка 25 тыс. тенге", "осуждён на 5 лет") or a total over many
cases in a report ("за 9 месяцев осуждены 684 человека"), the region a total covers ("KZ" for the
whole country), and the subject named with it (a person, in its sentence or the last one named before
it, else a body, else the person the next sentence names for an amount, else the region; a total's subject is its
region), which tells
two reports of one thing from two different things. Word lists: data/rules/scope.yaml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from pokazatel.nlp.figures.lexicon import rules

from pokazatel.resources import data_path, read_yaml

NATIONAL = "KZ"


@dataclass(frozen=True)
class Named:
    """An entity mention: label (PER, ORG, LOC), norm, character offsets."""

    label: str
    norm: str
    start: int
    end: int


@cache
def _patterns(kind: str, lang: str) -> re.Pattern:
    words = rules("scope")[kind][lang if lang in ("ru", "kk") else "ru"]
    return re.compile("|".join(f"(?:{word})" for word in words), re.IGNORECASE)


def is_country(norm: str) -> bool:
    return _fold(norm) in rules("scope")["country_names"]


def _fold(name: str) -> str:
    return name.casefold().replace("ё", "е")


@cache
def kazakhstan_places() -> frozenset[str]:
    """Names of Kazakhstan's regions, cities and districts (folded): the places a figure can cover.
    data/gazetteer/places.yaml holds only those; kk_places.yaml lists them before its countries."""
    names = set()
    for entry in read_yaml(data_path("gazetteer", "places.yaml")):
        names.update(_fold(name) for name in [entry["norm"], *entry.get("variants", [])])
    kazakh = data_path("gazetteer", "kk_places.yaml").read_text(encoding="utf-8").split("# countries")[0]
    names.update(_fold(line.strip()[2:]) for line in kazakh.splitlines() if line.strip().startswith("- "))
    return frozenset(names)


def is_region(norm: str) -> bool:
    """A place in Kazakhstan other than the whole country."""
    return not is_country(norm) and _fold(norm) in kazakhstan_places()


# A sentence ends at . ! ? … before a capital letter, a digit or a quote, and at a line break; a
# plain scan, not the extractor's tokeniser and sentence splitter, which cost 8 ms an article here.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[«\"(\d\w])(?=[^a-zа-яёәғқңөұүһі])|\n+")
INITIAL_BEFORE = re.compile(r"(?<!\w)[А-ЯЁӘҒҚҢӨҰҮІ]\.$")  # "Т." of "Т. Байжанова"


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        if INITIAL_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue  # "поста Т. Байжанова": an initial ends no sentence
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _nearest(named: Sequence[Named], label: str, position: int) -> Named | None:
    candidates = [n for n in named if n.label == label]
    return min(candidates, key=lambda n: abs(n.start - position), default=None)


def _last_before(named: Sequence[Named], label: str, position: int) -> Named | None:
    return max((n for n in named if n.label == label and n.end <= position), key=lambda n: n.start, default=None)


def add_scope(text: str, figures: list[dict], named: Sequence[Named], lang: str) -> list[dict]:
    """The figures with `scope` ("case" | "total"), `region` (a place norm, "KZ", or None) and `subject`
    added, decided from the figure's sentence and the entities named in it."""
    if not figures:
        return figures
    sentences = _sentence_bounds(text)
    places = [n for n in named if n.label == "LOC" and is_region(n.norm)]
    first_place = places[0].norm if places else None
    # a case's story usually happened where the agency reports from; a report's total of months covers no
    # more of the country for being published from the capital
    dateline = _dateline_end(text)
    report_places = [n for n in places if n.start >= dateline]
    missed: list[Named] | None = None  # surnames the taggers missed, looked for once a case has no person
    for figure in figures:
        start = figure.get("start") or 0
        bounds = next(((s, e) for s, e in sentences if s <= start < e), (start, figure.get("end") or start))
        sentence = text[bounds[0]:bounds[1]]
        inside = [n for n in named if bounds[0] <= n.start < bounds[1]]
        scope = _scope(figure, sentence, inside, lang)
        candidates = report_places if scope == "total" and _is_span(figure.get("period")) else places
        place = _nearest([n for n in candidates if bounds[0] <= n.start < bounds[1]], "LOC", start)
        if scope == "total":
            before = _last_before(candidates, "LOC", bounds[0])
            bodies = [n for n in named if n.label == "ORG" and n.start < max(start, bounds[0] + 1)]
            region = place.norm if place else _area(sentence, figure, before, bodies, lang)
            subject = region or ""
        else:
            region = place.norm if place else first_place
            # "Его признали виновным в получении взятки": the person named last before stands for "его"
            person = _nearest(inside, "PER", start) or _last_before(named, "PER", bounds[0])
            if person is None:
                missed = missed_surnames(text, named) if missed is None else missed
                person = (_nearest([n for n in missed if bounds[0] <= n.start < bounds[1]], "PER", start)
                          or _last_before(missed, "PER", bounds[0]))
            body = _nearest([n for n in inside if not _reports_cases(n.norm)], "ORG", start)
            # "похищено 1,2 млрд тенге. … директор Серик Жанатов обвиняется"; a count of people is a group, not the
            # next person named ("Сот 34 адамды кінәлі деп танып … Департамент басшысы Асхат Байжанов")
            if person is None and body is None and figure.get("unit") != "person":
                person = _named_next(text, sentences, bounds, [*named, *(missed or [])])
                if person is None and _pronouns(lang).search(sentence):  # "они получили взятки": the body before's
                    body = _last_before([n for n in named if not _reports_cases(n.norm)], "ORG", bounds[0])
            subject = (person or body).norm if (person or body) else (region or "")
        figure.update(scope=scope, region=region, subject=subject)
    return figures


def _named_next(text: str, sentences: list[tuple[int, int]], bounds: tuple[int, int],
                named: Sequence[Named]) -> Named | None:
    """The first person the sentence after the figure's names, when that sentence is no speaker's
    (data/rules/scope.yaml, speech_verbs: "сообщил Ерлан Асанов" tells of the case, he is none of it), no place is
    named before him (a digest's next item: "В Павлодарской области руководитель … М. К. Оспанова") and his title is
    none of those who prosecute or try cases (reporter_titles: "Облыс прокуроры Бақыт Әлімқұлов")."""
    following = next(((s, e) for s, e in sentences if s >= bounds[1]), None)
    if following is None or _speech().search(text, following[0], following[1]):
        return None
    person = min((n for n in named if n.label == "PER" and following[0] <= n.start < following[1]),
                 key=lambda n: n.start, default=None)
    if person is None or any(n.label == "LOC" and following[0] <= n.start < person.start for n in named):
        return None
    return None if _reporter_titles().search(text, following[0], person.start) else person


@cache
def _pronouns(lang: str) -> re.Pattern:
    words = rules("scope")["pronouns"][lang if lang in ("ru", "kk") else "ru"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


@cache
def _speech() -> re.Pattern:
    return re.compile("|".join(f"(?:{word})" for word in rules("scope")["speech_verbs"]), re.IGNORECASE)


@cache
def _reporter_titles() -> re.Pattern:
    return re.compile("|".join(f"(?:{word})" for word in rules("scope")["reporter_titles"]), re.IGNORECASE)


def _reports_cases(norm: str) -> bool:
    """A body that investigates, prosecutes, tries or reports cases (the Agency, a prosecutor's office, a court):
    no subject of a case's figures."""
    return _reporters().search(norm) is not None


@cache
def _reporters() -> re.Pattern:
    return re.compile("|".join(f"(?:{word})" for word in rules("scope")["case_reporters"]), re.IGNORECASE)


@cache
def _surname_pattern() -> re.Pattern:
    endings = "|".join(rules("scope")["surname_endings"])
    return re.compile(rf"(?<![\w«\"'-])([А-ЯЁӘҒҚҢӨҰҮІ][а-яёәғқңөұүі]+?(?:{endings}))([а-яёәғқңөұүі]*)(?![\w-])")


def missed_surnames(text: str, named: Sequence[Named]) -> list[Named]:
    """Surnames no tagger marked (data/rules/scope.yaml, surname_endings), outside every entity but a LOC that is no
    known place ("аким сельского округа Сейтказиев" read as a place), in the nominative
    ("Сапаровқа", "Сейтказиевым": "Сапаров", "Сейтказиев"; "Сапарова" stays, his genitive or her name)."""
    from pokazatel.nlp.kk.stem import strip_case
    from pokazatel.nlp.ru.morph import may_be_name

    case_endings = rules("scope")["surname_case_endings"]
    found = []
    for match in _surname_pattern().finditer(text):
        if (any(n.start <= match.start() < n.end for n in named if n.label != "LOC" or _is_place(n.norm))
                or _opens_sentence(text, match.start())
                or not may_be_name(match.group(0))):
            continue
        stem, ending = match.groups()
        if ending in case_endings:
            surname = stem + case_endings[ending]
        elif strip_case(match.group(0)) == stem:
            surname = stem
        else:
            continue
        found.append(Named("PER", surname, match.start(), match.end()))
    return found


def _is_place(norm: str) -> bool:
    return is_country(norm) or _fold(norm) in kazakhstan_places()


def _opens_sentence(text: str, start: int) -> bool:
    """Does a sentence open at `start`? Not after an initial ("Т. Байжанова")."""
    before = text[:start].rstrip(" \t«\"(")
    if before.endswith(".") and INITIAL_BEFORE.search(before):
        return False
    return not before or before[-1] in ".!?…\n:"


# "АСТАНА. KAZINFORM –", "ТАРАЗ. ": the place an agency reports from, in capitals before the first full stop
DATELINE = re.compile(r"\s*([^\W\d_]+(?:[ -][^\W\d_]+){0,2})\.\s")


def _dateline_end(text: str) -> int:
    """Where the dateline opening the text ends (0 when none): the place it names is where the report was
    written, not what its totals cover."""
    match = DATELINE.match(text)
    return match.end(1) if match and match.group(1).isupper() and len(match.group(1)) > 2 else 0


def _is_span(period: str | None) -> bool:
    """A report's span of months: "2024-01..2024-09", a half-year "2024-H1", a quarter "2024-Q3"."""
    return bool(period) and (".." in period or re.search(r"-[HQ]\d$", period) is not None)


def _area(sentence: str, figure: dict, before: Named | None, bodies: Sequence[Named], lang: str) -> str | None:
    """What a total with no place beside it covers: the country when it says so ("в Казахстане",
    "по стране"); else the place the article spoke of before it; else the region in the name of the last
    body named before it ("Прокуратура Жамбылской области", "Қостанай облысының прокуратурасы" report their
    region's figures); else, for a report's span of months, the country; else nobody knows ("Всего
    задержаны два человека" in a story from somewhere)."""
    if _patterns("national", lang).search(sentence):
        return NATIONAL
    if before:
        return before.norm
    for body in sorted(bodies, key=lambda n: n.start, reverse=True):
        if region := region_in_name(body.norm):
            return region
    return NATIONAL if _is_span(figure.get("period")) else None


@lru_cache(maxsize=4096)  # a stream names few bodies
def region_in_name(name: str) -> str | None:
    """The region of Kazakhstan a body's name holds, in any case and either language ("Департамент по
    Карагандинской области": "Карагандинская область"), else None."""
    from pokazatel.nlp.kk.stem import strip_case
    from pokazatel.nlp.ru.gazetteer import WORD, gazetteer, word_lemmas

    words = [word for word in WORD.findall(name) if word[0].isalnum()]
    for found in gazetteer().matches([word_lemmas(strip_case(word)) for word in words]):
        if found[2].is_place and is_region(found[2].norm):
            return found[2].norm
    return None


def _scope(figure: dict, sentence: str, inside: Sequence[Named], lang: str) -> str:
    if figure["unit"] in rules("scope")["case_units"]:
        return "case"  # a prison term or a ban is one person's
    if _patterns("case_sums", lang).search(sentence) and not _is_span(figure.get("period")):
        return "case"  # "Олар … жалпы сомасы 6 млн теңге пара алған": their sum
    if _patterns("total", lang).search(sentence) or _is_span(figure.get("period")):
        return "total"  # a span of months ("2024-01..2024-09", "2024-H1") is what reports sum up
    if figure.get("period") and figure["unit"] in ("person", "case") \
            and not any(n.label == "PER" for n in inside) and _patterns("national", lang).search(sentence):
        return "total"
    return "case"
