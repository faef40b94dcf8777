"""Streets named in Russian ("на улице Жамбыла", "по проспекту Кабанбай батыра"): one LOC from the kind word to the
end of the name, whatever natasha made of the name alone (a place "Жамбыла", a person "Кабанбай"), normed with the
kind in the nominative and the name as written (a name after its kind does not change with the kind's case).
The kinds and titles are data/gazetteer/streets.yaml."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.ru.gazetteer import GAZETTEER_DIR
from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.morph import parse

from pokazatel.resources import read_yaml

MAX_NAME_WORDS = 3  # "Кабанбай батыра", "Мухтара Ауэзова", "Бухар жырау": longer runs are a name and what follows


@cache
def _streets() -> dict:
    return read_yaml(GAZETTEER_DIR / "streets.yaml")


def _is_street_kind(word: Word) -> bool:
    """"улице", "проспекта" (one street: "на улицах Абая и Сатпаева" names two)."""
    return word.lemma in _streets()["russian_kinds"] and any(
        p.tag.number == "sing" for p in parse(word.text.lower()) if p.normal_form == word.lemma)


def _is_capitalised(word: Word) -> bool:
    return word.text[:1].isupper() and word.text.replace("-", "").isalpha() and len(word.text) > 1


def _name_end(words: list[Word], first: int, mentions: list[Mention]) -> int:
    """The end of the street's name opening at `first`: the person or place natasha found there, else the run of
    capitalised words; then the titles after it."""
    if first >= len(words) or not _is_capitalised(words[first]):
        return first
    found = next((m for m in mentions if m.start == first and m.label in ("PER", "LOC")), None)
    end = found.end if found is not None and found.end - first <= MAX_NAME_WORDS else first + 1
    while found is None and end < len(words) and end - first < MAX_NAME_WORDS and _is_capitalised(words[end]):
        end += 1
    while end < len(words) and words[end].text in _streets()["name_titles"]:
        end += 1
    return end


def add_streets(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """Each street's kind and name as one LOC, in place of the mentions inside it; a mention reaching out of it
    (a body whose name holds the street) keeps its place and no street is added."""
    for index, word in enumerate(words):
        if not _is_street_kind(word):
            continue
        end = _name_end(words, index + 1, mentions)
        if end == index + 1:
            continue
        inside = [m for m in mentions if m.start < end and index < m.end]
        if any(m.start < index or m.end > end for m in inside):
            continue
        mentions = [m for m in mentions if m not in inside] + [Mention(index, end, "LOC")]
    return sorted(mentions, key=lambda m: m.start)


def street_norm(text: str, words: list[Word], mention: Mention) -> str | None:
    """"улица Жамбыла" for a street's mention "улице Жамбыла"; None for any other mention."""
    if mention.label != "LOC" or mention.end - mention.start < 2 or not _is_street_kind(words[mention.start]):
        return None
    return f"{words[mention.start].lemma} {text[words[mention.start + 1].start:words[mention.end - 1].stop]}"
