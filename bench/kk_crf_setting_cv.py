"""The Kazakh CRF alone, one (c1, c2, iterations) setting at a time, on the 5 folds of ner_kk.fold_of: each
fold's CRF trained on the other four, scored on the fold (exact spans, micro over PER, LOC, ORG), with how
crfsuite's L-BFGS ended (iterations run, last loss). How the "Kazakh NER" table of CRF settings in
data/eval/HISTORY.md was measured. Every (setting, fold) is appended to --cache as it finishes, so a rerun
continues where one stopped; --table prints the table from the cache without training.

    nice .venv/bin/python bench/kk_crf_setting_cv.py --kaznerd ../shared/data/KazNERD/IOB2_valid.txt \
        --cache /tmp/kk-crf-cv.jsonl --setting 0.01,0.05,150 --setting 0.05,0.05,150
    .venv/bin/python bench/kk_crf_setting_cv.py --cache /tmp/kk-crf-cv.jsonl --table

A fold CRF takes about 1 CPU minute at 150 iterations. The table gives each setting's folds, their mean, the
spread (best fold - worst), pooled scores, and against the shipped setting: the mean per-fold difference and on
how many folds it is higher. --nested adds, for each fold k, the setting chosen by its mean on the other folds
and its score on k beside the shipped setting's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from importlib.metadata import version
from pathlib import Path

from pokazatel.nlp.evaluation.kaznerd_corpus import read_iob2
from pokazatel.nlp.kk.crf import CrfTagger
from pokazatel.nlp.training.ner_kk import fold_of, pooled_scores
from pokazatel.nlp.training.ner_kk_crf import features_digest, score_tagger, train_crf_with_report

FOLDS = 5
SHIPPED_CRF_SETTING = (0.01, 0.05, 150)
Setting = tuple[float, float, int]


def parse_setting(text: str) -> Setting:
    c1, c2, iterations = text.split(",")
    return float(c1), float(c2), int(iterations)


def read_cache(path: Path) -> dict[tuple[Setting, int], dict]:
    results = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            results[(tuple(record["setting"]), record["fold"])] = record
    return results


def run_fold(sentences: list, setting: Setting, fold: int, digest: str) -> dict:
    train = [s for s in sentences if fold_of(s, FOLDS) != fold]
    test = [s for s in sentences if fold_of(s, FOLDS) == fold]
    started, cpu_started = time.monotonic(), time.process_time()
    model, report = train_crf_with_report(train, *setting)
    scores = score_tagger(CrfTagger(model), test)
    return {"setting": list(setting), "fold": fold, "scores": scores, "training": report,
            "cpu_minutes": round((time.process_time() - cpu_started) / 60, 2),
            "minutes": round((time.monotonic() - started) / 60, 2),
            "features_sha256": digest, "python_crfsuite": version("python-crfsuite")}


def cannot_replace_shipped(results: dict[tuple[Setting, int], dict], setting: Setting) -> bool:
    """Whether `setting` is already no higher than the shipped one on 2 folds, so not higher on 4 of 5."""
    not_higher = sum(_f1(results[(setting, fold)], "micro") <= _f1(results[(SHIPPED_CRF_SETTING, fold)], "micro")
                     for fold in range(FOLDS) if (setting, fold) in results and (SHIPPED_CRF_SETTING, fold) in results)
    return setting != SHIPPED_CRF_SETTING and not_higher >= 2


def complete_settings(results: dict[tuple[Setting, int], dict]) -> list[Setting]:
    settings = sorted({setting for setting, _ in results})
    return [s for s in settings if all((s, fold) in results for fold in range(FOLDS))]


def _f1(record: dict, label: str) -> float:
    return record["scores"].get(label, {}).get("f1", 0.0)


def print_table(results: dict[tuple[Setting, int], dict], nested: bool) -> None:
    """A markdown row per setting: micro F1 (ORG F1) per fold ("–": skipped by --prune), the mean and spread of the
    folds run, pooled scores where every fold ran, and against the shipped setting on the same folds."""
    print("| c1, c2, iterations | " + " | ".join(f"fold {k}" for k in range(FOLDS)) +
          " | mean (ORG) | spread | pooled (ORG) | vs shipped: mean diff, folds higher | iterations run, mean loss |")
    print("| --- " * (FOLDS + 6) + "|")
    for setting in sorted({setting for setting, _ in results}):
        folds = [fold for fold in range(FOLDS) if (setting, fold) in results]
        records = [results[(setting, fold)] for fold in folds]
        micro = [_f1(r, "micro") for r in records]
        org = [_f1(r, "ORG") for r in records]
        cells = {fold: f"{m:.4f} ({o:.3f})" for fold, m, o in zip(folds, micro, org, strict=True)}
        pooled = "–"
        if len(folds) == FOLDS:
            scores = pooled_scores([r["scores"] for r in records])
            pooled = f"{scores['micro']['f1']:.4f} ({scores['ORG']['f1']:.3f})"
        against = "–"
        shared = [fold for fold in folds if (SHIPPED_CRF_SETTING, fold) in results]
        if setting != SHIPPED_CRF_SETTING and shared:
            differences = [_f1(results[(setting, f)], "micro") - _f1(results[(SHIPPED_CRF_SETTING, f)], "micro")
                           for f in shared]
            against = f"{statistics.mean(differences):+.4f}, {sum(d > 0 for d in differences)} of {len(shared)}"
        runs = sorted({r["training"]["iterations"] for r in records})
        loss = statistics.mean(r["training"]["loss"] for r in records)
        print(f"| {setting[0]}, {setting[1]}, {setting[2]} | " + " | ".join(cells.get(k, "–") for k in range(FOLDS))
              + f" | {statistics.mean(micro):.4f} ({statistics.mean(org):.3f}) | {max(micro) - min(micro):.4f} | "
              f"{pooled} | {against} | {runs[0]}{f'-{runs[-1]}' if len(runs) > 1 else ''}, {loss:.1f} |")
    settings = complete_settings(results)
    if nested and SHIPPED_CRF_SETTING in settings:
        print("\nnested: the setting with the best mean micro F1 on the folds other than k (of those run on every "
              "fold), scored on k")
        for k in range(FOLDS):
            others = [f for f in range(FOLDS) if f != k]
            chosen = max(settings, key=lambda s: statistics.mean(_f1(results[(s, f)], "micro") for f in others))
            shipped = results[(SHIPPED_CRF_SETTING, k)]
            print(f"fold {k}: chosen {chosen}: {_f1(results[(chosen, k)], 'micro'):.4f} "
                  f"(ORG {_f1(results[(chosen, k)], 'ORG'):.3f}); shipped {_f1(shipped, 'micro'):.4f} "
                  f"(ORG {_f1(shipped, 'ORG'):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kaznerd", type=Path, help="KazNERD's IOB2_valid.txt (not needed with --table)")
    parser.add_argument("--cache", type=Path, required=True, help="JSON lines, one per (setting, fold) trained")
    parser.add_argument("--setting", type=parse_setting, action="append", default=[], metavar="C1,C2,ITERATIONS")
    parser.add_argument("--fold", type=int, action="append", choices=range(FOLDS), help="default: every fold")
    parser.add_argument("--prune", action="store_true", help="skip a setting's other folds once it is not higher "
                        "than the shipped setting on 2 folds (it can no longer be higher on 4 of 5)")
    parser.add_argument("--table", action="store_true", help="print the table of the cache and stop")
    parser.add_argument("--nested", action="store_true", help="with --table: the nested choice per fold")
    args = parser.parse_args()
    results = read_cache(args.cache)
    if args.table:
        print_table(results, args.nested)
        return
    if not args.kaznerd:
        parser.error("--kaznerd is needed to train")
    sentences = read_iob2(args.kaznerd)
    digest = features_digest(sentences)
    for setting in args.setting or [SHIPPED_CRF_SETTING]:
        for fold in args.fold or range(FOLDS):
            if (setting, fold) in results and results[(setting, fold)]["features_sha256"] == digest:
                continue
            if args.prune and cannot_replace_shipped(results, setting):
                print(f"{setting}: not higher than the shipped setting on 2 folds, its other folds skipped")
                break
            record = run_fold(sentences, setting, fold, digest)
            with args.cache.open("a", encoding="utf-8") as cache:
                cache.write(json.dumps(record, ensure_ascii=False) + "\n")
            results[(setting, fold)] = record
            print(f"{setting} fold {fold}: micro {_f1(record, 'micro'):.4f} ORG {_f1(record, 'ORG'):.4f}; "
                  f"{record['training']['iterations']} iterations, {record['training']['ended']}, loss "
                  f"{record['training']['loss']}; {record['cpu_minutes']} CPU min", flush=True)


if __name__ == "__main__":
    main()
