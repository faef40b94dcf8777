"""Scores the pipeline on labelled articles whose texts live elsewhere (data/eval/real/: labels only).

A label record is `{"id", "file"?, "relevant", "topic", "statistics": [{value, unit, event, ...}]}`; its title,
text and language are read from the folder of JSON-lines articles given on the command line, so texts without
a licence never enter the repository. Scores: relevance P/R/F1, the figures reported from articles that are not
about corruption (the noise a reader of the database would see), figure P/R/F1 (event + unit + value, as
SCHEMA.md matches them) and topic accuracy on the articles both sides call relevant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pokazatel.nlp.evaluation.gold import match_statistics, prf

from pokazatel.jsonlines import JsonLinesError, read_json_lines

NOISE_PER = 400  # "figures from articles not about corruption" are also given per this many articles


class LabelError(ValueError):
    """A label names an article the texts folder does not hold, or a texts file is not JSON lines."""


def _read_articles(path: Path) -> dict[str, dict]:
    try:
        return {str(article["id"]): article for _, article in read_json_lines(path)
                if isinstance(article, dict) and "id" in article}
    except JsonLinesError as error:
        raise LabelError(str(error)) from None


def join_texts(labels: Sequence[Mapping[str, Any]], texts_dir: Path) -> list[dict]:
    """Each label completed with title, text, published and lang of its article in texts_dir/*.jsonl
    (the label's `file` names the file; without it every file is searched)."""
    texts_dir = Path(texts_dir)
    if not texts_dir.is_dir():
        raise LabelError(f"no texts folder at {texts_dir}")
    by_file: dict[str, dict[str, dict]] = {}

    def articles_in(name: str) -> dict[str, dict]:
        if name not in by_file:
            path = texts_dir / name
            if not path.is_file():
                raise LabelError(f"no texts file {path}")
            by_file[name] = _read_articles(path)
        return by_file[name]

    joined = []
    for label in labels:
        names = [label["file"]] if label.get("file") else sorted(p.name for p in texts_dir.glob("*.jsonl"))
        article = next((found for name in names if (found := articles_in(name).get(str(label["id"])))), None)
        if article is None:
            where = texts_dir / names[0] if len(names) == 1 else texts_dir
            raise LabelError(f"article {label['id']} is not in {where}")
        joined.append({**label, "title": article.get("title") or "", "text": article.get("text") or "",
                       "published": article.get("published"), "lang": article.get("lang")})
    return joined


def score_labelled(labels: Sequence[Mapping[str, Any]], predictions: Mapping[Any, Mapping]) -> dict[str, Any]:
    """Relevance, figures from articles not about corruption, figures and topic, for labels without entities."""
    relevance_tp = predicted_relevant = gold_relevant = 0
    figures_tp = figures_predicted = figures_gold = 0
    noise = topic_hits = topic_pairs = failed = 0
    errors: list[dict] = []
    for label in labels:
        predicted = predictions[label["id"]]
        failed += "error" in predicted  # an article the pipeline could not tag counts as called not relevant
        relevance_tp += bool(label["relevant"] and predicted.get("relevant"))
        predicted_relevant += bool(predicted.get("relevant"))
        gold_relevant += bool(label["relevant"])
        figures = predicted.get("statistics") or []
        gold_figures = label.get("statistics") or []
        if not label["relevant"]:
            noise += len(figures)
        pairs = match_statistics(gold_figures, figures)
        figures_tp += len(pairs)
        figures_predicted += len(figures)
        figures_gold += len(gold_figures)
        matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
        errors += [{"id": label["id"], "kind": "missed", **f} for i, f in enumerate(gold_figures)
                   if i not in matched_gold]
        errors += [{"id": label["id"], "kind": "spurious", **f} for i, f in enumerate(figures)
                   if i not in matched_predicted]
        if label["relevant"] and predicted.get("relevant"):
            topic_pairs += 1
            topic_hits += label["topic"] == predicted["topic"]
    articles = len(labels)
    return {
        "articles": articles,
        "failed": failed,
        "relevance": prf(relevance_tp, predicted_relevant, gold_relevant),
        "figures_not_about_corruption": noise,
        "figures_not_about_corruption_per_400": round(noise * NOISE_PER / articles, 1) if articles else 0.0,
        "statistics": prf(figures_tp, figures_predicted, figures_gold),
        "topic_accuracy_on_relevant": round(topic_hits / topic_pairs, 4) if topic_pairs else None,
        "statistics_errors": errors,
    }


def evaluate_labelled(records: Sequence[Mapping[str, Any]], batch_size: int = 32) -> dict[str, Any]:
    """Run the pipeline over joined records (see join_texts) and score them."""
    from pokazatel.nlp.pipeline import analyse

    inputs = [{"id": r["id"], "text": r["text"], "title": r.get("title"), "published": r.get("published"),
               "lang": r.get("lang")} for r in records]
    predictions = {record["id"]: record for record in analyse(inputs, batch_size=batch_size)}
    return score_labelled(records, predictions)

