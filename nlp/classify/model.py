"""The spaCy component that decides whether an article is about corruption and which kind.

It uses the scikit-learn models of nlp/train_classifier.py, saved in data/models/classifier.joblib.
That file is not committed (a pickle is tied to the scikit-learn version), so when it is missing or was
trained by another scikit-learn or on other training data, it is retrained first: this takes seconds.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import joblib
import sklearn
from pokazatel.nlp.training.classifier import (
    MODEL_FORMAT,
    MODEL_PATH,
    TRAINING_DIR,
    FittedModels,
    TrainingDataError,
    article_text,
    train_classifier,
    training_data_hash,
)
from spacy.language import Language
from spacy.tokens import Doc

SAVED_MODEL_FILE = "classifier.joblib"  # inside a pipeline saved with nlp.to_disk


@dataclass(frozen=True)
class Verdict:
    relevant: bool
    topic: str  # "other" exactly when not relevant
    relevance_score: float


class ArticleClassifier:
    """Both fitted models; `classify` takes (title, text) pairs."""

    def __init__(self, bundle: dict):
        self._models: FittedModels = bundle["models"]
        self.metadata: dict = bundle["metadata"]

    def classify(self, articles: Sequence[tuple[str, str]]) -> list[Verdict]:
        texts = [article_text(title, text) for title, text in articles]
        return [Verdict(*prediction) for prediction in self._models.predict(texts)]


_lock = threading.Lock()
_loaded: dict[tuple[Path, Path, str], ArticleClassifier] = {}


def load_classifier(model_path: Path = MODEL_PATH, data_dir: Path = TRAINING_DIR) -> ArticleClassifier:
    """The saved classifier, retrained and saved first when it is missing or stale. Cached per process
    and per state of the training data, so edited training files are picked up by the next pipeline."""
    model_path, data_dir = Path(model_path).resolve(), Path(data_dir).resolve()
    has_data = any(data_dir.glob("*.jsonl"))
    key = (model_path, data_dir, training_data_hash(data_dir) if has_data else "")
    with _lock:
        if key not in _loaded:
            _loaded[key] = ArticleClassifier(_fresh_bundle(model_path, data_dir, key[2]))
        return _loaded[key]


def _fresh_bundle(model_path: Path, data_dir: Path, data_hash: str) -> dict:
    bundle = _read_bundle(model_path)
    if bundle is not None and (not data_hash or _is_current(bundle["metadata"], data_hash)):
        return bundle
    if not data_hash:
        raise TrainingDataError(f"no classifier at {model_path} and no training data in {data_dir} to train one")
    train_classifier(data_dir, model_path, folds=0)
    return joblib.load(model_path)


def _read_bundle(model_path: Path) -> dict | None:
    if not model_path.exists():
        return None
    try:
        with warnings.catch_warnings():
            # A pickle from another scikit-learn warns on load; its recorded version sends it to retraining.
            warnings.simplefilter("ignore")
            bundle = joblib.load(model_path)
    except Exception:  # a pickle from another scikit-learn/numpy, or a broken file, may not load: retrain
        return None
    if not isinstance(bundle, dict) or not isinstance(bundle.get("models"), FittedModels):
        return None
    if not isinstance(bundle.get("metadata"), dict) or bundle["metadata"].get("format") != MODEL_FORMAT:
        return None
    return bundle


def _is_current(metadata: dict, data_hash: str) -> bool:
    return metadata.get("sklearn_version") == sklearn.__version__ and metadata.get("data_hash") == data_hash


class ClassifierComponent:
    def __init__(self, classifier: ArticleClassifier):
        self.classifier = classifier

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._classify(batch)
                batch = []
        yield from self._classify(batch)

    def _classify(self, docs: list[Doc]) -> list[Doc]:
        verdicts = self.classifier.classify([(doc._.title or "", doc.text) for doc in docs])
        for doc, verdict in zip(docs, verdicts, strict=True):
            doc._.relevant = verdict.relevant
            doc._.topic = verdict.topic
            doc._.relevance_score = verdict.relevance_score
        return docs


    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """The fitted models, so a saved pipeline carries the classifier it was saved with."""
        Path(path).mkdir(parents=True, exist_ok=True)
        bundle = {"models": self.classifier._models, "metadata": self.classifier.metadata}
        joblib.dump(bundle, Path(path) / SAVED_MODEL_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClassifierComponent:
        bundle = _read_bundle(Path(path) / SAVED_MODEL_FILE)
        if bundle is None:
            raise TrainingDataError(f"no usable classifier in {path}")
        self.classifier = ArticleClassifier(bundle)
        return self


@Language.factory("pokazatel_classifier", default_config={"model_path": "", "data_dir": ""})
def make_classifier(nlp: Language, name: str, model_path: str, data_dir: str) -> ClassifierComponent:
    """Sets doc._.relevant, doc._.topic and doc._.relevance_score. Empty paths mean the project's own
    data/models/classifier.joblib and data/training/."""
    return ClassifierComponent(load_classifier(Path(model_path) if model_path else MODEL_PATH,
                                               Path(data_dir) if data_dir else TRAINING_DIR))
