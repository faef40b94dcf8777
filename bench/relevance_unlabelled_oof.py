"""Rank the unlabelled dev-bucket real articles by how relevant a model that never saw them finds them: how group E
of data/eval/real/README.md was drawn (issue 11's twenty-first relevance pass).

A weak negative (an unlabelled dev-bucket article naming no prefilter keyword) is in training, so the shipped model's
score of it is in-sample; here it gets the margin of training's own out-of-fold model (the fold that left it out),
mapped to a probability by the out-of-fold Platt calibration, as training computes both. An unlabelled dev-bucket
article that names a keyword is not in training and is scored by the shipped model. Held-out-bucket articles are
never read. Prints one JSON line per article, highest mean probability first.

    nice .venv/bin/python bench/relevance_unlabelled_oof.py --texts ../shared/data/real-news \
        --labels data/eval/real/dev.jsonl --also-labelled data/eval/real/dev_scored2.jsonl --seeds 0 1 2

Five model fits a seed, each 5-15 s.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from pokazatel.nlp.classify.keywords import keyword_features, prefilter_entries
from pokazatel.nlp.classify.linear import LinearClassifier
from pokazatel.nlp.classify.model import MODEL_PATH
from pokazatel.nlp.kk.latin import is_kazakh_latin, to_cyrillic
from pokazatel.nlp.training.classifier import (
    TRAINING_DIR,
    Corpus,
    _out_of_fold,
    _probability,
    calibrate,
    gather_examples,
)
from pokazatel.nlp.training.real_examples import is_heldout

from pokazatel.jsonlines import read_json_lines

FOLDS = 5


def label_ids(paths: list[Path]) -> set[str]:
    ids = set()
    for path in paths:
        ids |= {label["id"] for _, label in read_json_lines(path)}
    return ids


def texts_files(labels: Path) -> list[str]:
    return sorted({label["file"] for _, label in read_json_lines(labels)})


def out_of_fold_probabilities(examples: list[dict], seeds: list[int]) -> np.ndarray:
    """Seeds x examples: each example's out-of-fold relevance probability."""
    corpus = Corpus(examples)
    gold = np.array([e["relevant"] for e in examples])
    origins = np.array([e["origin"] for e in examples])
    rows = []
    for seed in seeds:
        margins, _ = _out_of_fold(corpus, examples, FOLDS, seed)
        rows.append(_probability(margins, calibrate(margins, gold, origins)))
    return np.array(rows)


def unlabelled_keyword_articles(texts: Path, files: list[str], labelled: set[str]) -> list[tuple[str, str, str]]:
    """(id, title, text) of the dev-bucket articles that are unlabelled and name a prefilter keyword, in Cyrillic."""
    entries, found = prefilter_entries(), []
    for name in files:
        for _, article in read_json_lines(texts / name):
            article_id = str(article["id"])
            if article_id in labelled or is_heldout(article_id):
                continue
            title, text = article.get("title") or "", article.get("text") or ""
            if is_kazakh_latin(f"{title}\n{text}"):
                title, text = to_cyrillic(title).text, to_cyrillic(text).text
            if keyword_features(title, text, entries)[0]:
                found.append((article_id, title, text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--labels", type=Path, required=True, help="the training labels (dev.jsonl)")
    parser.add_argument("--also-labelled", type=Path, nargs="*", default=[],
                        help="labelled but not trained on (dev_scored2.jsonl): left out of the ranking")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = parser.parse_args()

    labelled = label_ids([args.labels, *args.also_labelled])
    examples = gather_examples(TRAINING_DIR, args.texts, args.labels)
    probabilities = out_of_fold_probabilities(examples, args.seeds)
    ranked = [{"id": e["id"], "scored_by": "out_of_fold", "mean": float(probabilities[:, row].mean()),
               "by_seed": [round(float(p), 4) for p in probabilities[:, row]]}
              for row, e in enumerate(examples) if e["origin"] == "real-unlabelled" and e["id"] not in labelled]
    keyword_articles = unlabelled_keyword_articles(args.texts, texts_files(args.labels), labelled)
    if keyword_articles:
        model = LinearClassifier.load(MODEL_PATH)
        shipped = model.probabilities([(title, text) for _, title, text in keyword_articles])
        ranked += [{"id": article_id, "scored_by": "shipped", "mean": float(p), "by_seed": []}
                   for (article_id, _, _), p in zip(keyword_articles, shipped, strict=True)]
    for record in sorted(ranked, key=lambda record: -record["mean"]):
        print(json.dumps({**record, "mean": round(record["mean"], 4)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
