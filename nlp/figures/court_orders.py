"""A court's order to pay back the sum a case did ("Суд взыскал с осуждённых 412,6 млн тенге" after "похищено 412,6
млн тенге") restates that damage: no second figure (data/eval/README.md: a civil claim or a court's order for the same
sum is no second figure). Money actually returned, or an order of another sum, stays a `recovered` figure."""

from __future__ import annotations

import re

from pokazatel.nlp.figures.lexicon import rules

VALUE_TOLERANCE = 0.005  # the scoring rule's: figures this close are the same figure


def orders_back_the_damage(records: list[dict], lang: str) -> list[dict]:
    """The records without a `recovered` amount a court ordered paid whose value is a damage figure's before it."""
    words = rules("statistics")["court_order"][lang]
    ordered = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE)
    kept = []
    for number, record in enumerate(records):
        if record["event"] == "recovered" and ordered.search(record["quote"]) and any(
                before["event"] == "damage" and _same_amount(before, record) for before in records[:number]):
            continue
        kept.append(record)
    return kept


def _same_amount(a: dict, b: dict) -> bool:
    return a["unit"] == b["unit"] and abs(a["value"] - b["value"]) <= VALUE_TOLERANCE * max(abs(a["value"]), 1e-9)
