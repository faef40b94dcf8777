"""Places the Latin alphabet cannot write as Cyrillic does: it drops Ь and writes Й and И alike ("Nıý-Iork" for
Нью-Йорк reads "Ню-Иорк", "Izraıl" reads "Израйл"), so the models, trained on Cyrillic, miss the place and what it
names ("Nıý-Iork federaldyq soty"). A word that reads as a place of the Kazakh gazetteer but for those letters, in
any case form ("Ню-Іорктегі"), is read as the gazetteer writes it; the ending stays as read."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.nlp.kk.latin import Transliteration
from pokazatel.nlp.kk.stem import strip_case

from pokazatel.resources import data_path, read_yaml

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LOST = re.compile(r"[ьъйэё]")  # letters a place's Latin spelling does not keep apart
SAME_IN_LATIN = str.maketrans({"ь": "", "ъ": "", "й": "и", "і": "и", "э": "е", "ё": "е"})


def _key(word: str) -> str:
    return word.lower().translate(SAME_IN_LATIN)


@cache
def _places() -> dict[str, str]:
    """The gazetteer's one-word places with a letter Latin loses, by their key ("ню-иорк": "Нью-Йорк")."""
    entries = read_yaml(data_path("gazetteer", "kk_places.yaml"))["entries"]
    return {_key(name): name for name in entries if " " not in name and LOST.search(name.lower())}


def with_place_spellings(reading: Transliteration) -> Transliteration:
    """`reading` with each place of the gazetteer written as the gazetteer writes it."""
    text, starts, ends = reading.text, list(reading.starts), list(reading.ends)
    pieces, new_starts, new_ends, done = [], [], [], 0
    for match in WORD.finditer(text):
        word = match.group()
        stem = strip_case(word)
        place = _places().get(_key(stem))
        if place is None or place.lower() == stem.lower() or not word.startswith(stem):
            continue  # "qytaı azamattary": a word read right stays as written, in lower case too
        written = place.upper() if stem.isupper() and len(stem) > 1 else place if stem[:1].isupper() else place.lower()
        first, last = match.start(), match.start() + len(stem)
        pieces.append(text[done:first] + written)
        new_starts += starts[done:first] + [starts[first]] * len(written)
        new_ends += ends[done:first] + [ends[last - 1]] * len(written)
        done = last
    if not pieces:
        return reading
    pieces.append(text[done:])
    return Transliteration(reading.original, "".join(pieces), tuple(new_starts + starts[done:]),
                           tuple(new_ends + ends[done:]))
