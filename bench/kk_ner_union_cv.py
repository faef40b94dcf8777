"""Cross-validation of the Kazakh entity component's two models on KazNERD: for one fold of five, the
spaCy model and the CRF trained on the other four, and the component (gazetteer and organisation rules
included) scored on the fold with the spaCy model alone ("no_crf") and with both models ("component", as
the pipeline runs it: the CRF's names first, `union_of_models`). How the "Kazakh NER" figures for the union
in data/eval/HISTORY.md were measured.

    .venv/bin/python bench/kk_ner_union_cv.py --kaznerd ../shared/data/KazNERD/IOB2_valid.txt --fold 0 \
        --spacy-model data/models/ner-kk           # the shipped model never saw fold 0
    .venv/bin/python bench/kk_ner_union_cv.py --kaznerd ... --fold 1 --train-spacy-epochs 15 --work DIR

--train-spacy-epochs trains a spaCy model of the shipped one's config (data/models/ner-kk/config.cfg)
on the other folds, keeping its best epoch on the fold (so its figure is optimistic for both systems
alike); it takes about 1-8 minutes an epoch on a loaded machine. The CRF takes 3-6 minutes.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import spacy
from pokazatel.nlp.evaluation.kaznerd import score_docs
from pokazatel.nlp.evaluation.kaznerd_corpus import read_iob2
from pokazatel.nlp.kk import crf  # noqa: F401  (registers pokazatel_crf_ner_kk)
from pokazatel.nlp.kk.entities import DEFAULT_MODEL_DIR
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.training.ner_kk import fold_of, train_epochs, write_common_words
from pokazatel.nlp.training.ner_kk_crf import train_crf

SHIPPED_CRF_SETTING = (0.01, 0.05, 150)
LABELS = ["PER", "ORG", "LOC", "POSITION"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kaznerd", type=Path, required=True)
    parser.add_argument("--fold", type=int, required=True, help="0-4: the fold scored")
    parser.add_argument("--spacy-model", type=Path, help="a spaCy model trained without the fold")
    parser.add_argument("--train-spacy-epochs", type=int, help="train one instead, for at most this many epochs")
    parser.add_argument("--crf-model", type=Path, help="a CRF (a saved kk pipeline) trained without the fold")
    parser.add_argument("--work", type=Path, default=Path(tempfile.mkdtemp(prefix="kk-union-")))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sentences = read_iob2(args.kaznerd)
    train = [s for s in sentences if fold_of(s, 5) != args.fold]
    test = [s for s in sentences if fold_of(s, 5) == args.fold]
    spacy_model = args.spacy_model
    if spacy_model is None:
        spacy_model = args.work / f"spacy-fold{args.fold}"
        train_epochs(train, test, epochs=args.train_spacy_epochs or 15, patience=4, max_minutes=90,
                     config_path=DEFAULT_MODEL_DIR / "config.cfg", save_best_to=spacy_model)
        write_common_words(spacy_model, train)
    crf_dir = args.crf_model
    if crf_dir is None:
        crf_dir = args.work / f"crf-fold{args.fold}"
        nlp = spacy.blank("kk")
        nlp.add_pipe("pokazatel_crf_ner_kk", name="ner").set_model(train_crf(train, *SHIPPED_CRF_SETTING))
        nlp.to_disk(crf_dir)
    scores = {"fold": args.fold, "sentences": len(test), "model": score_docs(spacy.load(spacy_model), test),
              "crf": score_docs(spacy.load(crf_dir), test)}
    for system, second in (("no_crf", "none"), ("component", str(crf_dir))):
        component = spacy.blank("kk")
        component.add_pipe("pokazatel_entities_kk", config={"model_dir": str(spacy_model), "labels": LABELS,
                                                            "crf_model_dir": second})
        scores[system] = score_docs(component, test)
    for system in ("model", "crf", "no_crf", "component"):
        s = scores[system]
        print(f"fold {args.fold} {system:<10} micro {s['micro']['f1']:.4f}  PER {s['PER']['f1']:.4f}  "
              f"LOC {s['LOC']['f1']:.4f}  ORG {s['ORG']['f1']:.4f} (P {s['ORG']['precision']:.3f} "
              f"R {s['ORG']['recall']:.3f})")
    (args.work / f"scores-fold{args.fold}.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
