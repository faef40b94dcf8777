"""The walk over an article's sentences: each figure of a sentence about the corruption matter gets its event, or is
dropped as no figure of corruption work, with what the sentences before it said (the last people counted, the
event of a list's head, the background a sentence set) carried along."""

from __future__ import annotations

from dataclasses import replace

from pokazatel.nlp.figures.amount_context import (
    AMOUNT_KINDS,
    claimed_by_nearer_amount,
    goes_to_the_state,
    is_contract_sum,
    is_cost_of_counted_buildings,
    is_overstatement,
    names_contract,
    part_of_case_money,
    restates_amount_before,
    share_of_damage_returned,
    spent_on_building,
    whole_of_part,
)
from pokazatel.nlp.figures.answered_question import asks_the_setting, event_asked
from pokazatel.nlp.figures.asked_or_planned import is_asked_or_planned
from pokazatel.nlp.figures.audience import tells_audience
from pokazatel.nlp.figures.bodies_examined import counts_bodies_examined
from pokazatel.nlp.figures.bracketed import is_time_of_bracketed_figure, told_at_another_time
from pokazatel.nlp.figures.case_materials import counts_materials_subjects
from pokazatel.nlp.figures.case_shares import is_share_of_cases
from pokazatel.nlp.figures.class_bounds import bounds_a_class
from pokazatel.nlp.figures.clause_links import (
    is_relative_setting,
    listed_after,
    restating_clause,
    trigger_of_a_later_part,
)
from pokazatel.nlp.figures.events import (
    NO_FIGURE,
    EventChoice,
    acquittal_words,
    choose_event,
    has_anaphora,
    in_background,
    is_administrative,
    is_allocation,
    is_building,
    is_claim,
    is_funding,
    is_obligation,
    is_penalty_threat,
    is_share_of_people,
    is_wanted,
    item_event,
    names_indicator,
    names_share_of_people,
    reports_change,
    states_value,
)
from pokazatel.nlp.figures.examples import example_start
from pokazatel.nlp.figures.figure_periods import (
    figure_period,
    is_running_total,
    is_summing,
    names_its_year,
    period_in_report,
    periods_in,
    registers_crimes,
)
from pokazatel.nlp.figures.forged_papers import hired_fictitiously, in_forged_papers
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.list_lines import head_event, heads_a_list, opens_list_line
from pokazatel.nlp.figures.matter import figure_sentences, recap_sentences
from pokazatel.nlp.figures.not_case_figures import (
    cases_of_the_setting,
    is_allocated_whole,
    is_bought,
    is_customary,
    is_law_provision,
    is_one_more_case,
    is_other_misconduct,
    is_service_volume,
    joins_a_count,
    recounts_the_detained,
    restates_a_status,
    restates_a_whole,
)
from pokazatel.nlp.figures.not_case_sums import is_difference, is_monthly_pay, is_per_head, is_price
from pokazatel.nlp.figures.other_speaker import quotes_a_new_speaker
from pokazatel.nlp.figures.owner_past import tells_owners_past
from pokazatel.nlp.figures.people_roles import (
    gives_penalty,
    in_dative,
    is_bribe_recipient,
    is_source,
    is_victim,
    is_witness,
    opens_with_group_befallen,
    passes_as_witnesses,
    role_or_acquittal,
)
from pokazatel.nlp.figures.periods import REPORT_SPAN, PeriodMention
from pokazatel.nlp.figures.place_volume import tells_place_volume
from pokazatel.nlp.figures.plan_progress import reports_plan_progress
from pokazatel.nlp.figures.pointed_people import event_of_pointed_people
from pokazatel.nlp.figures.pointed_sum import event_of_pointed_sum
from pokazatel.nlp.figures.records import already_reported, figure_record
from pokazatel.nlp.figures.repaid_part import repaid_part
from pokazatel.nlp.figures.ru_predicate import predicate_over_attribute
from pokazatel.nlp.figures.seized_property import seizes_real_estate, sells_confiscated
from pokazatel.nlp.figures.sentence_figures import (
    DEFAULT_PERSON,
    Figure,
    is_kk_one_of_them,
    is_part_of_them,
    people_counted,
    restates_count_only,
    sentence_figures,
)
from pokazatel.nlp.figures.sentence_totals import is_part_of_later_total
from pokazatel.nlp.figures.span_words import sums_the_count_before
from pokazatel.nlp.figures.survey_answers import continues_survey
from pokazatel.nlp.figures.text import Sentence, Token
from pokazatel.nlp.figures.units import Measure
from pokazatel.nlp.figures.unrepaid import is_unrepaid
from pokazatel.nlp.figures.values import NumberMention

PENALTIES = {"fine", "prison_term"}
PART_EVENTS = {"detained", "dismissed", "disciplined"}  # what a lone "one of them" counts for
MONEY_UNITS = {"KZT", "USD", "EUR", "RUB"}


def walk_sentences(text: str, tokens: list[Token], sentences: list[Sentence], mentions: list[NumberMention],
                   periods: list[PeriodMention], lead_period: str | None, theme: str,
                   lang: str) -> tuple[list[dict], list[bool], list[int]]:
    """Every figure record of the article in text order, with two lists beside it: whether a trigger of its own
    decided each record's event (`firm`), and the index of each record's sentence."""
    records: list[dict] = []
    firm: list[bool] = []  # per record: did a trigger of its own decide its event
    sentence_of: list[int] = []  # per record: the index of its sentence
    last_person = DEFAULT_PERSON[lang]
    last_people: float | None = None  # the value of the last count of people
    last_count: Measure | None = None  # what the last count of people or cases counted: "12 из них" counts it again
    carried: str | None = None
    carried_figured = False  # did a figure of the sentence that carries the period take it
    last_person_event: str | None = None
    cases_people_event: str | None = None  # what the clause of the last count of cases did to their people
    previous_paragraph = -1
    previous_item_event: str | None = None
    previous_sentence_event: str | None = None  # the event of the last figure of the sentence before
    list_event: str | None = None  # the event a list's head ("В их числе:") gives the lines after it
    recaps = recap_sentences(text, tokens, sentences, lang)
    stated_period: str | None = None
    survey_told = False  # has the paragraph told a survey's share of people
    for number, (sentence, on_matter) in enumerate(
            zip(sentences, figure_sentences(text, tokens, sentences, lang), strict=True)):
        if sentence.paragraph != previous_paragraph:
            carried, carried_figured, previous_paragraph, survey_told = None, False, sentence.paragraph, False
        sentence_periods = periods_in(tokens, periods, sentence.start, sentence.end)
        if recaps[number] and lead_period is None and any(is_summing(text, p, lang) for p in sentence_periods):
            on_matter = False  # "Бұған дейін Бас прокуратура жыл басынан бері 320 млрд теңге актив қайтарылғанын
            # хабарлаған": a running total recapped in a case story is another report's figure
        in_sentence = [m for m in mentions if sentence.start <= m.first < sentence.end] if on_matter else []
        figures = sentence_figures(tokens, in_sentence, sentence.start, lang, last_person, last_count, last_people)
        if records and sentence_of[-1] == number - 1 and records[-1]["event"] == "other" and not firm[-1] \
                and records[-1]["unit"] in MONEY_UNITS:
            pointed = event_of_pointed_sum(tokens, sentence, lang)
            if pointed:
                records[-1]["event"] = pointed  # "… оценивается в 1,1 млрд тенге. Эту сумму следствие считает ущербом"
        if records and sentence_of[-1] == number - 1 and records[-1]["event"] == "other" and not firm[-1] \
                and records[-1]["unit"] == "person" and not figures:
            penalty = event_of_pointed_people(tokens, sentence, lang)
            if penalty:
                records[-1]["event"] = penalty  # "… в отношении двух руководителей. Им объявлены строгие выговоры"
        previous_event = previous_percent_event = None
        count_before, kept = last_count, []  # the count the sentence may restate; its figures recorded
        listed: tuple[Figure, str] | None = None  # the sentence's last figure kept, with its event
        background = allocated = misconduct = False
        service: int | None = None  # where the sentence's last count of what a fee or purchase was for ends
        in_list = list_event if list_event and opens_list_line(tokens, sentence) else None
        plan = bool(figures) and reports_plan_progress(tokens, (sentence.start, sentence.end), lang)
        example = example_start(tokens, sentence, lang) if figures else None
        audience = bool(figures) and tells_audience(tokens, (sentence.start, sentence.end), lang)
        for figure in figures:
            m = figure.measure
            clause = sentence.clause_of(figure.mention.first)
            subjects = m.kind == "case" and counts_materials_subjects(tokens, figure.mention.first, m.last, lang)
            if subjects:  # "Материалы по двум фактам переданы": what the materials are about, no cases counted
                figure = replace(figure, measure=replace(m, kind="item", unit="item"))
                m = figure.measure
            choice = EventChoice("other", frozenset()) if subjects else choose_event(
                tokens, m.kind, figure.mention.first, m.last, clause, (sentence.start, sentence.end), lang, theme)
            restating = restating_clause(tokens, sentence, clause, lang)
            restated = restating and choose_event(tokens, m.kind, figure.mention.first, m.last, restating, restating,
                                                  lang, theme)
            if restated and restated.firm:
                choice = restated  # "залалдың 70 пайызы, яғни 380 млн теңгеден астамы өтелді": repaid, both
            if choice and m.kind in AMOUNT_KINDS:
                # "вернула … похищенных"; across the sentence when its trigger is ("конфискованы квартира, два
                # автомобиля и 18 тысяч долларов, изъятые при обыске")
                scope = clause if all(clause[0] <= i < clause[1] for i in choice.trigger) \
                    else (sentence.start, sentence.end)
                choice = predicate_over_attribute(tokens, choice, m.last, scope, lang)
            if figure.restates and previous_event and choice:
                choice = EventChoice(previous_event, frozenset())
            if choice and choice.trigger and trigger_of_a_later_part(tokens, choice, clause, sentence, lang):
                choice = EventChoice("other", frozenset())  # "1,8 млрд теңгеге бұзушылық анықталды, оның 640 млн
                # теңгесі қалпына келтірілді": what is done with the part is not what the whole is
            whole = whole_of_part(tokens, figure, lang) if m.kind in AMOUNT_KINDS else None
            if whole:
                choice = whole  # "Келтірілген 27 млн теңге залалдың 19 млн теңгесі өтелді": 27 million is the damage
            if choice is None or choice.event == NO_FIGURE or is_witness(m, lang):
                continue
            own_firm = choice.firm and all(clause[0] <= i < clause[1] for i in choice.trigger)
            if plan and not own_firm:
                continue  # "выполнено 39, или 81% от запланированного": a plan's measures done
            if in_list and not own_firm and m.kind != "case":  # a count of cases is `cases` in any list
                choice = EventChoice(in_list, frozenset())  # "В их числе:\n– 212 объектов недвижимости;"
            if m.kind == "item" and is_building(tokens, figure.mention.first, clause, lang):
                continue  # "за счёт возвращённых средств построено 19 школ": what the money buys
            if m.kind == "item" and not choice.firm and is_bought(tokens, figure.mention.first, m.last, lang):
                service = m.last
                continue  # "закупила 24 погружных насоса по цене 61 млн тенге": what a purchase bought
            if m.kind == "item" and (is_service_volume(tokens, figure.mention.first, m.last, lang) or (
                    service is not None and joins_a_count(tokens, service, figure.mention.first, lang))):
                service = m.last
                continue  # "за беспрепятственный пропуск 4 грузовиков": what a bribe paid for; "при закупке 27
                # аппаратов ИВЛ и 14 наркозно-дыхательных аппаратов": both what was bought
            if is_law_provision(tokens, m.kind, figure.mention.first, clause, (sentence.start, sentence.end), lang) \
                    or (m.kind in AMOUNT_KINDS and is_allocated_whole(tokens, figure.mention.first, m.last, lang)) \
                    or (m.kind in AMOUNT_KINDS and bounds_a_class(tokens, figure.mention.first, m.last, lang)) \
                    or (m.kind in AMOUNT_KINDS and restates_a_whole(tokens, figure.mention.first, m.last, figure.value,
                                                                    m.unit, records, lang)):
                continue  # "штраф до 2 000 МРП": what a law provides; "бөлінген 1,8 млрд теңгенің …": the budget
            if m.kind == "case" and not choice.trigger and cases_of_the_setting(tokens, clause, sentence, lang):
                continue  # "В судах работают 146 судей, с начала года они рассмотрели 9 тысяч уголовных дел": the
                # courts' whole caseload, told with their staff
            if m.kind == "case" and is_one_more_case(tokens, figure.mention.first, figure.value, lang):
                continue  # "начато ещё одно досудебное расследование": another case, no count
            if is_customary(tokens, clause, lang):
                continue  # "откат в 10–15% … у некоторых считается нормой": what is customary, no case's figure
            if is_other_misconduct(tokens, clause, lang, misconduct and has_anaphora(tokens, clause, lang)):
                misconduct = True
                continue  # "рассмотрены 11 фактов опозданий и прогулов": misconduct that is no corruption
            source = m.kind == "person" and is_source(tokens, figure, lang)
            if source:
                choice = EventChoice("other", frozenset())  # "взятки ... от 7 предпринимателей": who gave them
            if m.kind == "person" and choice.event not in ("charged", "convicted") \
                    and is_bribe_recipient(tokens, figure, clause, lang):
                continue  # "екі инспекторына пара ұсынған жүргізуші ұсталды": the officers are not the offenders
            if m.kind == "item" and seizes_real_estate(tokens, choice, m.object, lang):
                choice = EventChoice("recovered", choice.trigger)  # "у экс-заместителя изъяты две квартиры"
            if m.kind == "item" and choice.event == "other" and not choice.trigger and sells_confiscated(
                    tokens, sentence, sentences[number - 1] if number else None, lang):
                choice = EventChoice("recovered", frozenset())  # "выставлено 37 лотов: 14 квартир", confiscated
            if m.kind == "item" and m.object and m.object.split()[-1] in rules("statistics")["countries"][lang]:
                choice = EventChoice("other", frozenset())  # "шетелдің 12 елінен 540 млн доллар қайтарылды"
            if m.kind == "person" and (is_victim(m, lang) or passes_as_witnesses(
                    tokens, (figure.mention.first, next((f.mention.first for f in figures if f.mention.first > m.last),
                                                        sentence.end)), lang)):
                choice = EventChoice("other", frozenset())  # "по делу проходят шесть потерпевших", "… свидетелями"
            difference = m.kind in ("person", "case") and is_difference(tokens, figure.mention.first, m.last, clause,
                                                                         lang)
            if difference:
                choice = EventChoice("other", frozenset())  # "это на 10 человек больше, чем годом ранее"
            by_penalty = False  # a count of people made convicts only by the penalty its clause gives
            if m.kind == "person":
                choice = role_or_acquittal(tokens, figure, clause, choice, lang)
                if not choice.firm and gives_penalty(tokens, figures, clause, sentence, lang, theme):
                    choice, by_penalty = EventChoice("convicted", frozenset()), True  # "ещё 4 фигуранта получили от 3
                    # до 5 лет"
                elif choice.event == "convicted" and is_penalty_threat(tokens, clause, lang):
                    choice = EventChoice("charged", choice.trigger)  # "троим обвиняемым грозит до 10 лет"
                if choice.event == "charged" and is_administrative(tokens, clause, lang):
                    choice = EventChoice("other", frozenset())  # "привлечены к административной ответственности"
            if m.kind in AMOUNT_KINDS and is_claim(tokens, clause, lang) and already_reported(records, figure, m.unit):
                continue  # "взятки на 46 млн тенге ... иск прокурора на 46 млн тенге": the same money claimed
            if m.kind == "money":
                choice = repaid_part(tokens, choice, sentence, lang)  # "Часть ущерба, 8 млн тенге, она возместила"
            if is_unrepaid(tokens, choice, lang):
                choice = EventChoice("other", choice.trigger)  # "Залалдың 25 млн теңгесі әлі өтелмеген": left unpaid
            if m.kind == "money" and choice.event == "recovered" and is_obligation(tokens, clause, lang):
                choice = EventChoice("damage", choice.trigger, choice.weak)  # "обязал возместить 240 млн тенге"
            if m.kind == "money" and choice.event == "other" and not choice.trigger \
                    and is_overstatement(tokens, figure, clause, lang):
                choice = EventChoice("damage", frozenset())  # "завысил стоимость ремонта на 1,2 млрд тенге": overpaid
            contract = m.kind == "money" and is_contract_sum(tokens, figure, lang)
            if contract:  # "откат 15 млн тенге по договору на 300 млн тенге"; and no setting either: "по договору
                # госзакупок на сумму 140 млн тенге" is the contract's sum, not the volume of procurement
                choice = EventChoice("other", frozenset())
            if m.kind == "money" and choice.event == "other" and not choice.trigger \
                    and is_cost_of_counted_buildings(tokens, figure, figures, lang):
                continue  # "13 долгостроев на сумму 150 млрд тенге": what the buildings cost, a project's cost
            if claimed_by_nearer_amount(tokens, figure, choice, figures, clause):
                choice = EventChoice("other", frozenset())  # "взятку в 50 тыс. $ за вертолёт стоимостью 12 млн $"
            own_trigger = bool(choice.trigger) and all(clause[0] <= i < clause[1] for i in choice.trigger)
            if m.kind == "money" and not (own_trigger and choice.firm) and (
                    is_price(tokens, figure.mention.first, m.last, clause, (sentence.start, sentence.end), lang)
                    or is_monthly_pay(tokens, figure.mention.first, m.last, lang, bool(choice.trigger))
                    or is_per_head(tokens, clause, lang)):
                continue  # "парту продавал по 95 тысяч тенге", "получавший 600 тысяч тенге в месяц": no sum of the case
            if m.kind in ("person", "item") and not own_firm and audience:
                continue  # "Форумға … 500-ден астам студенті, 60 оқытушы қатысты": a gathering's audience
            if (m.kind == "item" or (m.kind == "person" and choice.event == "other")) and not own_trigger \
                    and is_asked_or_planned(tokens, clause, figure.mention.first, lang):
                continue  # "сообщить, сколько из 2 400 видеокамер работают", "Проверим все 15 акиматов", "в
                # следующем году зарегистрируются ещё 20 тысяч поставщиков": nothing done
            if m.kind in ("item", "person") and not own_firm \
                    and in_forged_papers(tokens, figure.mention.first, clause, lang, sentence.end):
                continue  # "фиктивные документы о покупке 350 голов скота": what the papers claimed
            if m.kind == "person" and not own_firm and hired_fictitiously(tokens, clause, lang):
                continue  # "екі адамды жалған жұмысқа алып": people on the payroll only on paper
            if is_part_of_later_total(tokens, figure, figures, sentence, lang):
                continue  # "попали руководитель и двое технадзорщиков – всего четверо фигурантов": the four count
            if m.kind == "term" and tells_owners_past(tokens, figure.mention.first, clause,
                                                      (sentence.start, sentence.end), lang):
                continue  # "особняк, ранее принадлежавший …, осужденному к 10 годам": who the owner was
            if not own_trigger and is_relative_setting(tokens, clause, lang):
                continue  # "руководитель ЦОНа, в котором 120 сотрудников": what the place is, not what was done
            if choice.event in PENALTIES and is_penalty_threat(tokens, clause, lang):
                continue  # "ему грозит штраф до 2 000 МРП": what the law provides, not a sentence
            if m.kind == "money" and (allocated or is_allocation(tokens, clause, lang)
                                      or spent_on_building(tokens, sentence, lang)) \
                    and (not own_trigger or (choice.weak and is_funding(tokens, clause, lang))):
                allocated = True
                continue  # "на ремонт школ выделено 4,7 млрд тенге, в том числе ... – 1,2 млрд": a budget
            if m.kind == "percent" and allocated and not own_trigger:
                continue  # "выделено 96 млрд тенге, что на 12% больше": the budget's growth
            after_case_count = bool(records) and records[-1]["unit"] == "case"
            survey = m.kind == "percent" and (is_share_of_people(tokens, figure.mention.first, m.last, lang)
                                              or names_share_of_people(tokens, clause, lang)
                                              or is_share_of_cases(tokens, figure.mention.first, m.last,
                                                                   after_case_count, lang))
            survey_answer = survey_told and continues_survey(tokens, figure, clause, lang)  # "бұл өткен жылғыдан 4
            # пайыз аз", "Ал 62 пайызы": the survey's share again, changed or of the same people
            survey = survey or survey_answer
            if m.kind == "percent" and choice.event == "other" and not choice.trigger and not survey \
                    and previous_sentence_event and has_anaphora(tokens, sentence.clauses[0], lang) \
                    and not reports_change(tokens, clause, lang):
                choice = EventChoice(previous_sentence_event, frozenset())  # "возмещено 29,6 млрд. Это 72%"
            if share_of_damage_returned(tokens, sentence, figure, choice.event, previous_sentence_event, lang):
                choice = EventChoice("recovered", frozenset())  # "… 38,2 млрд теңге қайтарылды. Бұл – залалдың 91
                # пайызы": the share returned, not the damage
            if m.kind == "percent":
                if survey:
                    choice = EventChoice("other", frozenset())  # "9,8% респондентов": what a survey found
                elif previous_percent_event and not own_trigger:
                    choice = EventChoice(previous_percent_event, frozenset())  # "..., а в 2022 году – 12,1%"
                previous_percent_event = choice.event
            if m.kind == "money" and choice.event == "other" and not choice.trigger and restates_amount_before(
                    tokens, sentence, figure, records[-1] if records and sentence_of[-1] == number - 1 else None, lang):
                choice = EventChoice(records[-1]["event"], frozenset())  # "… 500 АЕК пара алған. Бұл шамамен 1,9 млн
                # теңге": the same bribe in tenge
            if choice.event == "other" and not choice.trigger and records and sentence_of[-1] == number \
                    and records[-1]["unit"] == m.unit \
                    and told_at_another_time(text, tokens[figure.mention.first].start, periods):
                choice = EventChoice(records[-1]["event"], frozenset())  # "Возмещено 1,8 млрд тенге (в прошлом году
                # – 1,1 млрд тенге)": the same thing a year before
            if m.kind == "money" and choice.event == "other" and not choice.trigger and not source and number:
                asked = event_asked(tokens, sentences[number - 1], sentence, lang)
                if asked:
                    choice = EventChoice(asked, frozenset())  # "– Какова средняя сумма взятки? – … она составляла
                    # около 900 тысяч тенге"
            if m.kind == "money" and choice.event == "other" and not source:
                case_money = part_of_case_money(tokens, sentence, m.unit, records, lang)
                if case_money:
                    choice = EventChoice(case_money, frozenset())  # "Деньги передавались в два приёма: 10 млн тенге
                    # в августе и 5 млн тенге в сентябре": parts of the bribe reported before
            if m.kind == "money" and choice.event == "other" and not choice.trigger \
                    and previous_sentence_event == "recovered" and goes_to_the_state(tokens, clause, lang):
                choice = EventChoice("recovered", frozenset())  # "возвращены 11 участков. Кроме того, в бюджет
                # перечислено 640 млн тенге"
            if m.kind == "money" and choice.event == "other" and not choice.trigger and previous_item_event \
                    and states_value(tokens, clause, lang) and not in_background(tokens, clause, lang) \
                    and not names_contract(tokens, clause, lang):
                choice = EventChoice(previous_item_event, frozenset())  # "Общая стоимость имущества – 870 млн"
            if choice.event == "other" and not choice.trigger and not survey and names_indicator(tokens, clause, lang):
                same_unit = [r for r in records if r["unit"] == m.unit]
                if same_unit:
                    choice = EventChoice(same_unit[-1]["event"], frozenset())  # "Былтыр бұл көрсеткіш 175 млрд"
            if m.kind == "item" and choice.event == "other" and not choice.trigger and previous_item_event \
                    and has_anaphora(tokens, sentence.clauses[0], lang):
                choice = EventChoice(previous_item_event, frozenset())  # "конфискованы активы. В их числе – ..."
            if not own_trigger and listed and listed_after(tokens, sentence, listed[0], figure) \
                    and has_anaphora(tokens, (sentence.start, sentence.end), lang):
                choice = EventChoice(listed[1], frozenset())  # "Сотталғандардың арасында 8 әкімдік қызметкері, 5
                # полиция қызметкері және 3 ауыл әкімі бар": one list of the people named before
            penalised = m.kind == "person" and any(f.measure.kind in ("term", "mci") and clause[0] <= f.mention.first
                                                   < clause[1] for f in figures)  # "тағы бір маман 3 жылға … кесілді"
            later = [f for f in figures if f.mention.first > figure.mention.first]
            penalised = penalised or (m.kind == "person" and bool(later) and later[0].measure.kind in ("term", "mci"))
            # "ещё один специалист, Тимур Ким, – к пяти годам": the penalty next, in a clause after a name
            part = is_part_of_them(tokens, figure, lang)
            counted_part = (part or is_kk_one_of_them(tokens, figure, lang)) and own_trigger \
                and choice.event in PART_EVENTS  # "один из них арестован", "оның біреуі қамауға алынды", "один из
            # которых уволен", "екі қызметкері …, біреуі жұмыстан шығарылды": a part of the people just counted,
            # with an event of its own, as "двое из них" (data/eval/README.md, figure round 20)
            if figure.value == 1 and not figure.mention.digits \
                    and (choice.event == "other" or by_penalty or penalised or recaps[number]
                         or ((figure.mention.collective or part) and not counted_part)) \
                    and not (m.kind == "person" and (acquittal_words(tokens, clause, lang)
                                                     or is_wanted(tokens, clause, lang))):
                continue  # a lone "one" is no count ("біреуі 5 жылға", "ещё один сотрудник – 3 года", nor in a recap of
                # another case: "Бұған дейін тағы бір қызметкер осындай іспен сотталған"), but "тағы біреуі
                # ақталды" counts the acquitted and "тағы біреуі іздеуге жарияланды" the wanted
            if choice.event == "other" and not choice.trigger and not source and not survey_answer \
                    and not contract and not counts_bodies_examined(tokens, m, clause, lang) \
                    and ((not survey and in_background(tokens, clause, lang))
                    or (number > 0 and asks_the_setting(tokens, sentences[number - 1], sentence, lang))
                    or ((figure.elliptic or has_anaphora(tokens, clause, lang)) and (background or any(
                        in_background(tokens, c, lang) for c in sentence.clauses if c[1] <= clause[0])))):
                background = True
                continue  # "в компании работают около 4 500 человек, из них 54% – женщины": the setting, and a share
                # of its people too ("қызметкерлерінің саны 4 мыңға жуық, олардың 30 пайызы – жастар")
            if m.kind in ("item", "person") and choice.event == "other" and not choice.trigger and not source \
                    and tells_place_volume(tokens, clause, (sentence.start, sentence.end), lang):
                continue  # "Ауданда 2026 жылы 1 400-ден астам жер телімі берілген": the place's volume of work
            if choice.trigger and not own_trigger and in_background(tokens, clause, lang):
                background = True
                continue  # "Объём закупок превысил 3 млрд тенге, при этом главврач похитил 40 млн": another clause's
            if m.duration and choice.event != "other":
                continue  # "в течение двух лет", "до 12 лет лишения свободы": not a sentence served
            if m.kind == "person" and figure.mention.collective and recounts_the_detained(
                    tokens, figure.mention.first, [r for r, n in zip(records, sentence_of, strict=True) if n < number],
                    figure.mention.collective, choice.event, lang):
                continue  # "задержаны двое посредников. Всем троим санкционирован арест": the same detention
            if m.kind == "person" and restates_a_status(tokens, figure.mention.first, clause,
                                                        figure.mention.collective, lang):
                continue  # "Оба бывших чиновника подозреваются в преступлениях": who they are, told again
            if m.kind == "person" and choice.event == "other":
                if figure.mention.collective and any(r["unit"] == "person" and r["value"] == figure.value
                                                     for r in records):
                    continue  # "Екеуіне де ... тыйым салынды": the two already counted, named again
                anaphor_event = cases_people_event if last_count is not None and last_count.kind == "case" \
                    and cases_people_event else last_person_event  # "Сотқа 120 іс жіберілді. Олардың 40-тан астамы
                # – басшылар": people of the cases sent to court are charged
                if anaphor_event and not source and not difference \
                        and (has_anaphora(tokens, clause, lang) or opens_with_group_befallen(tokens, sentence, figure,
                                                                                              lang)) \
                        and not in_dative(tokens, figure, lang) \
                        and not acquittal_words(tokens, clause, lang):  # "олар 18 жұмысшыға жалақы төлеген": paid
                    # to; "двое из них оправданы": the acquitted are none of the convicts counted before
                    choice = EventChoice(anaphor_event, frozenset())  # "Олардың арасында ... үш басшы бар"
            previous_event = choice.event
            listed = figure, choice.event
            if m.kind == "person":
                last_person_event = choice.event
            if m.kind == "person":
                last_person, last_people = people_counted(last_person, last_people, figure)
            if m.kind in ("person", "case", "item"):
                last_count = m  # "37 тәуекел анықталды. Олардың 30-ы жойылды", "выявлено 1 200 рисков. В прошлом году
                # их было 950": a part of the things, or their number at another time, too
            if m.kind == "case":
                people = choose_event(tokens, "person", figure.mention.first, m.last, clause,
                                      (sentence.start, sentence.end), lang, theme)
                cases_people_event = people.event if people and not people.weak and people.trigger \
                    and people.event != "other" else None
            quoted = stated_period is not None and quotes_a_new_speaker(text, tokens, sentence, figure.mention.first)
            period = figure_period(text, tokens, figure, clause, (sentence.start, sentence.end), sentence_periods,
                                   periods, carried, lead_period or (None if survey or quoted else stated_period),
                                   lang, carried_to_amounts=carried_figured)
            if example is not None and figure.mention.first >= example \
                    and not any(p.aggregate for p in sentence_periods):
                period = None  # "Так, руководитель отдела принял на работу шесть родственников", "Айталық, … 2,5 млн
                # теңге талап етті", "Так, в октябре … при получении 8 млн тенге": one case told as an example of a
                # report, not a total over its period; its month is when it happened
            if period is None and m.kind == "money" and records and sentence_of[-1] == number \
                    and records[-1]["unit"] == "case" and sums_the_count_before(tokens, figure, lang):
                period = records[-1]["period"]  # "В 2025 году выявлено 14 фактов хищения на общую сумму 500 млн"
            if records and sentence_of[-1] == number and (difference or (m.kind == "percent" and is_difference(
                    tokens, figure.mention.first, m.last, clause, lang))):
                period = records[-1]["period"]  # "312 преступлений, что на 9% меньше, чем …": the compared one's
            records.append(figure_record(text, tokens, figure, choice, period, clause))
            kept.append(figure)
            survey_told = survey_told or (survey and is_share_of_people(tokens, figure.mention.first, m.last, lang))
            if m.kind == "case" and period and not stated_period \
                    and (registers_crimes(tokens, clause, lang) or REPORT_SPAN.fullmatch(period)
                         or any(p.value == period and is_summing(text, p, lang)
                                for p in periods_in(tokens, periods, *clause))):
                stated_period = period  # "2024 жылы 186 қылмыс тіркелгенін айтты", "С января по сентябрь мы выявили
                # 812 преступлений", "Жыл басынан бері департамент 64 қылмысты анықтады": a report told in the body
            if m.kind == "person" and period and not stated_period and any(
                    p.value == period and (is_running_total(text, p, lang)
                                           or (REPORT_SPAN.fullmatch(period) and names_its_year(text, p, lang)))
                    for p in periods_in(tokens, periods, *clause)):
                stated_period = period  # "С начала года мы задержали 23 должностных лица", "за 10 месяцев 2026 года
                # осуждены 126 сотрудников": people counted over the year's running total or its named span; not
                # "только за 3 месяца премировало 6 работников", how long one case went on
            firm.append(choice.firm or choice.event == "cases")
            sentence_of.append(number)
        if sentence_periods and not restates_count_only(tokens, kept, count_before, lang):  # "Былтыр осы кезеңде
            # олардың саны 57 болған. Оның 41-і бойынша іс сотқа жолданды": the count at another time is an aside
            own = {r["period"] for r, n in zip(records, sentence_of, strict=True) if n == number}
            given = ((p, period_in_report(text, tokens, p, (sentence.start, sentence.end), lead_period, lang))
                     for p in sentence_periods if not is_time_of_bracketed_figure(text, p))  # "С начала года …" in
            # a 9-month report: its span, for the next sentences too; not last year's in brackets beside a figure
            carried = next((value for p, value in given if p.aggregate or value in own), None)  # "олар 2025
            # жылы … алған. Бесеуі де ұсталып": a date no count took, when the offence was, is no period of those after
            carried_figured = carried in own
        if heads_a_list(tokens, sentence):
            list_event = head_event(tokens, sentence, previous_sentence_event, lang)
        elif not in_list:
            list_event = None
        previous_item_event = item_event(tokens, (sentence.start, sentence.end), lang)
        previous_sentence_event = records[-1]["event"] if records and sentence_of[-1] == number else None
    return records, firm, sentence_of
