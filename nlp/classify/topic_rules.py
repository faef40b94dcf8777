"""Rules over the topic model's choice for a relevant article (data/rules/topic.yaml).

The topic model reads n-grams, so a report that lists bribes and thefts as its examples reads like a bribery or
embezzlement story, and bonuses paid without grounds and then returned read like asset recovery. What the headline
and the lead name settles such articles: a count of corruption crimes as a whole or a digest of a period's work makes
the article a report (SCHEMA.md's `policy`), unjustified bonuses from the budget or a purchase the officials overpaid
are waste of public funds (`embezzlement`), and the offence a person is detained, charged or convicted for is the
article's topic when no other is named beside it. A few facts decide wherever the text tells them (a fraud charge
brought, money taken for a patronage): a rule's `whole_text` reads them there; a few only where the headline tells
them (a return as the subject): a rule's `headline_only`. The rules never touch relevance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pokazatel.nlp.classify.subject import (
    CASE_LEAD_SENTENCES,
    LEAD_SENTENCES,
    load_disputed_markers,
    load_procedure_markers,
    procedure_headline,
    sentences,
)
from pokazatel.nlp.classify.word_lists import section_entries
from pokazatel.nlp.labels import TOPICS

from pokazatel.resources import data_path, read_yaml

TOPIC_RULES_FILE = data_path("rules", "topic.yaml")


@dataclass(frozen=True)
class TopicRule:
    name: str
    topic: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    whole_text: frozenset[str] = frozenset()  # "patterns", "unless": searched in the headline and whole text
    headline_only: bool = False  # the patterns searched in the headline alone (its `unless` in the lead)

    def applies(self, lead: list[str], text: str = "") -> bool:
        """`lead` is the headline and the lead's sentences, `text` the whole text (read for `whole_text`)."""
        whole = [lead[0] if lead else "", text]
        searched = whole if "patterns" in self.whole_text else lead[:1] if self.headline_only else lead
        found = any(self.pattern.search(piece) for piece in searched)
        return found and not (self.unless and any(self.unless.search(piece) for piece in
                                                  (whole if "unless" in self.whole_text else lead)))


@dataclass(frozen=True)
class TopicRules:
    rules: tuple[TopicRule, ...]
    # subject.yaml's words of a case's procedure and of a rumour or denial: subject.procedure_headline's
    procedure: tuple[str, ...] = ()
    disputed: tuple[str, ...] = ()

    def topic(self, title: str, text: str, predicted: str) -> str:
        """The topic for a relevant article the model gave `predicted`: that of the first rule whose pattern the
        headline or the lead holds (or the whole text, by its `whole_text`), and none of its `unless` patterns, else
        `predicted`. Under a headline of a case's procedure ("арестован", "осуждён") whose lead settles nothing, the
        lead is the first four sentences, as in subject.py: the charge often comes after the event and its source.
        A detention is such a headline here (topic.yaml's `case_headlines`). In those four sentences no rule gives
        `policy`: under one case's headline a period's count further down is the region's background, not a report.
        A question states nothing, so the lead's sentences are counted without it: an interview's first answer, not
        the interviewer's question, is its lead."""
        pieces = [piece for piece in sentences(text) if not _asks(piece)]
        lengths = [LEAD_SENTENCES]
        if procedure_headline(title, self.procedure, self.disputed):
            lengths.append(CASE_LEAD_SENTENCES)
        for length in lengths:
            lead = [title or "", *pieces[:length]]
            ruled = next((rule.topic for rule in self.rules if not (length > LEAD_SENTENCES and rule.topic == "policy")
                          and rule.applies(lead, text)), None)
            if ruled:
                return ruled
        return predicted


def _asks(sentence: str) -> bool:
    return sentence.rstrip(" \t»\"”").endswith("?")


@cache
def load_topic_rules(path: Path = TOPIC_RULES_FILE) -> TopicRules:
    rules, document = [], read_yaml(path) or {}
    for entry in document["rules"]:
        if entry["topic"] not in TOPICS or entry["topic"] == "other":
            raise ValueError(f"{path}: rule {entry['name']!r} gives topic {entry['topic']!r}, not a corruption topic")
        unless, whole_text = entry.get("unless"), frozenset(entry.get("whole_text", ()))
        if whole_text - {"patterns", "unless"}:
            raise ValueError(f"{path}: rule {entry['name']!r}: whole_text takes patterns and unless, not "
                             f"{sorted(whole_text - {'patterns', 'unless'})}")
        rules.append(TopicRule(entry["name"], entry["topic"], _one_pattern(entry["patterns"]),
                               _one_pattern(unless) if unless else None, whole_text,
                               bool(entry.get("headline_only", False))))
    # subject.yaml's steps of a case decide relevance too; a detention is one for the topic alone (topic.yaml's
    # `case_headlines`)
    procedure = load_procedure_markers() + section_entries(document, "case_headlines")
    return TopicRules(tuple(rules), procedure, load_disputed_markers())


def _one_pattern(by_language: dict[str, list[str]]) -> re.Pattern[str]:
    patterns = [pattern for patterns in by_language.values() for pattern in patterns]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
