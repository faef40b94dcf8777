"""`pokazatel eval [GOLD.jsonl] [--factru DIR] [--kaznerd FILE]`: quality, measured on annotated data."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parser(commands) -> None:
    parser = commands.add_parser("eval", help="score the pipeline on gold data (SCHEMA.md, factRuEval, KazNERD)")
    parser.add_argument("gold", nargs="?", type=Path, help="gold JSON lines in the SCHEMA.md format")
    parser.add_argument("--factru", type=Path, metavar="DIR", help="factRuEval-2016 folder (Russian NER)")
    parser.add_argument("--kaznerd", type=Path, metavar="FILE", help="KazNERD IOB2 file (Kazakh NER, held-out part)")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious figures")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.set_defaults(run=run)


def _read_gold(path: Path) -> list[dict]:
    from pokazatel.cli.main import UsageError

    if not path.is_file():
        raise UsageError(f"pokazatel eval: no gold file at {path}")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise UsageError(f"pokazatel eval: {path}:{number}: not JSON ({error.msg})") from None
    return records


def _line(name: str, s: dict) -> str:
    return (f"  {name:<16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"   ({s['tp']} matched, {s['predicted']} predicted, {s['gold']} gold)")


def print_gold_scores(scores: dict, errors: bool) -> None:
    print(f"gold articles: {scores['articles']}")
    print("statistics (event + unit + value):")
    print(_line("all", scores["statistics"]))
    for event, s in scores["statistics_by_event"].items():
        print(_line(event, s))
    print(f"  object accuracy {scores['object_accuracy']}   period accuracy {scores['period_accuracy']}"
          "   (on matched figures)")
    print("entities (label + norm):")
    print(_line("all", scores["entities"]))
    for label, s in scores["entities_by_label"].items():
        print(_line(label, s))
    print("relevance:")
    print(_line("relevant", scores["relevance"]))
    print(f"topic: macro-F1 {scores['topic_macro_f1']:.3f}   accuracy {scores['topic_accuracy']:.3f}")
    if errors:
        for miss in scores["statistics_errors"]:
            print(f"  {miss['kind']:<8} {miss['id']} {miss['event']} {miss['unit']} {miss['value']}"
                  f" | {miss.get('quote', '')}")


def print_ner_scores(title: str, scores: dict) -> None:
    print(title)
    for system, by_type in scores.items():
        if not isinstance(by_type, dict):
            continue
        for label, s in by_type.items():
            if isinstance(s, dict) and "f1" in s:
                print(f"  {system:<10} {label:<6} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError

    if not (args.gold or args.factru or args.kaznerd):
        raise UsageError("pokazatel eval: give a gold file, --factru DIR or --kaznerd FILE")
    results: dict = {}
    if args.gold:
        from pokazatel.nlp.evaluation.gold import evaluate_gold

        results["gold"] = evaluate_gold(_read_gold(args.gold))
    if args.factru:
        if not args.factru.is_dir():
            raise UsageError(f"pokazatel eval: no factRuEval folder at {args.factru}")
        from pokazatel.nlp.evaluation.factru import evaluate_factru

        results["factru"] = evaluate_factru(args.factru)
    if args.kaznerd:
        if not args.kaznerd.is_file():
            raise UsageError(f"pokazatel eval: no KazNERD file at {args.kaznerd}")
        from pokazatel.nlp.evaluation.kaznerd import evaluate_kaznerd

        results["kaznerd"] = evaluate_kaznerd(args.kaznerd)
    if args.json:
        if not args.errors and "gold" in results:
            results["gold"].pop("statistics_errors")
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    if "gold" in results:
        print_gold_scores(results["gold"], args.errors)
    if "factru" in results:
        print_ner_scores("factRuEval-2016 (token-level, per type):", results["factru"])
    if "kaznerd" in results:
        kaznerd = results["kaznerd"]
        if kaznerd.get("seen_in_training"):
            print("KazNERD: the model was trained on every sentence of this file, so the scores below are on"
                  " training sentences; its cross-validated scores (training.json):")
            print_ner_scores("KazNERD cross-validated (exact span):", {"model": kaznerd["cross_validated"]})
        print_ner_scores("KazNERD held-out (exact span):", kaznerd)
    return 0
