"""Trains the project's Kazakh NER on KazNERD (CoNLL IOB2 files, CC BY 4.0) into data/models/ner-kk.

KazNERD's 25 classes are mapped to the pipeline's labels (PERSON→PER, ORGANISATION→ORG, GPE and
LOCATION→LOC, POSITION kept); the rest become O. The file is split deterministically into a training
and a held-out part by `is_held_out`, which nlp/eval_ner_kk.py reuses so scores are never measured
on training sentences.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import spacy
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example, biluo_tags_to_spans, iob_to_biluo
from spacy.util import compounding, fix_random_seed, load_config, minibatch

from pokazatel.resources import data_path

CONFIG_PATH = Path(__file__).with_name("ner_kk.cfg")
DEFAULT_MODEL_DIR = data_path("models", "ner-kk")

LABEL_MAP = {
    "PERSON": "PER",
    "ORGANISATION": "ORG",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "POSITION": "POSITION",
}
# Classes whose tokens differ between KazNERD's paired sentence variants ("алты" / "6"): left out of
# the split key so both variants of a sentence land on the same side.
COMMON_WORDS_FILE = "common_words.txt"  # written beside the model, read by nlp/entities_kk.py
VARIANT_CLASSES = {"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENTAGE", "DATE", "TIME"}


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # KazNERD's own IOB2 tags, e.g. "B-PERSON"

    def split_key(self) -> str:
        return " ".join(w for w, t in zip(self.words, self.tags, strict=True) if t[2:] not in VARIANT_CLASSES)

    def mapped_tags(self) -> list[str]:
        """IOB2 tags over the pipeline's labels; an entity whose class is dropped becomes O."""
        mapped = []
        for tag in self.tags:
            label = LABEL_MAP.get(tag[2:]) if tag != "O" else None
            mapped.append(f"{tag[:2]}{label}" if label else "O")
        return mapped


def read_iob2(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL IOB2 file: one `word tag` per line, a blank line between sentences."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            parts = line.split()
            if not parts:
                if words:
                    sentences.append(Sentence(tuple(words), tuple(tags)))
                    words, tags = [], []
                continue
            if len(parts) < 2 or not (parts[-1] == "O" or parts[-1][:2] in ("B-", "I-")):
                raise ValueError(f"{path}:{number}: expected 'word IOB2-tag', got {line.strip()!r}")
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        sentences.append(Sentence(tuple(words), tuple(tags)))
    return sentences


def is_held_out(sentence: Sentence, held_out: float = 0.2, seed: int = 0) -> bool:
    """Deterministic split by a hash of the sentence (its number-free words), independent of file order."""
    digest = hashlib.sha1(f"{seed}\t{sentence.split_key()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < held_out


def split(sentences: Iterable[Sentence], held_out: float = 0.2, seed: int = 0) -> tuple[list[Sentence], list[Sentence]]:
    """(training part, held-out part)."""
    train, test = [], []
    for sentence in sentences:
        (test if is_held_out(sentence, held_out, seed) else train).append(sentence)
    return train, test


def sentence_doc(nlp: Language, sentence: Sentence, *, annotated: bool) -> Doc:
    """The sentence as a Doc with KazNERD's tokenisation; with its mapped entities if `annotated`."""
    doc = Doc(nlp.vocab, words=list(sentence.words))
    if annotated:
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(_repair_iob(sentence.mapped_tags())))
    return doc


def _repair_iob(tags: list[str]) -> list[str]:
    """An I- tag that does not continue an entity of its label starts one (KazNERD has a few)."""
    repaired, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
        previous = tag
    return repaired


def to_examples(nlp: Language, sentences: Iterable[Sentence]) -> list[Example]:
    return [
        Example(sentence_doc(nlp, s, annotated=False), sentence_doc(nlp, s, annotated=True)) for s in sentences
    ]


def common_word_stems(sentences: Iterable[Sentence], min_count: int = 1) -> list[str]:
    """Stems of words the corpus writes in lower case inside sentences and never as part of a name,
    most frequent first: a capitalised "Ақшаның" opening a sentence is one of them, not a name."""
    from pokazatel.nlp.kk.stem import stem

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
    from pokazatel.nlp.evaluation.kaznerd import score_docs

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
        log(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.1f}  held-out micro F1 {micro:.4f}"
            f"{'  *' if improved and test_part else ''}  ({minutes:.1f} min)")
        if (test_part and epoch - best_epoch >= patience) or minutes > max_minutes:
            break
    return history


def pooled_scores(fold_scores: list[dict]) -> dict:
    """Per-label and micro scores with the folds' counts added up (each sentence is tested once)."""
    from pokazatel.nlp.evaluation.kaznerd import _prf

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
        raise ValueError(f"{kaznerd_file}: {len(sentences)} sentences, too few for {folds} folds")
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


if __name__ == "__main__":
    # The steps of train_ner_kk one at a time, so the folds and the final training can run as
    # separate processes: `--fold K` writes OUT/fold-K.json (and fold K's best model to OUT/fold-K),
    # `--all` checkpoints every epoch of training on all sentences into OUT/all/epoch-N.
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kaznerd_file", type=Path)
    parser.add_argument("out_dir", type=Path)
    step = parser.add_mutually_exclusive_group(required=True)
    step.add_argument("--fold", type=int)
    step.add_argument("--all", action="store_true")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--patience", type=int, default=4)
    parser.add_argument("--max-minutes", type=float, default=30.0)
    args = parser.parse_args()
    corpus = read_iob2(args.kaznerd_file)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    if args.all:
        train_epochs(corpus, [], epochs=args.epochs, patience=args.patience, max_minutes=args.max_minutes,
                     save_every_epoch_to=args.out_dir / "all")
    else:
        run = train_epochs([s for s in corpus if fold_of(s, args.folds) != args.fold],
                           [s for s in corpus if fold_of(s, args.folds) == args.fold],
                           epochs=args.epochs, patience=args.patience, max_minutes=args.max_minutes,
                           save_best_to=args.out_dir / f"fold-{args.fold}")
        (args.out_dir / f"fold-{args.fold}.json").write_text(json.dumps(run, indent=1), encoding="utf-8")
