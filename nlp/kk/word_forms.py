"""What a Kazakh word's form says about its place in a name: genitive, plural, the possessive of a compound,
a word a name may hold, an abbreviation, the first word of a sentence."""

from __future__ import annotations

from pokazatel.nlp.kk.stem import ending_list, stem, strip_case, suffixes
from spacy.tokens import Span, Token

SENTENCE_END = {".", "!", "?", "…", ":", ";", "»", "\""}
SENTENCE_FINAL = {".", "!", "?", "…"}


def is_genitive(word: str) -> bool:
    return strip_case(word) != word and word.lower().endswith(ending_list("genitive"))


def is_plural(word: str) -> bool:
    """"депутаттары", "мүшелерінің": a plural ending right after the stem."""
    rest = word.lower()[len(stem(word)):]
    return rest.startswith(tuple(ending.suffix for ending in suffixes().groups["plural"]))


def has_possessive(word: str) -> bool:
    """"Парламенті", "Ассамблеясының", "Парламентінде": the third person's possessive after the stem."""
    nominative = strip_case(word).lower()
    return nominative != stem(word) and nominative.endswith(("ы", "і"))


def is_abbreviation(span: Span) -> bool:
    """"ҰҚК", "СЖҚА": one word of capital letters."""
    return len(span) == 1 and span[0].is_alpha and span[0].is_upper and len(span[0].text) > 1


def is_name_word(word: str) -> bool:
    """Nominative or genitive: the forms the words inside a Kazakh name take. A final -н may be an
    accusative after a possessive (басшысы-н) or part of the word (тұрғын): taken as the word."""
    return strip_case(word) in (word, word[:-1]) or is_genitive(word)


def starts_sentence(token: Token) -> bool:
    if token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.is_space or previous.text in SENTENCE_END
