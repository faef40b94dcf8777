"""What a number counts: its unit (SCHEMA.md Units) and the counted object, from the words around it.

"2 сотрудника" → person, "сотрудник"; "45 тыс. долларов США" → USD; "6 жылға" → year;
"17 уголовных дел" → case, "дело"; "12 гектар", "ст. 366", "7 апреля" → not a figure at all.
Vocabularies live in data/rules/units.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pokazatel.nlp.figures.events import is_kk_person_trigger_word, is_kk_trigger_word
from pokazatel.nlp.figures.kk_nouns import kk_known_noun, kk_noun_base
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.phone_numbers import is_phone_number
from pokazatel.nlp.figures.text import (
    Token,
    ru_adjective_lemma,
    ru_adjective_object,
    ru_is_animate,
    ru_is_plural,
    ru_lemma,
    ru_pos,
)
from pokazatel.nlp.figures.values import NumberMention, word_value
from pokazatel.nlp.kk.stem import ending_list
from pokazatel.nlp.ru import morph
from pokazatel.nlp.ru.morph import PARSE_CACHE_SIZE

MAX_NOUN_DISTANCE = 4  # words between a number and the noun it counts ("3 промышленных предприятия")
OVERSTATED_REACH = 8  # words before a measure its overstatement may stand ("завышен объём … на 1,5 тыс. тонн")
MAX_PREDICATE_DISTANCE = 7  # words between a Kazakh "N of them" and the noun it is said to be
DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}$")
RU_MODIFIER_POS = {"ADJF", "PRTF", "NUMR"}
KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
KK_ONE_OF = ("бірі", "бірін", "біріне", "бірінде", "бірінен")
RU_CURRENCY_SIGNS = {"$": "USD", "₸": "KZT", "€": "EUR", "₽": "RUB"}
YEAR_DIGITS = 4  # "1900" may be a year, "1 900" not


@dataclass(frozen=True)
class Measure:
    kind: str  # money, percent, mci, term, person, case, item; "bare" when nothing names the unit
    unit: str | None
    object: str
    last: int  # last token index the figure covers (number and unit words)
    duration: bool = False  # years that may be a span of time ("в течение двух лет") rather than a sentence


def measure(tokens: list[Token], mention: NumberMention, lang: str) -> Measure | None:
    """The unit and object of a number, or None when it is a label, date, age or measurement."""
    if _is_label(tokens, mention, lang):
        return None
    j = _next_index(tokens, mention)
    j = _skip_words(tokens, j, rules("units")["approximate_after"][lang])
    sign = tokens[mention.first - 1].text if mention.first else ""
    if sign in RU_CURRENCY_SIGNS:
        return Measure("money", RU_CURRENCY_SIGNS[sign], "", mention.last)
    found = _currency(tokens, j) or _percent_or_mci(tokens, j, lang) or _term(tokens, j, lang)
    if found:
        kind, unit, last = found
        if kind == "term" and (_is_year_number(mention) or _says_when(tokens, last, lang)):
            return None
        if kind == "term" and _a_year_apart(tokens, last, lang):
            return Measure("bare", None, "", mention.last)  # "против 1 145 годом ранее": the count of a year before
        return Measure(kind, unit, "", last, kind == "term" and _is_duration(tokens, mention, last, lang))
    if _is_year_number(mention):
        return None
    if mention.possessive:
        return Measure("bare", None, "", mention.last)
    if j < len(tokens) and tokens[j].lower in rules("units")["approximate_possessive"][lang]:
        return Measure("bare", None, "", j)  # "оның 600-ге жуығы": about 600 of them
    noun = _ru_noun(tokens, j) if lang == "ru" else _kk_noun(tokens, j)
    if noun is None:
        return _overstated_quantity(tokens, mention, j, lang)
    if noun == "":
        return Measure("bare", None, "", mention.last)
    kind, obj, last = noun
    if lang == "ru" and mention.collective and not ru_is_plural(tokens[last].lower):
        return Measure("bare", None, "", mention.last)  # "Всем троим суд санкционировал арест": the noun after it
        # is no plural, so not what a collective numeral counts
    return Measure(kind, {"person": "person", "case": "case"}.get(kind, "item"), obj, last)


def _next_index(tokens: list[Token], mention: NumberMention) -> int:
    j = mention.last + 1
    while j < len(tokens) and tokens[j].start < mention.end:
        j += 1
    return j


def _skip_words(tokens: list[Token], j: int, words: list[str]) -> int:
    while j < len(tokens) and tokens[j].lower in words:
        j += 1
    return j


def _is_year_number(mention: NumberMention) -> bool:
    """A year is written in one group of digits: "1 900 обращений" (thousands apart) counts."""
    return mention.digits and not mention.has_multiplier and 1900 <= mention.value <= 2100 \
        and mention.value == int(mention.value) \
        and mention.end - mention.start == YEAR_DIGITS


def _says_when(tokens: list[Token], last: int, lang: str) -> bool:
    """"два года назад", "1,5 жыл бұрын": years that date an event."""
    following = " ".join(t.lower for t in tokens[last + 1 : last + 3])
    return any(following == word or following.startswith(f"{word} ") for word in rules("statistics")["ago"][lang])


def _a_year_apart(tokens: list[Token], last: int, lang: str) -> bool:
    """"1 145 годом ранее": the term word and the one after it say "a year before", not how long."""
    following = " ".join(t.lower for t in tokens[last : last + 2])
    return following in rules("units")["year_apart"][lang]


def _is_duration(tokens: list[Token], mention: NumberMention, last: int, lang: str) -> bool:
    """"в течение двух лет", "екі жыл бойы", "до 12 лет": years that are not a sentence served."""
    data = rules("statistics")
    before = tokens[mention.first - 1].lower if mention.first else ""
    after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if _closes_range(tokens, mention, lang):
        return False  # "к срокам от 5 до 7 лет", "5 жылдан 7 жылға дейін": the upper end of terms given
    return before in data["duration_before"][lang] or after in data["duration_after"][lang]


def _closes_range(tokens: list[Token], mention: NumberMention, lang: str) -> bool:
    """Is this number the upper end of a range whose lower end is a number too: "от 5 (лет) до 7 лет",
    "5 жылдан (5-тен) 7 жылға дейін"? Its "до"/"дейін" closes the range; it is no "at most"."""
    first = mention.first
    if lang == "ru":
        if first < 3 or tokens[first - 1].lower != "до":
            return False
        window = tokens[max(0, first - 5) : first - 1]
        return any(t.lower == "от" and _is_number_token(following, lang)
                   for t, following in zip(window, window[1:], strict=False))
    if first < 1 or not tokens[first - 1].lower.endswith(KK_ABLATIVE):
        return False
    lower_end = tokens[first - 1]
    return _is_number_token(lower_end, lang) or (first >= 2 and _is_number_token(tokens[first - 2], lang))


def _is_number_token(token: Token, lang: str) -> bool:
    return token.is_digit or word_value(token.text, lang) is not None


def _is_label(tokens: list[Token], mention: NumberMention, lang: str) -> bool:
    """Article, part and phone numbers, model codes, dates, scores and times."""
    if DOTTED_DATE.match(tokens[mention.first].text) and mention.first + 2 < len(tokens) \
            and tokens[mention.first + 1].text == "." and tokens[mention.first + 2].is_digit:
        return True  # "12.03.2024"
    if _is_code(tokens, mention) or is_phone_number(tokens, mention):
        return True
    excluded = rules("units")["excluded_before"][lang]
    before = [t for t in tokens[max(0, mention.first - 2) : mention.first] if t.text != "."]
    for token in before[-1:]:
        if token.lower in excluded or (lang == "ru" and token.is_word and ru_lemma(token.lower) in excluded):
            return len(token.text) <= 2 or not _counts_people_after(tokens, mention, lang)
    after = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
    if after is not None and after.text in {":", "/"} and mention.last + 2 < len(tokens) \
            and tokens[mention.last + 2].is_digit:
        return True
    if before and before[-1].text in {":", "/"} and mention.first >= 2 and tokens[mention.first - 2].is_digit:
        return True
    if lang == "kk" and (_is_kk_day(tokens, mention, before, after) or _is_kk_fraction(tokens, mention)
                         or _names_kk_thing(tokens, mention)):
        return True
    return after is not None and after.lower in _month_words(lang)


def _names_kk_thing(tokens: list[Token], mention: NumberMention) -> bool:
    """"3656 әскери бөлімінің": the number a military unit is known by."""
    following = [t.lower for t in tokens[mention.last + 1 : mention.last + 4]]
    for phrase in rules("units")["kk_named_by_number"]:
        starts = phrase.split()
        if len(following) >= len(starts) and all(w.startswith(s) for w, s in zip(following, starts, strict=False)):
            return True
    return False


def _is_kk_fraction(tokens: list[Token], mention: NumberMention) -> bool:
    """"бестен бірі", "үштен біріне": "one of five", a share, in both its numbers."""
    after = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
    if after is not None and tokens[mention.last].lower.endswith(KK_ABLATIVE) and after.lower.startswith(KK_ONE_OF):
        return True
    before = tokens[mention.first - 1] if mention.first else None
    return before is not None and tokens[mention.first].lower.startswith(KK_ONE_OF) \
        and before.lower.endswith(KK_ABLATIVE) and (before.is_digit or word_value(before.text, "kk") is not None)


def _is_kk_day(tokens: list[Token], mention: NumberMention, before: list[Token], after: Token | None) -> bool:
    """"1 желтоқсанға", "1 ақпаннан бастап", "желтоқсанның 2-сі": a day of a month in any case form."""
    if not mention.digits or mention.value != int(mention.value) or not 1 <= mention.value <= 31:
        return False
    months = [forms[0] for forms in rules("periods")["months"]["kk"].values()]
    if after is not None and any(after.lower.startswith(month) for month in months):
        return True
    genitive = ending_list("genitive")
    return bool(before) and any(before[-1].lower.startswith(month) and before[-1].lower.endswith(genitive)
                                for month in months)


def _is_code(tokens: list[Token], mention: NumberMention) -> bool:
    """A model or product code, not a count: "Ми-171Е", "Ан-24", "40Ш-701": the digits are joined, with no
    space, to a capital letter after them or to a hyphen after a word with a capital."""
    first, last = tokens[mention.first], tokens[mention.last]
    after = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
    if after is not None and after.start == last.end and after.is_word and after.text[0].isupper():
        return True
    if mention.first < 2 or not mention.digits:
        return False
    hyphen, word = tokens[mention.first - 1], tokens[mention.first - 2]
    return hyphen.text == "-" and hyphen.end == first.start and word.end == hyphen.start \
        and word.is_word and word.text[0].isupper()


def _counts_people_after(tokens: list[Token], mention: NumberMention, lang: str) -> bool:
    """"по коррупционным статьям 169 сотрудников": a number after a label word that counts people is a figure;
    article and part numbers are never followed by a noun for people."""
    if lang != "ru":
        return False
    j = _next_index(tokens, mention)
    noun = _ru_noun(tokens, j)
    return isinstance(noun, tuple) and noun[0] == "person" and tokens[noun[2]].text.islower()


@cache
def _month_words(lang: str) -> frozenset[str]:
    months = rules("periods")["months"][lang]
    return frozenset(word for forms in months.values() for word in forms)


def _starts(word: str, stems) -> str | None:
    """The stem (or "=word") of `stems` that `word` starts with, or None."""
    for stem in stems:
        if stem.startswith("=") and len(stem) > 1:
            if word == stem[1:]:
                return stem[1:]
        elif word.startswith(stem):
            return stem
    return None


def _currency(tokens: list[Token], j: int) -> tuple[str, str, int] | None:
    data = rules("units")
    k = j
    while k < len(tokens) and _starts(tokens[k].lower, data["currency_qualifiers"]):
        k += 1  # "АҚШ доллары"
    if k >= len(tokens):
        return None
    for unit, stems in data["currencies"].items():
        if _starts(tokens[k].lower, stems):
            last = k
            if last + 1 < len(tokens) and _starts(tokens[last + 1].lower, data["currency_qualifiers"]):
                last += 1  # "долларов США"
            return "money", unit, last
    return None


def _percent_or_mci(tokens: list[Token], j: int, lang: str) -> tuple[str, str, int] | None:
    if j >= len(tokens):
        return None
    data = rules("units")
    word = tokens[j].lower
    if _starts(word, data["percent"]):
        return "percent", "percent", j
    for entry in data["mci"]:
        parts = entry.split()
        window = [t.lower for t in tokens[j : j + len(parts)]]
        if len(window) == len(parts) and all(w.startswith(p) for w, p in zip(window, parts, strict=True)):
            return "mci", "MCI", j + len(parts) - 1
    return None


def _term(tokens: list[Token], j: int, lang: str) -> tuple[str, str, int] | None:
    if j >= len(tokens) or not tokens[j].is_word:
        return None
    for unit, words in rules("units")["term"].items():
        if lang == "ru" and ru_lemma(tokens[j].lower) in words[lang]:
            return "term", unit, j
        if lang == "kk":
            for form in sorted(words[lang], key=len, reverse=True):
                parts = form.split()
                window = [t.lower for t in tokens[j : j + len(parts)]]
                if window == parts:
                    return "term", unit, j + len(parts) - 1
    return None


def _ru_noun(tokens: list[Token], j: int) -> tuple[str, str, int] | str | None:
    """(kind, object, last index) of the Russian noun a number counts; "" when none follows; None when
    the noun is a measure ("гектаров", "мест") that never makes a figure."""
    data = rules("units")
    livestock = _ru_livestock(tokens, j)
    if livestock:
        return "item", *livestock
    excluded = set(data["excluded_nouns"]["ru"])
    modifiers: list[Token] = []
    for k in range(j, min(len(tokens), j + MAX_NOUN_DISTANCE)):
        token = tokens[k]
        if not token.is_word:
            break
        lemma = ru_lemma(token.lower)
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if lemma in data["counter_nouns"]["ru"] and following is not None and following.is_word \
                and ru_pos(following.lower) == "NOUN":
            return "item", f"{lemma} {following.lower}", k + 1  # "214 единиц техники" counts the equipment
        if lemma in excluded:
            return None
        pos = ru_pos(token.lower)
        if pos == "ADJS" and _can_be_noun(token.lower):
            pos = "NOUN"  # "12 слитков золота": a short adjective never follows a number, the noun does
        if token.lower in data["possessives_between"]["ru"]:
            continue  # "2 его заместителя": whose, not what is counted
        if pos in RU_MODIFIER_POS:
            modifiers.append(token)
            continue
        if pos != "NOUN":
            break
        return _ru_object(tokens, modifiers, token, k)
    if modifiers:
        head = modifiers[-1]
        word = ru_adjective_object(head.lower)
        if len(modifiers) > 1:
            pair = f"{ru_lemma(modifiers[-2].lower)} {word.replace('ё', 'е')}"
            word = data["compound_objects"]["ru"].get(pair, word)
        tag = morph.parse(head.lower)[0].tag
        if "Subx" in tag or word.replace("ё", "е") in data["person_adjectives"]["ru"]:
            return "person", word, head.index
    return ""


def _ru_livestock(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Livestock counted by heads ("350 голов скота", "40 голов лошадей", "120 голов крупного рогатого скота"): the
    animals, not "голова" (which the lemmatiser reads "гол")."""
    data = rules("units")["head_counter"]["ru"]
    if j >= len(tokens) or tokens[j].lower not in data["forms"]:
        return None
    for k in range(j + 1, min(len(tokens), j + 4)):
        if not tokens[k].is_word:
            return None
        if tokens[k].lower.startswith(tuple(data["livestock"])):
            return ru_lemma(tokens[k].lower), k
    return None


def _overstated_quantity(tokens: list[Token], mention: NumberMention, j: int, lang: str) -> Measure | None:
    """A measure ("тонн", "кубометров") is no figure, unless it is how much a scheme overstated: "завышен объём
    материала на 1,5 тысячи тонн" counts the tonnes (an item); "расстояние на 30 километров ближе" stays none."""
    data = rules("units")["overstated"]
    if lang != "ru" or j >= len(tokens) or not tokens[j].is_word \
            or ru_lemma(tokens[j].lower) not in data["measures"][lang]:
        return None
    before = tokens[max(0, mention.first - OVERSTATED_REACH) : mention.first]
    if not any(ru_lemma(t.lower).startswith(tuple(data["words"][lang])) for t in before if t.is_word):
        return None
    return Measure("item", "item", ru_lemma(tokens[j].lower), j)


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _can_be_noun(word: str) -> bool:
    return any(parse.tag.POS == "NOUN" for parse in morph.parse(word))


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _noun_reading(word: str) -> str | None:
    """The lemma of the word read as a noun, when its first reading is not one ("судна"); None otherwise."""
    parses = morph.parse(word)
    if not parses or parses[0].tag.POS == "NOUN":
        return None
    return next((parse.normal_form for parse in parses if parse.tag.POS == "NOUN"), None)


def ru_counted_after_dash(tokens: list[Token], last: int) -> tuple[str, str, int] | None:
    """People or cases a bare number is said to be, after a dash: "Из числа осуждённых 9 – сотрудники полиции",
    "из них 29 – факты взяточничества", "38 – составляют факты взяточничества"."""
    if last + 2 >= len(tokens) or tokens[last + 1].text not in ("–", "—", "-"):
        return None
    start = last + 2
    if tokens[start].lower in rules("units")["copulas_after_dash"]["ru"] and start + 1 < len(tokens):
        start += 1  # "38 – составляют факты взяточничества"
    noun = _ru_noun(tokens, start)
    return noun if isinstance(noun, tuple) and noun[0] in ("person", "case") else None


def _ru_object(tokens: list[Token], modifiers: list[Token], noun: Token, k: int) -> tuple[str, str, int]:
    data = rules("units")
    compounds = data["compound_objects"]["ru"]
    as_noun = _noun_reading(noun.lower)  # "2 воздушных судна": "судно", though "судна" reads first as "судный"
    lemma = as_noun.replace("ё", "е") if as_noun else ru_lemma(noun.lower)
    obj, last = as_noun or morph.lemma(noun.lower), k
    if modifiers and f"{ru_lemma(modifiers[-1].lower)} {lemma}" in compounds:
        obj = compounds[f"{ru_lemma(modifiers[-1].lower)} {lemma}"]
    elif k + 1 < len(tokens) and tokens[k + 1].is_word and f"{lemma} {ru_lemma(tokens[k + 1].lower)}" in compounds:
        obj, last = compounds[f"{lemma} {ru_lemma(tokens[k + 1].lower)}"], k + 1
    pair = f"{ru_lemma(modifiers[-1].lower)} {lemma}" if modifiers else ""
    if lemma in data["case_nouns"]["ru"] or pair in data["case_phrases"]["ru"]:
        return "case", obj, last
    if ru_is_animate(noun.lower) or lemma in data["person_nouns"]["ru"] \
            or any(ru_adjective_lemma(m.lower) in data["person_adjectives"]["ru"] for m in modifiers[-1:]):
        return "person", obj, last
    return "item", obj, last


def _kk_noun(tokens: list[Token], j: int) -> tuple[str, str, int] | str | None:
    data = rules("units")
    skip = set(data["kk_skip"])
    known = _kk_known_in_phrase(tokens, j)
    if known:
        return known
    livestock = _kk_livestock(tokens, j)
    if livestock:
        return "item", *livestock
    words: list[Token] = []
    for k in range(j, min(len(tokens), j + MAX_NOUN_DISTANCE)):
        token = tokens[k]
        if not token.is_word or token.lower in data["kk_conjunctions"] or token.lower in data["kk_phrase_end"]:
            break
        if token.lower in skip:
            continue
        if not words and _kk_counts_next(tokens, k):
            continue  # "205 бірлік техника" counts the equipment
        if _kk_excluded(token.lower):
            return None if not words else ""
        compound = _kk_compound(tokens, k)  # before the verb test: "сатып алу рәсімі" opens with a verb's form
        if _kk_is_verb(token.lower) and not compound:
            break
        words.append(token)
        if compound:
            obj, last = compound
            return _kk_kind(obj), obj, last
        if token.lower in data["kk_modifiers"] or _kk_adjective_before_noun(tokens, k):
            continue
        if token.lower.endswith(ending_list("genitive")):
            if _kk_givers_after(tokens, k):  # "14 оқушының ата-анасынан": the pupils whose parents gave, counted
                return "person", _kk_object(kk_noun_base(token.lower)), k + 1
            if _kk_audited_after(tokens, k):  # "35 мемлекеттік органның сатып алуларын тексерді": bodies audited
                obj = kk_noun_base(token.lower)
                return _kk_kind(obj), _kk_object(obj), k
            return None  # "үш мектептің құрылысына": the number belongs to a noun phrase, not a count
        obj = kk_noun_base(token.lower)
        return _kk_kind(obj), _kk_object(obj), k
    return ""


def _kk_givers_after(tokens: list[Token], k: int) -> bool:
    """Is the genitive at k followed by people who stand for it in the ablative ("оқушының ата-анасынан")?"""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is not None and following.lower.endswith(KK_ABLATIVE) and following.lower.startswith(
        tuple(rules("statistics")["givers_for_others"]["kk"]))


def _kk_audited_after(tokens: list[Token], k: int) -> bool:
    """Is the genitive at k the owner of what an audit checked: its possessed noun phrase, then a verb of
    `kk_audited` within two more words ("органның сатып алуларын тексерді")?"""
    verbs = tuple(rules("units")["kk_audited"])
    return any(t.lower.startswith(verbs) for t in tokens[k + 2 : k + 5] if t.is_word)


def _kk_counts_next(tokens: list[Token], k: int) -> bool:
    """A counting word ("бірлік", "дана") followed by the noun it counts; alone it is a measure."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].lower in rules("units")["counter_nouns"]["kk"] and following is not None \
        and following.is_word and following.lower not in rules("units")["kk_conjunctions"] \
        and not _kk_is_verb(following.lower)


def _kk_livestock(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Livestock counted by heads after "бас" at j ("350 бас малды", "40 бас жылқы", "45 бас ірі қара мал"): the
    animal named last, or "мал" for a kind told by size ("ірі қара"); None when "бас" is "chief" ("3 бас дәрігер")."""
    data = rules("units")["head_counter"]["kk"]
    if j >= len(tokens) or tokens[j].lower != data["word"]:
        return None
    last = j
    while last + 1 < len(tokens) and tokens[last + 1].is_word \
            and tokens[last + 1].lower.startswith(tuple(data["livestock"] + data["kinds"])):
        last += 1
    if last == j:
        return None
    word = kk_noun_base(tokens[last].lower)
    return ("мал" if word in data["kinds"] else word), last


def _kk_known_in_phrase(tokens: list[Token], j: int) -> tuple[str, str, int] | None:
    """The last person or case noun the rules know, within the words before the next verb or punctuation:
    "93 құқық қорғау органдарының қызметкері" counts "қызметкер"."""
    conjunctions = rules("units")["kk_conjunctions"]
    found = None
    for k in range(j, min(len(tokens), j + MAX_NOUN_DISTANCE)):
        token = tokens[k]
        if not token.is_word or _kk_is_verb(token.lower) or token.lower in conjunctions:
            break
        if _kk_excluded(token.lower):
            return found
        if found and is_kk_person_trigger_word(token.lower):
            break  # "49 адам сотталған": the participle after the people is what befell them, not who they are
        noun = kk_known_noun(token.lower)
        if found is None and k > j and (noun is None or _kk_kind(noun) == "item") \
                and token.lower.endswith(ending_list("possessive_accusative")):
            break  # "45 жер телімін өзінің туыстарына": the thing given, in the accusative, ends the phrase
        if noun is None or _kk_kind(noun) == "item":
            continue
        if found and is_kk_person_trigger_word(token.lower):
            break  # "23 адам сотталған": the verb of the people counted, not a noun of theirs ("сотталған" a convict)
        following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if found and following in rules("units")["kk_postpositions"]:
            break  # "64 адам сыбайлас жемқорлық қылмыстары үшін": the crimes are what the people are counted for
        found = _kk_kind(noun), _kk_object(noun), k  # the last one is the head: "басшы лауазымды тұлға"
        for start in (k - 1, k):  # a compound ending here ("полиция қызметкері") or starting here
            compound = _kk_compound(tokens, start) if start >= j else None
            if compound:
                found = _kk_kind(compound[0]), compound[0], compound[1]
                break
        if token.lower != noun and not _kk_owner_of_person(tokens, k):
            break  # an inflected noun ends the phrase: "4 қызметкері сыбайлас жемқорлық қылмыстары үшін"
    return found


def _kk_owner_of_person(tokens: list[Token], k: int) -> bool:
    """Is the word at k a genitive whose possessed noun, next, names people ("аудан әкімінің орынбасары": the
    deputies are counted, not the akims)?"""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or not following.is_word or not tokens[k].lower.endswith(ending_list("genitive")):
        return False
    noun = kk_known_noun(following.lower)
    return noun is not None and noun != following.lower and _kk_kind(noun) == "person"


def _kk_excluded(word: str) -> bool:
    """Is the word a measure or place that never makes a figure ("орын", "гектар")? A person or case noun
    that merely starts like one is not: "орынбасар" (a deputy) is no "орын" (a seat)."""
    excluded = _starts(word, rules("units")["excluded_nouns"]["kk"])
    if excluded is None:
        return False
    known = kk_known_noun(word)
    return known is None or len(known) <= len(excluded)


def _kk_adjective_before_noun(tokens: list[Token], k: int) -> bool:
    """"мемлекеттік", "жылжымайтын" before another word of the phrase; "автокөлік және" is a noun."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].lower.endswith(ending_list("adjective")) and kk_known_noun(tokens[k].lower) is None \
        and following is not None and following.is_word and following.lower not in rules("units")["kk_conjunctions"]


def _kk_is_verb(word: str) -> bool:
    if kk_known_noun(word) or word in rules("units")["kk_trigger_nouns"]:
        return False
    if is_kk_trigger_word(word):
        return True
    return word.endswith(ending_list("verb"))


def _kk_compound(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The object of a several-word noun starting at token k ("көлік құралы", "жылжымайтын мүлік нысаны"), the
    longest listed, with its last token."""
    for words, obj in _kk_compounds_longest_first():
        following = tokens[k : k + len(words)]
        if len(following) == len(words) and all(t.lower.startswith(w) for t, w in zip(following, words, strict=True)):
            return obj, k + len(words) - 1
    return None


@cache
def _kk_compounds_longest_first() -> list[tuple[list[str], str]]:
    compounds = rules("units")["compound_objects"]["kk"]
    return sorted(((key.split(), obj) for key, obj in compounds.items()), key=lambda item: -len(item[0]))


def _kk_kind(obj: str) -> str:
    """What a Kazakh object counts, by its head, the last word: "полиция қызметкері" people, "тұрғын үй" (a dwelling,
    no resident) things."""
    data = rules("units")
    words = obj.split()
    if words and _is_kk_person_word(words[-1]):
        return "person"
    if obj in data["case_nouns"]["kk"] or (words and words[-1] in data["case_nouns"]["kk"]):
        return "case"
    return "item"


def _is_kk_person_word(word: str) -> bool:
    """Does the word start with a person noun ("қызметкер", "бала"), and is it not a longer noun the rules know
    ("балабақша", a kindergarten)?"""
    person = _starts(word, rules("units")["person_nouns"]["kk"])
    if person is None:
        return False
    known = kk_known_noun(word)
    return known is None or len(known) <= len(person)


def _kk_object(noun: str) -> str:
    """The dictionary form of a matched Kazakh noun stem: "факті" (фактісі, фактілері) is "факт"."""
    return rules("units")["kk_object_lemmas"].get(noun, noun)


def kk_predicate_noun(tokens: list[Token], j: int) -> tuple[str, str] | None:
    """The case or person noun a Kazakh "N of them" is said to be, later in its clause and inflected as a
    predicate: "оның 51-і пара алу мен беру фактілері", "жетеуі – полиция қызметкерлері"."""
    postpositions = rules("units")["kk_postpositions"]
    for k, token in enumerate(tokens[j : j + MAX_PREDICATE_DISTANCE], start=j):
        if not token.is_word:
            if token.text in {"–", "—", "-"}:
                continue
            return None
        noun = kk_known_noun(token.lower)
        if noun is not None and noun != token.lower and _kk_kind(noun) in ("case", "person"):
            if k + 1 < len(tokens) and tokens[k + 1].lower in postpositions:
                return None  # "олардың 12-сі сыбайлас жемқорлық қылмыстары үшін сотталды": what they were convicted for
            return _kk_kind(noun), _kk_object(noun)
    return None


def counted_noun_before(tokens: list[Token], end: int, start: int, lang: str,
                        kinds: tuple[str, ...] = ("case", "person")) -> tuple[str, str] | None:
    """(kind, object) of the nearest case or person noun in tokens[start:end], looking backwards: what a
    number after a dash counts ("фактов взяточничества – 517")."""
    data = rules("units")
    currencies = tuple(word for words in data["currencies"].values() for word in words if word.isalpha())
    for k in range(end - 1, start - 1, -1):
        token = tokens[k]
        if not token.is_word:
            continue
        if k > 0 and tokens[k - 1].is_word and token.text[:1].isupper():
            continue  # "зарегистрировано в Алматы – 14, в Шымкенте – 9": a name inside a sentence is counted by nothing
        if token.lower.startswith(currencies):
            continue  # "составляла 700 тысяч тенге, … выросла до 1,3 млн": a currency counts no one
        if lang == "ru":
            if ru_pos(token.lower) != "NOUN":
                if "person" in kinds and ru_adjective_lemma(token.lower) in data["person_adjectives"]["ru"]:
                    return "person", ru_adjective_object(token.lower)  # "осуждённых было 131": a participle names
                    # the people
                continue
            lemma = ru_lemma(token.lower)
            person = ru_is_animate(token.lower) or lemma in data["person_nouns"]["ru"]
            kind = "case" if lemma in data["case_nouns"]["ru"] else "person" if person else None
            obj = morph.lemma(token.lower)
        else:
            obj = kk_known_noun(token.lower)
            kind = _kk_kind(obj) if obj else None
        if kind in kinds:
            return kind, obj
    return None


def ru_noun_after_count_word(tokens: list[Token], end: int, start: int) -> tuple[str, str] | None:
    """(kind, object) of the noun right after the last "число"/"количество" in tokens[start:end]: what a number at
    the end of its sentence counts ("число обращений граждан … выросло до 12 тысяч" counts appeals, not citizens)."""
    for k in range(end - 1, start - 1, -1):
        if tokens[k].lower in rules("units")["count_words"]["ru"] and k + 1 < end:
            noun = _ru_noun(tokens, k + 1)
            return (noun[0], noun[1]) if isinstance(noun, tuple) else None
    return None


def kk_noun_before_count_word(tokens: list[Token], first: int, start: int) -> tuple[str, str] | None:
    """(kind, object) of the genitive person or case noun before "саны" right before a number: "сотталғандардың саны
    300-ге жетті" counts 300 convicts."""
    if first - 2 < start or tokens[first - 1].lower not in rules("units")["count_words"]["kk"]:
        return None
    return kk_genitive_whole(tokens, first - 1, start)


def kk_genitive_whole(tokens: list[Token], first: int, start: int) -> tuple[str, str] | None:
    """(kind, object) of the genitive person or case noun right before a possessive number: "қызметшілердің
    43-і" counts 43 of the servants."""
    if first - 1 < start or not tokens[first - 1].lower.endswith(ending_list("genitive")):
        return None
    noun = counted_noun_before(tokens, first, first - 1, "kk")
    compound = _kk_compound(tokens, first - 2) if noun and first - 2 >= start else None
    if compound and compound[1] == first - 1:
        return noun[0], compound[0]  # "лауазымды тұлғалардың саны": the compound, not its last word
    return noun
