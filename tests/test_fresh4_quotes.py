"""fresh4 to fresh36, kk_cyrillic2, ru_stream and rel_stream2 to rel_stream7 are evaluation sets: every
quote and entity text must point into its own article."""

import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"
SETS = pytest.mark.parametrize(("name", "size"), [("fresh4", 18), ("fresh5", 14), ("fresh6", 16), ("fresh7", 16),
                                                    ("fresh8", 16), ("fresh9", 16), ("fresh10", 16), ("fresh11", 16),
                                                    ("fresh12", 12), ("fresh13", 16), ("fresh14", 14), ("fresh15", 14),
                                                    ("fresh16", 14),
                                                    ("fresh17", 14), ("fresh18", 14), ("fresh19", 14), ("fresh20", 12),
                                                    ("fresh21", 24),
                                                    ("fresh22", 24),
                                                    ("fresh23", 30),
                                                    ("fresh24", 30),
                                                    ("fresh25", 30),
                                                    ("fresh26", 30),
                                                    ("fresh27", 30),
                                                    ("fresh28", 30),
                                                    ("fresh29", 30),
                                                    ("fresh30", 30),
                                                    ("fresh31", 30),
                                                    ("fresh32", 30),
                                                    ("fresh33", 30),
                                                    ("fresh34", 30),
                                                    ("fresh35", 30),
                                                    ("fresh36", 30),
                                                    ("kk_cyrillic2", 57),
                                                    ("ru_stream", 46), ("rel_stream2", 40), ("rel_stream3", 41),
                                                    ("rel_stream4", 40), ("rel_stream5", 40),
                                                    ("rel_stream6", 40), ("rel_stream7", 40)])


def _records(name: str) -> list[dict]:
    path = EVAL / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@SETS
def test_every_quote_and_entity_text_is_a_substring_of_its_article(name: str, size: int) -> None:
    records = _records(name)
    assert len(records) == size
    for record in records:
        for figure in record["statistics"]:
            assert figure["quote"] in record["text"], (record["id"], figure["quote"])
        for entity in record.get("entities", []):
            assert entity["text"] in record["text"], (record["id"], entity["text"])


@SETS
def test_articles_not_about_corruption_carry_no_figure(name: str, size: int) -> None:
    for record in _records(name):
        if not record["relevant"]:
            assert record["topic"] == "other" and record["statistics"] == [], record["id"]
