"""Phone numbers are no figure: "8 (7252) 53-14-24", "+7 (727) 250-14-24", "8-701-555-12-34". A number is part of
one when it stands in a chain of at least three digit groups glued by hyphens (a range, "5-7", has two), in an area
code in parentheses after a trunk prefix ("8 (7252)"), or is that prefix or the subscriber's number after the code."""

from __future__ import annotations

from pokazatel.nlp.figures.text import Token
from pokazatel.nlp.figures.values import NumberMention

MIN_HYPHEN_GROUPS = 3


def is_phone_number(tokens: list[Token], mention: NumberMention) -> bool:
    """Is the number at mention.first..mention.last a part of a phone number?"""
    first, last = mention.first, mention.last
    if _hyphen_groups(tokens, first) >= MIN_HYPHEN_GROUPS:
        return True
    if _is_area_code(tokens, first - 1):
        return True  # "(7252)"
    if _is_area_code(tokens, last + 1):
        return True  # the trunk prefix "8" before "(7252)"
    return first >= 1 and tokens[first - 1].text == ")" and _is_area_code(tokens, first - 3)  # "(7252) 531424"


def _hyphen_groups(tokens: list[Token], index: int) -> int:
    """How many digit groups the chain glued by hyphens through tokens[index] holds ("53-14-24": 3)."""
    if not tokens[index].is_digit:
        return 0
    left = index
    while left >= 2 and _glued_hyphen(tokens, left - 2, left):
        left -= 2
    right = index
    while right + 2 < len(tokens) and _glued_hyphen(tokens, right, right + 2):
        right += 2
    return (right - left) // 2 + 1


def _glued_hyphen(tokens: list[Token], before: int, after: int) -> bool:
    a, hyphen, b = tokens[before], tokens[before + 1], tokens[after]
    return a.is_digit and b.is_digit and hyphen.text == "-" and a.end == hyphen.start and hyphen.end == b.start


def _is_area_code(tokens: list[Token], opening: int) -> bool:
    """Does tokens[opening] open "(DDD)" or "(DDDDD)" right after a trunk prefix ("8", "+7")?"""
    if opening < 1 or opening + 2 >= len(tokens) or tokens[opening].text != "(" or tokens[opening + 2].text != ")":
        return False
    code, prefix = tokens[opening + 1], tokens[opening - 1]
    return code.is_digit and 3 <= len(code.text) <= 5 and prefix.text in {"8", "7", "+7"}
