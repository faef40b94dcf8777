"""POSITION mentions ("аким Кентау", "руководитель департамента", "главный бухгалтер") found over a
word list (data/gazetteer/positions.yaml), and the person each one describes when the sentence says so:
"аким Кентау Иван Петров", "Петров, руководитель департамента".

A position never swallows a named entity: in "глава Антикоррупционной службы Олжас Бектенов" the span is
"глава", the ORG stays an ORG, and the position's norm names the whole title,
"глава Антикоррупционной службы"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pokazatel.nlp.ru.gazetteer import position_words
from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.morph import PARSE_CACHE_SIZE, parse
from pokazatel.nlp.ru.norm import inflect, nominative_adjective, restore_case

MAX_COMPLEMENT = 4
LINKING_PUNCTUATION = {",", "–", "—", "-"}
COMPLEMENT_POS = {"NOUN", "ADJF", "PRTF"}


@dataclass
class Position:
    start: int  # word indexes, end exclusive
    end: int
    norm: str
    person: str | None = None


def _is_genitive(word: Word) -> bool:
    """A noun or adjective that can be genitive: "руководитель [управления]"; not "его", "которого"."""
    return _can_be_genitive(word.text)


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _can_be_genitive(text: str) -> bool:
    if not text[:1].isalpha() or len(text) < 3:
        return False
    return any(p.tag.POS in COMPLEMENT_POS and p.tag.case == "gent" and not {"Fixd", "Apro"} & set(p.tag.grammemes)
               for p in parse(text.lower()))


def _singular_title(word: Word, titles: frozenset[str]) -> bool:
    """"руководителя" is a title; "акимов" (plural) names a group, not a post."""
    return _is_singular_title(word.text, titles)


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _is_singular_title(text: str, titles: frozenset[str]) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.number == "sing" and _title_lemma(p.normal_form) in titles
               for p in parse(text.lower()))


def _title_lemma(normal_form: str) -> str:
    """"экс-аким" and "вице-министр"'s "экс-" are about the person, the post is "аким"."""
    return normal_form.removeprefix("экс-")


def _is_modifier(word: Word, modifiers: frozenset[str]) -> bool:
    return any(p.normal_form in modifiers for p in parse(word.text.lower()))


def _title_norm(words: Sequence[Word], start: int, head: int, end: int, entity_text: str) -> str:
    """"главного бухгалтера больницы" -> "главный бухгалтер больницы": the head and its modifiers in the
    nominative singular, the complement as written, the entity it names appended."""
    titles = position_words()["heads"]
    analysis = next(p for p in parse(words[head].text.lower())
                    if p.tag.POS == "NOUN" and p.tag.number == "sing" and _title_lemma(p.normal_form) in titles)
    head_text = restore_case(words[head].text, inflect(analysis, {"nomn", "sing"}) or words[head].text)
    modifiers = [nominative_adjective(w.text, analysis, {"nomn", "sing"}) for w in words[start:head]]
    title = " ".join([*modifiers, head_text, *(w.text for w in words[head + 1:end])])
    title = title[:1].lower() + title[1:] if words[start].text[1:2].islower() else title
    return f"{title} {entity_text}".strip()


def find_positions(words: Sequence[Word], mentions: Sequence[Mention], text: str) -> list[Position]:
    """POSITION phrases over the words no entity covers, each linked to an adjacent PER if any."""
    vocabulary = position_words()
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    starting = {m.start: m for m in mentions}
    ending = {m.end: m for m in mentions}
    found: list[Position] = []
    i = 0
    while i < len(words):
        word = words[i]
        if i in covered or not _singular_title(word, vocabulary["heads"]):
            i += 1
            continue
        start = i
        while start > 0 and start - 1 not in covered and _is_modifier(words[start - 1], vocabulary["modifiers"]) \
                and (not found or found[-1].end <= start - 1):
            start -= 1
        end = i + 1
        while end < len(words) and end not in covered and end - i <= MAX_COMPLEMENT and _is_genitive(words[end]):
            end += 1
        entity = starting.get(end)
        entity = entity if entity is not None and entity.label in ("ORG", "LOC") else None
        bare = start == i and end == i + 1 and entity is None
        if bare and word.lemma in vocabulary["need_complement"]:
            i += 1
            continue
        entity_text = text[words[entity.start].start:words[entity.end - 1].stop] if entity else ""
        position = Position(start, end, _title_norm(words, start, i, end, entity_text))
        position.person = _person_after(entity.end if entity else end, starting) \
            or _person_before(start, words, ending)
        if not bare or position.person:  # a lone "директор" says too little to be worth a row
            found.append(position)
        i = end
    return found


def _person_after(index: int, starting: dict[int, Mention]) -> str | None:
    """"аким Кентау Иван Петров": a full name right after the title (a lone surname there is more
    often the object of another phrase: "по требованию прокурора Утегенов уволен")."""
    mention = starting.get(index)
    if mention is None or mention.label != "PER" or mention.end - mention.start < 2:
        return None
    return mention.norm


def _person_before(start: int, words: Sequence[Word], ending: dict[int, Mention]) -> str | None:
    """"Петров, руководитель департамента": a PER, a comma or dash, then the position."""
    if start < 2 or words[start - 1].text not in LINKING_PUNCTUATION:
        return None
    mention = ending.get(start - 1)
    return mention.norm if mention is not None and mention.label == "PER" else None
