"""Which period a figure covers: numbers that name a period are no figures ("2024 жылдың 9 айындағы"), months of a
sentence are no period ("3 жыл 6 ай"), a report states its period once in its lead, and a count takes the period of
its clause, sentence or paragraph."""

from __future__ import annotations

import re

from pokazatel.nlp.figures.amount_context import goes_to_the_state
from pokazatel.nlp.figures.bracketed import (
    is_time_before_dash,
    is_time_of_bracketed_figure,
    outside_other_brackets,
)
from pokazatel.nlp.figures.events import occurs, scope_keys
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.ongoing_work import tells_ongoing_work
from pokazatel.nlp.figures.periods import PeriodMention
from pokazatel.nlp.figures.sentence_figures import Figure, of_them
from pokazatel.nlp.figures.span_words import names_recent_years, tells_average, tells_largest
from pokazatel.nlp.figures.text import Sentence, Token
from pokazatel.nlp.figures.units import measure
from pokazatel.nlp.figures.values import NumberMention

BASELINE_GAP = 40  # characters from a compared number to its period ("против 163 за аналогичный период …")


def is_term_served(tokens: list[Token], period: PeriodMention, numbers: list[NumberMention], lang: str) -> bool:
    """"3 жыл 6 ай бас бостандығынан айыру": months of a sentence, read as a span of the year, are no period."""
    return any(period.start <= m.start < period.end and (found := measure(tokens, m, lang)) is not None
               and found.kind == "term" and not found.duration and _follows_years(tokens, m) for m in numbers)


def _follows_years(tokens: list[Token], mention: NumberMention) -> bool:
    """Does a number of years stand right before this number ("3 жыл 6 ай", "5 лет 6 месяцев")?"""
    return mention.first >= 2 and tokens[mention.first - 2].is_digit and tokens[mention.first - 1].is_word


def names_period(tokens: list[Token], mention: NumberMention, periods: list[PeriodMention], lang: str) -> bool:
    """"2024 жылдың 9 айындағы": a number inside a period names it and is no figure; "2 жыл 6 ай" after a
    sentence is a term, though "6 ай" alone reads as a period too."""
    containing = [p for p in periods if p.start <= mention.start < p.end]
    if not containing:
        return False
    found = measure(tokens, mention, lang)
    # "По итогам 11 месяцев осуждены …": months a period's words open are the period, never a term
    return found is None or found.kind != "term" or any(p.start < mention.start for p in containing)


def figure_period(text: str, tokens: list[Token], figure: Figure, clause: tuple[int, int], sentence: tuple[int, int],
                  sentence_periods: list[PeriodMention], periods: list[PeriodMention], carried: str | None,
                  lead_period: str | None, lang: str, carried_to_amounts: bool = True) -> str | None:
    """The period a figure covers. Counts of people and cases take the period of their clause, sentence or
    paragraph. Amounts and items have one only in a report (an article whose lead names its period), and
    then only a span they are summed over ("биыл", "за 2023 год"): the date of a deal ("в 2025 году
    компания выиграла 14 конкурсов") is not a reporting period. In a report of part of a year, a running total of that
    year ("с начала года", "жыл басынан бері"; not "в этом году") is the report's span, and the year before with "the
    same period" ("за аналогичный период прошлого года", "өткен жылдың осы кезеңінде") the same span a year
    earlier."""
    if _states_a_rate(tokens, clause, lang):
        return None  # "ежемесячно поступает более 2 тысяч звонков": so much a month, over no reported span
    if figure.measure.kind == "item" and tells_ongoing_work(tokens, clause, lang):
        return None  # "работа по установлению активов продолжается в 14 государствах": the work's state now
    if names_recent_years(tokens, sentence, figure, lang):
        return None  # "за последние три года осуждены 3,5 тысячи человек": a span no period value writes
    if figure.measure.kind == "money" and tells_largest(tokens, sentence, figure, lang) \
            and not periods_in(tokens, periods, *clause):
        return None  # "Самая крупная взятка – 85 млн тенге": one case's sum, though a report tells it
    # bribes counted by the times taken ("30 рет пара алған") are one case's, as its sum is, not a count of a span
    counts = figure.measure.kind in ("person", "case") \
        and figure.measure.object not in rules("units")["bribes_by_times"][lang]["times"]
    start = tokens[figure.mention.first].start  # "1,8 млрд тенге (в прошлом году – 1,1 млрд)": last year is the 1,1's
    in_clause = outside_other_brackets(text, periods_in(tokens, periods, *clause), start)
    sentence_periods = outside_other_brackets(text, sentence_periods, start)
    if not counts:
        if lead_period is None:
            # a case story: its amounts and items are not reported for a period; but an amount told right after the
            # counts of a report's months ("За 9 месяцев … возбуждено 22 дела. Сумма взяток составила 86 млн") is
            # summed over their months, and things or shares counted over a span of their own clause ("в этом году
            # выявлено 1 240 рисков") are that span's, as is a share of them told after ("…, устранено 86% из них")
            share = figure.measure.kind == "percent" and of_them(tokens, figure.measure.last, lang)
            spans = sentence_periods if share else in_clause
            over_span = figure.measure.kind in ("item", "percent") or tells_average(tokens, sentence, figure, lang)
            # money gone to the state since the year began is that year's total ("с начала года в бюджет поступило
            # 5,7 млрд"), not one case's sum ("с начала года он получил 5 млн")
            to_state = figure.measure.kind == "money" and goes_to_the_state(tokens, clause, lang)
            summed = [p for p in spans
                      if p.aggregate and (over_span or (to_state and is_running_total(text, p, lang)))]
            if summed:
                return _nearest(tokens, summed, figure.mention).value
            # only months the sentence before counted over: "с июня по ноябрь таможенники брали по 50 долларов.
            # Всего они получили 46 тысяч" are the months of one case, and its sum has no period
            return carried if carried and carried_to_amounts and len(carried) > 4 and not sentence_periods else None
        # the time its own brackets name is a bracketed figure's, a date or not ("(в 2025 году – 1,9 млрд)")
        in_clause = [p for p in in_clause if p.aggregate or is_time_of_bracketed_figure(text, p)
                     or is_time_before_dash(text, p, start)]  # "тогда как в 2022 году – 12,1%"
        sentence_periods = [p for p in sentence_periods if p.aggregate]
    own_baseline = _baseline_of(text, tokens, periods, figure, lang)
    if own_baseline:
        return period_in_report(text, tokens, own_baseline, sentence, lead_period, lang)
    others = [p for p in sentence_periods if not _claimed_by_another_number(tokens, p, figure, sentence)]
    own_clause = [p for p in in_clause if not _claimed_by_another_number(tokens, p, figure, sentence)]
    found = _nearest(tokens, own_clause, figure.mention) or _nearest(tokens, others, figure.mention)
    if found:
        return period_in_report(text, tokens, found, sentence, lead_period, lang)
    return (carried if counts else None) or lead_period



def _states_a_rate(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause give so much a month, a day or a year ("ежемесячно", "в месяц", "ай сайын")?"""
    lowered = f" {' '.join(t.lower for t in tokens[clause[0] : clause[1]])} "
    return any(f" {phrase} " in lowered for phrase in rules("periods")["rate"][lang])


def period_in_report(text: str, tokens: list[Token], found: PeriodMention, sentence: tuple[int, int],
                     lead_period: str | None, lang: str) -> str:
    """The period a period mention gives the figures of its sentence: in a report of part of a year a bare year
    may be the report's span (`_within_report`); elsewhere the mention's own value."""
    if lead_period and len(lead_period) > 4 and len(found.value) == 4:
        return _within_report(text, tokens, found, sentence, lead_period, lang)
    if lead_period and found.value[:4] == lead_period[:4] and _months_counted(text, found, lang) \
            and _span_length(found.value) == _span_length(lead_period):
        return lead_period  # "За три месяца возбуждено 38 дел" in a report of the third quarter: the quarter; not
        # "в прошлом году за шесть месяцев" in a report of this year's half
    return found.value


def _months_counted(text: str, found: PeriodMention, lang: str) -> bool:
    """Is the mention a count of months ("за три месяца", "алты айда"), not months named ("с июля по сентябрь")?"""
    words = re.findall(r"\w+", text[found.start : found.end].lower())
    return any(word in rules("periods")["months_count"][lang] for word in words)


def _span_length(value: str) -> int | None:
    """How many months a period value spans: "2024-Q3" 3, "2026-H1" 6, "2026-01..2026-09" 9; None for a year, a month
    or a span over years."""
    if re.fullmatch(r"\d{4}-Q\d", value):
        return 3
    if re.fullmatch(r"\d{4}-H\d", value):
        return 6
    if found := re.fullmatch(r"(\d{4})-(\d\d)\.\.(\d{4})-(\d\d)", value):
        return int(found[4]) - int(found[2]) + 1 if found[1] == found[3] else None
    return None


def _within_report(text: str, tokens: list[Token], found: PeriodMention, sentence: tuple[int, int], lead_period: str,
                   lang: str) -> str:
    """A bare year in a report of part of a year ("2026-01..2026-09"): the report's span when it is a running
    total of the report's year, the same span a year earlier when it is the year before and the sentence says
    "the same period"."""
    year, lead_year = found.value, lead_period[:4]
    if year == lead_year and is_summing(text, found, lang):
        return lead_period
    words = " ".join(t.lower for t in tokens[sentence[0] : sentence[1]])
    if int(year) == int(lead_year) - 1 and any(re.search(_starts_of_words(phrase), words)
                                               for phrase in rules("periods")["same_period"][lang]):
        return lead_period.replace(lead_year, year)
    return year


def _baseline_of(text: str, tokens: list[Token], periods: list[PeriodMention], figure: Figure,
                 lang: str) -> PeriodMention | None:
    """The baseline period right before the figure (in brackets or not), which is the compared figure itself: "Бұл
    өткен жылғы 112 адаммен салыстырғанда аз" (112 is last year's), or whose relative clause holds the figure:
    "больше, чем в 2025 году, когда их было 64"."""
    start, end = tokens[figure.mention.first].start, tokens[figure.measure.last].end
    compared = rules("periods")["baseline"]["before"][lang]
    if any(re.search(rf"(?:^|\s){re.escape(word)}\s+$", text[max(0, start - 30) : start].lower()) for word in compared):
        after = next((p for p in periods if p.baseline and p.start >= end and len(text[end : p.start]) <= BASELINE_GAP
                      and not re.search(r"[\d,.;:–—]", text[end : p.start])), None)
        if after:
            return after  # "против 163 за аналогичный период прошлого года": the compared number, then its period
    relative = rules("periods")["baseline"]["relative"][lang]
    opens_relative = re.compile(rf"\s*,?\s*(?:{'|'.join(map(re.escape, relative))})(?!\w)[^,.;:–—]*$") if relative \
        else None
    return next((p for p in periods if p.baseline and p.end <= start and (
        text[p.end : start].strip() in ("", "(") or (opens_relative and opens_relative.match(text[p.end : start])))),
        None)  # "чем за аналогичный период прошлого года (166)": the number in brackets after it is its own


def _claimed_by_another_number(tokens: list[Token], period: PeriodMention, figure: Figure,
                               sentence: tuple[int, int]) -> bool:
    """Does a number of the period's own clause, a later one than the figure's, stand beside it: in "Это 72%, годом
    ранее было 64%" the year before is the 64%'s, not the 72%'s (a period opening the sentence scopes all of it)?"""
    inside = [i for i in range(*sentence) if period.start <= tokens[i].start < period.end]
    if not inside or inside[0] <= figure.measure.last:
        return False
    own = range(figure.mention.first, figure.measure.last + 1)
    for step, edge in ((1, sentence[1]), (-1, sentence[0] - 1)):
        i = inside[-1] + 1 if step == 1 else inside[0] - 1
        while i != edge and tokens[i].text not in {",", ";"}:
            if i in own:
                return False  # the figure's own clause
            if tokens[i].is_digit:
                return True
            i += step
    return False


def periods_in(tokens: list[Token], periods: list[PeriodMention], start: int, end: int) -> list[PeriodMention]:
    """The periods in tokens[start:end] that figures can cover: not the baseline of a comparison."""
    if start >= end:
        return []
    lo, hi = tokens[start].start, tokens[end - 1].end
    return [p for p in periods if lo <= p.start < hi and not p.baseline]


def _nearest(tokens: list[Token], periods: list[PeriodMention], mention: NumberMention) -> PeriodMention | None:
    """The period nearest the number, preferring one with no other number between them: in "в 2024 году осуждены
    1 012 человек против 1 145 годом ранее" the year before is the 1 145's."""
    if not periods:
        return None
    clear = [p for p in periods if not _number_between(tokens, p, mention)]
    return min(clear or periods, key=lambda p: min(abs(p.start - mention.end), abs(mention.start - p.end)))


def _number_between(tokens: list[Token], period: PeriodMention, mention: NumberMention) -> bool:
    if period.end <= mention.start:
        k = mention.first - 1
        while k >= 0 and tokens[k].start >= period.end:
            if tokens[k].is_digit:
                return True
            k -= 1
        return False
    k = mention.last + 1
    while k < len(tokens) and tokens[k].end <= period.start:
        if tokens[k].is_digit and tokens[k].start >= mention.end:
            return True
        k += 1
    return False


def find_lead_period(text: str, tokens: list[Token], sentences: list[Sentence], periods: list[PeriodMention],
                     mentions: list[NumberMention], lang: str, published_year: int | None = None) -> str | None:
    """The period of a report, stated once for all its figures: the period of the article's first sentence
    when that sentence announces a report ("подвело итоги работы за 10 месяцев"), names a part of a year or a
    running total ("С начала года департамент зарегистрировал..."); or, when the first sentence only announces
    a report without a period or a figure ("департаменті жұмыс қорытындысын жариялады"), the span the second
    sentence opens with ("Биыл өңірде 71 қылмыс тіркелді"); or the years an audit the lead reports covered
    ("2022–2024 жылдардағы жұмсалуын тексерді")."""
    if not sentences:
        return None
    first = sentences[0]
    lead_text = text[tokens[first.start].start : tokens[first.end - 1].end].lower()
    report = any(word in lead_text for word in rules("periods")["report_words"][lang])
    lead = periods_in(tokens, periods, first.start, first.end)
    if not lead and (span := _audited_span(lead_text, lang)):
        return span
    if lead:
        summing = is_summing(text, lead[0], lang)
        part_of_year = any(len(p.value) > 4 for p in lead)
        this_year = _body_this_year(lead_text, lang) or (
            _names_body(lead_text, lang) and any(p.value == str(published_year) for p in lead))
        return lead[0].value if report or part_of_year or summing or (this_year and (
            _counts_several(tokens, first, mentions, lang) or _returns_to_state(lead_text, lang))) else None
    announces = report and not any(first.start <= m.first < first.end for m in mentions)
    if not announces or len(sentences) < 2:
        return None
    second = [p for p in periods_in(tokens, periods, sentences[1].start, sentences[1].end) if p.aggregate]
    return second[0].value if second else None


def _counts_several(tokens: list[Token], sentence: Sentence, mentions: list[NumberMention], lang: str) -> bool:
    """Does the sentence count several cases or things ("вернула 27 участков"), not one case's sum or its people?"""
    for mention in mentions:
        if sentence.start <= mention.first < sentence.end and mention.value > 1:
            counted = measure(tokens, mention, lang)
            if counted is not None and counted.kind in ("case", "item"):
                return True
    return False


def _body_this_year(lead_text: str, lang: str) -> bool:
    """Does the lead tell a body's work of this year ("прокуратура … в этом году вернула", "прокуратурасы биыл")?"""
    data = rules("periods")["body_this_year"]
    this_year = any(re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", lead_text)
                    for words in data["this_year"][lang])
    return this_year and _names_body(lead_text, lang)


def _names_body(lead_text: str, lang: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(start)}", lead_text)
               for start in rules("periods")["body_this_year"]["bodies"][lang])


def _returns_to_state(lead_text: str, lang: str) -> bool:
    """Does the lead tell what went back to the state ("государству возвращены активы на 312 млрд тенге",
    "мемлекетке 312 млрд теңге қайтарылды"): a body's total of returns, as a count of things returned is?"""
    return any(re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", lead_text)
               for words in rules("statistics")["returned_to"][lang])


def registers_crimes(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does a count's clause say crimes were registered ("зарегистрировано 140 преступлений", "186 қылмыс
    тіркелгенін"): a statistic of a period, not a case?"""
    keys = set(scope_keys(tokens, *clause, lang))
    return any(occurs(word, keys, lang) for word in rules("periods")["registered"][lang])


def _audited_span(lead_text: str, lang: str) -> str | None:
    """"2022-01..2024-12" for a lead that reports an audit of the years 2022–2024 ("… 2022–2024 жылдардағы жұмсалуын
    тексерді")."""
    data = rules("periods")["audited_span"]
    if not re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, data["audit"][lang])) + ")", lead_text):
        return None
    years = "|".join(map(re.escape, data["years"][lang]))
    found = re.search(rf"(?<![\w-])((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\s+(?:{years})", lead_text)
    if not found or not int(found[1]) < int(found[2]):
        return None
    return f"{found[1]}-01..{found[2]}-12"


def is_running_total(text: str, period: PeriodMention, lang: str) -> bool:
    """"с начала года", "жыл басынан бері": the span since the year began, up to now."""
    around = text[max(0, period.start - 12) : period.end].lower()
    return any(re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", around)
               for words in rules("periods")["running_total"][lang])


def names_its_year(text: str, period: PeriodMention, lang: str) -> bool:
    """Does the period name its year ("за 10 месяцев 2026 года", "за 10 месяцев текущего года"), not only months
    counted ("за 3 месяца", which may be how long one case went on)?"""
    words = text[period.start : period.end].lower()
    return bool(re.search(r"\d{4}", words)) or any(
        phrase in words for forms in rules("periods")["relative_years"][lang].values() for phrase in forms)


def is_summing(text: str, period: PeriodMention, lang: str) -> bool:
    """"с начала года", "за 2023 год", "жыл басынан бері": a period figures are summed over up to now."""
    around = text[max(0, period.start - 12) : period.end].lower()
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", around)
               for word in rules("periods")["summing"][lang])


def _starts_of_words(phrase: str) -> str:
    """A pattern for words starting with the phrase's words, in order: "осы кезең" finds "осы кезеңінде"."""
    return r"(?<!\w)" + r"\w*\s+".join(re.escape(word) for word in phrase.split())
