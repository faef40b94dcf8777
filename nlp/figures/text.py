"""Tokens, sentences and clauses of an article, with character offsets, for the statistics extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.ru import morph
from pokazatel.nlp.ru.morph import PARSE_CACHE_SIZE

THOUSANDS_SPACE = "[ \u00a0\u2009\u202f]"
TOKEN = re.compile(
    rf"\d{{1,3}}(?:{THOUSANDS_SPACE}\d{{3}})+(?:,\d+)?(?!\d)(?:-[^\W\d_]+)?"  # 1 200 | 27 400 000 | 1 200-ден
    r"|\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?"  # 12 | 1,5 | 318-і | 41-летнего
    r"|[^\W\d_]+(?:-[^\W\d_]+)*"  # words, hyphenated words
    r"|\S",  # punctuation, currency signs
)
WORD = re.compile(r"[^\W\d_]")
SENTENCE_END = re.compile(r"[.!?…]")


class _made_once:
    """functools.cached_property without the lock Python 3.11 takes at each first access (the extractor makes
    two of them for every token of every article): the value is stored in the instance, which then answers."""

    def __init__(self, function):
        self.function, self.name = function, function.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    index: int

    # cached: the rules ask each token for these many times over
    @_made_once
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")

    @_made_once
    def is_word(self) -> bool:
        return bool(WORD.match(self.text))

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()


@dataclass(frozen=True)
class Sentence:
    start: int  # index of the first token
    end: int  # index after the last token
    paragraph: int
    clauses: tuple[tuple[int, int], ...]  # token index ranges

    def clause_of(self, index: int) -> tuple[int, int]:
        return next((c for c in self.clauses if c[0] <= index < c[1]), (self.start, self.end))


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(TOKEN.finditer(text))]


def split_sentences(text: str, tokens: list[Token], lang: str) -> list[Sentence]:
    """Sentences end at . ! ? (not after an abbreviation or an initial, or before a lower-case word) and at line
    breaks."""
    abbreviations = set(rules("text")["abbreviations"])
    amount_words = set(rules("text")["amount_abbreviations"])
    openers = set(rules("text")["clause_openers"][lang])
    sentences: list[Sentence] = []
    start, paragraph = 0, 0
    for i, token in enumerate(tokens):
        last = i + 1 == len(tokens)
        next_token = None if last else tokens[i + 1]
        newline = next_token is not None and "\n" in text[token.end : next_token.start]
        ends = newline or last
        if not ends and SENTENCE_END.fullmatch(token.text) and not _ends_dateline(tokens, i):
            previous = tokens[i - 1].lower if i else ""
            ends = not next_token.text[0].islower() and not _is_initial(tokens, i) and (
                previous not in abbreviations or (previous in amount_words and opens_sentence(next_token)))
        if ends:
            sentences.append(Sentence(start, i + 1, paragraph, _clauses(tokens, start, i + 1, openers)))
            start = i + 1
            if newline:
                paragraph += 1
    return sentences


def _is_initial(tokens: list[Token], i: int) -> bool:
    """Is the full stop at `i` an initial's ("прокуроры Е. Қ. Жақсыбеков"): after one capital letter?"""
    return i > 0 and tokens[i - 1].is_word and len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isupper()


def _ends_dateline(tokens: list[Token], i: int) -> bool:
    """Is the full stop at `i` the end of a dateline's place opening the text ("АСТАНА. KAZINFORM – …"): no sentence
    of its own, so the lead is the sentence after it?"""
    return i == 1 and tokens[0].is_word and len(tokens[0].text) > 2 and tokens[0].text.isupper()


def opens_sentence(token: Token) -> bool:
    """Does a capitalised word after "млн." start a new sentence, rather than name the amount's currency?"""
    currencies = (stem for stems in rules("units")["currencies"].values() for stem in stems)
    return token.is_word and token.text[0].isupper() and not token.lower.startswith(tuple(currencies))


def _clauses(tokens: list[Token], start: int, end: int, openers: set[str]) -> tuple[tuple[int, int], ...]:
    clauses, clause_start = [], start
    for i in range(start, end):
        token = tokens[i]
        boundary = token.text in {",", ";"} or (token.lower in openers and i > clause_start)
        if boundary and i > clause_start:
            clauses.append((clause_start, i))
            clause_start = i + 1 if token.text in {",", ";"} else i
    if clause_start < end:
        clauses.append((clause_start, end))
    return tuple(clauses)


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def ru_lemma(word: str) -> str:
    """Russian lemma; participles keep their adjective form ("осуждённых" stays a participle lemma
    of "осудить", which is what the trigger lists use)."""
    return morph.lemma(word).replace("ё", "е")


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def ru_pos(word: str) -> str:
    return str(morph.parse(word.lower())[0].tag.POS or "")


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def ru_is_future(word: str) -> bool:
    """Is the word's likeliest reading a verb in the future tense ("проверим") or "будет"/"будут"?"""
    tag = morph.parse(word.lower())[0].tag
    return tag.POS == "VERB" and "futr" in tag


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def ru_is_plural(word: str) -> bool:
    """Can the word be a plural form (or a plural-only noun: "суток")?"""
    return any("plur" in parse.tag or "Pltm" in parse.tag for parse in morph.parse(word.lower()))


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def ru_is_animate(word: str) -> bool:
    return "anim" in morph.parse(word.lower())[0].tag


def ru_adjective_lemma(word: str) -> str:
    """A substantivised adjective or participle in masculine nominative singular ("обвиняемых" → "обвиняемый"), "ё"
    written "е" for matching word lists."""
    return ru_adjective_object(word).replace("ё", "е")


def ru_adjective_object(word: str) -> str:
    """The same in the dictionary's spelling, as an object is reported ("осуждённых", "осужденных" → "осуждённый")."""
    parsed = morph.parse(word.lower())[0]
    inflected = parsed.inflect({"masc", "sing", "nomn"})
    return inflected.word if inflected else parsed.normal_form
