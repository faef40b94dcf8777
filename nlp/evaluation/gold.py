"""Scores the pipeline on gold articles in the ../shared/gold/SCHEMA.md format."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pokazatel.nlp.labels import EVENTS, TOPICS
from pokazatel.nlp.language import tagged_language

from pokazatel.jsonlines import id_problem

VALUE_TOLERANCE = 0.005  # SCHEMA.md: values match within 0.5%


def prf(true_positive: int, predicted: int, gold: int) -> dict[str, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": true_positive, "predicted": predicted, "gold": gold}


def record_problem(record: Any) -> str | None:
    """What makes a line no gold record (SCHEMA.md's, or labels only as in data/eval/real/), in user words; None for
    one that can be scored. A wrong field type was a traceback in the middle of scoring."""
    if not isinstance(record, dict):
        return "not a JSON object"
    if problem := id_problem(record.get("id")):
        return problem
    where = f"record {record['id']!r}"
    if record.get("lang"):
        try:
            tagged_language(record["lang"])  # as extract refuses it: it was scored as tagged by the Russian pipeline
        except ValueError as error:
            return f"{where}: {error}"
    if record.get("topic") not in TOPICS:  # no system could predict it: a right answer would be counted wrong
        return f"{where} has topic {record.get('topic')!r}, not one of SCHEMA.md's ({', '.join(TOPICS)})"
    if not isinstance(record.get("relevant"), bool):
        return f"{where}: \"relevant\" must be true or false, not {record.get('relevant')!r}"
    if "text" in record and not isinstance(record["text"], str):
        return f"{where}: \"text\" must be a string"
    for field, keys in (("statistics", {"value": (int, float), "unit": str, "event": str}),
                        ("entities", {"label": str, "norm": str})):
        if field == "entities" and field not in record:  # labels only: no entities
            continue
        items = record.get(field)
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            return f"{where}: \"{field}\" must be a list of objects"
        for number, item in enumerate(items, 1):
            for key, kind in keys.items():
                if isinstance(item.get(key), bool) or not isinstance(item.get(key), kind):
                    return (f"{where}: {field} {number}: \"{key}\" must be "
                            f"{'a number' if kind is not str else 'a string'}, not {item.get(key)!r}")
    return None


def _same_figure(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    if gold["event"] != predicted["event"] or gold["unit"] != predicted["unit"]:
        return False
    expected, value = float(gold["value"]), float(predicted["value"])
    return abs(expected - value) <= VALUE_TOLERANCE * max(abs(expected), 1e-9)


def match_statistics(gold: Sequence[Mapping], predicted: Sequence[Mapping]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index); each gold figure matches at most once."""
    used: set[int] = set()
    pairs = []
    for p_index, figure in enumerate(predicted):
        for g_index, expected in enumerate(gold):
            if g_index not in used and _same_figure(expected, figure):
                used.add(g_index)
                pairs.append((g_index, p_index))
                break
    return pairs


def _entity_key(entity: Mapping[str, Any]) -> tuple[str, str]:
    return entity["label"], " ".join(str(entity["norm"]).split()).casefold()


def _macro_f1(gold: list[str], predicted: list[str], labels: Iterable[str]) -> float:
    scores = []
    for label in labels:
        if label not in gold and label not in predicted:
            continue
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        scores.append(prf(tp, predicted.count(label), gold.count(label))["f1"])
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def score(gold_records: Sequence[Mapping], predictions: Mapping[Any, Mapping]) -> dict[str, Any]:
    """Statistics P/R/F1 (overall and per event), object and period accuracy on matched figures,
    entity P/R/F1 on (label, norm) per label, relevance F1 and topic macro-F1."""
    stat_counts = Counter()
    per_event: dict[str, Counter] = {event: Counter() for event in EVENTS}
    matched_object = matched_period = matched = 0
    entity_counts: dict[str, Counter] = {}
    relevance = Counter()
    figures_not_about_corruption = 0
    topics_gold, topics_predicted = [], []
    misses: list[dict] = []
    for gold in gold_records:
        predicted = predictions[gold["id"]]
        pairs = match_statistics(gold["statistics"], predicted["statistics"])
        stat_counts.update(tp=len(pairs), predicted=len(predicted["statistics"]), gold=len(gold["statistics"]))
        for figure in gold["statistics"]:
            per_event[figure["event"]]["gold"] += 1
        for figure in predicted["statistics"]:
            per_event.setdefault(figure["event"], Counter())["predicted"] += 1
        for g_index, p_index in pairs:
            expected, found = gold["statistics"][g_index], predicted["statistics"][p_index]
            per_event[expected["event"]]["tp"] += 1
            matched += 1
            matched_object += (expected.get("object") or "") == (found.get("object") or "")
            matched_period += expected.get("period") == found.get("period")
        gold_matched = {g for g, _ in pairs}
        predicted_matched = {p for _, p in pairs}
        misses += [{"id": gold["id"], "kind": "missed", **f} for i, f in enumerate(gold["statistics"])
                   if i not in gold_matched]
        misses += [{"id": gold["id"], "kind": "spurious", **f} for i, f in enumerate(predicted["statistics"])
                   if i not in predicted_matched]
        gold_entities = Counter(_entity_key(e) for e in gold["entities"])
        predicted_entities = Counter(_entity_key(e) for e in predicted["entities"])
        for (label, _), _count in (gold_entities | predicted_entities).items():
            entity_counts.setdefault(label, Counter())
        for key, count in gold_entities.items():
            entity_counts[key[0]]["gold"] += count
            entity_counts[key[0]]["tp"] += min(count, predicted_entities.get(key, 0))
        for key, count in predicted_entities.items():
            entity_counts[key[0]]["predicted"] += count
        if not gold["relevant"]:
            figures_not_about_corruption += len(predicted["statistics"])
        relevance.update(tp=gold["relevant"] and predicted["relevant"], predicted=bool(predicted["relevant"]),
                         gold=bool(gold["relevant"]))
        topics_gold.append(gold["topic"])
        topics_predicted.append(predicted["topic"])
    entity_total = sum(entity_counts.values(), Counter())
    return {
        "articles": len(gold_records),
        "statistics": prf(stat_counts["tp"], stat_counts["predicted"], stat_counts["gold"]),
        "statistics_by_event": {event: prf(c["tp"], c["predicted"], c["gold"])
                                for event, c in per_event.items() if c["gold"] or c["predicted"]},
        "object_accuracy": round(matched_object / matched, 4) if matched else None,
        "period_accuracy": round(matched_period / matched, 4) if matched else None,
        "entities": prf(entity_total["tp"], entity_total["predicted"], entity_total["gold"]),
        "entities_by_label": {label: prf(c["tp"], c["predicted"], c["gold"])
                              for label, c in sorted(entity_counts.items())},
        "relevance": prf(relevance["tp"], relevance["predicted"], relevance["gold"]),
        "figures_not_about_corruption": figures_not_about_corruption,
        "topic_macro_f1": _macro_f1(topics_gold, topics_predicted, TOPICS),
        "topic_accuracy": round(sum(g == p for g, p in zip(topics_gold, topics_predicted, strict=True))
                                / len(topics_gold), 4) if topics_gold else None,
        "statistics_errors": misses,
    }


def evaluate_gold(gold_records: Sequence[Mapping], batch_size: int = 32) -> dict[str, Any]:
    """Run the pipeline over the gold articles' texts and score it."""
    from pokazatel.nlp.pipeline import analyse

    inputs = [{"id": g["id"], "text": g["text"], "title": g.get("title"), "published": g.get("published"),
               "lang": g.get("lang")} for g in gold_records]  # as extract tags it: the language detected without one
    predictions = {record["id"]: record for record in analyse(inputs, batch_size=batch_size)}
    return score(gold_records, predictions)
