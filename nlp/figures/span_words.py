"""Words of a sentence that decide whether a figure covers a span at all: an average is a figure of many cases over
a span ("Средний размер взятки в этом году – 1,4 млн тенге"); recent years counted back ("за последние три года") are
a span no period value writes; the largest of many amounts is one case's; a total of the cases just counted ("на
общую сумму") is theirs. Words in data/rules/periods.yaml, matched like statistics.yaml's `background` entries (every
word of an entry in the scope) or, for a total, as written."""

from __future__ import annotations

from pokazatel.nlp.figures.events import names_entry, scope_keys
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.sentence_figures import Figure
from pokazatel.nlp.figures.text import Token

SUM_REACH = 5  # tokens before an amount its "на общую сумму" may stand in ("на общую сумму свыше")


def _names_any(tokens: list[Token], start: int, end: int, entries: list[str], lang: str) -> bool:
    return names_entry(set(scope_keys(tokens, start, end, lang)), entries, lang)


def tells_average(tokens: list[Token], sentence: tuple[int, int], figure: Figure, lang: str) -> bool:
    """Does the sentence name an average before the amount ("Средний размер взятки составил 1,4 млн тенге, в прошлом
    году – 900 тысяч", "Биыл орташа пара 1,2 млн теңге"): a figure of many cases over a span, as a count is?"""
    return _names_any(tokens, sentence[0], figure.mention.first, rules("periods")["average"][lang], lang)


def tells_largest(tokens: list[Token], sentence: tuple[int, int], figure: Figure, lang: str) -> bool:
    """Does the sentence name the largest of many amounts before this one ("Самая крупная взятка – 85 млн тенге", "Ең
    ірі пара – 15 миллион теңге"): one case's sum, not a span's?"""
    return _names_any(tokens, sentence[0], figure.mention.first, rules("periods")["largest"][lang], lang)


def names_recent_years(tokens: list[Token], sentence: tuple[int, int], figure: Figure, lang: str) -> bool:
    """Does the sentence count recent years back before the figure ("за последние три года", "соңғы үш жылда")?"""
    return _names_any(tokens, sentence[0], figure.mention.first, rules("periods")["recent_years"][lang], lang)


def sums_the_count_before(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """Does the amount open with a total of what was just counted ("выявлено 14 фактов хищения на общую сумму свыше
    500 млн тенге", "14 факт анықталды, олардың жалпы сомасы 500 млн теңге")?"""
    before = f" {' '.join(t.lower for t in tokens[max(0, figure.mention.first - SUM_REACH) : figure.mention.first])} "
    return any(f" {phrase} " in before for phrase in rules("periods")["sum_of_counted"][lang])
