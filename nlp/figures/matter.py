"""Which sentences of an article about corruption may give figures: those about the corruption matter, not
a background paragraph about budgets, a "read also" teaser or a sentence about something else. The
phrases live in data/rules/matter.yaml; the corruption lexicon and triggers in data/rules/statistics.yaml."""

from __future__ import annotations

import re
from functools import cache

from pokazatel.nlp.figures.events import find_triggers, has_stem, mentions_corruption
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.list_lines import heads_a_list, opens_list_line
from pokazatel.nlp.figures.text import Sentence, Token
from pokazatel.nlp.figures.units import measure
from pokazatel.nlp.figures.values import find_numbers

NAME_START = 5  # letters of a name compared with the text before a recap: "Шымкент" = "Шымкенте", "Шымкента"


def figure_sentences(text: str, tokens: list[Token], sentences: list[Sentence], lang: str) -> list[bool]:
    """For each sentence, whether its figures count: a sentence that names the corruption matter itself does,
    and so does a sentence continuing one (at most `continues` sentences on) unless it recaps other news; a
    teaser line never counts, a reference note ("Справка: …") only with its own words of the matter. A recap of
    another story gives none, nor do the `continues` sentences after it in its paragraph that do not point back
    (real articles often come as one paragraph). The lines of a list ("В том числе:\n– 17 квартир;\n– 6
    автомобилей.") continue the sentence that announced them, all alike; so does an interview's question the
    sentences it continues: the answer after it goes on with the matter ("– Откуда поступают сигналы?")."""
    reach = rules("matter")["continues"]
    allowed: list[bool] = []
    since_matter = reach + 1
    other_story = 0  # sentences of a recap of another story still to come (it ends with its paragraph)
    paragraph = -1
    recap_start = 0  # where the last recap or aside began: a sentence after it points back only to what came before
    list_open = False  # after a line ending in a colon, its list's lines are one step of the text, however many
    for sentence in sentences:
        line = list_open and opens_list_line(tokens, sentence)
        list_open = heads_a_list(tokens, sentence) or line
        if sentence.paragraph != paragraph:
            other_story, paragraph = 0, sentence.paragraph
        words = _sentence_text(text, tokens, sentence).lower().replace("ё", "е")
        opener = _opener(words, lang)
        if opener in ("recap", "aside"):
            recap_start = tokens[sentence.start].start
        if opener == "recap":
            other_story = reach + 1 if not _points_back(text, tokens, sentence, words, lang) else 0
        elif opener == "aside":
            other_story = reach + 1 if _new_name(text, tokens, sentence) \
                and not _points_back(text, tokens, sentence, words, lang) else 0
            opener = None
        elif other_story and _points_back(text, tokens, sentence, words, lang, recap_start):
            other_story = 0
        if other_story:
            other_story -= 1
            since_matter = reach + 1
            allowed.append(False)
            continue
        if opener in ("note", "recap"):
            since_matter = reach + 1  # a reference note or a recap continues nothing: its own words must name the
            # matter, or it and the sentences after it tell the setting ("Напомним, на образование района выделено
            # 14 млрд тенге. В районе 86 школ.")
        on_matter = opener != "teaser" and _names_matter(tokens, sentence, words, lang)
        since_matter = 0 if on_matter else since_matter + (0 if line or _asks(tokens, sentence) else 1)
        allowed.append(on_matter or (opener is None and since_matter <= reach))
    return allowed


def recap_sentences(text: str, tokens: list[Token], sentences: list[Sentence], lang: str) -> list[bool]:
    """For each sentence, whether it opens as a recap of earlier news or an aside ("Ранее …", "Бұған дейін …")."""
    return [_opener(_sentence_text(text, tokens, s).lower().replace("ё", "е"), lang) in ("recap", "aside")
            for s in sentences]


def _points_back(text: str, tokens: list[Token], sentence: Sentence, words: str, lang: str,
                 recap_start: int | None = None) -> bool:
    """Does a recap sentence speak of this article's story: a pronoun or phrase of `same_story`, or a
    capitalised word (not the first) whose start the text has met before it ("Исахов", "Шымкента")? A sentence after
    the recap (`recap_start`) does by a phrase or a name met before the recap only: its pronouns are the recap's."""
    same_story = rules("matter")["same_story"]
    if has_stem(words, same_story["phrases"][lang]):
        return True
    if recap_start is None and has_stem(words, same_story["pronouns"][lang]):
        return True
    return any(_names_met_before(text, tokens, sentence, recap_start).values())


def _new_name(text: str, tokens: list[Token], sentence: Sentence) -> bool:
    """Does the sentence name someone or somewhere the text has not met before it ("Ранее в Таразе…")?"""
    return not all(_names_met_before(text, tokens, sentence).values())


def _names_met_before(text: str, tokens: list[Token], sentence: Sentence,
                      until: int | None = None) -> dict[str, bool]:
    """The start of each capitalised word of the sentence (not its first word), and whether the text before the
    sentence (or before `until`) holds a word starting so."""
    before = text[: tokens[sentence.start].start if until is None else until].lower().replace("ё", "е")
    names = {t.lower.replace("ё", "е")[:NAME_START] for t in tokens[sentence.start + 1 : sentence.end]
             if t.is_word and t.text[0].isupper() and len(t.text) >= 3}
    return {name: re.search(rf"(?<!\w){re.escape(name)}", before) is not None for name in names}


def _asks(tokens: list[Token], sentence: Sentence) -> bool:
    """Is the sentence a question ("– Откуда поступают сигналы?", "– Қандай салада жиі кездеседі?")?"""
    return tokens[sentence.end - 1].text == "?"


def _sentence_text(text: str, tokens: list[Token], sentence: Sentence) -> str:
    return text[tokens[sentence.start].start : tokens[sentence.end - 1].end]


def _opener(words: str, lang: str) -> str | None:
    """"teaser", "recap", "aside" or "note" when the sentence opens with one of their phrases, else None."""
    data = rules("matter")
    words = _unglued(words, lang)
    for kind in ("teaser", "recap", "aside", "note"):
        if words.startswith(_openings(kind, lang)) and any(_opens_with(words, phrase) for phrase in data[kind][lang]):
            return kind
    return None


def _unglued(words: str, lang: str) -> str:
    """The sentence with an opener run into its next word set apart ("ранеесуд отказался" → "ранее суд отказался")."""
    for opener in rules("matter")["run_together"][lang]:
        if words.startswith(opener) and words[len(opener) : len(opener) + 1].isalpha():
            return f"{opener} {words[len(opener):]}"
    return words


@cache
def _openings(kind: str, lang: str) -> tuple[str, ...]:
    """What the phrases of a kind open with: a sentence opening with none of them needs no closer look."""
    return tuple(phrase.partition(" … ")[0] for phrase in rules("matter")[kind][lang])


def _opens_with(words: str, phrase: str) -> bool:
    """Does the sentence open with `phrase` as whole words ("по теме", not "по тематике"); "A … B": open with A
    and hold a word starting with B later on?"""
    opening, _, later = phrase.partition(" … ")
    if not words.startswith(opening):  # what the match below needs first, without building its pattern
        return False
    found = re.match(rf"{re.escape(opening)}(?!\w)", words)
    return bool(found) and (not later or re.search(rf"(?<!\w){re.escape(later)}", words[found.end():]) is not None)


def _names_matter(tokens: list[Token], sentence: Sentence, words: str, lang: str) -> bool:
    if mentions_corruption(words, lang) or has_stem(words, rules("matter")["matter_words"][lang]):
        return True
    alone = rules("matter")["not_matter_alone"][lang]
    found = find_triggers(tokens, sentence.start, sentence.end, lang)
    if any(not m.trigger.weak and m.trigger.event != "other" and " ".join(m.trigger.words) not in alone
           for m in found):
        return True
    common = [m for m in found if " ".join(m.trigger.words) in alone]
    return any(not m.trigger.weak and m.trigger.event != "other" for m in common) \
        and _measures_any(tokens, sentence, frozenset().union(*(m.trigger.units for m in common)), lang)


def _measures_any(tokens: list[Token], sentence: Sentence, kinds: frozenset[str], lang: str) -> bool:
    """Does the sentence hold a figure of one of `kinds` ("получил 3 млн тенге", "получил 5 лет")?"""
    return any(sentence.start <= mention.first < sentence.end
               and (counted := measure(tokens, mention, lang)) is not None and counted.kind in kinds
               for mention in find_numbers(tokens[: sentence.end], lang))
