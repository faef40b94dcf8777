"""Public institutions named in lower case by their kind and number (kinds in data/gazetteer/institutions.yaml):
"школы-гимназии № 38", "поликлиникой № 5" are organisations, as the gold's "№ 12 мектеп-гимназия" is; the place after
one joins it as it joins any body (join_bodies_and_places). Without a number a kind names no organisation, even with
its place ("в областную больницу Усть-Каменогорска" is the town, dev.jsonl); an adjective naming the kind ("средней
школе № 41") is part of the name, a level ("городской больницы № 2") is not. A military unit is named by its kind
and a number with no sign ("войсковой части 6505"), and its parent body after it joins it as any body's does. A named
body of a numbered kind keeps the number after it ("Павлодарский городской суд № 2")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from pokazatel.nlp.ru.gazetteer import GAZETTEER_DIR, word_lemmas
from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.norm import adjective_parses

from pokazatel.resources import read_yaml

NUMBER_SIGN = "№"


@cache
def _kinds() -> frozenset[str]:
    return frozenset(read_yaml(GAZETTEER_DIR / "institutions.yaml")["kinds"])


@cache
def _kind_adjectives() -> frozenset[str]:
    return frozenset(read_yaml(GAZETTEER_DIR / "institutions.yaml")["kind_adjectives"])


@cache
def _numbered_heads() -> frozenset[str]:
    return _kinds() | frozenset(read_yaml(GAZETTEER_DIR / "institutions.yaml")["numbered_heads"])


@cache
def _numbered_units() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in read_yaml(GAZETTEER_DIR / "institutions.yaml")["numbered_units"])


def add_institutions(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """ORG mentions for numbered institutions where no mention is."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i, word in enumerate(words[:-2]):
        if i in taken or not word.text[:1].islower() or not word_lemmas(word.text) & _kinds():
            continue
        if words[i + 1].text == NUMBER_SIGN and words[i + 2].text.isdigit() and not taken & {i + 1, i + 2}:
            start = i
            while start > 0 and start - 1 not in taken and word_lemmas(words[start - 1].text) & _kind_adjectives():
                start -= 1
            found.append(Mention(start, i + 3, "ORG"))
    found += _units(words, taken) + _named_after_people(words, taken)
    return sorted([*_with_numbers(words, mentions, taken), *found], key=lambda m: m.start)


MAX_NAMED_KIND_ADJECTIVES = 2


def _named_after_people(words: list[Word], taken: set[int]) -> list[Mention]:
    """"областной больницы имени Г. Султанова": a kind named after a person is an organisation with its adjectives,
    level ones too (the name makes it one institution), no participle before them ("возглавлявший областную больницу
    …"); join_bodies_and_places adds the person after "имени"."""
    found = []
    for i, word in enumerate(words[:-1]):
        if i in taken or not word.text[:1].islower() or not word_lemmas(word.text) & _kinds() \
                or words[i + 1].lemma != "имя" or i + 1 in taken:
            continue
        start = i
        while (start > 0 and i - start < MAX_NAMED_KIND_ADJECTIVES and start - 1 not in taken
               and words[start - 1].text[:1].islower() and _is_adjective(words[start - 1].text)):
            start -= 1
        found.append(Mention(start, i + 1, "ORG"))
    return found


def _is_adjective(word: str) -> bool:
    """An adjective, no participle: "возглавлявший областную больницу имени …" names the institution, not its head."""
    return any(p.tag.POS == "ADJF" for p in adjective_parses(word))


def _with_numbers(words: list[Word], mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """"Павлодарский городской суд" + "№ 2": an organisation ending in a numbered kind's word takes the number
    after it; a body the gazetteer knows is one of its kind, the number is a document's ("решение Верховного суда
    № 12")."""
    result = []
    for mention in mentions:
        end = mention.end
        if (mention.label == "ORG" and mention.entry is None and end + 1 < len(words) and words[end].text == NUMBER_SIGN
                and words[end + 1].text.isdigit() and not taken & {end, end + 1}
                and word_lemmas(words[end - 1].text) & _numbered_heads()):
            mention = replace(mention, end=end + 2)
        result.append(mention)
    return result


def _units(words: list[Word], taken: set[int]) -> list[Mention]:
    """"войсковой части 6505", "воинская часть № 3517": a unit's kind and its number."""
    found = []
    lemmas = [word_lemmas(w.text) for w in words]
    for phrase in _numbered_units():
        size, first = len(phrase), phrase[0]
        for i in range(len(words) - size):
            # the first word alone rules out nearly every position: no generator made for it
            if first not in lemmas[i] or not all(lemma in lemmas[i + k] for k, lemma in enumerate(phrase)):
                continue
            number = i + size + (words[i + size].text == NUMBER_SIGN)
            if number < len(words) and words[number].text.isdigit() and not taken & set(range(i, number + 1)):
                found.append(Mention(i, number + 1, "ORG"))
    return found
