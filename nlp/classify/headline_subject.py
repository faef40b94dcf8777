"""Whether the headline makes corruption itself the article's subject.

SCHEMA.md judges the main subject on title and body. A report whose headline names corruption, a bribe or the fight
against it ("Депутаты: коррупционные риски в госзакупках остаются высокими", "Сыбайлас жемқорлыққа қарсы күрес
күшейтіледі") may tell the rest in the words of its field (procurement, prices, collusion) and repeat no corruption
word: the body's keyword counts alone then carry it. The flag is that headline's evidence, given where the body names
corruption in at most a quarter of its sentences (subject.py's share; the passing-mention bound): where the body tells
it at length its own evidence suffices, and a flag on every such article took weight from the stories whose headline
names no corruption (a general's detention, out of fold the lowest relevant real articles fell further). Its words
(data/rules/headline_subject.yaml) name corruption itself and no more than that: a headline of procurement or of a
theft heads plans and private crimes as well. A headline in which a swindler poses as Antikor, a rumour is denied, or a
foreign scandal is the backdrop of a market (subject.yaml's posing, disputed and `plain` lists, as subject.py reads
them) makes none of them its subject.
"""

from __future__ import annotations

from pathlib import Path

from pokazatel.nlp.classify.subject import (
    PASSING_SHARE,
    PlainMentionLexicon,
    foreign_backdrop,
    procedure_headline,
    stems_pattern,
)
from pokazatel.nlp.classify.word_lists import section_entries

from pokazatel.resources import data_path, read_yaml

HEADLINE_FILE = data_path("rules", "headline_subject.yaml")
HEADLINE_FEATURES = ("headline:names_corruption",)


def load_headline_words(path: Path = HEADLINE_FILE) -> tuple[str, ...]:
    """The words of a headline about corruption itself, Russian then Kazakh, in file order."""
    return section_entries(read_yaml(path) or {}, "subject")


def headline_features(title: str, body_share: float, words: tuple[str, ...], dishonest: tuple[str, ...],
                      procedure: tuple[str, ...], plain: PlainMentionLexicon) -> list[float]:
    """In HEADLINE_FEATURES order: 1.0 when the headline names one of `words` and no posing or disputed marker
    (`dishonest`), is no foreign scandal told as a market's backdrop (unless it reports a step of a case), and the
    body's share of sentences about corruption (`body_share`, subject.py's) is at most PASSING_SHARE; else 0.0."""
    title = title or ""
    if (body_share > PASSING_SHARE or not stems_pattern(words).search(title)
            or stems_pattern(dishonest).search(title)):
        return [0.0]
    abroad = foreign_backdrop(title, plain) and not procedure_headline(title, procedure, dishonest)
    return [float(not abroad)]
