"""The spaCy component that decides whether an article is about corruption and which kind.

It loads the shipped model (data/models/classifier/model.json.gz, see linear.py) or the file its
`model_path` setting names; it never trains. `pokazatel train classifier` rebuilds the file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pokazatel.nlp.classify.linear import LinearClassifier
from pokazatel.nlp.classify.topic_rules import load_topic_rules
from pokazatel.nlp.extensions import doc_text
from spacy.language import Language
from spacy.tokens import Doc

from pokazatel.resources import data_path

MODEL_PATH = data_path("models", "classifier", "model.json.gz")
SAVED_MODEL_FILE = "model.json.gz"  # inside a pipeline saved with nlp.to_disk


class ModelFileError(OSError):
    """The classifier's model file is missing or unreadable; the message names the file."""


@dataclass(frozen=True)
class Verdict:
    relevant: bool
    topic: str  # "other" exactly when not relevant
    relevance_score: float  # calibrated probability that the article is about corruption


class ArticleClassifier:
    """The loaded model and the topic rules over it (topic_rules.py); `classify` takes (title, text) pairs."""

    def __init__(self, model: LinearClassifier):
        self.model = model
        self.metadata: dict = model.metadata
        self.topic_rules = load_topic_rules()

    def classify(self, articles: Sequence[tuple[str, str]]) -> list[Verdict]:
        articles = list(articles)
        return [Verdict(relevant, self.topic_rules.topic(title, text, topic) if relevant else topic, probability)
                for (title, text), (relevant, topic, probability)
                in zip(articles, self.model.predict(articles), strict=True)]


_lock = threading.Lock()
_loaded: dict[tuple[Path, float], ArticleClassifier] = {}


def load_classifier(model_path: Path = MODEL_PATH) -> ArticleClassifier:
    """The model at model_path, loaded once per process and per file modification time."""
    model_path = Path(model_path).resolve()
    try:
        key = (model_path, model_path.stat().st_mtime)
    except OSError:
        raise ModelFileError(f"no classifier model at {model_path} (pokazatel train classifier builds one)") from None
    with _lock:
        if key not in _loaded:
            try:
                _loaded[key] = ArticleClassifier(LinearClassifier.load(model_path))
            except (OSError, ValueError, KeyError, TypeError) as error:
                raise ModelFileError(f"classifier model {model_path} is unreadable: {error}") from None
        return _loaded[key]


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
        verdicts = self.classifier.classify([(doc._.title or "", doc_text(doc)) for doc in docs])
        for doc, verdict in zip(docs, verdicts, strict=True):
            doc._.relevant = verdict.relevant
            doc._.topic = verdict.topic
            doc._.relevance_score = verdict.relevance_score
        return docs

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """The model, so a saved pipeline carries the classifier it was saved with."""
        Path(path).mkdir(parents=True, exist_ok=True)
        self.classifier.model.save(Path(path) / SAVED_MODEL_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClassifierComponent:
        self.classifier = load_classifier(Path(path) / SAVED_MODEL_FILE)
        return self


@Language.factory("pokazatel_classifier", default_config={"model_path": ""})
def make_classifier(nlp: Language, name: str, model_path: str) -> ClassifierComponent:
    """Sets doc._.relevant, doc._.topic and doc._.relevance_score. An empty path means the shipped model."""
    return ClassifierComponent(load_classifier(Path(model_path) if model_path else MODEL_PATH))
