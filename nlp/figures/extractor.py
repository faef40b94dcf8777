"""The statistics extractor: every corruption figure an article reports, as SCHEMA.md records
({"value", "unit", "event", "object", "period", "quote", "start", "end"}), for Russian and Kazakh.

A number (nlp/numbers.py) becomes a figure when the words after it say what it counts
(nlp/statistics_units.py); its event comes from trigger words around it (nlp/statistics_events.py) and
its period from the text (nlp/periods.py). Articles that do not speak of corruption yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from pokazatel.nlp.extensions import doc_text
from pokazatel.nlp.figures.events import (
    NO_FIGURE,
    EventChoice,
    acquittal_words,
    choose_event,
    find_triggers,
    has_anaphora,
    in_background,
    is_about_corruption,
    is_allocation,
    is_building,
    is_claim,
    is_obligation,
    is_penalty_threat,
    is_share_of_people,
    item_event,
    offers_bribe,
    reports_change,
    states_value,
    story_theme,
    whole_group_role,
    word_key,
    word_matches,
)
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.list_lines import head_event, heads_a_list, opens_list_line
from pokazatel.nlp.figures.matter import figure_sentences, recap_sentences
from pokazatel.nlp.figures.not_case_figures import (
    is_allocated_whole,
    is_law_provision,
    is_service_volume,
    recounts_the_detained,
    restates_a_whole,
)
from pokazatel.nlp.figures.not_case_sums import is_difference, is_monthly_pay, is_per_head, is_price
from pokazatel.nlp.figures.periods import PeriodMention, find_periods
from pokazatel.nlp.figures.plan_progress import reports_plan_progress
from pokazatel.nlp.figures.ru_predicate import predicate_over_attribute
from pokazatel.nlp.figures.text import Sentence, Token, split_sentences, tokenize
from pokazatel.nlp.figures.units import (
    Measure,
    counted_noun_before,
    kk_genitive_whole,
    kk_predicate_noun,
    measure,
    ru_people_after_dash,
)
from pokazatel.nlp.figures.values import NumberMention, find_numbers, word_value
from pokazatel.nlp.kk.stem import ending_list
from pokazatel.nlp.ru import morph
from spacy.language import Language
from spacy.tokens import Doc

DASHES = {"–", "—", "-", ":"}
RANGE_WORDS = {"до", "–", "-", "—", "дейін"}
COORDINATION_WORDS = RANGE_WORDS | {"и", "или", ",", "және", "мен", "бен", "пен", "а"}
DEFAULT_PERSON = {"ru": "человек", "kk": "адам"}
LIST_JOINERS = {",", "и", "және", "мен", "бен", "пен"}
LIST_MARKS = {",", "–", "—", "-"}  # "Из них 12 – сотрудники полиции, 9 – работники акиматов"
TERM_JOINERS = {"ru": {"и"}, "kk": {"және"}}
RESTATEMENT_OPENERS = {"(", "–", "—"}
APPROXIMATORS = {"около", "порядка", "почти", "более", "свыше", "примерно", "шамамен", "шамасы"}
KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
KK_ATTRIBUTIVE = ("лік", "лық", "дік", "дық", "тік", "тық")  # "200 млн теңгелік келісімшарт": a 200-million contract
AMOUNT_KINDS = {"money", "mci"}
PENALTIES = {"fine", "prison_term"}
CASE_MONEY = {"damage", "bribe"}  # what the money of a case is, when a later sentence names it
LISTED_NOUN_WORDS = 3  # words of the previous item's noun phrase before "и" ("сотрудников полиции и 6 …")
DASH_REACH = 7  # tokens back from a number after a dash to its noun ("фактов выявлено в сфере здравоохранения – 41")
MILLION = 1_000_000  # "из 1,8 млрд причинённого ущерба" is money; "9,4 тысячи автомашин" are cars
VALUE_TOLERANCE = 0.005  # the scoring rule's: figures this close are the same figure


@dataclass(frozen=True)
class Figure:
    value: float
    mention: NumberMention
    measure: Measure
    restates: bool = False  # "3 000 МРП (10,35 млн тенге)": the same figure in other units, same event
    elliptic: bool = False  # a number without a noun of its own ("годом ранее – 1 267", "пятеро уволены")


def extract_statistics(text: str, lang: str, published: date | None, title: str = "") -> list[dict]:
    """Every corruption figure in `text`, once each, in text order. `published` resolves relative periods
    ("в этом году"); `title` only helps decide whether the article is about corruption."""
    lang = lang if lang in ("ru", "kk") else "ru"
    if not text or not is_about_corruption(f"{title}\n{text}", lang):
        return []
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens, lang)
    numbers = find_numbers(tokens, lang)
    periods = [p for p in find_periods(text, lang, published) if not _is_term_served(tokens, p, numbers, lang)]
    mentions = [m for m in numbers if not _names_period(tokens, m, periods, lang)]
    theme = story_theme(text, lang)
    lead_period = _lead_period(text, tokens, sentences, periods, mentions, lang)
    records: list[dict] = []
    firm: list[bool] = []  # per record: did a trigger of its own decide its event
    sentence_of: list[int] = []  # per record: the index of its sentence
    last_person = DEFAULT_PERSON[lang]
    last_count: Measure | None = None  # what the last count of people or cases counted: "12 из них" counts it again
    carried: str | None = None
    last_person_event: str | None = None
    previous_paragraph = -1
    previous_item_event: str | None = None
    previous_sentence_event: str | None = None  # the event of the last figure of the sentence before
    list_event: str | None = None  # the event a list's head ("В их числе:") gives the lines after it
    recaps = recap_sentences(text, tokens, sentences, lang)
    for number, (sentence, on_matter) in enumerate(
            zip(sentences, figure_sentences(text, tokens, sentences, lang), strict=True)):
        if sentence.paragraph != previous_paragraph:
            carried, previous_paragraph = None, sentence.paragraph
        sentence_periods = _periods_in(tokens, periods, sentence.start, sentence.end)
        if recaps[number] and lead_period is None and any(_is_summing(text, p, lang) for p in sentence_periods):
            on_matter = False  # "Бұған дейін Бас прокуратура жыл басынан бері 320 млрд теңге актив қайтарылғанын
            # хабарлаған": a running total recapped in a case story is another report's figure
        in_sentence = [m for m in mentions if sentence.start <= m.first < sentence.end] if on_matter else []
        figures = _figures(tokens, in_sentence, sentence.start, lang, last_person, last_count)
        previous_event = previous_percent_event = None
        listed: tuple[Figure, str] | None = None  # the sentence's last figure kept, with its event
        background = allocated = False
        in_list = list_event if list_event and opens_list_line(tokens, sentence) else None
        plan = bool(figures) and reports_plan_progress(tokens, (sentence.start, sentence.end), lang)
        for figure in figures:
            m = figure.measure
            clause = sentence.clause_of(figure.mention.first)
            choice = choose_event(tokens, m.kind, figure.mention.first, m.last, clause,
                                  (sentence.start, sentence.end), lang, theme)
            if choice and m.kind in AMOUNT_KINDS:
                choice = predicate_over_attribute(tokens, choice, m.last, clause, lang)  # "вернула … похищенных"
            if figure.restates and previous_event and choice:
                choice = EventChoice(previous_event, frozenset())
            if choice and choice.trigger and _trigger_of_a_later_part(tokens, choice, clause, sentence, lang):
                choice = EventChoice("other", frozenset())  # "1,8 млрд теңгеге бұзушылық анықталды, оның 640 млн
                # теңгесі қалпына келтірілді": what is done with the part is not what the whole is
            whole = _whole_of_part(tokens, figure, lang) if m.kind in AMOUNT_KINDS else None
            if whole:
                choice = whole  # "Келтірілген 27 млн теңге залалдың 19 млн теңгесі өтелді": 27 million is the damage
            if choice is None or choice.event == NO_FIGURE or _is_witness(m, lang):
                continue
            own_firm = choice.firm and all(clause[0] <= i < clause[1] for i in choice.trigger)
            if plan and not own_firm:
                continue  # "выполнено 39, или 81% от запланированного": a plan's measures done
            if in_list and not own_firm:
                choice = EventChoice(in_list, frozenset())  # "В их числе:\n– 212 объектов недвижимости;"
            if m.kind == "item" and is_building(tokens, figure.mention.first, clause, lang):
                continue  # "за счёт возвращённых средств построено 19 школ": what the money buys
            if m.kind == "item" and is_service_volume(tokens, figure.mention.first, lang):
                continue  # "за беспрепятственный пропуск 4 грузовиков": what a bribe paid for
            if is_law_provision(tokens, m.kind, figure.mention.first, clause, (sentence.start, sentence.end), lang) \
                    or (m.kind in AMOUNT_KINDS and is_allocated_whole(tokens, figure.mention.first, m.last, lang)) \
                    or (m.kind in AMOUNT_KINDS and restates_a_whole(tokens, figure.mention.first, m.last, figure.value,
                                                                    m.unit, records, lang)):
                continue  # "штраф до 2 000 МРП": what a law provides; "бөлінген 1,8 млрд теңгенің …": the budget
            source = m.kind == "person" and _is_source(tokens, figure, lang)
            if source:
                choice = EventChoice("other", frozenset())  # "взятки ... от 7 предпринимателей": who gave them
            if m.kind == "person" and choice.event not in ("charged", "convicted") \
                    and _is_bribe_recipient(tokens, figure, clause, lang):
                continue  # "екі инспекторына пара ұсынған жүргізуші ұсталды": the officers are not the offenders
            if m.kind == "item" and m.object and m.object.split()[-1] in rules("statistics")["countries"][lang]:
                choice = EventChoice("other", frozenset())  # "шетелдің 12 елінен 540 млн доллар қайтарылды"
            if m.kind == "person" and _is_victim(m, lang):
                choice = EventChoice("other", frozenset())  # "по делу проходят шесть потерпевших"
            difference = m.kind in ("person", "case") and is_difference(tokens, figure.mention.first, m.last, clause,
                                                                         lang)
            if difference:
                choice = EventChoice("other", frozenset())  # "это на 10 человек больше, чем годом ранее"
            if m.kind == "person":
                choice = _role_or_acquittal(tokens, figure, clause, choice, lang)
                if not choice.firm and _gives_prison_term(tokens, figures, clause, sentence, lang, theme):
                    choice = EventChoice("convicted", frozenset())  # "ещё 4 фигуранта получили от 3 до 5 лет"
                elif choice.event == "convicted" and is_penalty_threat(tokens, clause, lang):
                    choice = EventChoice("charged", choice.trigger)  # "троим обвиняемым грозит до 10 лет"
            if m.kind in AMOUNT_KINDS and is_claim(tokens, clause, lang) and _reported(records, figure, m.unit):
                continue  # "взятки на 46 млн тенге ... иск прокурора на 46 млн тенге": the same money claimed
            if m.kind == "money" and choice.event == "recovered" and is_obligation(tokens, clause, lang):
                choice = EventChoice("damage", choice.trigger, choice.weak)  # "обязал возместить 240 млн тенге"
            if m.kind == "money" and _is_contract_sum(tokens, figure, lang):
                choice = EventChoice("other", frozenset())  # "откат 15 млн тенге по договору на 300 млн тенге"
            if _claimed_by_nearer_amount(tokens, figure, choice, figures, clause):
                choice = EventChoice("other", frozenset())  # "взятку в 50 тыс. $ за вертолёт стоимостью 12 млн $"
            own_trigger = bool(choice.trigger) and all(clause[0] <= i < clause[1] for i in choice.trigger)
            if m.kind == "money" and not (own_trigger and choice.firm) and (
                    is_price(tokens, figure.mention.first, m.last, clause, (sentence.start, sentence.end), lang)
                    or is_monthly_pay(tokens, figure.mention.first, m.last, lang)
                    or is_per_head(tokens, clause, lang)):
                continue  # "парту продавал по 95 тысяч тенге", "получавший 600 тысяч тенге в месяц": no sum of the case
            if not own_trigger and _is_relative_setting(tokens, clause, lang):
                continue  # "руководитель ЦОНа, в котором 120 сотрудников": what the place is, not what was done
            if choice.event in PENALTIES and is_penalty_threat(tokens, clause, lang):
                continue  # "ему грозит штраф до 2 000 МРП": what the law provides, not a sentence
            if m.kind == "money" and not own_trigger and (allocated or is_allocation(tokens, clause, lang)
                                                          or _spent_on_building(tokens, sentence, lang)):
                allocated = True
                continue  # "на ремонт школ выделено 4,7 млрд тенге, в том числе ... – 1,2 млрд": a budget
            survey = m.kind == "percent" and is_share_of_people(tokens, figure.mention.first, m.last, lang)
            if m.kind == "percent" and choice.event == "other" and not choice.trigger and not survey \
                    and previous_sentence_event and has_anaphora(tokens, sentence.clauses[0], lang):
                choice = EventChoice(previous_sentence_event, frozenset())  # "возмещено 29,6 млрд. Это 72%"
            if m.kind == "percent":
                if survey:
                    choice = EventChoice("other", frozenset())  # "9,8% респондентов": what a survey found
                elif previous_percent_event and not own_trigger:
                    choice = EventChoice(previous_percent_event, frozenset())  # "..., а в 2022 году – 12,1%"
                previous_percent_event = choice.event
            if m.kind == "money" and choice.event == "other" and not choice.trigger and previous_item_event \
                    and states_value(tokens, clause, lang) and not in_background(tokens, clause, lang):
                choice = EventChoice(previous_item_event, frozenset())  # "Общая стоимость имущества – 870 млн"
            if m.kind == "item" and choice.event == "other" and not choice.trigger and previous_item_event \
                    and has_anaphora(tokens, sentence.clauses[0], lang):
                choice = EventChoice(previous_item_event, frozenset())  # "конфискованы активы. В их числе – ..."
            if not own_trigger and listed and _listed_after(tokens, sentence, listed[0], figure) \
                    and has_anaphora(tokens, (sentence.start, sentence.end), lang):
                choice = EventChoice(listed[1], frozenset())  # "Сотталғандардың арасында 8 әкімдік қызметкері, 5
                # полиция қызметкері және 3 ауыл әкімі бар": one list of the people named before
            if figure.value == 1 and not figure.mention.digits \
                    and (choice.event == "other" or figure.mention.collective) \
                    and not (m.kind == "person" and acquittal_words(tokens, clause, lang)):
                continue  # a lone "one" is no count ("біреуі 5 жылға"), but "тағы біреуі ақталды" counts the acquitted
            if choice.event == "other" and not choice.trigger and not survey and (
                    in_background(tokens, clause, lang)
                    or (background and (figure.elliptic or has_anaphora(tokens, clause, lang)))):
                background = True
                continue  # "в компании работают около 4 500 человек, из них 54% – женщины": the setting
            if choice.trigger and not own_trigger and in_background(tokens, clause, lang):
                background = True
                continue  # "Объём закупок превысил 3 млрд тенге, при этом главврач похитил 40 млн": another clause's
            if m.duration and choice.event != "other":
                continue  # "в течение двух лет", "до 12 лет лишения свободы": not a sentence served
            if m.kind == "person" and figure.mention.collective and recounts_the_detained(
                    tokens, figure.mention.first, [r for r, n in zip(records, sentence_of, strict=True) if n < number],
                    figure.mention.collective, choice.event, lang):
                continue  # "задержаны двое посредников. Всем троим санкционирован арест": the same detention
            if m.kind == "person" and choice.event == "other":
                if figure.mention.collective and any(r["unit"] == "person" and r["value"] == figure.value
                                                     for r in records):
                    continue  # "Екеуіне де ... тыйым салынды": the two already counted, named again
                if last_person_event and not source and not difference and has_anaphora(tokens, clause, lang) \
                        and not _in_dative(tokens, figure, lang):  # "олар 18 жұмысшыға жалақы төлеген": paid to
                    choice = EventChoice(last_person_event, frozenset())  # "Олардың арасында ... үш басшы бар"
            previous_event = choice.event
            listed = figure, choice.event
            if m.kind == "person":
                last_person_event = choice.event
            if m.kind == "person":
                last_person = m.object or last_person
            if m.kind in ("person", "case"):
                last_count = m
            period = _period(tokens, figure, clause, sentence_periods, periods, carried, lead_period)
            records.append(_record(text, tokens, figure, choice, period, clause))
            firm.append(choice.firm or choice.event == "cases")
            sentence_of.append(number)
        if sentence_periods:
            carried = sentence_periods[0].value
        if heads_a_list(tokens, sentence):
            list_event = head_event(tokens, sentence, previous_sentence_event, lang)
        elif not in_list:
            list_event = None
        previous_item_event = item_event(tokens, (sentence.start, sentence.end), lang)
        previous_sentence_event = records[-1]["event"] if records and sentence_of[-1] == number else None
    return _distinct(records, firm, sentence_of)


def _listed_after(tokens: list[Token], sentence: Sentence, previous: Figure, figure: Figure) -> bool:
    """Does the figure follow the previous one of its kind as the next item of a list ("8 сотрудников акимата, 5
    полицейских и 3 акима", "12 – сотрудники полиции, 9 – работники акиматов"): joined to it by a comma or "и"
    alone, or opening the clause after the previous one's?"""
    if previous.measure.kind != figure.measure.kind:
        return False
    between = tokens[previous.measure.last + 1 : figure.mention.first]
    if 0 < len(between) <= 2 and all(t.lower in LIST_JOINERS for t in between):
        return True
    if 0 < len(between) <= LISTED_NOUN_WORDS + 1 and between[-1].lower in LIST_JOINERS \
            and all(t.is_word for t in between[:-1]):
        return True  # "9 сотрудников полиции и 6 работников": the previous noun's own words, then "и"
    clause = sentence.clause_of(figure.mention.first)
    previous_clause = sentence.clause_of(previous.mention.first)
    return clause[0] - previous_clause[1] in (0, 1) and figure.mention.first == clause[0] \
        and all(t.is_word or t.text in LIST_MARKS for t in tokens[previous.measure.last + 1 : figure.mention.first])


def _reported(records: list[dict], figure: Figure, unit: str | None) -> bool:
    """Has the article already reported this value in this unit as a figure of some event?"""
    here = {"unit": unit, "value": figure.value}
    return any(r["event"] != "other" and _same_value(r, here) for r in records)


def _is_term_served(tokens: list[Token], period: PeriodMention, numbers: list[NumberMention], lang: str) -> bool:
    """"3 жыл 6 ай бас бостандығынан айыру": months of a sentence, read as a span of the year, are no period."""
    return any(period.start <= m.start < period.end and (found := measure(tokens, m, lang)) is not None
               and found.kind == "term" and not found.duration and _follows_years(tokens, m) for m in numbers)


def _follows_years(tokens: list[Token], mention: NumberMention) -> bool:
    """Does a number of years stand right before this number ("3 жыл 6 ай", "5 лет 6 месяцев")?"""
    return mention.first >= 2 and tokens[mention.first - 2].is_digit and tokens[mention.first - 1].is_word


def _names_period(tokens: list[Token], mention: NumberMention, periods: list[PeriodMention], lang: str) -> bool:
    """"2024 жылдың 9 айындағы": a number inside a period names it and is no figure; "2 жыл 6 ай" after a
    sentence is a term, though "6 ай" alone reads as a period too."""
    containing = [p for p in periods if p.start <= mention.start < p.end]
    if not containing:
        return False
    found = measure(tokens, mention, lang)
    # "По итогам 11 месяцев осуждены …": months a period's words open are the period, never a term
    return found is None or found.kind != "term" or any(p.start < mention.start for p in containing)


def _figures(tokens: list[Token], mentions: list[NumberMention], sentence_start: int, lang: str,
             last_person: str, last_count: Measure | None = None) -> list[Figure]:
    """The sentence's numbers that are figures, with the unit of each: shared units ("от 15 до 50 тыс. тенге",
    "к 5 и 4 годам") and elliptic numbers ("годом ранее – 1 267", "пятеро уволены") resolved."""
    measured = [(m, measure(tokens, m, lang)) for m in mentions]
    # a collective numeral counts people, never things: "санкционировал обоим арест"
    figures = [Figure(m.value, m, ms) for m, ms in measured
               if ms is not None and not (m.collective and ms.kind == "item")]
    resolved: list[Figure] = []
    for i, figure in enumerate(figures):
        following = figures[i + 1] if i + 1 < len(figures) else None
        if figure.measure.kind == "bare" and following and following.measure.kind != "bare" \
                and _coordinated(tokens, figure, following, lang):
            figure = _share_unit(tokens, figure, following)
        if figure.measure.kind == "term" and figure.measure.unit == "year" and following \
                and following.measure.unit == "month" and _joined(tokens, figure.measure.last, following, lang):
            figure = replace(figure, value=figure.value + following.value / 12)  # "5 лет и 6 месяцев"
            figures[i + 1] = replace(following, measure=replace(following.measure, kind="merged"))
        if figure.measure.kind == "merged":
            continue
        if figure.measure.kind == "bare":
            figure = _elliptic(tokens, figure, resolved, sentence_start, lang, last_person, last_count)
            if figure is None:
                continue
            figure = replace(figure, elliptic=True)
        money = [f for f in resolved if f.measure.kind == "money"]
        if figure.measure.kind == "item" and figure.mention.multiplier >= MILLION and money:
            # "Возмещено 1,3 млрд тенге из 1,8 млрд причинённого ущерба": millions of the sentence's currency
            figure = replace(figure, measure=replace(money[-1].measure, last=figure.measure.last))
        if resolved and _restates(tokens, resolved[-1], figure):
            figure = replace(figure, restates=True)
        if figure.measure.kind == "person":
            last_person = figure.measure.object or last_person
        resolved.append(figure)
    return resolved


def _joined(tokens: list[Token], last: int, following: Figure, lang: str) -> bool:
    """Do years ending at token `last` and the months after them make one term: "5 годам 6 месяцам", "6 лет и 6
    месяцев", "3 жыл 6 ай", "2 жыл және 3 ай"?"""
    between = tokens[last + 1 : following.mention.first]
    return not between or (len(between) == 1 and between[0].lower in TERM_JOINERS[lang])


def _spent_on_building(tokens: list[Token], sentence: Sentence, lang: str) -> bool:
    """"Часть возвращённых средств, около 20 млрд тенге, направлена на строительство 12 школ": money the sentence
    puts into building something is spent, whatever it was before."""
    scope = (sentence.start, sentence.end)
    return is_allocation(tokens, scope, lang) and is_building(tokens, None, scope, lang)


def _gives_prison_term(tokens: list[Token], figures: list[Figure], clause: tuple[int, int], sentence: Sentence,
                       lang: str, theme: str) -> bool:
    """Does the clause give a prison term ("получили от 3 до 5 лет")? Then the people it counts are convicted."""
    for f in figures:
        if f.measure.kind == "term" and not f.measure.duration and clause[0] <= f.mention.first < clause[1]:
            choice = choose_event(tokens, "term", f.mention.first, f.measure.last, clause,
                                  (sentence.start, sentence.end), lang, theme)
            if choice is not None and choice.event == "prison_term" and not is_penalty_threat(tokens, clause, lang):
                return True
    return False


def _role_or_acquittal(tokens: list[Token], figure: Figure, clause: tuple[int, int], choice: EventChoice,
                       lang: str) -> EventChoice:
    """"троих из пяти обвиняемых": the five are the accused; "ещё двое оправданы": the two are no convicts."""
    role = whole_group_role(tokens, figure.mention.first, figure.measure.last, figure.measure.object, lang)
    if role:
        return EventChoice(role, frozenset({figure.measure.last}))
    acquitting = acquittal_words(tokens, clause, lang)
    return EventChoice("other", acquitting) if acquitting else choice


def _is_source(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """"получили взятки от 7 предпринимателей", "11 фермерден пара алған": people counted after "от" or in the
    ablative are whom money or complaints came from, never the offenders; "от 3 до 5", "5-тен 7-ге дейін" are
    ranges."""
    first, last = figure.mention.first, figure.measure.last
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if lang == "kk":
        return tokens[last].lower.endswith(KK_ABLATIVE) and not (
            following is not None and (following.is_digit or word_value(following.text, lang) is not None))
    return first > 0 and tokens[first - 1].lower == "от" and (following is None or following.lower != "до")


def _whole_of_part(tokens: list[Token], figure: Figure, lang: str) -> EventChoice | None:
    """An amount that is the whole a part of is taken from ("из 27 млн тенге ущерба возмещено 19 млн", "27 млн теңге
    залалдың 19 млн теңгесі өтелді") is what its noun names (the damage), not what is done with the part."""
    first, noun = figure.mention.first, figure.measure.last + 1
    if noun + 1 >= len(tokens) or not tokens[noun].is_word:
        return None
    if lang == "ru":
        partitive = first > 0 and tokens[first - 1].lower == "из"
    else:
        following = tokens[noun + 1]
        partitive = tokens[noun].lower.endswith(ending_list("genitive")) and (
            following.is_digit or word_value(following.text, lang) is not None)
    if not partitive:
        return None
    named = [m for m in find_triggers(tokens, noun, noun + 1, lang)
             if "money" in m.trigger.units and not m.trigger.weak and m.trigger.event not in ("other", NO_FIGURE)]
    return EventChoice(named[0].trigger.event, named[0].indices) if named else None


def _is_contract_sum(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """Does a contract's name stand right before the amount ("контракта в 200 млн", "договору на общую сумму"), or
    in Kazakh right after it as its attribute or genitive ("200 млн теңгелік келісімшарт", "46 млн теңгенің
    мемлекеттік сатып алуын")?"""
    data = rules("statistics")
    if lang == "kk":
        last = figure.measure.last
        following = tokens[last + 1 : last + 1 + data["contract_reach_kk"]]
        return tokens[last].lower.endswith(KK_ATTRIBUTIVE + ending_list("genitive")) and any(
            word_matches(t.lower, word, lang) for t in following for word in data["contract"][lang])
    glue = set(data["glue"][lang])
    words = 0
    for k in range(figure.mention.first - 1, max(-1, figure.mention.first - 8), -1):
        key = word_key(tokens[k], lang)
        if any(word_matches(key, word, lang) for word in data["contract"][lang]):
            return True
        if key not in glue:
            words += 1
            if words >= data["contract_reach"]:
                return False
    return False


def _trigger_of_a_later_part(tokens: list[Token], choice: EventChoice, clause: tuple[int, int], sentence: Sentence,
                             lang: str) -> bool:
    """Does the trigger stand outside the figure's clause, in a later clause that takes a part of it ("оның 640 млн
    теңгесі", "из них возмещено 29 млрд")?"""
    if any(clause[0] <= i < clause[1] for i in choice.trigger):
        return False
    later = sentence.clause_of(min(choice.trigger))
    if later[0] < clause[1]:
        return False
    opening = " ".join(t.lower for t in tokens[later[0] : min(later[1], later[0] + 3)])
    return any(opening == part or opening.startswith(f"{part} ") for part in rules("statistics")["part_openers"][lang])


def _is_relative_setting(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause open a relative clause ("в котором", "где") that names no event of its own? "из которых
    870 исполнены" points back to what was counted (`anaphora`) and is no setting."""
    data = rules("statistics")
    openers = data["relative_openers"][lang]
    opening = [t for t in tokens[clause[0] : min(clause[1], clause[0] + 3)] if t.is_word]
    if " ".join(t.lower for t in opening).startswith(tuple(data["relative_sources"][lang])):
        return False  # "по данным которого семья чиновника владеет 14 квартирами": whose report, not a setting
    return any(word_key(t, lang) in openers for t in opening) and not has_anaphora(tokens, clause, lang) \
        and not any(not m.trigger.weak and m.trigger.event != NO_FIGURE
                    for m in find_triggers(tokens, clause[0], clause[1], lang))


def _is_bribe_recipient(tokens: list[Token], figure: Figure, clause: tuple[int, int], lang: str) -> bool:
    """Are the people counted in the dative the ones a bribe is given or offered to in the clause?"""
    return _in_dative(tokens, figure, lang) and offers_bribe(tokens, clause, lang)


def _in_dative(tokens: list[Token], figure: Figure, lang: str) -> bool:
    noun = tokens[figure.measure.last].lower
    if lang == "kk":
        return noun.endswith(tuple(rules("statistics")["bribe_recipients"]["dative_endings"]["kk"]))
    return any("datv" in parse.tag for parse in morph.parse(noun))


def _is_victim(counted: Measure, lang: str) -> bool:
    return _counts_one_of(counted, rules("statistics")["victims"][lang], lang)


def _is_witness(counted: Measure, lang: str) -> bool:
    return counted.kind == "person" and _counts_one_of(counted, rules("statistics")["witnesses"][lang], lang)


def _counts_one_of(counted: Measure, nouns: list[str], lang: str) -> bool:
    """Is the counted object one of `nouns` (ru: the lemma; kk: the stem, whole or with an ending)?"""
    head = counted.object.split()[-1] if counted.object else ""
    return head in nouns if lang == "ru" else any(head.startswith(noun) for noun in nouns)


def _claimed_by_nearer_amount(tokens: list[Token], figure: Figure, choice: EventChoice, figures: list[Figure],
                              clause: tuple[int, int]) -> bool:
    """Does the trigger before this amount already have its own amount nearer to it in the clause ("взятку в
    50 тыс. долларов за контракт на вертолёт стоимостью 12 млн долларов": the price is no bribe)? Amounts
    joined by "и", "или", "до" share their trigger ("от 150 до 300 тысяч тенге")."""
    if figure.measure.kind not in AMOUNT_KINDS or not choice.firm or figure.restates:
        return False
    trigger_end = max(choice.trigger)
    if trigger_end >= figure.mention.first or min(choice.trigger) < clause[0]:
        return False
    for other in figures:
        if other.measure.kind in AMOUNT_KINDS and trigger_end < other.mention.first \
                and other.measure.last < figure.mention.first:
            between = [t for t in tokens[other.measure.last + 1 : figure.mention.first] if t.lower not in APPROXIMATORS]
            if any(t.lower not in COORDINATION_WORDS for t in between):
                return True
    return False


def _restates(tokens: list[Token], previous: Figure, figure: Figure) -> bool:
    """"3 000 МРП (10,35 млн тенге)", "800 МРП – около 2,4 млн тенге": the previous amount in other units."""
    between = tokens[previous.measure.last + 1 : figure.mention.first]
    opener = [t for t in between if t.lower not in APPROXIMATORS]
    if len(opener) != 1 or opener[0].text not in RESTATEMENT_OPENERS:
        return False
    # after a dash only an amount restates an amount: "задержаны 3 человека – 2 полицейских" are two counts
    return opener[0].text == "(" or (previous.measure.kind in ("money", "mci") and figure.measure.kind == "money")


def _coordinated(tokens: list[Token], figure: Figure, following: Figure, lang: str) -> bool:
    between = tokens[figure.measure.last + 1 : following.mention.first]
    if not between and lang == "kk":  # "1 миллионнан 2,5 миллион теңгеге дейін": the ablative opens a range
        return tokens[figure.measure.last].lower.endswith(KK_ABLATIVE)
    return 0 < len(between) <= 2 and all(t.lower in COORDINATION_WORDS for t in between)


def _share_unit(tokens: list[Token], figure: Figure, following: Figure) -> Figure:
    value = figure.value
    between = {t.lower for t in tokens[figure.measure.last + 1 : following.mention.first]}
    if not figure.mention.has_multiplier and following.mention.has_multiplier and between & RANGE_WORDS:
        value *= following.mention.multiplier
    return replace(figure, value=value, measure=replace(following.measure, last=figure.measure.last))


def _elliptic(tokens: list[Token], figure: Figure, earlier: list[Figure], sentence_start: int, lang: str,
              last_person: str, last_count: Measure | None = None) -> Figure | None:
    """A number standing without a noun: a collective numeral counts people ("пятеро уволены"); after a dash
    or in parentheses it counts the noun before it ("выявлено фактов взяточничества – 517", "осуждено акимов
    (12)"); otherwise it repeats the unit of
    the sentence's previous figure ("годом ранее – 1 267", "оның 6,2 миллиарды") or counts the cases the
    sentence speaks of ("преступлений снизилось на 8%, ... когда их было 1 341")."""
    last = figure.measure.last
    if lang == "kk" and (figure.mention.possessive or figure.mention.collective):
        noun = kk_predicate_noun(tokens, last + 1)
        if noun and (noun[0] == "person" or not figure.mention.collective):
            return replace(figure, measure=Measure(noun[0], noun[0], noun[1], last))
    first = figure.mention.first
    whole = kk_genitive_whole(tokens, first, sentence_start) if lang == "kk" and figure.mention.possessive else None
    if whole:
        return replace(figure, measure=Measure(whole[0], whole[0], whole[1], last))
    if lang == "kk" and figure.mention.possessive and first > sentence_start and tokens[first - 1].is_word \
            and tokens[first - 1].lower.endswith(ending_list("genitive")) \
            and tokens[first - 1].lower not in rules("statistics")["anaphora"][lang]:
        return None  # "салынған 14 су құбырының бесеуі": a part of things that are no people or cases
    if figure.mention.collective:
        return replace(figure, measure=Measure("person", "person", last_person, last))
    people = ru_people_after_dash(tokens, last) if lang == "ru" else None
    if people:
        return replace(figure, measure=Measure("person", "person", people[1], last))
    before = tokens[first - 1] if first > sentence_start else None
    data = rules("statistics")
    after_copula = before is not None and (before.lower in data["elliptic_copulas"][lang] or (
        before.lower in data["elliptic_change"][lang] and reports_change(tokens, (sentence_start, last + 1), lang)))
    if after_copula or (before is not None and (before.text in DASHES or _in_parentheses(tokens, figure))):
        # "осуждённых ... достигло 420" reaches back over its sentence, a dash over DASH_REACH tokens
        reach = sentence_start if after_copula else max(sentence_start, first - DASH_REACH)
        noun = counted_noun_before(tokens, first - 1, reach, lang)
        if noun:
            return replace(figure, measure=Measure(noun[0], noun[0], noun[1], last))
    counts = [f for f in earlier if f.measure.kind != "percent"]
    if counts:
        return replace(figure, measure=replace(counts[-1].measure, last=last))
    if last_count is not None and _of_them(tokens, last, lang):
        return replace(figure, measure=replace(last_count, last=last))  # "В отношении 12 из них начаты расследования"
    if last_count is not None and lang == "kk" and figure.mention.possessive and before is not None \
            and before.lower in data["anaphora"][lang]:
        return replace(figure, measure=replace(last_count, last=last))  # "… қылмыс тіркелді. Оның 410-ы пара алу, …"
    noun = counted_noun_before(tokens, first, sentence_start, lang, kinds=("case",))
    if noun and has_anaphora(tokens, (sentence_start, first), lang):
        return replace(figure, measure=Measure("case", "case", noun[1], last))
    return None


def _of_them(tokens: list[Token], last: int, lang: str) -> bool:
    """Is the number followed by "из них", "из которых": a part of the people or cases counted before?"""
    following = " ".join(t.lower for t in tokens[last + 1 : last + 4])
    return any(following == words or following.startswith(f"{words} ")
               for words in rules("statistics")["of_them"][lang])


def _in_parentheses(tokens: list[Token], figure: Figure) -> bool:
    last = figure.measure.last
    return tokens[figure.mention.first - 1].text == "(" and last + 1 < len(tokens) and tokens[last + 1].text == ")"


def _period(tokens: list[Token], figure: Figure, clause: tuple[int, int], sentence_periods: list[PeriodMention],
            periods: list[PeriodMention], carried: str | None, lead_period: str | None) -> str | None:
    """The period a figure covers. Counts of people and cases take the period of their clause, sentence or
    paragraph. Amounts and items have one only in a report (an article whose lead names its period), and
    then only a span they are summed over ("биыл", "за 2023 год"): the date of a deal ("в 2025 году
    компания выиграла 14 конкурсов") is not a reporting period."""
    counts = figure.measure.kind in ("person", "case")
    in_clause = _periods_in(tokens, periods, *clause)
    if not counts:
        if lead_period is None:
            return None  # a case story: its amounts and items are not reported for a period
        in_clause = [p for p in in_clause if p.aggregate]
        sentence_periods = [p for p in sentence_periods if p.aggregate]
    return (_nearest(tokens, in_clause, figure.mention) or _nearest(tokens, sentence_periods, figure.mention)
            or (carried if counts else None) or lead_period)


def _periods_in(tokens: list[Token], periods: list[PeriodMention], start: int, end: int) -> list[PeriodMention]:
    """The periods in tokens[start:end] that figures can cover: not the baseline of a comparison."""
    if start >= end:
        return []
    lo, hi = tokens[start].start, tokens[end - 1].end
    return [p for p in periods if lo <= p.start < hi and not p.baseline]


def _nearest(tokens: list[Token], periods: list[PeriodMention], mention: NumberMention) -> str | None:
    if not periods:
        return None
    return min(periods, key=lambda p: min(abs(p.start - mention.end), abs(mention.start - p.end))).value


def _lead_period(text: str, tokens: list[Token], sentences: list[Sentence], periods: list[PeriodMention],
                 mentions: list[NumberMention], lang: str) -> str | None:
    """The period of a report, stated once for all its figures: the period of the article's first sentence
    when that sentence announces a report ("подвело итоги работы за 10 месяцев"), names a part of a year or a
    running total ("С начала года департамент зарегистрировал..."); or, when the first sentence only announces
    a report without a period or a figure ("департаменті жұмыс қорытындысын жариялады"), the span the second
    sentence opens with ("Биыл өңірде 71 қылмыс тіркелді")."""
    if not sentences:
        return None
    first = sentences[0]
    lead_text = text[tokens[first.start].start : tokens[first.end - 1].end].lower()
    report = any(word in lead_text for word in rules("periods")["report_words"][lang])
    lead = _periods_in(tokens, periods, first.start, first.end)
    if lead:
        summing = _is_summing(text, lead[0], lang)
        part_of_year = any(len(p.value) > 4 for p in lead)
        return lead[0].value if report or part_of_year or summing else None
    announces = report and not any(first.start <= m.first < first.end for m in mentions)
    if not announces or len(sentences) < 2:
        return None
    second = [p for p in _periods_in(tokens, periods, sentences[1].start, sentences[1].end) if p.aggregate]
    return second[0].value if second else None


def _is_summing(text: str, period: PeriodMention, lang: str) -> bool:
    """"с начала года", "за 2023 год", "жыл басынан бері": a period figures are summed over up to now."""
    around = text[max(0, period.start - 12) : period.end].lower()
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", around)
               for word in rules("periods")["summing"][lang])


def _record(text: str, tokens: list[Token], figure: Figure, choice: EventChoice, period: str | None,
            clause: tuple[int, int]) -> dict:
    """The SCHEMA.md record; the quote runs from the trigger to the figure when the trigger is in the
    figure's clause ("задержал двух сотрудников"), else it is the whole clause."""
    first, last = figure.mention.first, figure.measure.last
    if choice.trigger and all(clause[0] <= i < clause[1] for i in choice.trigger):
        first, last = min(first, *choice.trigger), max(last, *choice.trigger)
    else:
        first, last = min(first, clause[0]), max(last, clause[1] - 1)
    start, end = tokens[first].start, tokens[last].end
    while end > start and text[end - 1] in ".,;:!? ":
        end -= 1
    value = figure.value
    return {
        "value": int(value) if float(value).is_integer() else round(value, 4),
        "unit": figure.measure.unit,
        "event": choice.event,
        "object": figure.measure.object if figure.measure.kind in ("person", "case", "item") else "",
        "period": period,
        "quote": text[start:end],
        "start": start,
        "end": end,
    }


def _distinct(records: list[dict], firm: list[bool], sentence_of: list[int]) -> list[dict]:
    """One record per figure: a sentence repeating an earlier figure adds nothing, and neither does an amount
    (or a count of the same thing) stated again where no trigger of its own says what it is ("собрано 10,6
    млрд тенге" after "поступления в бюджет составили 10,6 млрд тенге"). One sentence counting two groups alike
    ("двое его заместителей и два предпринимателя") reports both."""
    kept: list[tuple[dict, bool]] = []
    place = {id(record): number for record, number in zip(records, sentence_of, strict=True)}
    for record, decided in zip(records, firm, strict=True):
        same = [k for k, _ in kept if _same_value(k, record)]
        if any(k["event"] == record["event"] and not _other_group(k, record, place) for k in same):
            continue
        if not decided and any(not k["object"] or k["object"] == record["object"] for k in same):
            continue
        kept.append((record, decided))
    # an amount first stated with no trigger ("подрядчику перечислено 1,2 млрд тенге") or a weak one ("бюджеттен 210
    # млн теңге төлеуге рұқсат берген") and named later by a trigger of its own ("Ущерб в размере 1,2 млрд тенге",
    # "Мемлекетке келтірілген залал 210 млн теңге") is that figure: the later record says what it is
    return [record for record, decided in kept
            if decided or record["object"]
            or not any(d and k is not record and _same_value(k, record)
                       and (record["event"] == "other" or k["event"] in CASE_MONEY) for k, d in kept)]


def _other_group(a: dict, b: dict, place: dict[int, int]) -> bool:
    """Do two counts of one sentence count different groups ("заместителя" and "предпринимателя", not "человек")?"""
    generic = set(DEFAULT_PERSON.values())
    return place[id(a)] == place[id(b)] and bool(a["object"]) and bool(b["object"]) \
        and a["object"] != b["object"] and not {a["object"], b["object"]} & generic


def _same_value(a: dict, b: dict) -> bool:
    return a["unit"] == b["unit"] and abs(a["value"] - b["value"]) <= VALUE_TOLERANCE * max(abs(a["value"]), 1e-9)


@Language.factory("pokazatel_statistics")
def make_statistics(nlp: Language, name: str):
    def extract(doc: Doc) -> Doc:
        doc._.statistics = extract_statistics(doc_text(doc), doc.lang_, doc._.published, title=doc._.title or "")
        return doc

    return extract
