"""Who the people a figure counts are in its clause: the accused a part is taken from, the acquitted, those a bribe
came from or was offered to, victims, witnesses, convicts when the clause gives a prison term, and the parts of a
group a Kazakh sentence opens with, named by what befell it ("Жазаланғандардың …, 9-ы – …")."""

from __future__ import annotations

from pokazatel.nlp.figures.events import (
    EventChoice,
    acquittal_words,
    choose_event,
    is_penalty_threat,
    offers_bribe,
    whole_group_role,
)
from pokazatel.nlp.figures.kk_nouns import kk_known_noun
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.sentence_figures import KK_ABLATIVE, Figure
from pokazatel.nlp.figures.text import Sentence, Token, ru_lemma
from pokazatel.nlp.figures.units import Measure
from pokazatel.nlp.figures.values import word_value
from pokazatel.nlp.ru import morph

PENALTY_KINDS = {"term": "prison_term", "mci": "fine", "money": "fine"}  # a figure's kind, the event of its penalty


def gives_penalty(tokens: list[Token], figures: list[Figure], clause: tuple[int, int], sentence: Sentence,
                  lang: str, theme: str) -> bool:
    """Does the clause give a prison term or a fine ("получили от 3 до 5 лет", "екі басшысына 3 000 АЕК-тен айыппұл
    салынды")? Then the people it counts are convicted."""
    for f in figures:
        if f.measure.kind not in PENALTY_KINDS or f.measure.duration or not clause[0] <= f.mention.first < clause[1]:
            continue
        choice = choose_event(tokens, f.measure.kind, f.mention.first, f.measure.last, clause,
                              (sentence.start, sentence.end), lang, theme)
        if choice is not None and choice.event == PENALTY_KINDS[f.measure.kind] \
                and not is_penalty_threat(tokens, clause, lang):
            return True
    return False


def role_or_acquittal(tokens: list[Token], figure: Figure, clause: tuple[int, int], choice: EventChoice,
                      lang: str) -> EventChoice:
    """"троих из пяти обвиняемых": the five are the accused; "ещё двое оправданы": the two are no convicts."""
    role = whole_group_role(tokens, figure.mention.first, figure.measure.last, figure.measure.object, lang)
    if role:
        return EventChoice(role, frozenset({figure.measure.last}))
    acquitting = acquittal_words(tokens, clause, lang)
    return EventChoice("other", acquitting) if acquitting else choice


def is_source(tokens: list[Token], figure: Figure, lang: str) -> bool:
    """"получили взятки от 7 предпринимателей", "от родителей 14 учеников", "11 фермерден пара алған": people
    counted after "от" (or after "от" and those who stand for them) or in the ablative are whom money or complaints
    came from, never the offenders; "от 3 до 5", "5-тен 7-ге дейін" are ranges."""
    first, last = figure.mention.first, figure.measure.last
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if lang == "kk":
        return tokens[last].lower.endswith(KK_ABLATIVE) and not (following is not None and (
            following.is_digit or word_value(following.text, lang) is not None
            or following.lower.startswith(tuple(rules("statistics")["ablative_comparison"]["kk"]))))
    if first > 1 and tokens[first - 2].lower == "от" \
            and ru_lemma(tokens[first - 1].lower) in rules("statistics")["givers_for_others"]["ru"]:
        return True  # "от родителей 14 учеников"
    return first > 0 and tokens[first - 1].lower == "от" and (following is None or following.lower != "до")


def is_bribe_recipient(tokens: list[Token], figure: Figure, clause: tuple[int, int], lang: str) -> bool:
    """Are the people counted in the dative the ones a bribe is given or offered to in the clause?"""
    return in_dative(tokens, figure, lang) and offers_bribe(tokens, clause, lang)


def in_dative(tokens: list[Token], figure: Figure, lang: str) -> bool:
    noun = tokens[figure.measure.last].lower
    if lang == "kk":  # "тұлға" ends as a dative does but is the noun itself: "23 лауазымды тұлға ұсталды"
        return noun.endswith(tuple(rules("statistics")["bribe_recipients"]["dative_endings"]["kk"])) \
            and kk_known_noun(noun) != noun
    return any("datv" in parse.tag for parse in morph.parse(noun))


def is_victim(counted: Measure, lang: str) -> bool:
    return _counts_one_of(counted, rules("statistics")["victims"][lang], lang)


def is_witness(counted: Measure, lang: str) -> bool:
    return counted.kind == "person" and _counts_one_of(counted, rules("statistics")["witnesses"][lang], lang)


def passes_as_witnesses(tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Do the words from a count to the next one give its people the role of witnesses ("проходят по делу
    свидетелями", "іске куә ретінде тартылды"), not of suspects?"""
    words = f" {' '.join(t.lower for t in tokens[span[0] : span[1]])} "
    return any(f" {phrase} " in words for phrase in rules("statistics")["as_witnesses"][lang])


def _counts_one_of(counted: Measure, nouns: list[str], lang: str) -> bool:
    """Is the counted object one of `nouns` (ru: the lemma; kk: the stem, whole or with an ending)?"""
    head = counted.object.split()[-1].replace("ё", "е") if counted.object else ""
    return head in nouns if lang == "ru" else any(head.startswith(noun) for noun in nouns)


def opens_with_group_befallen(tokens: list[Token], sentence: Sentence, figure: Figure, lang: str) -> bool:
    """Does a Kazakh sentence open with a group named by what befell it, in the genitive ("Жазаланғандардың басым
    бөлігі – …, 9-ы – …", "Сотталғандардың …"), of which the figure, a number standing alone, is a part?"""
    if lang != "kk" or not figure.mention.possessive:
        return False
    first = tokens[sentence.start].lower
    endings = rules("units")["kk_participle_plurals"]
    return first.endswith(tuple(f"{e}{g}" for e in endings for g in ("дың", "дің")))
