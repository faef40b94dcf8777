"""Lemmatised copies of an article's title and text for the morphological full-text index, and the same
function for search queries, so "взяток" in a query finds "взятку" in an article.

Russian words go through pymorphy3 (pokazatel.nlp.ru.morph, cached per form); Kazakh words through the Kazakh
suffix stripper (pokazatel.nlp.kk.stem). Output is lower case, "ё" written "е" (people type queries without it),
words joined by single spaces; punctuation is dropped, numbers stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pokazatel.nlp import extensions  # noqa: F401  (registers doc._.lemmas)
from pokazatel.nlp.extensions import doc_text
from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.place_lemmas import kazakh_place_lemma, place_lemma
from pokazatel.nlp.ru.morph import PARSE_CACHE_SIZE, lemma, parse
from spacy.language import Language
from spacy.tokens import Doc

WORD = re.compile(r"\w+(?:-\w+)*")
CYRILLIC = re.compile(r"[а-яё]")
MASCULINE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _russian(word: str) -> str:
    """pymorphy's lemma; for an unknown word or a name that may be a surname, the surname's lemma, so
    "Бектенов", "Бектенова" and "Бектеновым" all index as "бектенов" (its first guess would be
    "бектен", "бектеновый", ...)."""
    if not CYRILLIC.search(word):
        return word
    analyses = parse(word)
    if analyses and (not analyses[0].is_known or {"Name", "Surn"} & set(analyses[0].tag.grammemes)):
        surname = next((a for a in analyses if "Surn" in a.tag and "sing" in a.tag), None)
        if surname is not None:
            return surname.normal_form
        if word.endswith(MASCULINE_SURNAME_ENDINGS) and (
                any("Surn" in a.tag for a in analyses) or "plur" in analyses[0].tag):
            # "бектенов": pymorphy only offers the plural "Бектены"; "сапаров", "тулегенов": a name's or an
            # unknown word's plural genitive ("of the Тулегены") is in news a surname's nominative
            return word
    return lemma(word)


def lemmatise(text: str, lang: str, cased: bool = False) -> str:
    """Space-joined lower-case lemmas of any text: `lemmatise("Осуждены 2 сотрудника", "ru")` ->
    "осудить 2 сотрудник". `lang` is "ru" or "kk" (anything else is treated as Russian). With `cased` (an
    article's text, whose capitals are known; a query's are not) a Russian word written in lower case that a
    surname's reading took also indexes its common lemma: "9 акимов" is "акимов аким", so "аким" finds it. A
    capitalised Russian word naming a place in any case is that place's name (pokazatel.nlp.place_lemmas: "в Семее"
    is "в семей", not "семья"), in a query as in an article; a Kazakh one is its name without its case ending
    ("Қарағандыда": қарағанды, which the stemmer would cut to "қарағанд", as it does "қарағанда", compared with)."""
    if lang == "kk":
        return " ".join(_kazakh(word).replace("ё", "е") for word in WORD.findall(text))
    if not cased:
        return " ".join((place_lemma(word) or _russian(word.lower())).replace("ё", "е") for word in WORD.findall(text))
    return " ".join(_in_running_text(word).replace("ё", "е") for word in WORD.findall(text))


def _kazakh(word: str) -> str:
    """A Kazakh word's stem, a place's name its name in either language's case ("Семейде", "в Семее": семей)."""
    return kazakh_place_lemma(word) or place_lemma(word) or stem(word.lower())


def _in_running_text(word: str) -> str:
    if place := place_lemma(word):
        return place
    lowered = word.lower()
    read = _russian(lowered)
    if word[:1].isupper() or read != lowered or not CYRILLIC.search(lowered):
        return read
    common = lemma(lowered)
    return read if common == read else f"{read} {common}"


@Language.factory("pokazatel_lemmas")
def make_lemmas(nlp: Language, name: str):
    def set_lemmas(doc: Doc) -> Doc:
        lang = doc.lang_
        doc._.lemmas = {"title": lemmatise(doc._.title or "", lang, cased=True),
                         "text": lemmatise(doc_text(doc), lang, cased=True)}
        return doc

    return set_lemmas
