"""Is the relevance classifier's out-of-fold (OOF) estimate optimistic about unseen real articles? How the
"Thirteenth pass" of data/eval/HISTORY.md was measured, on the dev bucket only (never a held-out article):

- near-duplicate groups among the training examples (nlp/training/near_duplicates.py) and how many of them
  training's stratified folds split;
- OOF with training's folds and with group-aware folds (copies in one fold): Platt slope and offset, the margin
  cut (where the calibrated probability reaches the threshold), real P/R/F1 and average precision, false
  positives by sample group (keyword A, random B, scored C, weak negatives), F1 with the shipped model's cut;
- OOF margins of the negatives by group against that cut (median, 90th percentile, highest);
- the cut when Platt leaves out the weak negatives or group C;
- --nested: the training recipe replayed with each fold as a stand-in held-out part (OOF, Platt and cut on the
  other four folds, a model on all four scores the fold), its false positives against the inner OOF's.

    nice .venv/bin/python bench/relevance_oof_audit.py --texts ../shared/data/real-news \
        --labels data/eval/real/dev.jsonl --seeds 0 1 2 [--nested]

About 7 model fits a seed (30 more with --nested), each 5-15 s.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import LinearClassifier, article_text
from pokazatel.nlp.classify.model import MODEL_PATH
from pokazatel.nlp.training.classifier import (
    RELEVANCE_THRESHOLD,
    TRAINING_DIR,
    Corpus,
    _fit_parts,
    _margins,
    _platt,
    _relevance_scores,
    calibrate,
    fold_splits,
    gather_examples,
    outlet_of,
)
from pokazatel.nlp.training.near_duplicates import near_duplicate_groups
from sklearn.metrics import average_precision_score

FOLDS = 5
LOGIT = float(np.log(RELEVANCE_THRESHOLD / (1 - RELEVANCE_THRESHOLD)))
SAMPLE_GROUPS = ("keyword", "random", "scored", "weak")


def margin_cut(calibration: tuple[float, float]) -> float:
    slope, offset = calibration
    return (LOGIT - offset) / slope


def sample_groups(examples: list[dict], labels_path: Path) -> np.ndarray:
    """written / keyword / random / scored / weak, per example (data/eval/real/README.md's groups A-C)."""
    samples = {}
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            samples[label["id"]] = label.get("sample", "")
    names = {"written": "written", "real-unlabelled": "weak"}
    return np.array([names.get(e["origin"]) or samples[e["id"]] for e in examples])


def oof_margins(corpus: Corpus, examples: list[dict], splits, seed: int) -> np.ndarray:
    margins = np.zeros(len(examples))
    for train_rows, test_rows in splits:
        blocks, kept, relevance, _ = _fit_parts(corpus, examples, train_rows, seed)
        margins[test_rows] = _margins(relevance, corpus.matrix(test_rows, blocks, kept))
    return margins


def oof_line(name: str, margins: np.ndarray, gold: np.ndarray, origins: np.ndarray, groups: np.ndarray,
             shipped_cut: float) -> str:
    real = origins != "written"
    calibration = calibrate(margins, gold, origins)
    cut = margin_cut(calibration)
    scores = _relevance_scores(gold[real], margins[real] >= cut)
    at_shipped = _relevance_scores(gold[real], margins[real] >= shipped_cut)
    false_positives = {group: int(((margins >= cut) & ~gold & (groups == group)).sum()) for group in SAMPLE_GROUPS}
    precision = average_precision_score(gold[real], margins[real])
    return (f"{name}: slope {calibration[0]:.3f} offset {calibration[1]:.3f} cut {cut:+.3f} | "
            f"P {scores['precision']:.3f} R {scores['recall']:.3f} F1 {scores['f1']:.3f} AP {precision:.3f}"
            f" | false positives {false_positives} | F1 at the shipped cut {at_shipped['f1']:.3f}")


def margin_table(margins: np.ndarray, gold: np.ndarray, groups: np.ndarray, outlets: np.ndarray, cut: float) -> None:
    selections = {"gov keyword negatives": (outlets == "govnews-ru") & (groups == "keyword") & ~gold,
                  "gov random negatives": (outlets == "govnews-ru") & (groups == "random") & ~gold,
                  "gov weak negatives": (outlets == "govnews-ru") & (groups == "weak"),
                  "all keyword negatives": (groups == "keyword") & ~gold,
                  "all weak negatives": groups == "weak",
                  "relevant real": (groups != "written") & gold}
    for name, rows in selections.items():
        median, p90, top = np.quantile(margins[rows], [0.5, 0.9, 1.0])
        print(f"    {name:22s} n {rows.sum():4d}  median {median:+.2f}  p90 {p90:+.2f}  max {top:+.2f}  "
              f"within 1 below the cut {int(((margins >= cut - 1) & (margins < cut) & rows).sum())}  "
              f"at or above it {int(((margins >= cut) & rows).sum())}")


def nested(corpus: Corpus, examples: list[dict], gold: np.ndarray, origins: np.ndarray, groups: np.ndarray,
           seed: int) -> None:
    labelled = np.isin(groups, ("keyword", "random", "scored"))
    inner_false, inner_true, outer_false, outer_true = 0.0, 0.0, 0, 0
    for train_rows, test_rows in fold_splits(examples, FOLDS, seed):
        inner = np.zeros(len(examples))
        subset = [examples[row] for row in train_rows]
        for inner_train, inner_test in fold_splits(subset, FOLDS, seed):
            blocks, kept, relevance, _ = _fit_parts(corpus, examples, train_rows[inner_train], seed)
            inner[train_rows[inner_test]] = _margins(relevance, corpus.matrix(train_rows[inner_test], blocks, kept))
        cut = margin_cut(calibrate(inner[train_rows], gold[train_rows], origins[train_rows]))
        blocks, kept, relevance, _ = _fit_parts(corpus, examples, train_rows, seed)
        outer = _margins(relevance, corpus.matrix(test_rows, blocks, kept))
        inner_rows = train_rows[labelled[train_rows]]
        inner_false += ((inner[inner_rows] >= cut) & ~gold[inner_rows]).sum() / (FOLDS - 1)
        inner_true += ((inner[inner_rows] >= cut) & gold[inner_rows]).sum() / (FOLDS - 1)
        outer_rows = labelled[test_rows]
        outer_false += int(((outer >= cut) & ~gold[test_rows] & outer_rows).sum())
        outer_true += int(((outer >= cut) & gold[test_rows] & outer_rows).sum())
    print(f"  nested, labelled real ({int((labelled & ~gold).sum())} negatives, {int((labelled & gold).sum())} "
          f"relevant): inner OOF false positives {inner_false:.2f}, true {inner_true:.2f} (per copy) | the "
          f"recipe's model on the left-out fold: false positives {outer_false}, true {outer_true}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--nested", action="store_true")
    args = parser.parse_args()

    examples = gather_examples(TRAINING_DIR, args.texts, args.labels)
    corpus = Corpus(examples, load_evidence_lexicons())
    gold = np.array([e["relevant"] for e in examples])
    origins = np.array([e["origin"] for e in examples])
    groups = sample_groups(examples, args.labels)
    outlets = np.array([outlet_of(e) for e in examples])
    shipped_cut = margin_cut(LinearClassifier.load(MODEL_PATH).calibration)
    duplicates = near_duplicate_groups([article_text(e.get("title", ""), e.get("text", "")) for e in examples])
    numbers, sizes = np.unique(duplicates, return_counts=True)
    multiple = numbers[sizes > 1]
    members = np.isin(duplicates, multiple)
    print(f"near-duplicate groups: {len(multiple)} of 2 or more ({int(members.sum())} examples, "
          f"{int((members & (origins != 'written')).sum())} real); with a keyword article "
          f"{len(set(duplicates[members & (groups == 'keyword')]))}, with a relevant one "
          f"{len(set(duplicates[members & gold]))}; shipped cut {shipped_cut:+.3f}")
    for seed in args.seeds:
        print(f"seed {seed}")
        stratified = fold_splits(examples, FOLDS, seed)
        fold = np.zeros(len(examples), dtype=int)
        for number, (_, test_rows) in enumerate(stratified):
            fold[test_rows] = number
        split = sum(len(set(fold[duplicates == group])) > 1 for group in multiple)
        print(f"  groups that training's folds split: {split} of {len(multiple)}")
        margins = oof_margins(corpus, examples, stratified, seed)
        print("  " + oof_line("training's folds", margins, gold, origins, groups, shipped_cut))
        grouped = oof_margins(corpus, examples, fold_splits(examples, FOLDS, seed, duplicates), seed)
        print("  " + oof_line("group-aware folds", grouped, gold, origins, groups, shipped_cut))
        cut = margin_cut(calibrate(margins, gold, origins))
        margin_table(margins, gold, groups, outlets, cut)
        for name, rows in (("without weak negatives", np.isin(groups, ("keyword", "random", "scored"))),
                           ("without group C", ~np.isin(groups, ("written", "scored")))):
            other_cut = margin_cut(_platt(margins[rows], gold[rows]))
            print(f"  cut with Platt {name}: {other_cut:+.3f} (all real {cut:+.3f})")
        if args.nested:
            nested(corpus, examples, gold, origins, groups, seed)


if __name__ == "__main__":
    main()
