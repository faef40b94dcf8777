"""Trains the project's Kazakh NER on KazNERD (CoNLL IOB2 files, CC BY 4.0) into data/models/ner-kk.

KazNERD's 25 classes are mapped to the pipeline's labels (PERSON→PER, ORGANISATION→ORG, GPE and
LOCATION→LOC, POSITION kept); the rest become O. The file is split deterministically into a training
and a held-out part (pokazatel.nlp.evaluation.kaznerd_corpus), which the evaluation reuses so scores
are never measured on training sentences.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from pokazatel.nlp.evaluation.kaznerd import _prf, score_docs
from pokazatel.nlp.evaluation.kaznerd_corpus import LABEL_MAP, KazNERDFileError, Sentence, read_iob2, sentence_doc
from pokazatel.nlp.kk.entities import COMMON_WORDS_FILE, DEFAULT_MODEL_DIR
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)
from pokazatel.nlp.kk.stem import stem
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_config, minibatch

CONFIG_PATH = Path(__file__).with_name("ner_kk.cfg")



def to_examples(nlp: Language, sentences: Iterable[Sentence]) -> list[Example]:
    return [
        Example(sentence_doc(nlp, s, annotated=False), sentence_doc(nlp, s, annotated=True)) for s in sentences
    ]


def common_word_stems(sentences: Iterable[Sentence], min_count: int = 1) -> list[str]:
    """Stems of words the corpus writes in lower case inside sentences and never as part of a name,
    most frequent first: a capitalised "Ақшаның" opening a sentence is one of them, not a name."""
    counts: Counter[str] = Counter()
    in_names: set[str] = set()
    for sentence in sentences:
        for position, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True)):
            word_stem = stem(word)
            if tag != "O" and tag[2:] in LABEL_MAP:
                in_names.add(word_stem)
            elif position > 0 and word[:1].islower() and word.isalpha():
                counts[word_stem] += 1
    return [w for w, n in counts.most_common() if n >= min_count and w not in in_names]


def write_common_words(out_dir: Path, train_part: Iterable[Sentence]) -> None:
    words = common_word_stems(train_part)
    (Path(out_dir) / COMMON_WORDS_FILE).write_text("\n".join(words) + "\n", encoding="utf-8")


def compact_model_dir(out_dir: Path) -> None:
    """Drop the training corpus's words from the saved vocab (a third of the model's size): the
    embedding hashes features, so only the entity labels' strings are needed at run time."""
    strings = Path(out_dir) / "vocab" / "strings.json"
    labels = sorted(set(LABEL_MAP.values()))
    strings.write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")


def build_nlp(config_path: Path = CONFIG_PATH) -> Language:
    """The untrained `kk` tok2vec + ner pipeline of the shipped config."""
    config = load_config(config_path)
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def fold_of(sentence: Sentence, folds: int, seed: int = 0) -> int:
    """Which of `folds` cross-validation folds a sentence is in, by the hash `is_held_out` reads: with
    5 folds, fold 0 is exactly the held-out fifth of `split` (so fold 0 scores compare with it)."""
    digest = hashlib.sha1(f"{seed}\t{sentence.split_key()}".encode()).digest()
    return int(int.from_bytes(digest[:8], "big") / 2**64 * folds)


def train_epochs(
    train_part: list[Sentence],
    test_part: list[Sentence],
    *,
    epochs: int,
    patience: int,
    max_minutes: float,
    seed: int = 0,
    config_path: Path = CONFIG_PATH,
    save_best_to: Path | None = None,
    save_every_epoch_to: Path | None = None,
    log: Callable[[str], None] = print,
) -> list[dict]:
    """Train a fresh model on `train_part` for up to `epochs` epochs; after each, score the averaged
    weights on `test_part` (if any). Stops `patience` epochs after the best micro F1 or after
    `max_minutes`. Returns one {"epoch", "loss", "scores", "minutes"} per epoch run. The best epoch's
    model goes to `save_best_to`, every epoch's to `save_every_epoch_to`/epoch-N."""
    fix_random_seed(seed)
    started = time.monotonic()
    nlp = build_nlp(config_path)
    train_examples = to_examples(nlp, train_part)
    optimizer = nlp.initialize(lambda: train_examples)
    dropout = float(nlp.config["training"]["dropout"])
    rng = random.Random(seed)
    history: list[dict] = []
    best_epoch, best_micro = 0, -1.0
    for epoch in range(1, epochs + 1):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = score_docs(nlp, test_part) if test_part else None
            micro = scores["micro"]["f1"] if scores else 0.0
            improved = micro > best_micro or not test_part  # without a test part the last epoch is kept
            if improved:
                best_epoch, best_micro = epoch, micro
                if save_best_to is not None:
                    nlp.to_disk(save_best_to)
            if save_every_epoch_to is not None:
                Path(save_every_epoch_to).mkdir(parents=True, exist_ok=True)
                nlp.to_disk(Path(save_every_epoch_to) / f"epoch-{epoch}")
        minutes = (time.monotonic() - started) / 60
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1), "scores": scores,
                        "minutes": round(minutes, 1)})
        held_out = f"held-out micro F1 {micro:.4f}{'  *' if improved else ''}" if test_part else "no held-out part"
        log(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.1f}  {held_out}  ({minutes:.1f} min)")
        if (test_part and epoch - best_epoch >= patience) or minutes > max_minutes:
            break
    return history


def pooled_scores(fold_scores: list[dict]) -> dict:
    """Per-label and micro scores with the folds' counts added up (each sentence is tested once)."""
    labels = sorted({label for scores in fold_scores for label in scores})
    pooled = {}
    for label in labels:
        tp = sum(s[label]["tp"] for s in fold_scores if label in s)
        fp = sum(s[label]["fp"] for s in fold_scores if label in s)
        fn = sum(s[label]["fn"] for s in fold_scores if label in s)
        pooled[label] = _prf(tp, tp + fp, tp + fn)
    return pooled


def choose_epoch(fold_histories: list[list[dict]]) -> tuple[int, dict]:
    """The epoch count with the best pooled micro F1 over the folds, among the epochs every fold ran,
    and its pooled scores."""
    last_common = min(len(history) for history in fold_histories)
    if last_common == 0:
        raise ValueError("cross-validation ran no epoch")
    candidates = {
        epoch: pooled_scores([history[epoch - 1]["scores"] for history in fold_histories])
        for epoch in range(1, last_common + 1)
    }
    best = max(candidates, key=lambda epoch: (candidates[epoch]["micro"]["f1"], -epoch))
    return best, candidates[best]


def cross_validate(
    sentences: list[Sentence],
    *,
    folds: int = 5,
    run_folds: int = 3,
    seed: int = 0,
    epochs: int = 40,
    patience: int = 4,
    max_minutes: float = 30.0,
    config_path: Path = CONFIG_PATH,
    log: Callable[[str], None] = print,
) -> dict:
    """k-fold cross-validation, bounded: the sentences are cut into `folds` folds by hash and the first
    `run_folds` of them are each tested on a model trained on all the other folds. Returns the chosen
    epoch count, its pooled scores and every fold's history."""
    histories = []
    for fold in range(run_folds):
        train_part = [s for s in sentences if fold_of(s, folds, seed) != fold]
        test_part = [s for s in sentences if fold_of(s, folds, seed) == fold]
        log(f"fold {fold + 1}/{run_folds} of {folds}: {len(train_part)} training, {len(test_part)} test sentences")
        histories.append(train_epochs(train_part, test_part, epochs=epochs, patience=patience,
                                      max_minutes=max_minutes, seed=seed, config_path=config_path, log=log))
    return cv_summary(histories, folds=folds, sentences=sentences, seed=seed)


def cv_summary(histories: list[list[dict]], *, folds: int, sentences: list[Sentence], seed: int = 0) -> dict:
    epoch, scores = choose_epoch(histories)
    tested = sum(1 for s in sentences if fold_of(s, folds, seed) < len(histories))
    return {
        "folds": folds,
        "folds_run": len(histories),
        "tested_sentences": tested,
        "best_epoch": epoch,
        "scores": scores,
        "per_fold_micro_f1": [round(history[epoch - 1]["scores"]["micro"]["f1"], 4) for history in histories],
        "history": [[{"epoch": h["epoch"], "loss": h["loss"], "micro_f": h["scores"]["micro"]["f1"],
                      "minutes": h["minutes"]} for h in history] for history in histories],
    }


def save_final_model(model_dir: Path, out_dir: Path, sentences: list[Sentence], summary: dict) -> dict:
    """Copy a trained model to `out_dir` with the files the pipeline reads beside it and the summary."""
    import shutil

    out_dir = Path(out_dir)
    if Path(model_dir).resolve() != out_dir.resolve():
        for part in ("tok2vec", "ner", "vocab", "tokenizer"):
            shutil.rmtree(out_dir / part, ignore_errors=True)
        shutil.copytree(model_dir, out_dir, dirs_exist_ok=True)
    write_common_words(out_dir, sentences)
    compact_model_dir(out_dir)
    (out_dir / "training.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def train_ner_kk(
    kaznerd_file: Path,
    out_dir: Path = DEFAULT_MODEL_DIR,
    *,
    seed: int = 0,
    folds: int = 5,
    run_folds: int = 3,
    epochs: int = 40,
    patience: int = 4,
    max_minutes: float = 30.0,
    config_path: Path = CONFIG_PATH,
    log: Callable[[str], None] = print,
) -> dict:
    """Choose the number of epochs by cross-validation (`run_folds` of `folds` folds, see
    cross_validate), then train on every sentence of `kaznerd_file` for that many epochs and save the
    model to `out_dir`. Returns the training summary (also written to out_dir/training.json); its
    "cross_validation" scores are the honest ones, as the saved model has seen every sentence."""
    started = time.monotonic()
    sentences = read_iob2(Path(kaznerd_file))
    if len(sentences) < folds:
        raise KazNERDFileError(f"{kaznerd_file}: {len(sentences)} sentences, too few for {folds} folds")
    cv = cross_validate(sentences, folds=folds, run_folds=run_folds, seed=seed, epochs=epochs, patience=patience,
                        max_minutes=max_minutes, config_path=config_path, log=log)
    log(f"cross-validated: {cv['best_epoch']} epochs, pooled micro F1 {cv['scores']['micro']['f1']:.4f};"
        f" training on all {len(sentences)} sentences")
    out_dir = Path(out_dir)
    final = train_epochs(sentences, [], epochs=cv["best_epoch"], patience=patience, max_minutes=max_minutes,
                         seed=seed, config_path=config_path, log=log, save_best_to=out_dir)
    summary = final_summary(kaznerd_file, sentences, seed, cv, final, time.monotonic() - started)
    return save_final_model(out_dir, out_dir, sentences, summary)


def final_summary(kaznerd_file: Path, sentences: list[Sentence], seed: int, cv: dict, final: list[dict],
                  seconds: float) -> dict:
    return {
        "kaznerd_file": Path(kaznerd_file).name,
        "seed": seed,
        "train_sentences": len(sentences),
        "trained_on_all": True,
        "epochs": len(final),
        "cross_validation": cv,
        "minutes": round(seconds / 60, 1),
    }

