"""`pokazatel train {classifier,ner-kk}`: train the project's own models from data it ships or is given."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pokazatel.cli.argument_types import positive_count, positive_time

from pokazatel.resources import data_path


def add_parser(commands) -> None:
    parser = commands.add_parser("train", help="train the relevance/topic classifier or the Kazakh NER model")
    parser.add_argument("model", choices=("classifier", "ner-kk"))
    parser.add_argument("--data", type=Path, default=data_path("training"),
                        help="classifier: folder of labelled JSON lines written for the project")
    parser.add_argument("--texts", type=Path, metavar="DIR",
                        help="classifier: folder of the real articles --labels names (../shared/data/real-news)")
    parser.add_argument("--labels", type=Path, metavar="FILE",
                        help="classifier: labels of real dev articles (data/eval/real/dev.jsonl); never held-out ones")
    parser.add_argument("--no-weak-negatives", action="store_true",
                        help="classifier: do not add the unlabelled dev articles that name no keyword as negatives")
    parser.add_argument("--kaznerd", type=Path, metavar="FILE", help="ner-kk: KazNERD IOB2 file to train on")
    parser.add_argument("--out", type=Path, help="required: where to write the model; never inside the installed "
                        "package (in a checkout, data/models/classifier/model.json.gz or data/models/ner-kk "
                        "replaces the shipped one)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ner-model", choices=("spacy", "crf"), default="spacy",
                        help="ner-kk: the shipped spaCy tok2vec model (epochs chosen on 3 of 5 folds, hours) or a "
                        "CRF (settings chosen by 5-fold cross-validation, about 40 minutes; data/models/ner-kk-crf)")
    parser.add_argument("--crf-setting", metavar="C1,C2,ITERATIONS",
                        help="ner-kk --ner-model crf: cross-validate and train only this setting (the shipped "
                        "data/models/ner-kk-crf: 0.01,0.05,150, the best mean of 17 settings by 5-fold CV; "
                        "data/eval/HISTORY.md, Kazakh NER)")
    parser.add_argument("--epochs", type=positive_count, default=40,
                        help="ner-kk --ner-model spacy: at most this many epochs")
    parser.add_argument("--max-minutes", type=positive_time, default=30.0,
                        help="ner-kk: cross-validation stops trying settings (crf) or epochs (spacy) past this")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.argument_types import output_file
    from pokazatel.cli.main import UsageError

    if args.model == "classifier":
        if (args.texts is None) != (args.labels is None):
            raise UsageError("pokazatel train classifier: give --texts DIR and --labels FILE together")
        from pokazatel.nlp.training.classifier import TrainingDataError, train_classifier

        if not args.out:  # the tool never writes into its own package: a checkout names its model file
            raise UsageError("pokazatel train classifier: give --out FILE (data/models/classifier/model.json.gz "
                             "in a checkout)")
        try:
            output_file(str(args.out))
        except argparse.ArgumentTypeError as error:
            raise UsageError(f"pokazatel train classifier: --out: {error}") from None
        try:
            report = train_classifier(args.data, args.out, texts_dir=args.texts, labels=args.labels,
                                      weak_negatives=not args.no_weak_negatives, seed=args.seed)
        except TrainingDataError as error:
            raise UsageError(f"pokazatel train classifier: {error}") from None
    else:
        if not args.kaznerd:
            raise UsageError("pokazatel train ner-kk: give --kaznerd FILE (KazNERD's IOB2_valid.txt)")
        if not args.kaznerd.is_file():
            raise UsageError(f"pokazatel train ner-kk: no KazNERD file at {args.kaznerd}")
        if not args.out:
            raise UsageError("pokazatel train ner-kk: give --out DIR (data/models/ner-kk in a checkout)")
        if args.out.exists() and not args.out.is_dir():  # found out after the training, when it saved the model
            raise UsageError(f"pokazatel train ner-kk: --out {args.out} is a file, not a model folder")
        from pokazatel.nlp.evaluation.kaznerd_corpus import KazNERDFileError

        try:
            report = _train_ner_kk(args)
        except KazNERDFileError as error:  # read before the training starts
            raise UsageError(f"pokazatel train ner-kk: {error}") from None
    print(json.dumps(report, ensure_ascii=False, indent=1, default=str))
    return 0


def _train_ner_kk(args: argparse.Namespace) -> dict:
    if args.ner_model == "crf":
        from pokazatel.nlp.training.ner_kk_crf import DEFAULT_GRID, train_ner_kk_crf

        grid = (_crf_setting(args.crf_setting),) if args.crf_setting else DEFAULT_GRID
        return train_ner_kk_crf(args.kaznerd, args.out, grid=grid, seed=args.seed, max_minutes=args.max_minutes)
    from pokazatel.nlp.training.ner_kk import train_ner_kk

    return train_ner_kk(args.kaznerd, args.out, seed=args.seed, epochs=args.epochs, max_minutes=args.max_minutes)


def _crf_setting(text: str) -> tuple[float, float, int]:
    from pokazatel.cli.main import UsageError

    try:
        c1, c2, iterations = text.split(",")
        setting = float(c1), float(c2), int(iterations)
    except ValueError:
        raise UsageError(f"pokazatel train ner-kk: --crf-setting wants C1,C2,ITERATIONS, got {text!r}") from None
    if min(setting) < 0 or setting[2] < 1:
        raise UsageError(f"pokazatel train ner-kk: --crf-setting {text!r}: negative or no iterations")
    return setting
