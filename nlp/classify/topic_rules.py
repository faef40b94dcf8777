"""Rules over the topic model's choice for a relevant article (data/rules/topic.yaml).

The topic model reads n-grams, so a report that counts corruption crimes as a whole and lists bribes and thefts as
its examples reads like a bribery or embezzlement story; SCHEMA.md makes a statistics summary `policy`. A count of
corruption crimes in the headline or the lead says the article is such a summary. The rules never touch relevance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pokazatel.nlp.classify.subject import LEAD_SENTENCES, sentences

from pokazatel.resources import data_path, read_yaml

TOPIC_RULES_FILE = data_path("rules", "topic.yaml")


@dataclass(frozen=True)
class TopicRules:
    summary_topic: str
    summary_counts: re.Pattern[str]

    def topic(self, title: str, text: str, predicted: str) -> str:
        """The topic for a relevant article the model gave `predicted`: the summary topic when the headline or
        the lead counts corruption crimes as a whole."""
        lead = [title or "", *sentences(text)[:LEAD_SENTENCES]]
        return self.summary_topic if any(self.summary_counts.search(piece) for piece in lead) else predicted


@cache
def load_topic_rules(path: Path = TOPIC_RULES_FILE) -> TopicRules:
    summary = (read_yaml(path) or {})["statistics_summary"]
    patterns = [pattern for by_language in summary["counts"].values() for pattern in by_language]
    return TopicRules(summary["topic"], re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
