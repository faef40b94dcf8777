"""Numbers in an article about corruption that are no figure of its case, by where they stand: what a law provides
("на сумму свыше 20 000 МРП закон предусматривает…", "штраф до 2 000 МРП"), a budget the stolen part was taken from
("жөндеуге бөлінген 1,8 млрд теңгенің 240 млн теңгесін жымқырған"), what a bribe or a fee paid for ("за пропуск 4
грузовиков", "при регистрации 10,2 тысячи автомашин", "при закупке 27 аппаратов … и 14 …", "14 мектепке тамақ
жеткізу"), a whole already reported named again for its part, people already counted as detained, named again at
their arrest ("Всем троим санкционирован арест"), a whole group named again in its state ("Оба бывших чиновника
подозреваются"), cases told beside the setting (courts' whole caseload beside their judges), what is customary
("откат в 10–15% … считается нормой") and another case ("ещё одно уголовное дело"). Words in
data/rules/statistics.yaml (`law_provides`, `law_threshold_before`, `law_maximum_before`, `allocation`,
`service_before`, `service_after`, `count_joiners`, `whole_group`, `status_verbs`, `customary`, `other_misconduct`,
`one_more`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pokazatel.nlp.figures.events import (
    RU_VERB_POS,
    in_background,
    is_allocation,
    mentions_corruption,
    names_entry,
    scope_keys,
)
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Sentence, Token, ru_lemma, ru_pos
from pokazatel.nlp.kk.stem import ending_list

AMOUNTS = {"money", "mci", "percent", "term"}  # a law provides shares ("вознаграждение в размере 10% от суммы
# взятки") and terms too ("санкция предусматривает штраф в 200 МРП и лишение права управления на 7 лет")
ALLOCATION_REACH = 3  # words before a whole amount its budget word may stand ("жөндеуге бөлінген 1,8 млрд теңгенің")
SERVICE_REACH = 3  # words before a count its "за"/"при" may stand ("за беспрепятственный пропуск 4 грузовиков")
SAME_VALUE = 0.005  # the scoring rule's tolerance: amounts this close are one amount


def is_law_provision(tokens: list[Token], kind: str, first: int, clause: tuple[int, int], sentence: tuple[int, int],
                     lang: str) -> bool:
    """Is the amount at `first` what a law provides, not what a case gave or cost: an amount in a clause that says
    what the law provides ("на сумму свыше 20 000 МРП закон предусматривает лишение свободы с конфискацией"), a
    threshold in a sentence that does ("для сумм от 5 000 до 20 000 МРП – штраф …"), or a fine stated as its
    maximum ("штраф до 2 000 МРП")."""
    if kind not in AMOUNTS:
        return False
    data = rules("statistics")
    if says_any(tokens, clause, data["law_provides"][lang], lang):
        return True
    before = tokens[first - 1].lower if first > sentence[0] else ""
    if before in data["law_threshold_before"][lang] and says_any(tokens, sentence, data["law_provides"][lang], lang):
        return True
    return before in data["law_maximum_before"][lang] and _names_a_fine(tokens, first, sentence, lang)


def cases_of_the_setting(tokens: list[Token], clause: tuple[int, int], sentence: Sentence, lang: str) -> bool:
    """Is a count of cases in a clause that names no corruption told beside the setting, another clause of its
    sentence describing it ("В судах области работают 146 судей, с начала года они рассмотрели более 9 тысяч уголовных
    дел", "облыс соттарына 3 800 іс түсті, соттарда 146 судья жұмыс істейді")?"""
    words = " ".join(t.lower for t in tokens[clause[0] : clause[1]]).replace("ё", "е")
    return not mentions_corruption(words, lang) and any(
        other != clause and in_background(tokens, other, lang) for other in sentence.clauses)


def is_one_more_case(tokens: list[Token], first: int, value: float, lang: str) -> bool:
    """Is the count of one case at `first` another case ("начато ещё одно досудебное расследование", "тағы бір
    қылмыстық іс қозғалды"), no count?"""
    return value == 1 and first > 0 and tokens[first - 1].lower in rules("statistics")["one_more"][lang]


def is_customary(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause say what is customary ("откат в 10–15% … считается нормой"), not what a case gave?"""
    return says_any(tokens, clause, rules("statistics")["customary"][lang], lang)


def is_other_misconduct(tokens: list[Token], clause: tuple[int, int], lang: str, part_of_it: bool = False) -> bool:
    """Does the clause tell misconduct that is no corruption ("рассмотрены 11 фактов опозданий и прогулов", "жұмысқа
    кешігіп келгені үшін 8 қызметкерге ескерту жасалды"), or a part of the people such a clause counted (`part_of_it`:
    "…, шестеро из них получили выговор"), and name no corruption?"""
    words = " ".join(t.lower for t in tokens[clause[0] : clause[1]]).replace("ё", "е")
    return (part_of_it or says_any(tokens, clause, rules("statistics")["other_misconduct"][lang], lang)) \
        and not mentions_corruption(words, lang)


def says_any(tokens: list[Token], scope: tuple[int, int], entries: list[str], lang: str) -> bool:
    """Does the scope hold every word of one of the entries (words matched like triggers)?"""
    return names_entry(set(scope_keys(tokens, *scope, lang)), entries, lang)


def _names_a_fine(tokens: list[Token], first: int, sentence: tuple[int, int], lang: str) -> bool:
    fine_words = rules("statistics")["events"]["fine"][lang]
    near = range(max(sentence[0], first - 3), min(sentence[1], first + 6))
    return any(tokens[i].lower.startswith(tuple(w[:5] for w in fine_words)) for i in near)


def is_allocated_whole(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Is the amount on tokens first..last the budget a stolen part was taken from: a whole ("1,8 млрд теңгенің 240
    млн теңгесі", "из выделенных 1,8 млрд тенге … 240 млн") that an allocation word stands right before?"""
    start = max(0, first - ALLOCATION_REACH)
    return _is_whole(tokens, first, last, lang) and is_allocation(tokens, (start, first), lang)


def restates_a_whole(tokens: list[Token], first: int, last: int, value: float, unit: str | None,
                     records: Sequence[Mapping], lang: str) -> bool:
    """Is the amount a whole already reported, named again for its part ("… 19 млн теңгесін жымқырған. 19 млн
    теңгенің 11 млн теңгесі бюджетке қайтарылды": what was returned is the 11 million)?"""
    return _is_whole(tokens, first, last, lang) and any(
        r["unit"] == unit and abs(r["value"] - value) <= SAME_VALUE * max(abs(value), 1.0) for r in records)


def _is_whole(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    if lang == "kk":
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        return tokens[last].lower.endswith(ending_list("genitive")) and following is not None and following.is_digit
    before = tokens[max(0, first - ALLOCATION_REACH) : first]
    opener = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower == "из"), None)
    # "из выделенных 1,8 млрд тенге": the amount is what "из" takes; "выделенные из бюджета 45 млн" takes money
    # from the budget, the amount is no whole
    return opener is not None and not any(t.is_word and ru_pos(t.lower) == "NOUN" for t in before[opener + 1 :])


def is_service_volume(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Does a count of things stand as what a bribe, a fee or a service was for ("за беспрепятственный пропуск 4
    грузовиков", "за регистрацию 9,4 тысячи автомашин", "при регистрации 10,2 тысячи автомашин")? A noun of the
    action right before the count and "за"/"при" before that: what was paid for, not what the case counts; and so
    is a count right after "для" ("оборудование для 40 больниц") and a Kazakh count in the dative before a word of
    supply ("14 мектепке тамақ жеткізу кезінде")."""
    if lang == "kk":
        data = rules("statistics")
        return tokens[last].lower.endswith(tuple(data["bribe_recipients"]["dative_endings"]["kk"])) and any(
            t.lower.startswith(tuple(data["service_after"]["kk"])) for t in tokens[last + 1 : last + 3])
    if first == 0 or not tokens[first - 1].is_word:
        return False
    if tokens[first - 1].lower in rules("statistics")["for_whom_before"][lang]:
        return True  # "закупленное оборудование для 40 больниц": what it was for
    if ru_pos(tokens[first - 1].lower) != "NOUN":
        return False
    prepositions = rules("statistics")["service_before"][lang]
    return any(t.lower in prepositions for t in tokens[max(0, first - SERVICE_REACH) : first - 1])


def is_bought(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Is a count of things what was bought or supplied ("закупила 24 погружных насоса", "24 сорғы сатып алған"): the
    setting of a purchase, not what the case counts?"""
    words = rules("statistics")["bought"][lang]
    if lang == "kk":
        return any(" ".join(t.lower for t in tokens[k : k + 2]).startswith(tuple(words))
                   for k in range(last + 1, min(last + 3, len(tokens))))
    return first > 0 and tokens[first - 1].is_word and ru_lemma(tokens[first - 1].lower) in words


def joins_a_count(tokens: list[Token], count_end: int, first: int, lang: str) -> bool:
    """Is the count at `first` joined to the count of things ending at `count_end` ("27 аппаратов ИВЛ и 14
    наркозно-дыхательных аппаратов"): "и" or a comma right before it and no verb between the two?"""
    between = tokens[count_end + 1 : first]
    return bool(between) and between[-1].lower in rules("statistics")["count_joiners"][lang] \
        and not any(t.is_word and ru_pos(t.lower) in RU_VERB_POS for t in between)


def restates_a_status(tokens: list[Token], first: int, clause: tuple[int, int], collective: bool, lang: str) -> bool:
    """Is a collective of the whole group ("Оба бывших чиновника подозреваются …") said only to be in a state
    (`status_verbs`), naming again people told of before rather than counting an act done to them?"""
    return collective and names_whole_group(tokens, first, lang) \
        and says_any(tokens, clause, rules("statistics")["status_verbs"][lang], lang)


def recounts_the_detained(tokens: list[Token], first: int, records: Sequence[Mapping], collective: bool,
                          event: str, lang: str) -> bool:
    """Does a collective count of the whole group ("Всем троим санкционирован арест", "Обоим избрана мера
    пресечения") name again people an earlier sentence (its `records`) has already counted as detained? The arrest
    is the same detention; "в отношении четверых подозреваемых избрана мера пресечения" after five detained is a
    part of them, and counts."""
    if not (collective and event == "detained"):
        return False
    return names_whole_group(tokens, first, lang) \
        and any(r["unit"] == "person" and r["event"] == "detained" for r in records)


def names_whole_group(tokens: list[Token], first: int, lang: str) -> bool:
    """Does the collective numeral at `first` count the whole group ("обоим", "всем троим", "екеуі де")?"""
    data = rules("statistics")["whole_group"]
    words, particles = data[lang], data["particles"].get(lang, [])
    following = tokens[first + 1].lower if first + 1 < len(tokens) else ""
    return tokens[first].lower in words or (first > 0 and tokens[first - 1].lower in words) or following in particles
