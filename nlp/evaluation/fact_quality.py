"""Is one reported thing counted once? Scores the merging of figures into facts (pokazatel.store.facts) on
a set of stories told by several outlets (data/eval/facts/stories.jsonl): each article's gold figures name,
by quote, the story fact they belong to.

The real path: the articles are imported into a fresh SQLite database and tagged with the command line
(`pokazatel import`, `pokazatel process`), then the stored facts are read back.

- Pairs: every two gold figures of different articles that belong to one fact should share a stored fact
  (precision, recall and F1 of "same fact"); "same story" counts two facts `stats` counts once (a conflict:
  4,9 million against "about 5 million") as one. A gold figure the pipeline did not extract (event, unit,
  value within 0.5% and its quote's span) breaks its pairs; the figures found are also scored alone.
- Totals: `pokazatel stats --by event,unit --json` against the gold: a group is right when it counts as many
  facts as the gold has and its sum is within TOTAL_TOLERANCE of the gold's, added up by stats' rule (the
  national totals, else the regional totals and the cases of regions no total covers, else the cases).

    .venv/bin/python -m pokazatel.nlp.evaluation.fact_quality [--set FILE] [--db PATH] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import sqlite_utils

from pokazatel.resources import data_path

STORIES = data_path("eval", "facts", "stories.jsonl")
VALUE_TOLERANCE = 0.005  # as SCHEMA.md scores a figure
TOTAL_TOLERANCE = 0.02  # the spread of the rounded values one story is told with ("около 5 млн", "4,9 млн")
NATIONAL = "KZ"


def read_set(path: Path = STORIES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _url(record: dict) -> str:
    return f"urn:pokazatel:import:{record['source']}:{record['id']}"


def _cli(*arguments: str) -> str:
    done = subprocess.run([sys.executable, "-m", "pokazatel", *arguments], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pokazatel {arguments[0]} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def build_database(records: list[dict], db_path: Path) -> None:
    """Import the set's articles (without their gold) into db_path and tag them, as a user would."""
    articles = db_path.with_suffix(".import.jsonl")
    with articles.open("w", encoding="utf-8") as out:
        for record in records:
            article = {key: record[key] for key in ("id", "title", "text", "published", "lang", "source")}
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    _cli("import", str(articles), "--db", str(db_path))
    _cli("process", "--db", str(db_path), "--workers", "1")


def stored_figures(db: sqlite_utils.Database, records: list[dict]) -> dict[tuple[str, int], dict]:
    """For each gold figure (article id, index), the stored figure it was found as, with its fact and
    story; a figure not found is left out."""
    found = {}
    for record in records:
        rows = db.execute(
            "SELECT s.id, s.event, s.unit, s.value, s.start, s.\"end\", f.id, f.story, s.subject"
            " FROM statistics s JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN fact_sources fs ON fs.statistic_id = s.id LEFT JOIN facts f ON f.id = fs.fact_id"
            " WHERE a.url = ?", [_url(record)]).fetchall()
        taken: set[int] = set()
        for index, gold in enumerate(record["figures"]):
            start = record["text"].index(gold["quote"])
            end = start + len(gold["quote"])
            for sid, event, unit, value, s_start, s_end, fact_id, story, subject in rows:
                if (sid not in taken and event == gold["event"] and unit == gold["unit"]
                        and _within(value, gold["value"], VALUE_TOLERANCE)
                        and s_start is not None and s_start < end and s_end > start):
                    taken.add(sid)
                    found[(record["id"], index)] = {"fact": fact_id, "story": story, "subject": subject}
                    break
    return found


def _within(value: float, gold: float, tolerance: float) -> bool:
    return abs(value - gold) <= tolerance * max(abs(gold), 1e-9)


def pair_scores(records: list[dict], found: dict[tuple[str, int], dict], same: str) -> dict:
    """Precision, recall and F1 of "these two figures are one thing" over pairs of gold figures of different
    articles; `same` is "fact" or "story". Scored over every gold figure ("all": one not found breaks its
    pairs) and over those found ("found")."""
    figures = [((record["id"], index), gold["fact"]) for record in records
               for index, gold in enumerate(record["figures"])]
    result = {}
    for name, members in (("all", figures), ("found", [f for f in figures if f[0] in found])):
        true_positive = predicted = expected = 0
        for (first, first_fact), (second, second_fact) in itertools.combinations(members, 2):
            if first[0] == second[0]:
                continue
            gold_same = first_fact == second_fact
            stored = found.get(first), found.get(second)
            predicted_same = None not in stored and stored[0][same] is not None and stored[0][same] == stored[1][same]
            expected += gold_same
            predicted += predicted_same
            true_positive += gold_same and predicted_same
        result[name] = _prf(true_positive, predicted, expected)
    return result


def _prf(true_positive: int, predicted: int, expected: int) -> dict:
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "pairs_expected": expected, "pairs_predicted": predicted, "pairs_right": true_positive}


def gold_totals(records: list[dict]) -> dict[tuple[str, str], dict]:
    """Per (event, unit): the number of gold facts and their sum by stats' rule of one level. A fact's value
    is the one most of its figures give."""
    facts: dict[str, dict] = {}
    for record in records:
        for gold in record["figures"]:
            fact = facts.setdefault(gold["fact"], {"event": gold["event"], "unit": gold["unit"], "scope": gold["scope"],
                                                   "area": gold["area"], "values": Counter()})
            fact["values"][gold["value"]] += 1
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for fact in facts.values():
        groups[(fact["event"], fact["unit"])].append({**fact, "value": fact["values"].most_common(1)[0][0]})
    return {group: {"facts": len(members), "sum": _one_level_sum(members)} for group, members in groups.items()}


def _one_level_sum(facts: list[dict]) -> float:
    national = [f["value"] for f in facts if f["scope"] == "total" and f["area"] == NATIONAL]
    if national:
        return sum(national)
    regional = [f for f in facts if f["scope"] == "total"]
    covered = {f["area"] for f in regional}
    return sum(f["value"] for f in regional) + sum(f["value"] for f in facts
                                                   if f["scope"] == "case" and f["area"] not in covered)


def stored_totals(db_path: Path) -> dict[tuple[str, str], dict]:
    """`pokazatel stats --by event,unit --json`, as a user reads it."""
    printed = _cli("stats", "--by", "event,unit", "--json", "--db", str(db_path))
    rows = [json.loads(line) for line in printed.splitlines() if line.strip()]
    return {(row["event"], row["unit"]): {"facts": row["facts"], "sum": row["sum"]} for row in rows}


def total_scores(expected: dict[tuple[str, str], dict], stored: dict[tuple[str, str], dict]) -> dict:
    groups = sorted(set(expected) | set(stored))
    rows = []
    for group in groups:
        gold, got = expected.get(group), stored.get(group)
        right = (gold is not None and got is not None and gold["facts"] == got["facts"]
                 and got["sum"] is not None and _within(got["sum"], gold["sum"], TOTAL_TOLERANCE))
        rows.append({"event": group[0], "unit": group[1], "right": right, "gold": gold, "stored": got})
    return {"right": sum(row["right"] for row in rows), "groups": len(rows), "rows": rows}


def merge_errors(records: list[dict], found: dict[tuple[str, int], dict], same: str = "fact") -> dict:
    """Gold facts split over several stored facts, stored facts holding several gold facts, figures not found."""
    stored_of: dict[str, set] = defaultdict(set)
    gold_of: dict = defaultdict(set)
    missing = []
    for record in records:
        for index, gold in enumerate(record["figures"]):
            key = (record["id"], index)
            if key not in found:
                missing.append(f"{record['id']} {gold['fact']}: {gold['quote']}")
                continue
            stored_of[gold["fact"]].add(found[key][same])
            gold_of[found[key][same]].add(gold["fact"])
    return {"split": {fact: len(stored) for fact, stored in sorted(stored_of.items()) if len(stored) > 1},
            "merged": sorted(sorted(facts) for stored, facts in gold_of.items()
                             if stored is not None and len(facts) > 1),
            "not_found": missing}


def evaluate(records: list[dict], db_path: Path) -> dict:
    db = sqlite_utils.Database(db_path)
    try:
        found = stored_figures(db, records)
    finally:
        db.close()
    figures = sum(len(record["figures"]) for record in records)
    return {"articles": len(records), "figures": figures, "found": len(found),
            "facts": len({gold["fact"] for record in records for gold in record["figures"]}),
            "same_fact": pair_scores(records, found, "fact"), "same_story": pair_scores(records, found, "story"),
            "totals": total_scores(gold_totals(records), stored_totals(db_path)),
            "errors": merge_errors(records, found)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=STORIES,
                        help="the stories (default: data/eval/facts/stories.jsonl)")
    parser.add_argument("--db", type=Path, help="a database built from the set before (else a temporary one)")
    parser.add_argument("--errors", action="store_true", help="list split and merged facts, figures not found")
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args(argv)
    records = read_set(arguments.set)
    with tempfile.TemporaryDirectory(prefix="pokazatel-facts-") as folder:
        db_path = arguments.db or Path(folder) / "facts.db"
        if not db_path.exists():
            build_database(records, db_path)
        result = evaluate(records, db_path)
    if arguments.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['articles']} articles, {result['figures']} gold figures ({result['found']} found), "
          f"{result['facts']} gold facts")
    for name in ("same_fact", "same_story"):
        for part in ("all", "found"):
            score = result[name][part]
            print(f"{name:10} {part:5} P {score['precision']:.3f} R {score['recall']:.3f} F1 {score['f1']:.3f}"
                  f"  ({score['pairs_right']} right of {score['pairs_predicted']} predicted,"
                  f" {score['pairs_expected']} gold)")
    totals = result["totals"]
    print(f"stats totals right: {totals['right']} of {totals['groups']} (event, unit) groups")
    if arguments.errors:
        for row in totals["rows"]:
            if not row["right"]:
                print(f"  total {row['event']}/{row['unit']}: gold {row['gold']}, stored {row['stored']}")
        errors = result["errors"]
        for fact, parts in errors["split"].items():
            print(f"  split: {fact} in {parts} stored facts")
        for facts in errors["merged"]:
            print(f"  merged: {' + '.join(facts)}")
        for line in errors["not_found"]:
            print(f"  not found: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
