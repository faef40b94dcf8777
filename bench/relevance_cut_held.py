"""Judges a retrained relevance model two ways: at its own threshold, and with another model's margin cut held.

A model calls an article relevant when a * margin + b >= logit(threshold), i.e. when its margin reaches the cut
(logit(threshold) - b) / a. Platt's a and b follow a handful of real articles near the boundary (data/eval/HISTORY.md,
"Twelfth pass"), so a retraining moves the cut as well as the margins; holding the shipped model's cut shows
what the new margins alone do. The classifier is run alone on (title, text), Latin-script Kazakh read in
Cyrillic as the pipeline does, which gives `pokazatel eval`'s relevance figures.

    nice .venv/bin/python bench/relevance_cut_held.py --texts ../shared/data/real-news \
        --baseline data/models/classifier/model.json.gz /tmp/new-model.json.gz [--changes]

Sets: the gold dev set (../shared/gold/dev.jsonl, when there), every data/eval/*.jsonl, the real dev labels
(trained on: optimistic), and the relevant counts of the three whole real files (every article, as `extract`
counts them; no article of theirs is listed). --changes lists, per labelled set, the articles whose decision
differs from the baseline's, with both margins and the cut. --cut holds a given cut instead of the baseline's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from pokazatel.nlp.classify.linear import LinearClassifier
from pokazatel.nlp.classify.model import MODEL_PATH
from pokazatel.nlp.evaluation.real import join_texts
from pokazatel.nlp.kk.latin import article_in_cyrillic

from pokazatel.jsonlines import read_json_lines

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "data" / "eval"
GOLD_DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"  # ../shared/gold/dev.jsonl, as README runs it
WHOLE_FILES = ("tengrinews_ru_2024_04.jsonl", "gov_ministry_news_ru.jsonl", "kazinform_qz_kk_latn.jsonl")


def margins(model: LinearClassifier, records: list[dict]) -> np.ndarray:
    """The relevance margin (before calibration) of each record, read as the pipeline reads it."""
    articles = [article_in_cyrillic(record.get("title") or "", record.get("text") or "") for record in records]
    probabilities = np.clip(model.probabilities(articles), 1e-12, 1 - 1e-12)
    slope, offset = model.calibration
    return (np.log(probabilities / (1 - probabilities)) - offset) / slope


def margin_cut(model: LinearClassifier) -> float:
    slope, offset = model.calibration
    return float((np.log(model.threshold / (1 - model.threshold)) - offset) / slope)


def f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    tp = int((gold & predicted).sum())
    return 2 * tp / (gold.sum() + predicted.sum()) if gold.sum() + predicted.sum() else 1.0


def read_lines(path: Path) -> list[dict]:
    return [record for _, record in read_json_lines(path)]


def labelled_sets(texts: Path) -> dict[str, list[dict]]:
    sets = {"gold_dev": read_lines(GOLD_DEV)} if GOLD_DEV.is_file() else {}
    sets |= {path.stem: read_lines(path) for path in sorted(EVAL_DIR.glob("*.jsonl"))}
    sets["real_dev"] = join_texts(read_lines(EVAL_DIR / "real" / "dev.jsonl"), texts)
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--baseline", type=Path, default=MODEL_PATH, help="the model whose cut is held")
    parser.add_argument("--cut", type=float, help="hold this margin cut instead of the baseline's")
    parser.add_argument("--texts", type=Path, required=True, help="the real-news folder")
    parser.add_argument("--changes", action="store_true", help="list the articles whose decision moved")
    args = parser.parse_args()

    baseline = LinearClassifier.load(args.baseline)
    baseline_cut = margin_cut(baseline)
    held = baseline_cut if args.cut is None else args.cut
    models = {str(path): LinearClassifier.load(path) for path in args.models}
    print(f"baseline {args.baseline}: cut {baseline_cut:+.3f}, held {held:+.3f}")
    for name, model in models.items():
        print(f"{name}: calibration {model.calibration[0]:.3f} {model.calibration[1]:+.3f}, threshold "
              f"{model.threshold}, own cut {margin_cut(model):+.3f}, cut held {held:+.3f}")
    header = f"{'set':14} {'n':>4} {'shipped':>8}" + "".join(f" {'own':>6} {'held':>6}" for _ in models)
    print(header)
    changes = []
    for set_name, records in labelled_sets(args.texts).items():
        gold = np.array([bool(record["relevant"]) for record in records])
        base = margins(baseline, records)
        row = f"{set_name:14} {len(records):4} {f1(gold, base >= baseline_cut):8.3f}"
        for name, model in models.items():
            new = margins(model, records)
            row += f" {f1(gold, new >= margin_cut(model)):6.3f} {f1(gold, new >= held):6.3f}"
            shipped_says = base >= baseline_cut
            moved = (shipped_says != (new >= margin_cut(model))) | (shipped_says != (new >= held))
            for index in np.flatnonzero(moved):
                changes.append(f"  {set_name} {records[index]['id']} gold={gold[index]} shipped {base[index]:+.2f} "
                               f"new {new[index]:+.2f} (own cut {margin_cut(model):+.2f}, held {held:+.2f}) {name}")
        print(row)
    for file_name in WHOLE_FILES:
        records = read_lines(args.texts / file_name)
        row = f"{file_name[:14]:14} {len(records):4} {int((margins(baseline, records) >= baseline_cut).sum()):8}"
        for model in models.values():
            new = margins(model, records)
            row += f" {int((new >= margin_cut(model)).sum()):6} {int((new >= held).sum()):6}"
        print(row)
    if args.changes:
        print("decisions that moved:")
        print("\n".join(changes))


if __name__ == "__main__":
    main()
