"""A fraction is a share told in words, no count: Russian "две трети", "три четверти" (a number before a fraction
noun), Kazakh "үштен екісі", "бестен үші" (a number in the ablative, then the part in the possessive). Neither number
is a figure: the sets give a share of a whole told so no figure ("залалдың жартысы", fresh30-023; data/eval/README.md).
Nouns in data/rules/units.yaml (`fraction_nouns`)."""

from __future__ import annotations

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_lemma
from pokazatel.nlp.figures.values import NumberMention

KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")


def fraction_numbers(tokens: list[Token], mentions: list[NumberMention], lang: str) -> set[int]:
    """The indices in `mentions` of the numbers that make a fraction."""
    found: set[int] = set()
    for i, mention in enumerate(mentions):
        following = mention.last + 1
        if lang == "ru" and following < len(tokens) and tokens[following].is_word \
                and ru_lemma(tokens[following].lower) in rules("units")["fraction_nouns"]["ru"]:
            found.add(i)  # "две трети из него возмещены"
        part = mentions[i + 1] if i + 1 < len(mentions) else None
        if lang == "kk" and part is not None and part.first == following and part.possessive \
                and not mention.possessive and tokens[mention.last].lower.endswith(KK_ABLATIVE):
            found.update((i, i + 1))  # "оның үштен екісі өтелді"
    return found
