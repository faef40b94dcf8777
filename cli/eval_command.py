"""`pokazatel eval [GOLD.jsonl] [--texts DIR] [--factru DIR] [--kaznerd FILE]`: quality, measured on annotated data.

GOLD holds SCHEMA.md records, or labels only (id, file, relevant, topic, statistics) whose texts are read from
--texts DIR by id, as data/eval/real/ is scored against ../shared/data/real-news."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pokazatel.cli.argument_types import positive_count


def add_parser(commands) -> None:
    parser = commands.add_parser("eval", help="score the pipeline on gold data (SCHEMA.md, factRuEval, KazNERD)")
    parser.add_argument("gold", nargs="?", type=Path, help="gold JSON lines in the SCHEMA.md format")
    parser.add_argument("--texts", type=Path, metavar="DIR",
                        help="folder of JSON-lines articles that labels-only GOLD records are joined with by id")
    parser.add_argument("--factru", type=Path, metavar="DIR", help="factRuEval-2016 folder (Russian NER)")
    parser.add_argument("--kaznerd", type=Path, metavar="FILE", help="KazNERD IOB2 file (Kazakh NER, held-out part)")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious figures")
    parser.add_argument("--entity-components", action="store_true",
                        help="also score the Russian and the Kazakh entity component alone on the gold file")
    parser.add_argument("--limit", type=positive_count, metavar="N", help="--factru: only the first N documents")
    parser.add_argument("--factru-half", choices=("odd", "even"), help="--factru: only the documents whose number is "
                        "odd (the half rules were written on) or even (held out)")
    parser.add_argument("--ner-model", type=Path, metavar="DIR", help="--kaznerd: a Kazakh NER model other than "
                        "the packaged one")
    parser.add_argument("--crf-model", type=Path, metavar="DIR", help="--kaznerd: a CRF other than the packaged "
                        "data/models/ner-kk-crf, the pipeline's second Kazakh model")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.set_defaults(run=run)


def _read_gold(path: Path) -> list[dict]:
    from pokazatel.cli.main import UsageError
    from pokazatel.nlp.evaluation.gold import record_problem

    from pokazatel.jsonlines import JsonLinesError, read_json_lines

    if not path.is_file():
        raise UsageError(f"pokazatel eval: no gold file at {path}")
    try:
        numbered = list(read_json_lines(path))
    except JsonLinesError as error:
        raise UsageError(f"pokazatel eval: {error}") from None
    if not numbered:  # scored as 0.000 everywhere, then a traceback at the topic line
        raise UsageError(f"pokazatel eval: {path} holds no gold article: nothing to score")
    for number, record in numbered:
        problem = record_problem(record)
        if problem:
            raise UsageError(f"pokazatel eval: {path}:{number}: {problem}")
    return [record for _, record in numbered]


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
    print(f"  figures from articles not about corruption: {scores['figures_not_about_corruption']}")
    print(f"topic: macro-F1 {scores['topic_macro_f1']:.3f}   accuracy {scores['topic_accuracy']:.3f}")
    if errors:
        for miss in scores["statistics_errors"]:
            print(f"  {miss['kind']:<8} {miss['id']} {miss['event']} {miss['unit']} {miss['value']}"
                  f" | {miss.get('quote', '')}")


def print_labelled_scores(scores: dict, errors: bool) -> None:
    print(f"labelled articles: {scores['articles']}")
    if scores["failed"]:
        print(f"  could not be tagged: {scores['failed']} (counted as called not relevant)")
    print("relevance:")
    print(_line("relevant", scores["relevance"]))
    print(f"  figures from articles not about corruption: {scores['figures_not_about_corruption']}"
          f" ({scores['figures_not_about_corruption_per_400']} per 400 articles)")
    print("statistics (event + unit + value):")
    print(_line("all", scores["statistics"]))
    print(f"topic accuracy on articles both call relevant: {scores['topic_accuracy_on_relevant']}")
    if errors:
        for miss in scores["statistics_errors"]:
            print(f"  {miss['kind']:<8} {miss['id']} {miss['event']} {miss['unit']} {miss['value']}")


def _evaluate_records(records: list[dict], texts: Path | None) -> tuple[str, dict]:
    """("gold", scores) for SCHEMA.md records, ("labelled", scores) for labels joined with their texts."""
    from pokazatel.cli.main import UsageError

    if any("text" not in record for record in records):
        if texts is None:
            raise UsageError("pokazatel eval: these records hold no text: give --texts DIR (the articles' folder)")
        from pokazatel.nlp.evaluation.real import LabelError, join_texts

        try:
            records = join_texts(records, texts)
        except LabelError as error:
            raise UsageError(f"pokazatel eval: {error}") from None
    if all("entities" in record for record in records):
        from pokazatel.nlp.evaluation.gold import evaluate_gold

        return "gold", evaluate_gold(records)
    from pokazatel.nlp.evaluation.real import evaluate_labelled

    return "labelled", evaluate_labelled(records)


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
        kind, results[kind] = _evaluate_records(_read_gold(args.gold), args.texts)
        if args.entity_components:
            from pokazatel.nlp.evaluation.factru import evaluate_gold_entities
            from pokazatel.nlp.evaluation.kaznerd import evaluate_gold_entities_kk

            results["entity_components"] = {"ru": evaluate_gold_entities(args.gold),
                                            "kk": evaluate_gold_entities_kk(args.gold)}
    if args.factru:
        if not args.factru.is_dir():
            raise UsageError(f"pokazatel eval: no factRuEval folder at {args.factru}")
        from pokazatel.nlp.evaluation.factru import evaluate_factru

        try:
            results["factru"] = evaluate_factru(args.factru, args.limit, half=args.factru_half)
        except FileNotFoundError as error:
            raise UsageError(f"pokazatel eval: {error}") from None
    if args.kaznerd:
        if not args.kaznerd.is_file():
            raise UsageError(f"pokazatel eval: no KazNERD file at {args.kaznerd}")
        from pokazatel.nlp.evaluation.kaznerd import evaluate_kaznerd
        from pokazatel.nlp.evaluation.kaznerd_corpus import KazNERDFileError

        try:
            results["kaznerd"] = evaluate_kaznerd(args.kaznerd, args.ner_model, crf_dir=args.crf_model)
        except KazNERDFileError as error:
            raise UsageError(f"pokazatel eval: {error}") from None
    if args.json:
        for kind in ("gold", "labelled"):
            if not args.errors and kind in results:
                results[kind].pop("statistics_errors")
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    if "gold" in results:
        print_gold_scores(results["gold"], args.errors)
    if "labelled" in results:
        print_labelled_scores(results["labelled"], args.errors)
    if "entity_components" in results:
        print_ner_scores("entity components alone on the gold file (label + norm):",
                         {"component": results["entity_components"]})
    if "factru" in results:
        print_ner_scores("factRuEval-2016 (token-level, per type):", results["factru"])
    if "kaznerd" in results:
        kaznerd = results["kaznerd"]
        if kaznerd.get("seen_in_training"):
            print("KazNERD: the model was trained on every sentence of this file, so the scores below are on"
                  " training sentences; its cross-validated scores (training.json):")
            print_ner_scores("KazNERD cross-validated (exact span):", {"model": kaznerd["cross_validated"]})
        print_ner_scores("KazNERD held-out (exact span):", kaznerd)
        if kaznerd.get("crf_seen_in_training"):
            print("KazNERD: the component's CRF was trained on every sentence of this file, held-out ones too, so"
                  " the component's scores are optimistic here; no_crf is the component without it"
                  " (data/eval/HISTORY.md, Kazakh NER: the cross-validated scores of both)")
    return 0
