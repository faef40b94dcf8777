"""Trains the CRF Kazakh NER (pokazatel.nlp.kk.crf) on KazNERD (CoNLL IOB2, CC BY 4.0): chooses its
regularisation and iteration count by k-fold cross-validation (the folds of ner_kk.fold_of; with 5
folds, fold 0 is the held-out fifth the evaluation uses), then trains on every sentence and saves a
`kk` pipeline holding it (`pokazatel train ner-kk --ner-model crf --out DIR`). Labels are KazNERD's
classes mapped as the evaluation maps them (kaznerd_corpus.LABEL_MAP)."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from importlib.metadata import version
from pathlib import Path

import pycrfsuite
import spacy
from pokazatel.nlp.evaluation.kaznerd import span_scores
from pokazatel.nlp.evaluation.kaznerd_corpus import KazNERDFileError, Sentence, read_iob2
from pokazatel.nlp.kk import crf  # noqa: F401  (registers pokazatel_crf_ner_kk)
from pokazatel.nlp.kk.crf import CrfTagger, sentence_features
from pokazatel.nlp.kk.iob import iob_spans
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)
from pokazatel.nlp.training.ner_kk import compact_model_dir, fold_of, pooled_scores, write_common_words

# (c1, c2, max_iterations) tried by cross-validation, cheapest first
DEFAULT_GRID: tuple[tuple[float, float, int], ...] = (
    (0.01, 0.05, 150),
    (0.01, 0.05, 300),
    (0.05, 0.05, 150),
)


def train_crf(sentences: Iterable[Sentence], c1: float, c2: float, max_iterations: int) -> bytes:
    """A crfsuite model (L-BFGS, L1 `c1` and L2 `c2`) trained on `sentences`, as the bytes of its file."""
    return train_crf_with_report(sentences, c1, c2, max_iterations)[0]


def train_crf_with_report(sentences: Iterable[Sentence], c1: float, c2: float,
                          max_iterations: int) -> tuple[bytes, dict]:
    """train_crf's model and how its optimisation ended: {"iterations": run, "ended": crfsuite's message (the
    maximum number of iterations, or a stop before it: convergence or its test on the loss over the last 10
    iterations), "loss": the last loss, "loss_by_iteration": every 10th, "active_features"}."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.words), sentence.mapped_tags())
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "model.crfsuite"
        trainer.train(str(path))
        model = path.read_bytes()
    iterations = trainer.logparser.iterations
    endings = [line.strip() for line in trainer.logparser.log if line.startswith(("L-BFGS resulted", "L-BFGS term"))]
    report = {"iterations": len(iterations),
              "ended": endings[-1] if endings else None,
              "loss": iterations[-1]["loss"] if iterations else None,
              "loss_by_iteration": {i["num"]: i["loss"] for i in iterations if i["num"] % 10 == 0},
              "active_features": iterations[-1].get("active_features") if iterations else None}
    return model, report


def features_digest(sentences: Iterable[Sentence]) -> str:
    """SHA-256 of every attribute string crfsuite is given for `sentences`. Training is deterministic, so the same
    digest (and python-crfsuite version and setting) gives the same model, byte for byte; the features read the
    gazetteer and the organisation rules' word classes, so an edit to those data files can change the digest."""
    digest = hashlib.sha256()
    for sentence in sentences:
        for features in sentence_features(sentence.words):
            digest.update("\x1f".join(features).encode())
            digest.update(b"\x1e")
    return digest.hexdigest()


def score_tagger(tagger: CrfTagger, sentences: Iterable[Sentence]) -> dict:
    """Exact-span scores per label and micro over SCORED_LABELS, as evaluation.kaznerd.score_docs counts them."""
    return span_scores((set(iob_spans(sentence.mapped_tags())), set(iob_spans(tagger.tag(sentence.words))))
                       for sentence in sentences)


def cross_validate_crf(
    sentences: list[Sentence],
    *,
    grid: Iterable[tuple[float, float, int]] = DEFAULT_GRID,
    folds: int = 5,
    seed: int = 0,
    max_minutes: float = 60.0,
    log: Callable[[str], None] = print,
) -> dict:
    """Every setting of `grid` on every fold (a model trained on the other folds, tested on it), pooled
    exact-span scores per setting; stops trying settings past `max_minutes` (a setting is only compared
    when all its folds ran). Returns the best setting, its pooled and fold-0 scores and every setting's."""
    started = time.monotonic()
    parts = [[s for s in sentences if fold_of(s, folds, seed) == fold] for fold in range(folds)]
    results = []
    for c1, c2, iterations in grid:
        fold_scores = []
        for fold in range(folds):
            train_part = [s for other, part in enumerate(parts) if other != fold for s in part]
            tagger = CrfTagger(train_crf(train_part, c1, c2, iterations))
            fold_scores.append(score_tagger(tagger, parts[fold]))
            log(f"c1={c1} c2={c2} iterations={iterations} fold {fold}: micro F1 "
                f"{fold_scores[-1]['micro']['f1']:.4f}  ({(time.monotonic() - started) / 60:.1f} min)")
        pooled = pooled_scores(fold_scores)
        results.append({"c1": c1, "c2": c2, "max_iterations": iterations, "scores": pooled,
                        "fold0": fold_scores[0], "per_fold_micro_f1": [s["micro"]["f1"] for s in fold_scores]})
        log(f"c1={c1} c2={c2} iterations={iterations}: pooled micro F1 {pooled['micro']['f1']:.4f}, "
            f"ORG {pooled['ORG']['f1']:.4f}")
        if (time.monotonic() - started) / 60 > max_minutes:
            break
    if not results:
        raise ValueError("cross-validation ran no setting")
    best = max(results, key=lambda r: r["scores"]["micro"]["f1"])
    return {"folds": folds, "folds_run": folds, "tested_sentences": len(sentences), **best,
            "settings": [{k: r[k] for k in ("c1", "c2", "max_iterations", "per_fold_micro_f1")}
                         | {"micro_f1": r["scores"]["micro"]["f1"], "org_f1": r["scores"].get("ORG", {}).get("f1")}
                         for r in results]}


def save_crf_model(model: bytes, out_dir: Path, sentences: list[Sentence], summary: dict) -> None:
    """A `kk` pipeline holding the CRF component, with the corpus's common words and the summary beside it;
    the parts of an earlier tok2vec model there are removed."""
    out_dir = Path(out_dir)
    for part in ("tok2vec", "ner", "vocab", "tokenizer"):
        shutil.rmtree(out_dir / part, ignore_errors=True)
    nlp = spacy.blank("kk")
    nlp.add_pipe("pokazatel_crf_ner_kk", name="ner").set_model(model)
    nlp.to_disk(out_dir)
    write_common_words(out_dir, sentences)
    compact_model_dir(out_dir)
    (out_dir / "training.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")


def train_ner_kk_crf(
    kaznerd_file: Path,
    out_dir: Path,
    *,
    grid: Iterable[tuple[float, float, int]] = DEFAULT_GRID,
    folds: int = 5,
    seed: int = 0,
    max_minutes: float = 60.0,
    log: Callable[[str], None] = print,
) -> dict:
    """Cross-validate the grid, train the best setting on every sentence of `kaznerd_file`, save it to
    `out_dir`. Returns the summary (also out_dir/training.json); its "cross_validation" scores are the
    honest ones, as the saved model has seen every sentence."""
    started = time.monotonic()
    sentences = read_iob2(Path(kaznerd_file))
    if len(sentences) < folds:
        raise KazNERDFileError(f"{kaznerd_file}: {len(sentences)} sentences, too few for {folds} folds")
    cv = cross_validate_crf(sentences, grid=grid, folds=folds, seed=seed, max_minutes=max_minutes, log=log)
    log(f"cross-validated: c1={cv['c1']} c2={cv['c2']} iterations={cv['max_iterations']}, pooled micro F1 "
        f"{cv['scores']['micro']['f1']:.4f}; training on all {len(sentences)} sentences")
    model = train_crf(sentences, cv["c1"], cv["c2"], cv["max_iterations"])
    summary = {
        "model": "crf",
        "kaznerd_file": Path(kaznerd_file).name,
        "seed": seed,
        "train_sentences": len(sentences),
        "trained_on_all": True,
        "c1": cv["c1"], "c2": cv["c2"], "max_iterations": cv["max_iterations"],
        "features_sha256": features_digest(sentences),
        "python_crfsuite": version("python-crfsuite"),
        "cross_validation": cv,
        "minutes": round((time.monotonic() - started) / 60, 1),
    }
    save_crf_model(model, out_dir, sentences, summary)
    return summary
