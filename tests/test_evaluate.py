"""The SCHEMA.md scoring rules, on hand-made gold and predictions."""

from pokazatel.nlp.evaluation.gold import match_statistics, score


def figure(value, event="convicted", unit="person", **extra):
    return {"value": value, "event": event, "unit": unit, "object": "", "period": None, "quote": "", **extra}


def article(id_, statistics, relevant=True, topic="bribery", entities=()):
    return {"id": id_, "relevant": relevant, "topic": topic, "statistics": statistics, "entities": list(entities)}


def test_values_match_within_half_a_percent_and_each_gold_only_once():
    gold = [figure(1_000_000, "damage", "KZT")]
    assert match_statistics(gold, [figure(1_004_000, "damage", "KZT")]) == [(0, 0)]
    assert match_statistics(gold, [figure(1_006_000, "damage", "KZT")]) == []
    assert match_statistics(gold, [figure(1_000_000, "damage", "KZT")] * 2) == [(0, 0)]
    assert match_statistics(gold, [figure(1_000_000, "recovered", "KZT")]) == []


def test_scores_count_over_all_articles_with_per_event_breakdown():
    gold = [article("a", [figure(2), figure(142, "disciplined")]), article("b", [], relevant=False, topic="other")]
    predicted = {"a": article("a", [figure(2), figure(5, "dismissed")]),
                 "b": article("b", [figure(3, "detained")], relevant=True, topic="bribery")}
    scores = score(gold, predicted)
    assert scores["statistics"]["tp"] == 1 and scores["statistics"]["predicted"] == 3
    assert scores["statistics"]["gold"] == 2
    assert scores["statistics"]["precision"] == round(1 / 3, 4) and scores["statistics"]["recall"] == 0.5
    assert scores["statistics_by_event"]["convicted"]["f1"] == 1.0
    assert scores["statistics_by_event"]["disciplined"]["recall"] == 0.0
    assert scores["relevance"]["precision"] == 0.5 and scores["relevance"]["recall"] == 1.0
    assert {e["kind"] for e in scores["statistics_errors"]} == {"missed", "spurious"}


def test_entities_match_on_label_and_case_insensitive_norm():
    gold = [article("a", [], entities=[{"label": "PER", "norm": "Олжас Бектенов"},
                                       {"label": "ORG", "norm": "Антикоррупционная служба"}])]
    predicted = {"a": article("a", [], entities=[{"label": "PER", "norm": "олжас бектенов"},
                                                 {"label": "LOC", "norm": "Антикоррупционная служба"}])}
    scores = score(gold, predicted)
    assert scores["entities_by_label"]["PER"]["f1"] == 1.0
    assert scores["entities_by_label"]["ORG"]["recall"] == 0.0
    assert scores["entities"]["tp"] == 1


def test_topic_macro_f1_averages_over_labels_seen():
    gold = [article("a", [], topic="bribery"), article("b", [], topic="fraud")]
    predicted = {"a": article("a", [], topic="bribery"), "b": article("b", [], topic="bribery")}
    assert score(gold, predicted)["topic_macro_f1"] == round((2 / 3 + 0) / 2, 4)
