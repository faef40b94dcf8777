"""Numbers in Russian and Kazakh text: digits ("1 200", "1,5", "318-і") and number words in any case
("двух", "пятерых", "полутора", "он бір", "жүз жиырмасы"), with multipliers ("тыс.", "млрд", "мыңнан").

Word lists live in data/rules/numbers.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, opens_sentence, tokenize
from pokazatel.nlp.kk.stem import ending_list

DIGITS = re.compile(r"(?P<number>[\d \u00a0\u2009\u202f]+(?:[.,]\d+)?)(?:-(?P<suffix>[^\W\d_]+))?")
ABBREVIATED_MULTIPLIERS = {"тыс", "млн", "млрд", "трлн"}
KK_ORDINAL = re.compile(r"(ыншы|інші|ншы|нші|шы|ші)")


@dataclass(frozen=True)
class NumberWord:
    value: float
    kind: str  # "unit" (two, twenty, hundred), "collective" (двое, екеуі) or "multiplier" (тысяча, мың)


@dataclass(frozen=True)
class NumberMention:
    value: float
    first: int  # token indices, inclusive
    last: int
    start: int  # character offsets
    end: int
    collective: bool  # "пятеро", "екеуі": counts people, may stand without a noun
    multiplier: float  # the last multiplier applied ("тыс." → 1000), 1 when none
    digits: bool
    possessive: bool = False  # Kazakh "56-сы", "жиырмасы": "N of them", no counted noun follows

    @property
    def has_multiplier(self) -> bool:
        return self.multiplier > 1


@cache
def _vocabulary(lang: str) -> dict[str, NumberWord]:
    data = rules("numbers")[lang]
    words: dict[str, NumberWord] = {}
    sections = (("unit", "units"), ("unit", "halves"), ("collective", "collective"), ("multiplier", "multipliers"))
    for kind, key in sections:
        for value, forms in data.get(key, {}).items():
            for form in forms:
                words[form.replace("ё", "е")] = NumberWord(float(value), kind)
    return words


@cache
def _longest_first(lang: str) -> tuple[tuple[str, NumberWord], ...]:
    """The vocabulary's stems, longest first: "бесеуі" is the collective "бесеу" + "і" (five of them), not "бес" +
    "еуі"."""
    return tuple(sorted(_vocabulary(lang).items(), key=lambda item: len(item[0]), reverse=True))


# asked of every token (24 MB at most); a Kazakh word no number is compared with every number stem
@lru_cache(maxsize=100_000)
def word_value(word: str, lang: str, after_tens: bool = False) -> NumberWord | None:
    """The number a word stands for, or None: "двух" → 2, "мыңнан" → 1000 (multiplier), "екеуі" → 2.
    After a tens word even "бір" may take an ending ("он бірі")."""
    lower = word.lower().replace("ё", "е")
    vocabulary = _vocabulary(lang)
    if lower in vocabulary:
        return vocabulary[lower]
    if lang != "kk":
        return None
    data = rules("numbers")
    if lower in data["kk_not_numbers"]:
        return None
    for stem, number in _longest_first(lang):
        if (stem in data["kk_bare_only"] and not after_tens) or not lower.startswith(stem):
            continue
        if lower[len(stem) :] in ending_list("number"):
            return number
    return None


def digit_value(text: str, lang: str) -> float | None:
    """The value of a digit token ("1 200", "1,5", "900-ге", "2-х"), or None for an ordinal or
    adjective ("25-го", "41-летнего", "27-шақырымында", "екінші")."""
    match = DIGITS.fullmatch(text)
    if not match:
        return None
    suffix = (match.group("suffix") or "").lower()
    if suffix:
        allowed = ending_list("number") if lang == "kk" else rules("numbers")["ru_cardinal_suffixes"]
        if suffix not in allowed or (lang == "kk" and KK_ORDINAL.fullmatch(suffix)):
            return None
    number = re.sub(r"[ \u00a0\u2009\u202f]", "", match.group("number")).replace(",", ".")
    if lang == "ru" and _is_ordinal_plural(number, suffix):
        return None
    try:
        return float(number)
    except ValueError:
        return None


def _is_ordinal_plural(number: str, suffix: str) -> bool:
    """"20-х", "90-х": "-х" after a number other than 2, 3, 4 (or after 12-14) is an ordinal's plural."""
    genitive = rules("numbers")["ru_genitive_x"]
    if suffix not in genitive["suffixes"]:
        return False
    whole = number.split(".")[0]
    teen = len(whole) >= 2 and whole[-2] == "1"
    return "." in number or teen or int(whole[-1]) not in genitive["last_digits"]


def _is_lone_multiplier(tokens: list[Token], i: int, lang: str) -> bool:
    """A million or a billion with no number before it, one of it: "более миллиарда тенге", "миллион долларов",
    "больше миллиарда из этой суммы", "миллиард теңгеден астам"; a singular form (not "миллионы", "сотни миллионов")
    after a word of approximation or before a currency."""
    data = rules("numbers")["lone_multipliers"]
    if tokens[i].lower not in data[lang]:
        return False
    before = tokens[i - 1].lower if i else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return before in data["approximators"][lang] or after.startswith(tuple(rules("units")["currencies"]["KZT"]
                                                                          + rules("units")["currencies"]["USD"]))


def _smaller_multiplier_follows(tokens: list[Token], j: int, lang: str, ceiling: float) -> bool:
    if j + 1 >= len(tokens):
        return False
    word = word_value(tokens[j + 1].text, lang)
    return word is not None and word.kind == "multiplier" and word.value < ceiling


def _can_follow(previous: float, value: float) -> bool:
    """Word numbers compose from larger to smaller places: "сто двадцать пять", "он бір", "жүз жиырма"."""
    if previous >= 100:
        return value < 100 or (previous % 1000 == 0 and value < 1000)
    if previous >= 10:
        return value < 10 and previous % 10 == 0
    return False


def find_numbers(tokens: list[Token], lang: str) -> list[NumberMention]:
    """Every number in the token list, each mention covering its digits/words and multipliers."""
    mentions: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        mention = _number_at(tokens, i, lang)
        if mention is None:
            i += 1
            continue
        mentions.append(mention)
        i = mention.last + 1
    return mentions


def _number_at(tokens: list[Token], i: int, lang: str) -> NumberMention | None:
    token = tokens[i]
    collective = False
    if token.is_digit:
        value = digit_value(token.text, lang)
        if value is None:
            return None
        total, current, last_unit, digits = 0.0, value, -1.0, True
    else:
        word = word_value(token.text, lang)
        lone = word is not None and word.kind == "multiplier" and _is_lone_multiplier(tokens, i, lang)
        if word is None or (word.kind == "multiplier" and not lone) \
                or (word.value == 1 and _one_of_several(tokens, i, lang)) \
                or (lang == "kk" and _names_a_quarter(tokens, i)):
            return None
        total, current, last_unit, digits = 0.0, word.value, word.value, False
        collective = word.kind == "collective"
    last, has_multiplier, ceiling = i, False, float("inf")
    if not token.is_digit and lone:  # "более миллиарда тенге": one billion
        total, current, last_unit, has_multiplier, ceiling = word.value, 0.0, None, True, word.value
    j = i + 1
    while j < len(tokens):
        following = tokens[j]
        if following.text == "." and tokens[j - 1].lower in ABBREVIATED_MULTIPLIERS:
            j += 1  # "1 млрд. 200 млн."
            continue
        if following.is_digit:
            if has_multiplier and _smaller_multiplier_follows(tokens, j, lang, ceiling):
                current = digit_value(following.text, lang) or 0.0  # "1 млрд 200 млн"
                last_unit, last = -1.0, j
                j += 1
                continue
            break
        half = _half_after(tokens, j, lang)
        if half and current and not has_multiplier and current == int(current):
            current += 0.5  # "бір жарым миллион", "три с половиной года": and a half
            last, last_unit = j + half - 1, -1.0
            j += half
            continue
        after_tens = last_unit is not None and 10 <= last_unit < 100
        word = word_value(following.text, lang, after_tens)
        if word is not None and word.kind == "collective" and after_tens and _can_follow(last_unit, word.value):
            current += word.value  # "он төртеуі", "жиырма екеуі": a tens word and a collective are one number
            last, collective = j, True
            break
        if word is None or word.kind == "collective":
            break
        if word.kind == "multiplier":
            if word.value >= ceiling or (not current and has_multiplier):
                break
            total += (current or 1) * word.value
            current, last_unit, has_multiplier, ceiling = 0.0, None, True, word.value
        elif last_unit is None and word.value < ceiling:  # "мың бес жүз": a unit after a multiplier
            current, last_unit = word.value, word.value
        elif last_unit and last_unit > 0 and word.value == 100 and current < 10 and lang == "kk":
            current *= 100  # "үш жүз"
            last_unit = 100.0
        elif last_unit and last_unit > 0 and _can_follow(last_unit, word.value):
            current += word.value
            last_unit = word.value
        else:
            break
        last = j
        j += 1
    end_token = tokens[last]
    end = end_token.end
    if has_multiplier and last + 1 < len(tokens) and tokens[last + 1].text == "." and \
            tokens[last].lower in ABBREVIATED_MULTIPLIERS and not (
                last + 2 < len(tokens) and opens_sentence(tokens[last + 2])):  # "на 490 млн. Ущерб …": the end
        end = tokens[last + 1].end
    multiplier = ceiling if has_multiplier else 1.0
    possessive = lang == "kk" and _kk_ending(tokens[last].lower) in ending_list("number_possessive")
    return NumberMention(total + current, i, last, token.start, end, collective, multiplier, digits, possessive)


def _half_after(tokens: list[Token], j: int, lang: str) -> int:
    """The number of tokens of a "and a half" phrase starting at tokens[j] ("жарым", "с половиной"), or 0."""
    for phrase in rules("numbers")["half_after"][lang]:
        words = phrase.split()
        if [t.lower for t in tokens[j : j + len(words)]] == words:
            return len(words)
    return 0


def _names_a_quarter(tokens: list[Token], i: int) -> bool:
    """"Тоқсан ішінде", "үшінші тоқсан": the Kazakh word for ninety naming a quarter of the year."""
    quarter = rules("numbers")["kk_quarter"]
    if tokens[i].lower != quarter["word"]:
        return False
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return after in quarter["after"] or (i > 0 and tokens[i - 1].lower.endswith(ending_list("ordinal")))


def _one_of_several(tokens: list[Token], i: int, lang: str) -> bool:
    """"один из заместителей", "ни одного случая": the word "one" that counts nothing; not "один из них"."""
    if lang != "ru":
        return False
    words = rules("numbers")["ru_one_not_count"]
    before = tokens[i - 1].lower if i else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    following = " ".join(t.lower for t in tokens[i + 1 : i + 3])
    if following in rules("statistics")["of_them"][lang]:
        return False  # "задержаны двое, один из них арестован": one of the people counted before, as "двое из них"
    return before in words["before"] or after in words["after"]


def _kk_ending(word: str) -> str:
    """The ending a Kazakh number token carries: "56-сы" → "сы", "жиырмасы" → "сы", "мыңнан" → "нан"."""
    if word[0].isdigit():
        return word.partition("-")[2]
    stems = [stem for stem in _vocabulary("kk") if word.startswith(stem)]
    return word[len(max(stems, key=len)) :] if stems else ""


def parse_number(text: str, lang: str) -> float | None:
    """The value of a number written alone: "1 200" → 1200, "полтора миллиона" → 1500000."""
    tokens = tokenize(text)
    mention = _number_at(tokens, 0, lang) if tokens else None
    return None if mention is None or mention.last + 1 < len([t for t in tokens if t.text != "."]) else mention.value
