"""Trains the project's Kazakh NER on KazNERD (CoNLL IOB2 files, CC BY 4.0) into data/models/ner-kk.

KazNERD's 25 classes are mapped to the pipeline's labels (PERSON→PER, ORGANISATION→ORG, GPE and
LOCATION→LOC, POSITION kept); the rest become O. The file is split deterministically into a training
and a held-out part (pokazatel.nlp.evaluation.kaznerd_corpus), which the evaluation reuses so scores
are never measured on training sentences.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from pokazatel.nlp.evaluation.kaznerd import score_docs
from pokazatel.nlp.evaluation.kaznerd_corpus import LABEL_MAP, Sentence, read_iob2, sentence_doc, split
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


def train_ner_kk(
    kaznerd_file: Path,
    out_dir: Path = DEFAULT_MODEL_DIR,
    *,
    seed: int = 0,
    held_out: float = 0.2,
    epochs: int = 40,
    patience: int = 6,
    max_minutes: float = 30.0,
    config_path: Path = CONFIG_PATH,
    log: Callable[[str], None] = print,
) -> dict:
    """Train on the training part of `kaznerd_file`, keep the epoch that scores best on the held-out
    part (micro exact-span F1 over PER/ORG/LOC) and save it to `out_dir`. Returns the training summary
    (also written to out_dir/training.json)."""
    fix_random_seed(seed)
    started = time.monotonic()
    sentences = read_iob2(Path(kaznerd_file))
    train_part, test_part = split(sentences, held_out, seed)
    if not train_part:
        raise ValueError(f"{kaznerd_file}: no training sentences")
    nlp = build_nlp(config_path)
    train_examples = to_examples(nlp, train_part)
    optimizer = nlp.initialize(lambda: train_examples)
    dropout = float(nlp.config["training"]["dropout"])
    rng = random.Random(seed)
    best: dict = {"epoch": 0, "scores": None}
    out_dir = Path(out_dir)
    history = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = score_docs(nlp, test_part) if test_part else None
            micro = scores["micro"]["f1"] if scores else 0.0
            improved = best["scores"] is None or micro > best["scores"]["micro"]["f1"]
            if improved:
                best = {"epoch": epoch, "scores": scores}
                nlp.to_disk(out_dir)
        elapsed = time.monotonic() - started
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1), "micro_f": round(micro, 4)})
        log(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.1f}  held-out micro F1 {micro:.4f}"
            f"{'  *' if improved else ''}  ({elapsed / 60:.1f} min)")
        if epoch - best["epoch"] >= patience or elapsed / 60 > max_minutes:
            break
    summary = {
        "kaznerd_file": Path(kaznerd_file).name,
        "seed": seed,
        "held_out": held_out,
        "train_sentences": len(train_part),
        "held_out_sentences": len(test_part),
        "best_epoch": best["epoch"],
        "scores": best["scores"],
        "history": history,
        "minutes": round((time.monotonic() - started) / 60, 1),
    }
    write_common_words(out_dir, train_part)
    compact_model_dir(out_dir)
    (out_dir / "training.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary
