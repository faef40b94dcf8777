"""Things a clause says work still goes on in ("работа по установлению активов продолжается в 14 иностранных
государствах", "активтерді іздеу жұмысы 11 елде жалғасып жатқанын") are the state of the work now, counted over no
reported span: no period. Phrases: data/rules/periods.yaml `ongoing`."""

from __future__ import annotations

import re

from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token


def tells_ongoing_work(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause hold a phrase of work still going on (matched at the start of a word)?"""
    lowered = " ".join(t.lower for t in tokens[clause[0] : clause[1]])
    return any(re.search(rf"(?<!\w){re.escape(phrase)}", lowered) for phrase in rules("periods")["ongoing"][lang])
