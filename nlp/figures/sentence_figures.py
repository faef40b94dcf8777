"""The numbers of a sentence that are figures, each with what it counts: units shared by coordinated numbers ("от 15
до 50 тыс. тенге", "к 5 и 4 годам"), years and months joined into one term ("5 лет и 6 месяцев"), an amount restated
in other units ("3 000 МРП (10,35 млн тенге)") and numbers without a noun of their own resolved ("годом ранее –
1 267", "пятеро уволены")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pokazatel.nlp.figures.events import (
    has_anaphora,
    is_kk_person_trigger_word,
    is_kk_trigger_word,
    item_event,
    names_indicator,
    reports_change,
)
from pokazatel.nlp.figures.kk_nouns import kk_noun_base
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.not_case_figures import names_whole_group
from pokazatel.nlp.figures.text import Token, ru_is_plural, ru_lemma
from pokazatel.nlp.figures.units import (
    Measure,
    counted_noun_before,
    kk_genitive_whole,
    kk_noun_before_count_word,
    kk_predicate_noun,
    measure,
    ru_counted_after_dash,
    ru_noun_after_count_word,
)
from pokazatel.nlp.figures.values import NumberMention
from pokazatel.nlp.kk.stem import ending_list

DASHES = {"–", "—", "-", ":"}
RANGE_WORDS = {"до", "–", "-", "—", "дейін"}
COORDINATION_WORDS = RANGE_WORDS | {"и", "или", ",", "және", "мен", "бен", "пен", "а"}
SEQUENCE_WORDS = {"затем", "потом", "после", "еще", "кейін", "содан", "тағы"}  # "сначала 5 млн, затем еще 7 млн тенге"
DEFAULT_PERSON = {"ru": "человек", "kk": "адам"}
TERM_JOINERS = {"ru": {"и"}, "kk": {"және"}}
RESTATEMENT_OPENERS = {"(", "–", "—"}
APPROXIMATORS = {"около", "порядка", "почти", "более", "свыше", "примерно", "шамамен", "шамасы"}
KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
ROLE_REACH = 4  # tokens back from a Kazakh count word's number to its role ("сотталған лауазымды тұлғалардың саны")
PREDICATE_REACH = 7  # words from a Kazakh possessive part to the verb of people it is the subject of
RESPECTIVELY_REACH = 8  # tokens after a number within which the "соответственно" closing its list of numbers stands
DASH_REACH = 7  # tokens back from a number after a dash to its noun ("фактов выявлено в сфере здравоохранения – 41")
MILLION = 1_000_000  # "из 1,8 млрд причинённого ущерба" is money; "9,4 тысячи автомашин" are cars


@dataclass(frozen=True)
class Figure:
    value: float
    mention: NumberMention
    measure: Measure
    restates: bool = False  # "3 000 МРП (10,35 млн тенге)": the same figure in other units, same event
    elliptic: bool = False  # a number without a noun of its own ("годом ранее – 1 267", "пятеро уволены")


def sentence_figures(tokens: list[Token], mentions: list[NumberMention], sentence_start: int, lang: str,
                     last_person: str, last_count: Measure | None = None,
                     last_people: float | None = None) -> list[Figure]:
    """The sentence's numbers that are figures, with the unit of each: shared units ("от 15 до 50 тыс. тенге",
    "к 5 и 4 годам") and elliptic numbers ("годом ранее – 1 267", "пятеро уволены") resolved."""
    measured = [(m, measure(tokens, m, lang) or _bribes_by_times(tokens, m, lang)) for m in mentions]
    # a collective numeral counts people, never things: "санкционировал обоим арест"
    figures = [Figure(m.value, m, ms) for m, ms in measured
               if ms is not None and not (m.collective and ms.kind == "item")]
    resolved: list[Figure] = []
    for i, figure in enumerate(figures):
        following = figures[i + 1] if i + 1 < len(figures) else None
        holder = _unit_holder(tokens, figures, i, lang) if figure.measure.kind == "bare" else None
        if holder and not (figure.mention.has_multiplier and holder.measure.kind == "percent"):
            # "возмещено 1,9 млрд, или 83%": billions are no per cent but the share restated; they keep the
            # sentence's currency below
            figure = _share_unit(tokens, figure, holder)
        if figure.measure.kind == "term" and figure.measure.unit == "year" and following \
                and following.measure.unit == "month" and _joined(tokens, figure.measure.last, following, lang):
            figure = replace(figure, value=figure.value + following.value / 12)  # "5 лет и 6 месяцев"
            figures[i + 1] = replace(following, measure=replace(following.measure, kind="merged"))
        if figure.measure.kind == "merged":
            continue
        if figure.measure.kind == "bare":
            figure = _elliptic(tokens, figure, resolved, sentence_start, lang, last_person, last_count, last_people)
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
            last_person, last_people = people_counted(last_person, last_people, figure)
        resolved.append(figure)
    return resolved


def _bribes_by_times(tokens: list[Token], mention: NumberMention, lang: str) -> Measure | None:
    """"14 раз получал взятки", "18 рет пара алған": bribes taken so many times are so many cases."""
    data = rules("units")["bribes_by_times"][lang]
    times = mention.last + 1
    if times >= len(tokens) or not tokens[times].is_word:
        return None
    word = tokens[times].lower
    if (ru_lemma(word) if lang == "ru" else word) not in data["times"]:
        return None
    following = [t.lower for t in tokens[times + 1 : times + 3] if t.is_word]
    bribe = any(ru_lemma(w) in data["bribe"] for w in following) if lang == "ru" \
        else any(w.startswith(tuple(data["bribe"])) for w in following)
    return Measure("case", "case", word if lang == "kk" else ru_lemma(word), times) if bribe else None


def people_counted(last_person: str, last_people: float | None, figure: Figure) -> tuple[str, float]:
    """The noun and size of the people counted last, after this count of people: the largest count of one noun, so
    that parts listed after a whole ("19 сотрудников … трое уволены, четверым объявлен выговор") stay within it."""
    noun = figure.measure.object or last_person
    same = noun == last_person and last_people is not None
    return noun, max(last_people, figure.value) if same else figure.value


def _joined(tokens: list[Token], last: int, following: Figure, lang: str) -> bool:
    """Do years ending at token `last` and the months after them make one term: "5 годам 6 месяцам", "6 лет и 6
    месяцев", "3 жыл 6 ай", "2 жыл және 3 ай"?"""
    between = tokens[last + 1 : following.mention.first]
    return not between or (len(between) == 1 and between[0].lower in TERM_JOINERS[lang])


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
    if figure.mention.has_multiplier and following.measure.kind == "money" and 0 < len(between) <= 3 \
            and any(t.lower in SEQUENCE_WORDS for t in between):  # one sum paid in parts: "сначала 5 млн, затем еще
        # 7 млн тенге" (millions before a count stay a count: the amount after must be money)
        return all(t.lower in COORDINATION_WORDS | SEQUENCE_WORDS for t in between)
    return 0 < len(between) <= 2 and all(t.lower in COORDINATION_WORDS for t in between)


def _unit_holder(tokens: list[Token], figures: list[Figure], i: int, lang: str) -> Figure | None:
    """The figure whose unit the bare number `figures[i]` shares: the next one, or the first with a unit after a run
    of coordinated bare numbers ("в три приёма: 3 млн, 2,5 млн и 3,5 млн тенге")."""
    for j in range(i, len(figures) - 1):
        if not _coordinated(tokens, figures[j], figures[j + 1], lang):
            return None
        if figures[j + 1].measure.kind != "bare":
            return figures[j + 1]
    return None


def _share_unit(tokens: list[Token], figure: Figure, following: Figure) -> Figure:
    value = figure.value
    between = {t.lower for t in tokens[figure.measure.last + 1 : following.mention.first]}
    if not figure.mention.has_multiplier and following.mention.has_multiplier and between & RANGE_WORDS:
        value *= following.mention.multiplier
    return replace(figure, value=value, measure=replace(following.measure, last=figure.measure.last))


def _elliptic(tokens: list[Token], figure: Figure, earlier: list[Figure], sentence_start: int, lang: str,
              last_person: str, last_count: Measure | None = None, last_people: float | None = None) -> Figure | None:
    """A number standing without a noun: a collective numeral counts people ("пятеро уволены"); after a dash
    or in parentheses it counts the noun before it ("выявлено фактов взяточничества – 517", "осуждено акимов
    (12)"); otherwise it repeats the unit of
    the sentence's previous figure ("годом ранее – 1 267", "оның 6,2 миллиарды") or counts the cases the
    sentence speaks of ("преступлений снизилось на 8%, ... когда их было 1 341")."""
    last = figure.measure.last
    possessive = figure.mention.possessive or tokens[last].lower in rules("units")["approximate_possessive"][lang]
    whole = next((f.measure for f in reversed(earlier) if f.measure.kind in ("person", "case", "item")), last_count)
    files = _case_files_of_part(tokens, figure.mention.first, last, lang) \
        if (possessive or lang == "ru") and whole is not None and whole.kind == "case" else None
    if files:  # "64 қылмыс тіркелді. Оның 47-сі бойынша іс сотқа жіберілді": the files of a part of the crimes; a
        # part of complaints stays complaints ("20 өтініш түсті, оның үшеуі бойынша қылмыстық іс тіркелді")
        return replace(figure, measure=Measure("case", "case", files, last))
    if lang == "kk" and (possessive or figure.mention.collective):
        noun = kk_predicate_noun(tokens, last + 1)
        if noun and (noun[0] == "person" or not figure.mention.collective):
            return replace(figure, measure=Measure(noun[0], noun[0], noun[1], last))
    first = figure.mention.first
    whole = kk_genitive_whole(tokens, first, sentence_start) if lang == "kk" and possessive else None
    if whole:
        return replace(figure, measure=Measure(whole[0], whole[0], whole[1], last))
    if lang == "kk" and possessive and first > sentence_start and tokens[first - 1].is_word \
            and tokens[first - 1].lower.endswith(ending_list("genitive")) \
            and tokens[first - 1].lower not in rules("statistics")["anaphora"][lang]:
        if _things_predicate(tokens, last + 1, lang):  # "Учаскелердің төртеуі мемлекет меншігіне қайтарылды": four
            # of the plots, returned
            return replace(figure, measure=Measure("item", "item", kk_noun_base(tokens[first - 1].lower), last))
        return None  # "салынған 14 су құбырының бесеуі": a part of things that are no people or cases
    parts_of = [f for f in earlier if f.measure.kind in ("person", "case", "item")] \
        if lang == "kk" and possessive and figure.mention.collective else []  # "17 шағым түсті, оның бесеуі бойынша":
    if parts_of:  # five of the complaints
        return replace(figure, measure=replace(parts_of[-1].measure, last=last))
    said_to_be = _ru_part_said_to_be(tokens, last) if lang == "ru" and figure.mention.collective else None
    if said_to_be:
        return replace(figure, measure=Measure("person", "person", said_to_be, last))
    if figure.mention.collective:
        more = last_people is not None and figure.value > last_people  # "двое сотрудников и трое фермеров … Все
        # пятеро": more than the people counted last are people of several kinds
        whole = names_whole_group(tokens, first, lang)  # "Обоим", "Екеуі де": the group again, with no noun of its
        # own, counts "человек" (data/eval/README.md, "Objects of bare collectives")
        return replace(figure, measure=Measure("person", "person",
                                               DEFAULT_PERSON[lang] if more or whole else last_person, last))
    after_dash = ru_counted_after_dash(tokens, last) if lang == "ru" else None
    if after_dash:
        return replace(figure, measure=Measure(after_dash[0], after_dash[0], after_dash[1], last))
    before = tokens[first - 1] if first > sentence_start else None
    data = rules("statistics")
    after_copula = before is not None and (before.lower in data["elliptic_copulas"][lang] or (
        before.lower in data["elliptic_change"][lang] and reports_change(tokens, (sentence_start, last + 1), lang)))
    respectively = _shared_respectively(tokens, first, last, sentence_start, lang)
    if after_copula or respectively or (before is not None and (before.text in DASHES
                                                                or _in_parentheses(tokens, figure))):
        # "осуждённых ... достигло 420" reaches back over its sentence, as numbers shared "соответственно" over a list
        # do, a dash over DASH_REACH tokens
        reach = sentence_start if after_copula or respectively else max(sentence_start, first - DASH_REACH)
        noun = (after_copula and ru_noun_after_count_word(tokens, first - 1, reach)) \
            or counted_noun_before(tokens, first - 1, reach, lang)
        if noun:
            return replace(figure, measure=Measure(noun[0], noun[0], noun[1], last))
    counted = kk_noun_before_count_word(tokens, first, sentence_start) if lang == "kk" else None
    named_role = any(is_kk_trigger_word(t.lower)
                     for t in tokens[max(sentence_start, first - ROLE_REACH) : first - 1])
    if counted and (counted[0] == "case" or named_role):  # "сотталғандардың саны", "ұсталған шенеуніктердің саны",
        # "сотталған лауазымды тұлғалардың саны"; not "агенттік қызметкерлерінің саны" (a body's staff: the setting)
        return replace(figure, measure=Measure(counted[0], counted[0], counted[1], last))  # "сотталғандардың саны
        # 300-ге жетті"
    if lang == "kk" and named_role and _after_participle_count(tokens, first, sentence_start):
        return replace(figure, measure=Measure("person", "person", last_person, last))  # "тартылғандар саны 71
        # болған": the people counted before, by what befell them
    counts = [f for f in earlier if f.measure.kind != "percent"]
    if counts:
        return replace(figure, measure=replace(counts[-1].measure, last=last))
    if last_count is not None and (of_them(tokens, last, lang) or _after_of_them(tokens, first, sentence_start, lang)):
        return replace(figure, measure=replace(last_count, last=last))  # "В отношении 12 из них начаты расследования",
        # "Из них 12 осуждены"
    if last_count is not None and names_indicator(tokens, (sentence_start, first), lang):
        return replace(figure, measure=replace(last_count, last=last))  # "Өткен жылы бұл көрсеткіш 52 болған",
        # "В 2025 году этот показатель составлял 118": the count before, at another time
    if last_count is not None and after_copula and has_anaphora(tokens, (sentence_start, first), lang):
        return replace(figure, measure=replace(last_count, last=last))  # "Осуждены 76 человек. Это больше, чем в 2025
        # году, когда их было 64": the people counted before, at another time
    if last_count is not None and lang == "kk" and possessive and before is not None \
            and before.lower in data["anaphora"][lang]:
        return replace(figure, measure=replace(last_count, last=last))  # "… қылмыс тіркелді. Оның 410-ы пара алу, …"
    noun = counted_noun_before(tokens, first, sentence_start, lang, kinds=("case",))
    if noun and has_anaphora(tokens, (sentence_start, first), lang):
        return replace(figure, measure=Measure("case", "case", noun[1], last))
    if lang == "kk" and possessive and before is not None and before.lower in data["anaphora"][lang] \
            and _people_predicate(tokens, last + 1):
        return replace(figure, measure=Measure("person", "person", last_person, last))  # "Облыста қызметшілердің
        # саны 9 мың. Биыл олардың 12-сі … сотталды": a part of people the setting named, counted by what befell them
    return None


def _shared_respectively(tokens: list[Token], first: int, last: int, sentence_start: int, lang: str) -> bool:
    """Is the number one of a list after a dash shared over the list before it: "– 38 и 21 соответственно", "–
    тиісінше 38 және 21"?"""
    words = rules("statistics")["respectively"][lang]
    if first - 2 >= sentence_start and tokens[first - 1].lower in words and tokens[first - 2].text in DASHES:
        return True
    for token in tokens[last + 1 : last + RESPECTIVELY_REACH]:
        if token.lower in words:
            return any(t.text in DASHES for t in tokens[max(sentence_start, first - RESPECTIVELY_REACH) : first])
        if not (token.is_digit or token.lower in COORDINATION_WORDS):
            return False
    return False


def _after_participle_count(tokens: list[Token], first: int, sentence_start: int) -> bool:
    """Does "саны" after a plural participle stand right before the number: "тартылғандар саны 71"?"""
    data = rules("units")
    return first - 2 >= sentence_start and tokens[first - 1].lower in data["count_words"]["kk"] \
        and tokens[first - 2].lower.endswith(tuple(data["kk_participle_plurals"]))


def _things_predicate(tokens: list[Token], j: int, lang: str) -> bool:
    """Does the clause after a Kazakh possessive part end in a verb done to things ("… қайтарылды", "… тәркіленді")?"""
    end = j
    while end < min(len(tokens), j + PREDICATE_REACH) and tokens[end].is_word:
        end += 1
    return item_event(tokens, (j, end), lang) is not None


def _people_predicate(tokens: list[Token], j: int) -> bool:
    """Does the clause after a Kazakh possessive part end in a verb of people ("… сотталды", "… ұсталды")?"""
    for token in tokens[j : j + PREDICATE_REACH]:
        if not token.is_word:
            return False
        if is_kk_person_trigger_word(token.lower):
            return True
    return False


def restates_count_only(tokens: list[Token], figures: list[Figure], count_before: Measure | None, lang: str) -> bool:
    """Are the sentence's figures only the count before told again at another time, numbers with no noun of their
    own and no part of it ("Былтыр осы кезеңде олардың саны 57 болған", "В прошлом году их было 57")?"""
    return bool(figures) and count_before is not None and all(
        f.elliptic and f.measure.kind == count_before.kind and f.measure.object == count_before.object
        and not f.mention.possessive and not of_them(tokens, f.measure.last, lang)
        and not _after_of_them(tokens, f.mention.first, 0, lang) for f in figures)


def is_part_of_them(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """Is the number a part of the people or cases counted before: "один из них", "оның біреуі"?"""
    first = figure.mention.first
    if lang == "kk":
        return figure.mention.possessive and first > 0 \
            and tokens[first - 1].lower in rules("statistics")["anaphora"][lang]
    return of_them(tokens, figure.measure.last, lang)


def is_kk_one_of_them(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """Is the number a Kazakh "біреуі" standing for one of the people just counted ("екі қызметкері …, біреуі
    жұмыстан шығарылды"), not "one of" a noun in the genitive ("Шенеуніктердің бірі – …": who, not how many)?"""
    first = figure.mention.first
    return lang == "kk" and figure.mention.possessive and first > 0 \
        and not (tokens[first - 1].is_word and tokens[first - 1].lower.endswith(ending_list("genitive")))


def _ru_part_said_to_be(tokens: list[Token], last: int) -> str | None:
    """The people a collective part is said to be after a dash ("Двое из задержанных – руководители отдела":
    руководитель), or None."""
    after = last + 3 if last + 2 < len(tokens) and tokens[last + 1].lower == "из" else last + 1
    noun = ru_counted_after_dash(tokens, after - 1)
    plural = noun is not None and ru_is_plural(tokens[noun[2]].lower)  # "Задержаны двое – бывший заместитель
    # директора и руководитель поставщика": people of two kinds, each named alone
    return noun[1] if noun and noun[0] == "person" and plural else None


def _case_files_of_part(tokens: list[Token], first: int, last: int, lang: str) -> str | None:
    """The case files a part of the cases counted before is told by ("Оның 47-сі бойынша іс сотқа жіберілді": іс; "По
    47 из них дела направлены в суд": дело), or None."""
    data = rules("units")["cases_by_part"][lang]
    if lang == "kk":
        if last + 1 >= len(tokens) or tokens[last + 1].lower not in data["link"]:
            return None
        words = [t.lower for t in tokens[last + 2 : last + 4]]
        words = words[1:] if words and words[0] in data["modifiers"] else words
        return next((noun for noun in data["nouns"] if words and kk_noun_base(words[0]) == noun), None)
    if first == 0 or tokens[first - 1].lower not in data["link"] or not of_them(tokens, last, lang):
        return None
    lemmas = [ru_lemma(t.lower) for t in tokens[last + 1 : last + 6] if t.is_word]
    return next((noun for noun in data["nouns"] if noun in lemmas), None)


def of_them(tokens: list[Token], last: int, lang: str) -> bool:
    """Is the number followed by "из них", "из которых": a part of the people or cases counted before?"""
    following = " ".join(t.lower for t in tokens[last + 1 : last + 4])
    return any(following == words or following.startswith(f"{words} ")
               for words in rules("statistics")["of_them"][lang])


def _after_of_them(tokens: list[Token], first: int, sentence_start: int, lang: str) -> bool:
    """Does "из них", "из которых" stand before the number, right before it, before the one word of its verb or a
    dash: "Из них 12 осуждены", "Из них уволены 47", "Почти половина из них – 71 – связана с завышением цен"?"""
    for words in rules("statistics")["of_them"][lang]:
        size = len(words.split())
        for gap in (0, 1):
            start = first - size - gap
            if start >= sentence_start and " ".join(t.lower for t in tokens[start : start + size]) == words \
                    and all(t.is_word or t.text in DASHES for t in tokens[start + size : first]):
                return True
    return False


def _in_parentheses(tokens: list[Token], figure: Figure) -> bool:
    last = figure.measure.last
    return tokens[figure.mention.first - 1].text == "(" and last + 1 < len(tokens) and tokens[last + 1].text == ")"
