"""fresh4 is an evaluation set: every quote and entity text must point into its own article."""

import json
from pathlib import Path

FRESH4 = Path(__file__).resolve().parent.parent / "data" / "eval" / "fresh4.jsonl"


def _records() -> list[dict]:
    return [json.loads(line) for line in FRESH4.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_quote_and_entity_text_is_a_substring_of_its_article() -> None:
    records = _records()
    assert len(records) >= 16
    for record in records:
        for figure in record["statistics"]:
            assert figure["quote"] in record["text"], (record["id"], figure["quote"])
        for entity in record["entities"]:
            assert entity["text"] in record["text"], (record["id"], entity["text"])


def test_articles_not_about_corruption_carry_no_figure() -> None:
    for record in _records():
        if not record["relevant"]:
            assert record["topic"] == "other" and record["statistics"] == [], record["id"]
