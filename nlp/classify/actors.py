"""Sentence-level evidence for the classifier: how many sentences say that a public actor took part in a
corruption act, or that public money was stolen or obtained by deceit, and how many say that a private party's
money was stolen (SCHEMA.md's ordinary crime).

The n-gram and keyword features count words anywhere in the text. A story about corruption puts the act and
its public side in one sentence ("аким района получил взятку", "под предлогом получения государственных
субсидий обманул 88 жителей"); a rule that mentions bribes beside the police, or a charity head who embezzled
donations, rarely does. These features generalise across outlets where the n-grams learnt one outlet's words.
The word lists are data/rules/actors.yaml; the model file keeps those it was trained with. A sentence with a
posing marker (subject.py: a scammer posing as an official) or a rumour or denial marker (linear.evidence passes both
as `posing`) counts for neither pair. The third count, a theft
or fraud word beside a private party (a firm, a bank, a charity, donors) with no public money in the sentence,
tells a private accountant's or a charity head's embezzlement, which an official may comment on in the same
sentence, from the theft of public money; buyers or shareholders of a housing project deceived and a sale or a scam
online (`private_dealings`: "обманул 40 дольщиков", "үлескерлерді алдаған", "интернет-алаяқтар") are such a party
only in a sentence that names no actor, public service or programme, so an akimat clerk who takes buyers' money for a
flat in the state queue stays an official's act and a firm selling a place in a state housing programme the sale of
one. The fourth, a promise beside a public service or body ("обещал устроить в детский сад вне очереди", "тұрғын
үй кезегін жылжытып беремін деп"), is the sale of an official's decision (мнимое посредничество), which SCHEMA.md
counts as corruption even when the seller poses as an official, so a posing marker does not cancel it.

Two refinements of the first pair: an act named in a sentence that also counts as private theft is the private
party's (a minister who comments on a charity head's embezzlement is no actor of it), and a sentence whose act has
no actor but a subject pronoun ("Они вымогали…", "Ол … талап етіп") takes the actor of the sentence before it. Words
that look like acts but are not (`not_acts`: "присвоение имени", "для предотвращения злоупотреблений") are blanked
out before acts and fraud words are looked for, and so is a finding of no offence ("Фактов нецелевого использования
бюджетных средств не установлено": negated_findings.py); the police named as the one who detains ("Полицейские задержали
четверых мужчин, которые вымогали…") is no actor. A comma-delimited part that tells taxes a business did not pay
("не уплатил в бюджет", "уклонился от уплаты налогов", "бюджетке 80 млн теңге салық төлемеген": `unpaid_taxes`) names
no public money taken: SCHEMA.md makes a private business's tax evasion `other`, while fraud with VAT refunds or
subsidies, money taken out of the budget, stays a pair.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pokazatel.nlp.classify.negated_findings import FindingWords, blank_parts
from pokazatel.nlp.classify.subject import sentence_pieces, stems_pattern
from pokazatel.nlp.classify.word_lists import WordLists

from pokazatel.resources import data_path, read_yaml

ACTORS_FILE = data_path("rules", "actors.yaml")
ACTOR_FEATURES = ("actors:act_by_official_sentences", "actors:public_money_fraud_sentences",
                  "actors:private_theft_sentences", "actors:promised_decision_sentences")


@dataclass(frozen=True)
class ActorLexicon(WordLists):
    acts: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    public_money: tuple[str, ...] = ()
    fraud: tuple[str, ...] = ()
    private: tuple[str, ...] = ()
    private_dealings: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    promise: tuple[str, ...] = ()
    public_service: tuple[str, ...] = ()
    not_acts: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    catchers: tuple[str, ...] = ()
    catching: tuple[str, ...] = ()
    caught_by: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    not_found: tuple[str, ...] = ()
    not_found_stems: tuple[str, ...] = ()
    unpaid_taxes: tuple[str, ...] = ()

    @property
    def finding_words(self) -> FindingWords:
        return FindingWords(self.findings, self.not_found, self.not_found_stems)


NO_ACTOR_LEXICON = ActorLexicon()  # every actor feature 0.0


def load_actor_lexicon(path: Path = ACTORS_FILE) -> ActorLexicon:
    """The word lists of actors.yaml, Russian then Kazakh entries, in file order."""
    return ActorLexicon.from_sections(read_yaml(path) or {})


def actor_features(title: str, text: str, lexicon: ActorLexicon, posing: tuple[str, ...] = ()) -> list[float]:
    """In ACTOR_FEATURES order: log(1 + sentences, headline included, that hold an act and an actor (or a subject
    pronoun after a sentence that names one), and are no private theft), log(1 +
    sentences that hold public money and a fraud word), log(1 + sentences that hold a fraud word and a private
    party but no public money), log(1 + sentences that hold a promise and a public service or body). (A flag
    for a pair in the headline or the lead was tried: the written examples all have one there, so it took a
    large weight and lifted real private-crime stories that an official comments on.)"""
    acts, actors = stems_pattern(lexicon.acts), stems_pattern(lexicon.actors)
    money, fraud, poses = stems_pattern(lexicon.public_money), stems_pattern(lexicon.fraud), stems_pattern(posing)
    private, promise = stems_pattern(lexicon.private), stems_pattern(lexicon.promise)
    dealings, programmes = stems_pattern(lexicon.private_dealings), stems_pattern(lexicon.programmes)
    public_service, not_acts = stems_pattern(lexicon.public_service), stems_pattern(lexicon.not_acts)
    pronoun, catchers = whole_words_pattern(lexicon.pronouns), whole_words_pattern(lexicon.catchers)
    catching, caught_by = stems_pattern(lexicon.catching), stems_pattern(lexicon.caught_by)
    pieces = [title or "", *sentence_pieces(text)]
    has_act = [bool(acts.search(piece)) for piece in pieces]
    # the fraud word first: it is the rarer half, so public money and a private party are looked for only then
    has_fraud = [bool(fraud.search(piece)) for piece in pieces]
    for i, piece in enumerate(pieces):  # look-alikes are blanked out only where an act or a fraud word was found
        if has_act[i] or has_fraud[i]:
            cleaned = lexicon.finding_words.blank(not_acts.sub(" ", piece))
            if cleaned != piece:
                has_act[i], has_fraud[i] = bool(acts.search(cleaned)), bool(fraud.search(cleaned))
    unpaid_taxes = stems_pattern(lexicon.unpaid_taxes).search
    has_money = [with_fraud and bool(money.search(blank_parts(piece, unpaid_taxes)))
                 for piece, with_fraud in zip(pieces, has_fraud, strict=True)]
    # whether a piece poses or disputes matters only beside an act or public money: looked for only there
    honest = [(act or with_money) and not poses.search(piece)
              for piece, act, with_money in zip(pieces, has_act, has_money, strict=True)]
    money_fraud = [ok and with_money for ok, with_money in zip(honest, has_money, strict=True)]

    def names_actor(i: int) -> bool:
        piece = pieces[i]
        if caught_by.search(piece):  # "задержан сотрудниками…": whoever did the detaining
            piece = caught_by.sub(" ", piece)
        if not (catchers.search(piece) and catching.search(piece)):
            return bool(actors.search(piece))
        # the police who detain someone else: an actor counts unless a catcher holds all of it, so the longer
        # "полиция қызметкерін" (the officer detained) still counts where "полиция" alone would not
        held = [found.span() for found in catchers.finditer(piece)]
        return any(not any(start <= found.start() and found.end() <= end for start, end in held)
                   for found in actors.finditer(piece))

    def private_dealing(i: int) -> bool:
        """Buyers, shareholders or an online sale deceived with no actor, public service or programme beside them: an
        akimat clerk who takes buyers' money, or a firm that sells a place in a state programme, is corruption; a firm
        or a bank (`private`) is a private party even beside an official who comments."""
        piece = pieces[i]
        return (bool(dealings.search(piece)) and not names_actor(i) and not public_service.search(piece)
                and not programmes.search(piece))

    private_theft = [has_fraud[i] and not has_money[i]
                     and (bool(private.search(pieces[i])) or private_dealing(i)) for i in range(len(pieces))]
    act_by_official = [
        honest[i] and has_act[i] and not private_theft[i]
        and (names_actor(i) or (i > 0 and bool(pronoun.search(pieces[i])) and names_actor(i - 1)))
        for i in range(len(pieces))]
    promised_decision = [bool(promise.search(piece)) and bool(public_service.search(piece)) for piece in pieces]
    return [math.log1p(sum(act_by_official)), math.log1p(sum(money_fraud)), math.log1p(sum(private_theft)),
            math.log1p(sum(promised_decision))]


@cache
def whole_words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of `words` as a whole word, case-insensitive."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in words)})(?!\w)", re.IGNORECASE)
