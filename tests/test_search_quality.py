"""The search quality measurement (pokazatel.nlp.evaluation.search_quality) on a real database: invented
articles imported and tagged by the pipeline, then scored against a small query set."""

from __future__ import annotations

import json

import pytest
from pokazatel.nlp.evaluation.search_quality import QUERIES, build_database, curated_sets, read_queries, score

ARTICLES = [
    {"id": "t-1", "lang": "ru", "published": "2025-03-01", "title": "В Павлодаре задержан инспектор",
     "text": "Антикоррупционная служба задержала налогового инспектора при получении взятки в размере 3 млн тенге."},
    {"id": "t-2", "lang": "kk", "published": "2025-03-02", "title": "Екі шенеунік қамауға алынды",
     "text": "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі пара алған екі шенеунікті қамауға алды."},
    {"id": "t-3", "lang": "ru", "published": "2025-03-03", "title": "Осуждён бывший аким района",
     "text": "Суд приговорил бывшего акима района к 8 годам лишения свободы за хищение бюджетных средств."},
]
QUERY_SET = [
    {"id": "q1", "kind": "ru_morph", "query": "взяткой", "filters": {}, "must": ["t-1"], "must_not": ["t-3"],
     "also": []},
    {"id": "q2", "kind": "kk_keyboard", "query": "камауга", "filters": {}, "must": ["t-2"], "must_not": [],
     "also": []},
    {"id": "q3", "kind": "ru_morph", "query": "хищениями", "filters": {"lang": "kk"}, "must": ["t-3"],
     "must_not": [], "also": []},
]


def test_scores_recall_precision_and_misses_on_a_built_database(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = build_database(tmp_path / "search.db", [gold])
    scored, summary = score(db, QUERY_SET)
    by_id = {row["id"]: row for row in scored}
    assert by_id["q1"]["recall"] == 1.0 and by_id["q1"]["precision"] == 1.0 and by_id["q1"]["wrong"] == []
    assert by_id["q2"]["recall"] == 1.0
    assert by_id["q3"]["recall"] == 0.0 and by_id["q3"]["missed_unmatched"] == ["t-3"], "a filter that excludes it"
    assert by_id["q3"]["precision"] is None
    assert summary["ru_morph"]["queries"] == 2 and summary["ru_morph"]["recall"] == 0.5
    assert summary["all"]["empty"] == 1


QUERY_SETS = [QUERIES, *(QUERIES.with_name(f"search_queries{number}.jsonl") for number in (2, 3, 4, 5, 6))]


@pytest.mark.parametrize(("path", "size"), list(zip(QUERY_SETS, [72, 40, 40, 13, 20, 30], strict=True)))
def test_the_shipped_query_sets_are_well_formed(path, size):
    queries = read_queries(path)
    assert len(queries) == size
    assert len({q["id"] for q in queries}) == len(queries)
    for query in queries:
        assert bool(query["must"]) == (query["kind"] != "nothing"), query["id"]  # or it must find nothing
        assert not set(query["must"]) & set(query["must_not"]), query["id"]
        assert not set(query["must"]) & set(query["also"]), query["id"]
        assert set(query["filters"]) <= {"entity", "event", "min_value", "unit", "period", "lang", "date_from",
                                         "date_to"}, query["id"]


def test_the_queries_name_only_articles_of_the_sets_they_were_judged_on():
    """A set added to data/eval after the judging stays out of the search database (its articles would crowd the
    first ten unjudged); every id a query names is in a judged set."""
    ids = {json.loads(line)["id"] for path in curated_sets() for line in path.read_text(encoding="utf-8").splitlines()}
    for path in QUERY_SETS:
        for query in read_queries(path):
            assert set(query["must"]) | set(query["must_not"]) | set(query["also"]) <= ids, query["id"]
