"""Numbers beside a case that are no sum or count of it: a price ("продавал по 95 тысяч тенге", "бағасы 4 млн
теңге"), monthly pay ("получавший 600 тысяч тенге в месяц"), what each one got ("по 3–4 млн тенге каждый") and the
difference of a comparison ("на 10 человек больше"). Words in data/rules/statistics.yaml (`price`, `monthly`,
`per_head`, `difference_endings`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import reports_change, word_key, word_matches
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token

KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
FROM_OR_FOR = {"с", "со", "от", "за"}
APPROXIMATORS = {"около", "порядка", "почти", "более", "свыше", "примерно", "шамамен", "шамасы"}


def is_difference(tokens: list[Token], first: int, last: int, clause: tuple[int, int], lang: str) -> bool:
    """Is the count on tokens first..last the difference of a comparison ("на 10 человек больше", "былтырғыдан 10
    адамға көп"), `other` like a percentage change?"""
    if not reports_change(tokens, clause, lang):
        return False
    if lang == "kk":
        following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        return tokens[last].lower.endswith(tuple(rules("statistics")["difference_endings"]["kk"])) \
            and following != "дейін"  # "саны 270-ке дейін азайды": down to 270, no difference
    return first > 0 and tokens[first - 1].lower == "на"


def _between_colons(tokens: list[Token], first: int, last: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The part of the clause around tokens first..last that no colon cuts off: "нарушения на 18,6 млрд тенге:
    оборудование закупалось по завышенным ценам" explains the amount after the colon, and prices none."""
    start = max((k + 1 for k in range(clause[0], first) if tokens[k].text == ":"), default=clause[0])
    end = min((k for k in range(last + 1, clause[1]) if tokens[k].text == ":"), default=clause[1])
    return start, end


def is_monthly_pay(tokens: list[Token], first: int, last: int, lang: str, named: bool) -> bool:
    """"директор, получавший 600 тысяч тенге в месяц": pay, unless received from each one ("по 50 тысяч в месяц")
    as what a trigger (`named`) says; "переводил по 500 тысяч тенге в месяц", named by none, is a part of a sum."""
    following = " ".join(t.lower for t in tokens[last + 1 : last + 3])
    monthly = any(following == words or following.startswith(f"{words} ")
                  for words in rules("statistics")["monthly"][lang])
    return monthly and not (named and first > 0 and tokens[first - 1].lower == "по")


def is_per_head(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """"заместители – по 3–4 млн тенге каждый", "әрқайсысына 1 млн теңгеден": an amount each one got, not the sum;
    money taken from each one or for each thing ("по 50 тысяч с каждого", "за каждую фуру", "әрқайсысынан") is still
    the bribe."""
    return any(word_matches(word_key(tokens[k], lang), word, lang) and not _from_each(tokens, k, lang)
               for k in range(*clause) for word in rules("statistics")["per_head"][lang])


def _from_each(tokens: list[Token], k: int, lang: str) -> bool:
    if lang == "kk":
        return tokens[k].lower.endswith(KK_ABLATIVE)
    return k > 0 and tokens[k - 1].lower in FROM_OR_FOR


def is_price(tokens: list[Token], first: int, last: int, clause: tuple[int, int], sentence: tuple[int, int],
             lang: str) -> bool:
    """Is the amount on tokens first..last a price: in a clause that names one ("на рынке стоит 38 тысяч тенге",
    "бағасы 4 млн теңге"; not a contract's price), or a sum per piece in a sentence that buys or sells ("продавал по
    95 тысяч, а стул – по 41 тысяче вместо 15", "9 млн теңгеден сатып алған")?"""
    data = rules("statistics")
    price = data["price"]

    def says(start: int, end: int, words: list[str]) -> bool:
        return any(word_matches(word_key(tokens[k], lang), word, lang) for k in range(start, end) for word in words)

    if _converted(tokens, last, lang):
        return False
    own = _between_colons(tokens, first, last, clause)
    if says(*own, price["words"][lang]) and not says(*own, data["contract"][lang]):
        return True
    if not says(*sentence, price["trade"][lang]):
        return False
    if lang == "kk":
        return tokens[last].lower.endswith(KK_ABLATIVE)
    before = first - 1
    while before > sentence[0] and tokens[before].lower in APPROXIMATORS:
        before -= 1
    return before >= sentence[0] and tokens[before].lower in price["per_piece_before"][lang]


def _converted(tokens: list[Token], last: int, lang: str) -> bool:
    """"около 4,3 млн тенге по текущему курсу", "4,3 млн теңге ағымдағы бағам бойынша": an amount told at an
    exchange rate, the tenge value of another amount, not a price."""
    following = " ".join(t.lower for t in tokens[last + 1 : last + 5])
    return any(following == words or following.startswith(f"{words} ")
               for words in rules("statistics")["price"]["converted_after"][lang])
