"""What an amount is beside the other amounts and words of its sentence: the whole a part is taken from, a
contract's sum, an overstatement, a price a nearer amount's trigger does not claim, money spent on building, what
counted buildings cost, the amount before restated in other units, a part of money handed over in parts, money
put into the budget, the share of the damage an amount returned just before makes."""

from __future__ import annotations

from pokazatel.nlp.figures.events import (
    NO_FIGURE,
    EventChoice,
    find_triggers,
    is_allocation,
    is_building,
    word_key,
    word_matches,
)
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.not_case_figures import says_any
from pokazatel.nlp.figures.records import CASE_MONEY
from pokazatel.nlp.figures.sentence_figures import APPROXIMATORS, COORDINATION_WORDS, Figure
from pokazatel.nlp.figures.text import Sentence, Token, ru_lemma
from pokazatel.nlp.figures.values import word_value
from pokazatel.nlp.kk.stem import ending_list

AMOUNT_KINDS = {"money", "mci"}
KK_ATTRIBUTIVE = ("лік", "лық", "дік", "дық", "тік", "тық")  # "200 млн теңгелік келісімшарт": a 200-million contract


def part_of_case_money(tokens: list[Token], sentence: Sentence, unit: str | None, records: list[dict],
                       lang: str) -> str | None:
    """The event of the bribe or damage reported last in `unit`, when the sentence tells of money handed over in parts
    (`money_in_parts`): its amounts are those parts."""
    if not says_any(tokens, (sentence.start, sentence.end), rules("statistics")["money_in_parts"][lang], lang):
        return None
    return next((r["event"] for r in reversed(records) if r["event"] in CASE_MONEY and r["unit"] == unit), None)


def goes_to_the_state(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause say the money went into the budget, to the state or into a state fund (`returned_to`,
    `returned_to_fund`)?"""
    lowered = f" {' '.join(t.lower for t in tokens[clause[0] : clause[1]])} "
    data = rules("statistics")
    return any(f" {phrase} " in lowered for phrase in data["returned_to"][lang] + data["returned_to_fund"][lang])


def whole_of_part(tokens: list[Token], figure: Figure, lang: str) -> EventChoice | None:
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


def is_overstatement(tokens: list[Token], figure: Figure, clause: tuple[int, int], lang: str) -> bool:
    """"завысил стоимость ремонта на 1,2 млрд тенге": an amount by which a price or volume was overstated, the money
    overpaid (units.yaml's `overstated` words before it in its clause, "на" right before it)."""
    first = figure.mention.first
    words = rules("units")["overstated"]["words"].get(lang, [])
    return bool(words) and first > clause[0] and tokens[first - 1].lower == "на" \
        and any(tokens[k].is_word and ru_lemma(tokens[k].lower) in words for k in range(clause[0], first - 1))


def is_contract_sum(tokens: list[Token], figure: Figure, lang: str) -> bool:
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


def names_contract(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the scope name a contract ("Стоимость контракта … составляла 2,1 млрд тенге")?"""
    words = rules("statistics")["contract"][lang]
    return any(word_matches(word_key(t, lang), word, lang) for t in tokens[scope[0] : scope[1]] for word in words)


def claimed_by_nearer_amount(tokens: list[Token], figure: Figure, choice: EventChoice, figures: list[Figure],
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


def spent_on_building(tokens: list[Token], sentence: Sentence, lang: str) -> bool:
    """"Часть возвращённых средств, около 20 млрд тенге, направлена на строительство 12 школ": money the sentence
    puts into building something is spent, whatever it was before."""
    scope = (sentence.start, sentence.end)
    return is_allocation(tokens, scope, lang) and is_building(tokens, None, scope, lang)


def is_cost_of_counted_buildings(tokens: list[Token], figure: Figure, figures: list[Figure], lang: str) -> bool:
    """"13 долгостроев на сумму 150 млрд тенге", "жалпы құны 40 млрд теңге болатын 7 мектеп": is the amount next to a
    count of buildings, with only glue and cost words between, what they cost?"""
    data = rules("statistics")
    joining = set(data["glue"][lang]) | set(data["cost_words"][lang])
    for other in figures:
        if other.measure.kind != "item" or not other.measure.object:
            continue
        if other.measure.last < figure.mention.first:
            between = tokens[other.measure.last + 1 : figure.mention.first]
        elif figure.measure.last < other.mention.first:
            between = tokens[figure.measure.last + 1 : other.mention.first]
        else:
            continue
        if all(word_key(t, lang) in joining or t.lower in joining for t in between) \
                and _names_building(other.measure.object, lang):
            return True
    return False


def _names_building(counted: str, lang: str) -> bool:
    buildings = rules("statistics")["buildings"][lang]
    if lang == "ru":
        return counted in buildings or counted.split()[-1] in buildings
    return any(counted.split()[-1].startswith(word) for word in buildings)


def restates_amount_before(tokens: list[Token], sentence: Sentence, figure: Figure, before: dict | None,
                           lang: str) -> bool:
    """Is the sentence only the amount of the sentence before (`before`, its last record) in other units: "…
    пара алған. Бұл шамамен 1,9 млн теңге", "… штраф 1 500 МРП. Это около 5,9 млн тенге"?"""
    if before is None or before["unit"] in ("person", "case", "item", "year", "month", "percent") \
            or before["unit"] == figure.measure.unit:
        return False
    opening = [t.lower for t in tokens[sentence.start : figure.mention.first]]
    words = rules("statistics")["restatement_openers"][lang]
    return bool(opening) and opening[0] in rules("statistics")["anaphora"][lang] \
        and all(word in words for word in opening)


def share_of_damage_returned(tokens: list[Token], sentence: Sentence, figure: Figure, event: str,
                             before_event: str | None, lang: str) -> bool:
    """Is a percentage of the damage, in a sentence that opens by pointing back ("Это", "Бұл") right after a sentence
    whose last figure was returned, the share of the damage returned: "… бюджетке 38,2 млрд теңге қайтарылды. Бұл –
    келтірілген залалдың 91 пайызы", "Возмещено 4 млрд тенге. Это 80% ущерба"?"""
    opener = tokens[sentence.start].lower
    data = rules("statistics")
    return figure.measure.kind == "percent" and event == "damage" and before_event == "recovered" \
        and opener in data["anaphora"][lang] and opener in data["restatement_openers"][lang]
