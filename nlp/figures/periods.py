"""The period a figure covers, from the text: "за первое полугодие 2022 года" → "2022-H1",
"за 9 месяцев" → "2023-01..2023-09", "биылғы" → the publication year, "в январе" → "2024-01".

Word lists live in data/rules/periods.yaml. Relative expressions are resolved against the publication
date; without one they yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.values import word_value

YEAR = r"(?:19|20)\d\d"
YEAR_PARTS = {"half", "quarter", "count", "range"}
REPORT_SPAN = re.compile(r"\d{4}-[HQ]\d|(\d{4})-01\.\.\1-\d\d")  # "2026-H1", "2026-Q3", "2026-01..2026-09"


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    value: str
    # A span figures are summed over ("за 2023 год", "биыл", "за 9 месяцев"), not the date of one event
    # ("в 2025 году компания выиграла конкурс", "в мае руководитель перечислила").
    aggregate: bool = True
    # The other side of a comparison ("меньше, чем годом ранее", "өткен жылмен салыстырғанда"): a reference,
    # not the period of the figures around it.
    baseline: bool = False


def months_range(year: int, first: int, last: int) -> str:
    """A run of months, named as a quarter, half-year or year when it is one."""
    if (first, last) == (1, 12):
        return str(year)
    if last - first == 5 and first in (1, 7):
        return f"{year}-H{1 if first == 1 else 2}"
    if last - first == 2 and first in (1, 4, 7, 10):
        return f"{year}-Q{(first - 1) // 3 + 1}"
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}..{year}-{last:02d}"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    data = rules("periods")
    ordinal = {w: n for n, forms in data["ordinals"][lang].items() for w in forms}
    months = {w: n for n, forms in data["months"][lang].items() for w in forms}
    relative = {w: n for n, forms in data["relative_years"][lang].items() for w in forms}
    tens = _alternation(data["count_tens"].get(lang, []))
    number = rf"\d{{1,2}}|(?:{tens})\s+[^\W\d_]+|[^\W\d_]+" if tens else r"\d{1,2}|[^\W\d_]+"  # "он бір айында"
    ords, month_words = _alternation(ordinal), _alternation(months)
    rel = _alternation(relative)
    if lang == "kk":
        head = rf"(?:(?P<year>{YEAR})\s+(?:жылдың|жылғы|жылы)\s+|(?P<rel>{rel})\s+(?:жылдың\s+)?)?"
        tail = ""
    else:
        head = ""
        tail = rf"(?:\s+(?P<year>{YEAR})\s*(?:года|году|год|г\.?)|\s+(?P<rel>{rel}))?"
    b = r"(?<![\w-])"
    patterns = [
        ("half", rf"{b}{head}(?P<ord>{ords})\s+(?:{_alternation(data['half_year'][lang])}){tail}"),
        ("quarter", rf"{b}{head}(?P<ord>{ords})\s+(?:{_alternation(data['quarter'][lang])}){tail}"),
        ("range", rf"{b}{head}(?:с\s+|за\s+)?(?P<first>{month_words})\s*(?:[-–—]|\sпо\s)\s*(?P<last>{month_words})"
                  rf"(?:\s+айлар\w*)?{tail}"),
    ]
    if lang == "kk":
        patterns.append(("count", rf"{b}{head}(?P<count>{number})\s+(?:{_alternation(data['months_count'][lang])})"
                                  r"(?![\w-])"))
        patterns.append(("month", rf"{b}(?<!\d\s){head}(?P<month>{month_words})(?:\s+айында)?(?![\w-])"))
    else:
        before = "|".join(r"\s+".join(map(re.escape, w.split())) for w in data["months_count_before"][lang])
        patterns.append(("count", rf"{b}(?:{before})\s+(?:последние\s+)?(?P<count>{number})\s+"
                                  rf"(?:{_alternation(data['months_count'][lang])}){tail}"))
        patterns.append(("month", rf"{b}(?:в|за)\s+(?P<month>{month_words})(?![\w-]){tail}"))
    years = _alternation(data["year_words"][lang])
    patterns += [
        ("relative", rf"{b}(?P<rel>{rel})(?![\w-])"),
        ("year", rf"{b}(?P<year>{YEAR})\s*(?:{years})(?![\w-])"),
        ("before", rf"{b}(?:{_alternation(data['year_before_previous'][lang])})(?![\w-])"),
        ("previous", rf"{b}(?:{_alternation(data['this_period'][lang])})(?![\w-])"),
        ("ago", rf"{b}(?P<count>{number})\s+(?:{_alternation(data['years_ago']['years'][lang])})\s+"
                rf"(?:{_alternation(data['years_ago']['ago'][lang])})(?![\w-])"),
    ]
    return [(kind, re.compile(pattern)) for kind, pattern in patterns]


@cache
def _word_numbers(lang: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Each form of an ordinal, a month and a relative year ("прошлого") with its number, made once."""
    data = rules("periods")
    return tuple({w: n for n, forms in data[name][lang].items() for w in forms}
                 for name in ("ordinals", "months", "relative_years"))


def find_periods(text: str, lang: str, published: date | None) -> list[PeriodMention]:
    """Every period expression in `text`, in order, with its resolved value."""
    lowered = text.lower().replace("ё", "е")
    ordinal, months, relative = _word_numbers(lang)
    found: list[tuple[int, int, str, re.Match]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns(lang):
        for match in pattern.finditer(lowered):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken) or _is_date(lowered, match, kind) \
                    or (kind == "count" and (_is_term(lowered, match, lang) or match["count"] in months)):
                continue  # "қазан айында" names October, no count of months
            if kind in {"month", "range"} and not text[match.start("month" if kind == "month" else "last")].islower():
                continue  # "Қазан" the city, not "қазан" the month; a range's first month may open a sentence
                # ("Шілде-қыркүйек айларында")
            taken.append(span)
            found.append((span[0], span[1], kind, match))
    found.sort()
    mentions: list[PeriodMention] = []
    yearless: list[bool] = []  # per mention: a part of a year that names no year of its own ("за шесть месяцев")
    last_value: str | None = None
    for start, end, kind, match in found:
        groups = match.groupdict()
        year = _year(groups, relative, published)
        value = None
        if kind == "before":
            value = _year_earlier(last_value) if last_value else None
        elif kind == "previous":
            value = last_value
        elif kind == "relative" or (kind == "year"):
            value = str(year) if year else None
        elif kind == "ago":
            count = _count(groups["count"], lang)
            value = str(published.year - count) if published and count else None
        elif year is None:
            value = None
        elif kind == "half":
            half = ordinal[groups["ord"]]
            value = f"{year}-H{half}" if half in (1, 2) else None
        elif kind == "quarter":
            value = f"{year}-Q{ordinal[groups['ord']]}"
        elif kind == "count":
            count = _count(groups["count"], lang)
            value = months_range(year, 1, count) if count and 1 <= count <= 12 else None
        elif kind == "month":
            month = months[groups["month"]]
            explicit = groups.get("year") or groups.get("rel")
            if not explicit and published and month > published.month:
                year -= 1  # "в декабре" written in February: last December
            value = f"{year}-{month:02d}"
        elif kind == "range":
            first, last = months[groups["first"]], months[groups["last"]]
            value = months_range(year, first, last) if first <= last else None
        if value:
            baseline = _is_baseline(lowered, match, lang)
            mentions.append(PeriodMention(start, end, value, _is_aggregate(lowered, match, kind), baseline))
            yearless.append(kind in YEAR_PARTS and not (groups.get("year") or groups.get("rel")))
            if not baseline:  # "годом ранее" after "чем в 2023 году" is the year before the report's, not 2022
                last_value = value
    return _with_years_before(lowered, mentions, yearless, lang)


def _year_earlier(value: str) -> str:
    """The period a year before `value`: a report's span (a half, a quarter, the months from January: "за 9 месяцев
    2026 года …, годом ранее") the same span a year earlier; a year, a month or other months (when a survey was held)
    the year before."""
    if REPORT_SPAN.fullmatch(value):
        return re.sub(r"\d{4}", lambda year: str(int(year[0]) - 1), value)
    return str(int(value[:4]) - 1)


def _with_years_before(lowered: str, mentions: list[PeriodMention], yearless: list[bool],
                       lang: str) -> list[PeriodMention]:
    """A part of a year that names no year takes the year named right before it, as one period: "в прошлом году за
    шесть месяцев" is last year's first half, "былтыр алғашқы алты айда" too, not this year's."""
    joiners = rules("periods")["year_part_joiners"][lang]
    joined: list[PeriodMention] = []
    for mention, no_year in zip(mentions, yearless, strict=True):
        previous = joined[-1] if joined else None
        gap = lowered[previous.end : mention.start] if previous else "\n"
        if no_year and previous and len(previous.value) == 4 and "\n" not in gap \
                and all(word in joiners for word in gap.split()):
            value = mention.value.replace(mention.value[:4], previous.value)
            joined[-1] = PeriodMention(previous.start, mention.end, value, mention.aggregate,
                                       previous.baseline or mention.baseline)
            continue
        joined.append(mention)
    return joined


def _is_aggregate(lowered: str, match: re.Match, kind: str) -> bool:
    if kind not in {"year", "month"}:
        return True
    before = lowered[max(0, match.start() - 20) : match.start()]
    if re.search(r"(?:^|\s)(?:за|итог\w*|начала)\s+$", before):
        return True
    return kind == "year" and not re.search(r"(?:году|жылы|жылда)$", match.group())


def _is_baseline(lowered: str, match: re.Match, lang: str) -> bool:
    words = rules("periods")["baseline"]
    before = lowered[max(0, match.start() - 50) : match.start()]  # "по сравнению с аналогичным периодом прошлого года"
    after = lowered[match.end() : match.end() + 40]
    preposition = rf"(?:\s+(?:{_alternation(words['prepositions'][lang])}))?" if words["prepositions"][lang] else ""
    # "против 163 за аналогичный период прошлого года": the compared number may stand between
    number = r"(?:\s+\d[\d\s,.]*?)?"
    return any(re.search(rf"(?:^|\s){re.escape(w)}{number}{preposition}\s+$", before) for w in words["before"][lang]) \
        or any(re.match(rf"\w*(?:\s+\w+){{0,2}}\s+{re.escape(w)}(?![\w-])", after) for w in words["after"][lang])


def _year(groups: dict, relative: dict, published: date | None) -> int | None:
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("rel"):
        return published.year + int(relative[groups["rel"]]) if published else None
    return published.year if published else None


def _count(text: str, lang: str) -> int | None:
    if text.isdigit():
        return int(text)
    numbers = [word_value(word, lang) for word in text.split()]  # "он бір": ten and one
    if not all(number and number.kind == "unit" for number in numbers):
        return None
    value = sum(number.value for number in numbers)
    return int(value) if value > 1 else None  # "за один месяц" is a span of a month, not January


def _is_term(lowered: str, match: re.Match, lang: str) -> bool:
    """"2 ай мерзімге қамауға алынды": months counted for a term, not a span of the year."""
    following = lowered[match.end() : match.end() + 20].split()
    return bool(following) and following[0].startswith(tuple(rules("periods")["term_after"][lang]))


def _is_date(lowered: str, match: re.Match, kind: str) -> bool:
    """A day before a month or year ("1 января 2024 года", "9 желтоқсан") is a date, not a period;
    "с 2020 года" and "до 2025 года" are not periods either."""
    before = lowered[max(0, match.start() - 12) : match.start()]
    if kind in {"year", "month"} and re.search(r"(?:\d|[^\W\d_]+ря|[^\W\d_]+ля|мая|марта|августа|июня|июля)\s*$",
                                              before):
        return True
    return kind == "year" and bool(re.search(r"(?<![\w])(?:с|до|по|к|со)\s+$", before))
