"""Pooled exact-span scores of `bench/kk_ner_union_cv.py` runs: each fold's scores-foldN.json holds tp/fp/fn
per label and system; this adds them up over groups of folds and prints per-fold and pooled lines.

    .venv/bin/python bench/kk_ner_pool.py /tmp/kk-f0 /tmp/kk-f1 /tmp/kk-f2 /tmp/kk-f3 /tmp/kk-f4 \
        --group 0,1,2 --group 3,4 --group 0,1,2,3,4
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pokazatel.nlp.evaluation.kaznerd import SCORED_LABELS, _prf

SYSTEMS = ("model", "crf", "no_crf", "component")
LABELS = (*SCORED_LABELS, "POSITION")


def pooled(fold_scores: list[dict], system: str) -> dict:
    """Per-label and micro scores of `system` from the folds' tp/fp/fn added up."""
    result = {}
    for label in (*LABELS, "micro"):
        tp = sum(s[system].get(label, {}).get("tp", 0) for s in fold_scores)
        fp = sum(s[system].get(label, {}).get("fp", 0) for s in fold_scores)
        fn = sum(s[system].get(label, {}).get("fn", 0) for s in fold_scores)
        result[label] = _prf(tp, tp + fp, tp + fn)
    return result


def line(name: str, scores: dict) -> str:
    labels = "  ".join(f"{label} {scores[label]['f1']:.4f} (P {scores[label]['precision']:.3f} "
                       f"R {scores[label]['recall']:.3f})" for label in SCORED_LABELS)
    return f"{name:<22} micro {scores['micro']['f1']:.4f}  {labels}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work_dirs", nargs="+", type=Path, help="--work directories of kk_ner_union_cv.py")
    parser.add_argument("--group", action="append", default=[], help="folds to pool, e.g. 0,1,2 (repeatable)")
    parser.add_argument("--system", action="append", choices=SYSTEMS, help="default: no_crf and component")
    args = parser.parse_args()
    by_fold = {}
    for path in args.work_dirs:
        for file in sorted(path.glob("scores-fold*.json")):
            scores = json.loads(file.read_text(encoding="utf-8"))
            by_fold[scores["fold"]] = scores
    if not by_fold:
        parser.error("no scores-fold*.json in the given directories")
    groups = [[int(f) for f in group.split(",")] for group in args.group] or [sorted(by_fold)]
    missing = sorted({f for group in groups for f in group} - set(by_fold))
    if missing:
        parser.error(f"no scores for fold(s) {missing}")
    for system in args.system or ["no_crf", "component"]:
        print(system)
        for fold in sorted(by_fold):
            print(line(f"  fold {fold}", pooled([by_fold[fold]], system)))
        for group in groups:
            print(line(f"  pooled {'-'.join(map(str, group))}", pooled([by_fold[f] for f in group], system)))


if __name__ == "__main__":
    main()
