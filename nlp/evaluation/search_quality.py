"""Does search find what a journalist means? Scores `pokazatel.store.search.search` on a query set
(data/eval/search/search_queries.jsonl; a folder of its own, as data/eval/*.jsonl are SCHEMA.md sets)
over a database built from the curated sets' own texts.

Each query names the articles it must find (`must`, judged by reading), those it must not (`must_not`),
and those a result may fairly be (`also`: other forms or relatives of the word). Recall is over
`must`, searching as a journalist does (only the articles judged about corruption); precision is
over the first 10 results, a result counting when it is in `must` or `also`.

    .venv/bin/python -m pokazatel.nlp.evaluation.search_quality [--db PATH] [--misses] [--queries FILE]

(the second set: --queries data/eval/search/search_queries2.jsonl) builds the database in a temporary folder
(import, then process: a minute) unless --db names one built before, and prints the figures by kind of query.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from pokazatel.resources import data_path

QUERIES = data_path("eval", "search", "search_queries.jsonl")
URL_PREFIX = "urn:pokazatel:search-eval:"
TOP = 10
RESULTS = 1_000  # more than any query's must-find list


def curated_sets() -> list[Path]:
    """The sets whose texts the query sets were judged on (judged_sets.txt): the shared dev set and those of
    data/eval's SCHEMA.md sets that were there then. A set added later would enter the results unjudged."""
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "dev.jsonl"
    names = data_path("eval", "search", "judged_sets.txt").read_text(encoding="utf-8").split()
    sets = [data_path("eval", name) for name in names]
    return [shared, *sets] if shared.is_file() else sets


def build_database(path: Path, sets: Iterable[Path]) -> sqlite_utils.Database:
    """Store every article of `sets` under its set id and tag them as `pokazatel process` does."""
    from pokazatel.flows.process import process_articles
    from pokazatel.store.db import open_db
    from pokazatel.store.load import save_articles

    articles = []
    for gold in sets:
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            articles.append({"url": URL_PREFIX + record["id"], "source": "eval", "title": record["title"],
                             "text": record["text"], "lang": record.get("lang"),
                             "published_at": record.get("published")})
    db = open_db(path)
    save_articles(db, articles)
    process_articles(db, workers=1)
    return db


def read_queries(path: Path = QUERIES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_query(db: sqlite_utils.Database, query: dict, set_ids: dict[int, str]) -> dict:
    """The query's results against its judgement: recall of `must`, precision of the first TOP, the
    `must_not` found, and why each missed article was missed."""
    from pokazatel.store.search import search

    found = [set_ids.get(row["id"]) for row in search(db, query["query"], limit=RESULTS, **query["filters"])]
    must, fair = set(query["must"]), set(query["must"]) | set(query.get("also", ()))
    top = found[:TOP]
    missed = sorted(must - set(found))
    relevant = _judged_relevant(db, missed)
    return {"id": query["id"], "kind": query["kind"], "recall": len(must & set(found)) / len(must) if must else None,
            "precision": sum(i in fair for i in top) / len(top) if top else None,
            "wrong": sorted(set(query.get("must_not", ())) & set(found)),
            "missed_unmatched": [i for i in missed if relevant.get(i)],
            "missed_judged_irrelevant": [i for i in missed if not relevant.get(i)]}


def _judged_relevant(db: sqlite_utils.Database, set_ids: list[str]) -> dict[str, bool]:
    if not set_ids:
        return {}
    rows = db.execute(
        "SELECT a.url, c.relevant FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
        f" WHERE a.url IN ({', '.join('?' * len(set_ids))})", [URL_PREFIX + i for i in set_ids]).fetchall()
    return {url.removeprefix(URL_PREFIX): bool(relevant) for url, relevant in rows}


def score(db: sqlite_utils.Database, queries: list[dict]) -> tuple[list[dict], dict[str, dict]]:
    """Each query's scores and their means by kind (and "all"): recall, precision, queries finding a
    must-not article."""
    set_ids = {row[0]: row[1].removeprefix(URL_PREFIX) for row in db.execute(
        "SELECT id, url FROM articles WHERE url LIKE ?", [URL_PREFIX + "%"])}
    scored = [score_query(db, query, set_ids) for query in queries]
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in scored:
        groups[row["kind"]].append(row)
        groups["all"].append(row)
    summary = {}
    for kind, rows in groups.items():
        recalls = [r["recall"] for r in rows if r["recall"] is not None]
        precisions = [r["precision"] for r in rows if r["precision"] is not None]
        summary[kind] = {"queries": len(rows),
                         "recall": sum(recalls) / len(recalls) if recalls else None,
                         "precision": sum(precisions) / len(precisions) if precisions else None,
                         "wrong": sum(bool(r["wrong"]) for r in rows),
                         "empty": sum(r["precision"] is None for r in rows)}
    return scored, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a database built before by this script (default: build one)")
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--misses", action="store_true", help="list each query's missed and wrong articles")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="search-quality-") as folder:
        if args.db and args.db.exists():
            from pokazatel.store.db import open_db

            db = open_db(args.db)
        else:
            db = build_database(args.db or Path(folder) / "search.db", curated_sets())
        scored, summary = score(db, read_queries(args.queries))
    print(f"{'kind':<14}{'queries':>8}{'recall':>8}{'P@10':>8}{'empty':>7}{'wrong':>7}")
    for kind in sorted(summary, key=lambda k: (k == "all", k)):
        s = summary[kind]
        print(f"{kind:<14}{s['queries']:>8}{_figure(s['recall']):>8}{_figure(s['precision']):>8}"
              f"{s['empty']:>7}{s['wrong']:>7}")
    if args.misses:
        for row in scored:
            if row["missed_unmatched"] or row["missed_judged_irrelevant"] or row["wrong"]:
                print(row["id"], f"recall {_figure(row['recall'])} P@10 {_figure(row['precision'])}",
                      "unmatched:", " ".join(row["missed_unmatched"]) or "-",
                      "| judged irrelevant:", len(row["missed_judged_irrelevant"]),
                      "| wrong:", " ".join(row["wrong"]) or "-")
    return 0


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
