"""The fact-merging evaluator (pokazatel.nlp.evaluation.fact_quality): its scores on hand-made gold, and the
real path (import and process with the command line, then the stored facts and `stats`) on a tiny set."""

from __future__ import annotations

import json

from pokazatel.nlp.evaluation import fact_quality


def record(article_id: str, text: str, *figures: tuple, lang: str = "ru", published: str = "2024-05-06",
           source: str = "tengrinews") -> dict:
    return {"id": article_id, "lang": lang, "source": source, "published": published, "title": "Задержан чиновник",
            "text": text, "figures": [{"quote": quote, "event": event, "unit": unit, "value": value, "scope": scope,
                                       "area": area, "fact": fact}
                                      for quote, event, unit, value, scope, area, fact in figures]}


ONE = record("t-1", "x", ("5 млн", "bribe", "KZT", 5e6, "case", "Алматы", "a"))
TWO = record("t-2", "x", ("5 млн", "bribe", "KZT", 5e6, "case", "Алматы", "a"))
THREE = record("t-3", "x", ("5 млн", "bribe", "KZT", 5e6, "case", "Алматы", "b"))


def test_pairs_count_a_merge_of_two_cases_against_precision_and_a_split_story_against_recall():
    merged_all = {("t-1", 0): {"fact": 1, "story": "s"}, ("t-2", 0): {"fact": 1, "story": "s"},
                  ("t-3", 0): {"fact": 1, "story": "s"}}
    score = fact_quality.pair_scores([ONE, TWO, THREE], merged_all, "fact")["all"]
    assert (score["precision"], score["recall"], score["pairs_expected"]) == (0.333, 1.0, 1)
    split = {("t-1", 0): {"fact": 1, "story": "s"}, ("t-2", 0): {"fact": 2, "story": "s"},
             ("t-3", 0): {"fact": 3, "story": "u"}}
    assert fact_quality.pair_scores([ONE, TWO, THREE], split, "fact")["all"]["recall"] == 0.0
    assert fact_quality.pair_scores([ONE, TWO, THREE], split, "story")["all"]["f1"] == 1.0
    missing = {("t-1", 0): {"fact": 1, "story": "s"}, ("t-3", 0): {"fact": 3, "story": "u"}}
    scores = fact_quality.pair_scores([ONE, TWO, THREE], missing, "fact")
    assert scores["all"]["recall"] == 0.0 and scores["found"]["pairs_expected"] == 0


def test_gold_totals_add_one_level_as_stats_does():
    regional = record("t-4", "x", ("9 млн", "bribe", "KZT", 9e6, "total", "Жамбылская область", "w"))
    inside = record("t-5", "x", ("2 млн", "bribe", "KZT", 2e6, "case", "Жамбылская область", "c"))
    elsewhere = record("t-6", "x", ("1 млн", "bribe", "KZT", 1e6, "case", "Алматы", "d"))
    totals = fact_quality.gold_totals([ONE, TWO, THREE, regional, inside, elsewhere])
    assert totals[("bribe", "KZT")] == {"facts": 5, "sum": 9e6 + 5e6 + 5e6 + 1e6}
    scored = fact_quality.total_scores(totals, {("bribe", "KZT"): {"facts": 5, "sum": 20.2e6},
                                                ("cases", "case"): {"facts": 1, "sum": 1}})
    assert (scored["right"], scored["groups"]) == (1, 2)


STORY = [
    record("m-1", "В Павлодаре задержан руководитель отдела земельных отношений Серик Жумабаев.\n"
                  "По данным Антикора, он получил взятку в размере 4 млн тенге за оформление участка.",
           ("взятку в размере 4 млн тенге", "bribe", "KZT", 4e6, "case", "Павлодарская область", "zhumabaev")),
    record("m-2", "Павлодарда жер қатынастары бөлімінің басшысы Серік Жұмабаев ұсталды.\n"
                  "Ол жер телімін рәсімдеу үшін 4 млн теңге пара алған.",
           ("4 млн теңге пара", "bribe", "KZT", 4e6, "case", "Павлодарская область", "zhumabaev"),
           lang="kk", published="2024-05-07", source="egemen"),
    record("m-3", "В Актау задержан инспектор Талгат Мукашев.\n"
                  "Он получил взятку в размере 1 млн тенге от предпринимателя.",
           ("взятку в размере 1 млн тенге", "bribe", "KZT", 1e6, "case", "Мангистауская область", "mukashev"),
           published="2024-05-08", source="zakon"),
]


def test_the_real_path_imports_tags_and_scores_a_story_told_in_two_languages(tmp_path):
    stories = tmp_path / "stories.jsonl"
    stories.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in STORY), encoding="utf-8")
    db_path = tmp_path / "facts.db"
    fact_quality.build_database(fact_quality.read_set(stories), db_path)
    result = fact_quality.evaluate(fact_quality.read_set(stories), db_path)
    assert (result["figures"], result["found"], result["facts"]) == (3, 3, 2)
    assert result["same_fact"]["all"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "pairs_expected": 1,
                                          "pairs_predicted": 1, "pairs_right": 1}
    assert (result["totals"]["right"], result["totals"]["groups"]) == (1, 1)
    assert fact_quality.main(["--set", str(stories), "--db", str(db_path), "--errors"]) == 0


def test_the_stories_set_quotes_point_into_their_articles_and_each_fact_has_one_event_and_unit():
    records = fact_quality.read_set()
    assert len(records) == 58 and len({r["id"] for r in records}) == 58
    kinds: dict[str, set] = {}
    for item in records:
        assert item["lang"] in ("ru", "kk") and item["published"] and item["source"]
        for gold in item["figures"]:
            assert gold["quote"] in item["text"], (item["id"], gold["quote"])
            kinds.setdefault(gold["fact"], set()).add((gold["event"], gold["unit"], gold["scope"], gold["area"]))
    assert all(len(kind) == 1 for kind in kinds.values()), kinds
