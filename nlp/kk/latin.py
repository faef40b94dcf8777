"""Kazakh written in the Latin alphabet (qz.inform.kz: "Qyrǵyzstanda ... ótkiziledi"): recognised, and read
back into Cyrillic for the Kazakh pipeline, with a map from every Cyrillic character to the Latin characters
it came from, so that offsets and quotes can point into the original text. The letter table is
data/kazakh/latin.yaml."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import Any

from pokazatel.nlp.kk.foreign_names import after_latin_alphabet_nation, foreign_name
from pokazatel.nlp.kk.latin_loanwords import with_loanword_letters
from pokazatel.nlp.kk.latin_sh_names import with_skh_names
from pokazatel.nlp.kk.latin_soft_sign import with_soft_signs

from pokazatel.resources import data_path, read_yaml

LATIN_WORD = re.compile(r"[^\W\d_]+")
# The letters only Kazakh Latin writing has among the languages the stream carries (English, Russian
# transliterations): ı ǵ ń ó ú ý á. Turkish and Azerbaijani share ı but also write ş ğ ç ə.
KAZAKH_LATIN_LETTERS = re.compile(r"[áǵıńóúýÁǴŃÓÚÝ]")
CYRILLIC_LETTER = re.compile(r"[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]")
MAX_AMBIGUOUS_CAPITALS = 3  # readings tried: 2 ** 3
MIN_KAZAKH_SHARE = 0.15  # Latin words with a Kazakh-only letter, of all Latin words (kazinform: about 0.5)


def is_kazakh_latin(text: str) -> bool:
    """Is `text` Kazakh in the Latin alphabet: mostly Latin letters, and Kazakh-only letters common among
    its Latin words?"""
    latin = [w for w in LATIN_WORD.findall(text) if not CYRILLIC_LETTER.search(w)]
    if not latin:
        return False
    cyrillic_letters = len(CYRILLIC_LETTER.findall(text))
    latin_letters = sum(len(w) for w in latin)
    if latin_letters <= cyrillic_letters:
        return False
    kazakh = sum(1 for w in latin if KAZAKH_LATIN_LETTERS.search(w))
    return kazakh / len(latin) >= MIN_KAZAKH_SHARE


@dataclass(frozen=True)
class Transliteration:
    """The Cyrillic text and, for each of its characters, where its source characters start and end in the
    original."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the Cyrillic text[start:end]."""
        if start >= end:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        first, last = self.original_span(start, end)
        return self.original[first:last]


@cache
def _table() -> dict[str, Any]:
    return read_yaml(data_path("kazakh", "latin.yaml"))


def _lower(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def _normalise(text: str) -> str:
    """Lower case of the same length, each capital I already read as i (І) or ı (И) from its word."""
    table = _table()["capital_i"]
    front_vowels = set(table["front_vowels"])
    lowered_text = text.lower()
    # str.lower is _lower character by character when no character grows and no Σ is there (its lower case
    # depends on its neighbours): one call instead of one per character
    if len(lowered_text) == len(text) and "Σ" not in text:
        lowered = list(lowered_text)
    else:
        lowered = [_lower(c) for c in text]
    dotless_letters = _table()["dotless_i"]["letters"]
    lowered = [dotless_letters[0] if c in dotless_letters else c for c in lowered]  # í is ı
    written: dict[str, str] | None = None
    for word in LATIN_WORD.finditer(text):
        if "I" not in word.group():
            continue
        if word.group().isupper() and len(word.group()) > 1:
            if written is None:
                written = _words_written_with_i(text)
            reading = _all_capitals_reading(word.group(), written)
            if reading is not None:
                lowered[word.start():word.end()] = list(reading)
                continue
        others = {lowered[k] for k in range(word.start(), word.end()) if text[k] != "I"}
        loanword = bool(front_vowels & others) and bool(set(table["back_vowels"]) & others) and "i" not in others
        front = not loanword and (bool(front_vowels & others) or "i" in others or not others & set(table["vowels"]))
        for k in range(word.start(), word.end()):
            if text[k] == "I":
                lowered[k] = table["front"] if front else table["back"]
    return "".join(lowered)


def _words_written_with_i(text: str) -> dict[str, str]:
    """The text's words written in lower case where an I is told apart ("Túrkistan"), by their form with i for ı."""
    return {word.lower().replace("ı", "i"): word.lower() for word in LATIN_WORD.findall(text)
            if "I" not in word and not word.isupper()}


def _all_capitals_reading(word: str, written: dict[str, str]) -> str | None:
    """A word in capitals writes І and И alike as I ("TÚRKISTAN", "BERLIN" in a dateline), so vowel harmony can read it
    wrong: it reads as the text writes it elsewhere in lower case, else as a known place name spells it, else None."""
    key = word.lower().replace("ı", "i")
    if key in written:
        return written[key]
    places = _place_words()
    positions = [k for k, char in enumerate(word) if char == "I"]
    if len(positions) > MAX_AMBIGUOUS_CAPITALS:
        return None
    for letters in product("iı", repeat=len(positions)):
        reading = list(key)
        for position, letter in zip(positions, letters, strict=True):
            reading[position] = letter
        if to_cyrillic("".join(reading)).text in places:
            return "".join(reading)
    return None


@cache
def _place_words() -> frozenset[str]:
    """The one-word place names of the Kazakh gazetteer, lower case ("берлин", "түркістан")."""
    entries = read_yaml(data_path("gazetteer", "kk_places.yaml"))["entries"]
    return frozenset(name.lower() for name in entries if " " not in name)


def article_in_cyrillic(title: str, text: str) -> tuple[str, str]:
    """An article's title and text as the pipeline and the classifier read them: Latin-script Kazakh (told from both
    together) in its Cyrillic spelling, anything else as it is."""
    if not is_kazakh_latin(f"{title}\n{text}"):
        return title, text
    return to_cyrillic(title).text, to_cyrillic(text).text


def to_cyrillic(text: str) -> Transliteration:
    """The Cyrillic spelling of Kazakh Latin `text`; characters outside the table (digits, punctuation,
    Cyrillic) are kept as they are."""
    table = _table()
    letters, sequences, after_consonant = table["letters"], table["sequences"], table["after_consonant"]
    longest = max(len(key) for key in sequences)
    sequence_starts = {key[0] for key in sequences}  # the only letters a sequence is looked for at
    dotless, ts = table["dotless_i"], table["ts"]
    vowels = set(dotless["vowels"])
    low = _normalise(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, length = 0, len(text)
    while i < length:
        char = low[i]
        width, piece = 1, None
        marked = _letter_marked_2017(low, i)
        if marked is not None:
            width, char = 2, marked
            if char != dotless["letters"][0]:
                piece = marked
        elif char in sequence_starts:
            for size in range(longest, 1, -1):
                sequence = low[i : i + size]
                if sequence in sequences:
                    width, piece = size, sequences[sequence]
                    if sequence in after_consonant and i > 0 and low[i - 1].isalpha() and low[i - 1] not in vowels:
                        piece = after_consonant[sequence]
                    break
        if piece is None:
            if char == "t" and low[i + 1 : i + 2] == "s" and low[i + 2 : i + 3] != "h" \
                    and _ts_is_one_letter(low, i, ts):
                width, piece = 2, ts["letter"]
            elif char == dotless["letters"][0]:
                piece = dotless["after_vowel"] if i > 0 and low[i - 1] in vowels else dotless["elsewhere"]
            else:
                piece = letters.get(char) or _base_letter(char, letters) or text[i]
        if text[i].isupper():
            piece = piece.upper() if width == 1 or text[i + 1].isupper() else piece[0].upper() + piece[1:]
        out.append(piece)
        if len(piece) == 1:
            starts.append(i)
            ends.append(i + width)
        else:
            starts.extend([i] * len(piece))
            ends.extend([i + width] * len(piece))
        i += width
    return Transliteration(text, "".join(out), tuple(starts), tuple(ends))


def _letter_marked_2017(low: str, i: int) -> str | None:
    """The Cyrillic letter (or ı, read as И or Й) that low[i] and the apostrophe after it write in the alphabet of
    2017 ("Qazaqstannyn'", "s'ag'yn"), or None: no such letter, an English clitic ("Kazakhstan’s"), or an apostrophe
    closing a quote an apostrophe opened ("'Nur Otan'")."""
    table = _table()["apostrophe_2017"]
    marks = table["marks"]
    if i + 1 >= len(low) or low[i + 1] not in marks or low[i] not in table["letters"]:
        return None
    rest = re.match(r"[^\W\d_]*", low[i + 2 :]).group()
    if rest in table["english_clitics"]:
        return None
    if not rest and _closes_quote(low, i + 1, marks):
        return None
    return table["letters"][low[i]]


QUOTE_REACH = 200  # characters back, within the line, where a quote's opening apostrophe is looked for


def _closes_quote(low: str, position: int, marks: str) -> bool:
    """Is the apostrophe at a word's end at `position` the end of a quote: an apostrophe opening a word comes before
    it in its line, with no apostrophe ending a word between?"""
    line_start = max(low.rfind("\n", 0, position) + 1, position - QUOTE_REACH)
    for k in range(position - 1, line_start - 1, -1):
        if low[k] not in marks:
            continue
        before_letter = k > 0 and low[k - 1].isalpha()
        after_letter = k + 1 < len(low) and low[k + 1].isalpha()
        if after_letter and not before_letter:
            return True
        if before_letter and not after_letter:
            return False
    return False


def _base_letter(char: str, letters: dict[str, str]) -> str | None:
    """The Cyrillic letter of an accented Latin letter no table names ("é" in Boléro, "ã" in Cordão): its base
    letter's."""
    base = unicodedata.normalize("NFD", char)[:1]
    return letters.get(base) if base != char else None


def _ts_is_one_letter(low: str, i: int, ts: dict[str, Any]) -> bool:
    """Is the "ts" at low[i] the letter Ц (tsıfrlyq, polıtsııa, protsess, farmatsevt) rather than т + с (aıtsa, ketsek,
    atsalysty)?"""
    if i == 0 or not low[i - 1].isalpha():
        return True
    if low[i + 2 : i + 3] and low[i + 2] in ts["before"]:
        return True
    word_start, word_end = i, i
    while word_start > 0 and low[word_start - 1].isalpha():
        word_start -= 1
    while word_end < len(low) and low[word_end].isalpha():
        word_end += 1
    word, offset = low[word_start:word_end], i - word_start
    if any(found.start() <= offset < found.end() - 1
           for stem in ts["stems"] for found in re.finditer(re.escape(stem), word)):
        return True
    rest = word[offset + 2 :]  # after "ts": "evtıkalyq" of farmatsevtıkalyq, "ek" of ketsek
    return (rest[:1] != "" and rest[0] in ts["before_vowels"] and rest not in ts["conditional_endings"]
            and not any(("s" + rest).startswith(kazakh) for kazakh in ts["kazakh_words"]))


QUOTED = re.compile(r"«([^«»]+)»")


def _with_quoted_foreign_names(norm: str, original: str) -> str:
    """"«KEGOC» AQ-nyń Aqmola fılıalynyń": a quoted foreign name inside a longer name keeps its own spelling in the
    norm ("«KEGOC» АҚ-ның Ақмола филиалы", not "«КЕГОЦ» …"), as a foreign name standing alone does."""
    for inner in QUOTED.findall(original):
        if foreign_name(inner) == inner:
            norm = norm.replace(to_cyrillic(inner).text, inner)
    return norm


def _respelled(norm: str) -> str:
    """A norm with the letters the Latin alphabet does not write apart taken back: Э, Ь, СХ."""
    return with_skh_names(with_soft_signs(with_loanword_letters(norm)))


def point_into_original(record: dict[str, Any], transliteration: Transliteration) -> dict[str, Any]:
    """The extract record of a transliterated article with every entity's and figure's start/end and
    text/quote pointing into the Latin original; norms, objects and lemmas stay Cyrillic, as in any
    Kazakh article, so they aggregate and search together, except a foreign name's (nlp/kk/foreign_names.py)."""
    def moved(item: dict[str, Any], surface: str) -> dict[str, Any]:
        start, end = transliteration.original_span(item["start"], item["end"])
        named = item.get("label") in ("PER", "ORG", "LOC")
        latin = transliteration.original
        name = foreign_name(latin[start:end], after_latin_alphabet_nation(latin, start)) if named else None
        if name is not None:  # "Transparency International uıymy": the name in its own spelling
            return {**item, "start": start, "end": start + len(name), surface: name, "norm": name}
        original = transliteration.original[start:end]
        norm = {"norm": _with_quoted_foreign_names(_respelled(item["norm"]), original)} \
            if named and "norm" in item else {}
        return {**item, "start": start, "end": end, surface: transliteration.original[start:end], **norm}

    return {
        **record,
        "entities": [moved(e, "text") for e in record["entities"]],
        "mentions": [moved(m, "text") for m in record.get("mentions", [])],
        "positions": [moved(p, "text") for p in record["positions"]],
        "statistics": [moved(s, "quote") for s in record["statistics"]],
    }
