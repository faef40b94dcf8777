"""Trains the relevance and topic classifiers on data/training/*.jsonl and saves them as one joblib file.

Run it as `pokazatel train classifier [--data DIR] [--out PATH]`: it prints the cross-validated scores.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
import sklearn
from pokazatel.nlp.labels import TOPICS
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from pokazatel.resources import data_path, user_cache_dir

TRAINING_DIR = data_path("training")
# A cache, rebuilt from the shipped training data when stale: it lives with the user, never in the install.
MODEL_PATH = user_cache_dir() / "classifier.joblib"
MODEL_FORMAT = 2  # bump when FittedModels changes shape, so that saved models get retrained
NOT_RELEVANT = "other"
RELEVANT_TOPICS = tuple(topic for topic in TOPICS if topic != NOT_RELEVANT)

Prediction = tuple[bool, str, float]  # (relevant, topic, relevance score)


class TrainingDataError(ValueError):
    """The training files are missing or malformed; the message names the file and line."""


def article_text(title: str, text: str) -> str:
    """What both models read. The headline is repeated because it states the subject most densely."""
    title = (title or "").strip()
    return f"{title}\n{title}\n{text or ''}"


def load_examples(data_dir: Path) -> list[dict]:
    """Every example of every *.jsonl file in data_dir, checked against the label set."""
    files = sorted(Path(data_dir).glob("*.jsonl"))
    if not files:
        raise TrainingDataError(f"no training files (*.jsonl) in {data_dir}")
    examples = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                example = json.loads(line)
            except json.JSONDecodeError as error:
                raise TrainingDataError(f"{path}:{number}: not JSON ({error.msg})") from None
            _check_example(example, f"{path}:{number}")
            examples.append(example)
    return examples


def _check_example(example: dict, where: str) -> None:
    if not isinstance(example, dict):
        raise TrainingDataError(f"{where}: not a JSON object")
    if example.get("topic") not in TOPICS:
        raise TrainingDataError(f"{where}: topic {example.get('topic')!r} is not one of {', '.join(TOPICS)}")
    if not isinstance(example.get("relevant"), bool):
        raise TrainingDataError(f"{where}: relevant must be true or false")
    if example["relevant"] != (example["topic"] != NOT_RELEVANT):
        raise TrainingDataError(f"{where}: relevant must be false exactly when topic is 'other'")
    if not (example.get("text") or example.get("title")):
        raise TrainingDataError(f"{where}: neither title nor text")


def training_data_hash(data_dir: Path) -> str:
    """sha256 over the names and bytes of the training files: the saved model records which data it saw."""
    digest = hashlib.sha256()
    for path in sorted(Path(data_dir).glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _features() -> FeatureUnion:
    # Character n-grams inside word boundaries catch stems under Russian and Kazakh inflection
    # (пара алу / пара алған / параны, взятка / взятки / взяткой) without a lemmatiser;
    # word uni- and bigrams add phrases such as "пара беру" or "превышение полномочий".
    return FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
                                  dtype=np.float32)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                  token_pattern=r"(?u)\b\w\w+\b", dtype=np.float32)),
    ])


def _linear_svm(seed: int) -> LinearSVC:
    return LinearSVC(C=1.0, class_weight="balanced", random_state=seed)


@dataclass
class FittedModels:
    """One feature extractor shared by the relevance model (a linear SVM calibrated to give a
    probability) and the topic model (a linear SVM over the 7 topics)."""

    features: FeatureUnion
    relevance: CalibratedClassifierCV
    topic: LinearSVC

    @classmethod
    def fit(cls, texts: Sequence[str], relevant: Sequence[bool], topics: Sequence[str],
            seed: int = 0) -> FittedModels:
        features = _features()
        matrix = features.fit_transform(texts)
        relevance = CalibratedClassifierCV(_linear_svm(seed), method="sigmoid", cv=3)
        relevance.fit(matrix, list(relevant))
        topic = _linear_svm(seed).fit(matrix, list(topics))
        return cls(features, relevance, topic)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """(relevant, topic, relevance score) per text, made consistent: topic is 'other' iff not relevant.
        A relevant article gets its best corruption topic even when the topic model prefers 'other'."""
        if not texts:
            return []
        matrix = self.features.transform(texts)
        scores = self.relevance.predict_proba(matrix)[:, list(self.relevance.classes_).index(True)]
        topic_margins = self.topic.decision_function(matrix)
        classes = list(self.topic.classes_)
        relevant_columns = [classes.index(name) for name in RELEVANT_TOPICS if name in classes]
        predictions = []
        for score, margins in zip(scores, topic_margins, strict=True):
            if score >= 0.5:
                best = max(relevant_columns, key=lambda column: margins[column])
                predictions.append((True, str(classes[best]), float(score)))
            else:
                predictions.append((False, NOT_RELEVANT, float(score)))
        return predictions


def score_predictions(gold: Sequence[dict], predicted: Sequence[Prediction]) -> dict:
    """Relevance F1 and topic macro-F1 (over the topics present in gold or predictions), as SCHEMA.md scores."""
    gold_topics = [example["topic"] for example in gold]
    predicted_topics = [prediction[1] for prediction in predicted]
    return {
        "n": len(gold),
        "relevance_f1": round(float(f1_score([example["relevant"] for example in gold],
                                             [prediction[0] for prediction in predicted], zero_division=0)), 4),
        "topic_macro_f1": round(float(f1_score(gold_topics, predicted_topics, average="macro",
                                               zero_division=0)), 4),
        "topic_accuracy": round(float(np.mean([g == p for g, p in zip(gold_topics, predicted_topics,
                                                                        strict=True)])), 4),
    }


def cross_validate(examples: Sequence[dict], *, seed: int = 0, folds: int = 5) -> dict:
    """Out-of-fold predictions from stratified k-fold (strata: language x topic), scored overall and
    per language. Features are fitted inside each fold, so no test text shapes the vocabulary."""
    texts = [article_text(example.get("title", ""), example.get("text", "")) for example in examples]
    strata = [f"{example.get('lang', '?')}/{example['topic']}" for example in examples]
    smallest = min(strata.count(stratum) for stratum in set(strata))
    if smallest < folds:
        raise TrainingDataError(f"every language x topic needs at least {folds} examples for {folds}-fold "
                                f"cross-validation; the smallest has {smallest}")
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    predicted: list = [None] * len(examples)
    for train_rows, test_rows in splitter.split(texts, strata):
        models = FittedModels.fit([texts[row] for row in train_rows],
                                  [examples[row]["relevant"] for row in train_rows],
                                  [examples[row]["topic"] for row in train_rows], seed)
        for row, prediction in zip(test_rows, models.predict([texts[row] for row in test_rows]), strict=True):
            predicted[row] = prediction
    report = {"folds": folds, "overall": score_predictions(examples, predicted), "by_lang": {}}
    for lang in sorted({example.get("lang", "?") for example in examples}):
        rows = [row for row, example in enumerate(examples) if example.get("lang", "?") == lang]
        report["by_lang"][lang] = score_predictions([examples[row] for row in rows],
                                                    [predicted[row] for row in rows])
    return report


def train_classifier(data_dir: Path, out_path: Path, *, seed: int = 0, folds: int = 5) -> dict:
    """Cross-validate (skipped when folds < 2), then fit on all of data_dir/*.jsonl and save
    {"models": FittedModels, "metadata": ...} to out_path, atomically so that a concurrent reader never
    sees half a file. Returns the metadata; its "cv" key holds the cross-validated scores."""
    started = time.perf_counter()
    examples = load_examples(data_dir)
    data_hash = training_data_hash(data_dir)
    cv_report = cross_validate(examples, seed=seed, folds=folds) if folds >= 2 else {}
    texts = [article_text(example.get("title", ""), example.get("text", "")) for example in examples]
    models = FittedModels.fit(texts, [example["relevant"] for example in examples],
                              [example["topic"] for example in examples], seed)
    languages = sorted({example.get("lang", "?") for example in examples})
    metadata = {
        "format": MODEL_FORMAT,
        "data_hash": data_hash,
        "sklearn_version": sklearn.__version__,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": seed,
        "examples": len(examples),
        "examples_by_lang": {lang: sum(1 for e in examples if e.get("lang", "?") == lang) for lang in languages},
        "cv": cv_report,
        "training_seconds": round(time.perf_counter() - started, 2),
    }
    _save_atomically({"models": models, "metadata": metadata}, Path(out_path))
    return metadata


def _save_atomically(bundle: dict, out_path: Path) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out_path.parent, prefix=out_path.name, suffix=".tmp")
    os.close(handle)
    try:
        joblib.dump(bundle, temporary)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the model is shared like any data file
        os.replace(temporary, out_path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
