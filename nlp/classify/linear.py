"""The shipped classifier: linear models over TF-IDF n-grams and keyword evidence, applied with numpy.

The model file (data/models/classifier/model.json.gz) is plain JSON: the vocabulary and idf of each n-gram
block, the relevance model's weights with its Platt calibration and threshold, and the topic model's weights.
No pickle, so it loads under any scikit-learn (scikit-learn is only needed to train it:
nlp/training/classifier.py). Features: character 2-5-grams inside word boundaries (stems under Russian and
Kazakh inflection: взятка/взятки, пара алу/пара алған), word uni- and bigrams, each block TF-IDF with
sublinear tf and l2 norm as scikit-learn computes it, then the keyword evidence of keywords.py and the
main-subject evidence of subject.py and the sentence-level evidence of actors.py and paid_acts.py, which read the
word lists of one EvidenceLexicons (lexicons.py). After the model, a public body's release that names corruption only
in passing (releases.py) and an ordinary crime between private parties (private_crimes.py) have their probability
capped.

Tagging scores each article's nonzero features with numpy alone (`feature_rows`, `LinearClassifier.predict`):
importing scipy.sparse cost every process about a tenth of a second. The sums run in the order scipy's CSR
product adds them (column order, one at a time), so the probabilities are the same floats to the bit;
`featurise` still builds the scipy matrix the training and the tests read.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from pokazatel.nlp.classify import private_crimes, releases
from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features
from pokazatel.nlp.classify.keywords import SUMMARY_FEATURES, feature_names, keyword_features
from pokazatel.nlp.classify.lexicons import EvidenceLexicons
from pokazatel.nlp.classify.paid_acts import PAID_FEATURES, paid_act_features
from pokazatel.nlp.classify.subject import DISPUTED_FEATURES, SUBJECT_FEATURES, disputed_features, subject_features

if TYPE_CHECKING:
    from scipy import sparse

MODEL_FORMAT = 10  # bump when the file's shape changes (6: the sentence-level actor features and their words;
# 7: the private-theft count and its words; 8: the promised-decision count and its words; 9: the disputed lead;
# 10: paid acts and goods seizures, paid_acts.py)
NOT_RELEVANT = "other"
_WORD = re.compile(r"(?u)\b\w\w+\b")
KEYWORD_MASS = SUMMARY_FEATURES.index("keyword_hits_log")
POSING = SUBJECT_FEATURES.index("subject:posing")
PASSING = SUBJECT_FEATURES.index("subject:passing_mention")
PAID_ACTS = PAID_FEATURES.index("paid:paid_act_sentences")
WORD_CACHE_SIZE = 100_000  # distinct words whose character grams are kept: bounded however long the crawl

Prediction = tuple[bool, str, float]  # (relevant, topic, relevance probability)


def article_text(title: str, text: str) -> str:
    """What the n-gram blocks read. The headline is repeated because it states the subject most densely."""
    title = (title or "").strip()
    return f"{title}\n{title}\n{text or ''}"


def char_ngrams(document: str) -> list[str]:
    """Character 2-5-grams of each lower-cased word padded with spaces (scikit-learn's char_wb)."""
    grams: list[str] = []
    for word in document.lower().split():
        grams.extend(_word_char_ngrams(word))
    return grams


def _word_char_ngrams(word: str) -> list[str]:
    """One word's grams. Not cached: tagging asks for a word's grams once (TfidfBlock keeps the columns they give),
    and keeping the grams themselves held about 3 KB a word, 95 MB after 946 articles."""
    padded = f" {word} "
    grams: list[str] = []
    for size in range(2, 6):
        if len(padded) < size:
            break
        grams.extend(padded[i:i + size] for i in range(len(padded) - size + 1))
    return grams


def word_ngrams(document: str) -> list[str]:
    """Lower-cased words of two or more letters and the bigrams of consecutive ones."""
    words = _WORD.findall(document.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


ANALYZERS = {"chars": char_ngrams, "words": word_ngrams}

# 1 + log(count) of the small counts that make up nearly all of a row, computed once with math.log (the same
# floats as ever: numpy's log may round differently)
_TF = np.array([0.0, *(1.0 + math.log(count) for count in range(1, 64))])


def _sublinear_tf(counts: np.ndarray) -> np.ndarray:
    tf = _TF[np.minimum(counts, len(_TF) - 1)]
    for index in np.flatnonzero(counts >= len(_TF)):
        tf[index] = 1.0 + math.log(counts[index])
    return tf


@dataclass(frozen=True)
class TfidfBlock:
    vocabulary: dict[str, int]
    idf: np.ndarray

    @cached_property
    def _known_columns(self) -> dict[str, tuple[int, ...]]:
        return {}

    def _char_columns(self, document: str) -> list[int]:
        """The columns of char_ngrams(document) that are in the vocabulary, in order: each word's looked up
        once per process (at most WORD_CACHE_SIZE words kept)."""
        known, vocabulary = self._known_columns, self.vocabulary.get
        columns: list[int] = []
        for word in document.lower().split():
            found = known.get(word)
            if found is None:
                if len(known) >= WORD_CACHE_SIZE:
                    known.clear()
                # _word_char_ngrams(word)'s grams, in its order, looked up as they are cut: no list of them made
                padded = f" {word} "
                found = known[word] = tuple([column for size in range(2, min(len(padded), 5) + 1)
                                             for i in range(len(padded) - size + 1)
                                             if (column := vocabulary(padded[i:i + size])) is not None])
            columns.extend(found)
        return columns

    def row(self, document: str, analyzer) -> tuple[np.ndarray, np.ndarray]:
        """One document's in-vocabulary columns and their sublinear tf times idf, l2-normalised, in order of
        the gram's first occurrence: a row of TfidfVectorizer(sublinear_tf=True)'s output."""
        # Either way the columns come in order of their gram's first occurrence, so the sum below adds in the
        # same order as ever (the same floats, to the bit: numpy multiplies and divides element by element as
        # Python does, and the squares are summed by Python's sum, one at a time).
        if analyzer is char_ngrams:
            distinct, first, occurrences = np.unique(np.array(self._char_columns(document), dtype=np.intp),
                                                     return_index=True, return_counts=True)
            order = np.argsort(first)
            columns, counts = distinct[order], occurrences[order]
        else:  # count every gram, then look up only the distinct ones
            found = [(column, count) for gram, count in Counter(analyzer(document)).items()
                     if (column := self.vocabulary.get(gram)) is not None]
            columns = np.array([column for column, _ in found], dtype=np.intp)
            counts = np.array([count for _, count in found], dtype=np.intp)
        weights = _sublinear_tf(counts) * self.idf[columns]
        norm = math.sqrt(sum((weights * weights).tolist())) or 1.0
        return columns, weights / norm

    def transform(self, documents: Sequence[str], analyzer) -> sparse.csr_matrix:
        """The rows of `documents` as one scipy matrix (for training and tests; tagging uses `row`)."""
        from scipy import sparse

        rows, columns, values = [], [], []
        for number, document in enumerate(documents):
            found, weights = self.row(document, analyzer)
            rows.extend([number] * len(found))
            columns.extend(found)
            values.extend(weights)
        return sparse.csr_matrix((values, (rows, columns)), shape=(len(documents), len(self.idf)),
                                 dtype=np.float64)


def evidence_width(lexicons: EvidenceLexicons) -> int:
    """How many columns the keyword, main-subject and sentence-level evidence take."""
    return (len(feature_names(lexicons.keywords)) + len(SUBJECT_FEATURES) + len(ACTOR_FEATURES) + len(DISPUTED_FEATURES)
            + len(PAID_FEATURES))


def evidence(title: str, text: str, lexicons: EvidenceLexicons) -> list[float]:
    """The keyword evidence (keywords.py), the main-subject evidence (subject.py), the sentence-level
    evidence (actors.py: a sentence that reports a rumour or a denial counts for no pair, as one that poses), the
    disputed lead (subject.py), paid acts and goods seized (paid_acts.py). The posing and disputed flags are weighed
    by the keyword mass (subject.py says why). A mention in passing is none when a sentence tells money taken for an
    official's act: a college teacher paid for grades, the bribe's word named once at the end, scored 0.06 because
    the flag outweighed that evidence."""
    keyword = keyword_features(title, text, lexicons.keywords)
    mass = keyword[KEYWORD_MASS]
    subject = subject_features(title, text, lexicons)
    subject[POSING] *= mass
    dishonest = lexicons.subject_posing + lexicons.subject_disputed
    actors = lexicons.actor_lexicon
    paid = paid_act_features(title, text, lexicons.paid_lexicon, actors.actors, actors.acts, dishonest)
    if paid[PAID_ACTS]:
        subject[PASSING] = 0.0
    return [*keyword, *subject, *actor_features(title, text, actors, dishonest),
            *(flag * mass for flag in disputed_features(title, text, lexicons.subject_disputed)), *paid]


def feature_rows(blocks: dict[str, TfidfBlock], lexicons: EvidenceLexicons, articles: Sequence[tuple[str, str]]
                 ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each article's row of `featurise`'s matrix as (columns, values) of its nonzero entries, columns
    increasing, as the CSR matrix stores them; without scipy."""
    rows = []
    for title, text in articles:
        document = article_text(title, text)
        columns: list[np.ndarray] = []
        values: list[np.ndarray] = []
        offset = 0
        for name, analyzer in ANALYZERS.items():
            found, weights = blocks[name].row(document, analyzer)
            block_columns = np.array(found, dtype=np.intp)
            order = np.argsort(block_columns)  # a row's columns are distinct
            columns.append(block_columns[order] + offset)
            values.append(np.array(weights, dtype=np.float64)[order])
            offset += len(blocks[name].idf)
        extra = np.array(evidence(title, text, lexicons), dtype=np.float64)
        nonzero = np.flatnonzero(extra)  # scipy keeps only the nonzero evidence
        columns.append(nonzero + offset)
        values.append(extra[nonzero])
        rows.append((np.concatenate(columns), np.concatenate(values)))
    return rows


def calibrated(margins: np.ndarray, calibration: tuple[float, float]) -> np.ndarray:
    """Platt's probability of each relevance margin: 1 / (1 + exp(-(a * margin + b)))."""
    slope, offset = calibration
    return 1.0 / (1.0 + np.exp(-(slope * margins + offset)))


def row_products(row: tuple[np.ndarray, np.ndarray], weights: np.ndarray) -> np.ndarray:
    """The row times `weights` (one vector, or a matrix of features x outputs), summed one entry at a time
    in column order from zero, as scipy's csr_matvec(s) adds: a running sum (cumsum) rather than np.dot or
    np.sum, whose pairwise and blocked sums round differently."""
    columns, values = row
    if not len(columns):
        return np.zeros(weights.shape[1:])
    products = values * weights[columns] if weights.ndim == 1 else values[:, None] * weights[columns]
    return np.cumsum(products, axis=0)[-1]


def featurise(blocks: dict[str, TfidfBlock], lexicons: EvidenceLexicons, articles: Sequence[tuple[str, str]]
              ) -> sparse.csr_matrix:
    """The model's feature matrix: the n-gram blocks in ANALYZERS order, then the evidence."""
    from scipy import sparse

    texts = [article_text(title, text) for title, text in articles]
    parts = [blocks[name].transform(texts, ANALYZERS[name]) for name in ANALYZERS]
    rows = [evidence(title, text, lexicons) for title, text in articles]
    parts.append(sparse.csr_matrix(np.array(rows, dtype=np.float64).reshape(len(articles), evidence_width(lexicons))))
    return sparse.hstack(parts, format="csr")


@dataclass(frozen=True)
class LinearClassifier:
    """Relevance: a calibrated probability, relevant at or above `threshold`; topic: the best of the
    corruption topics for a relevant article, 'other' exactly when not relevant."""

    blocks: dict[str, TfidfBlock]
    lexicons: EvidenceLexicons  # the word lists it was trained with
    relevance_weights: np.ndarray
    relevance_intercept: float
    calibration: tuple[float, float]  # Platt: p = 1 / (1 + exp(-(a * margin + b)))
    threshold: float
    topics: tuple[str, ...]
    topic_weights: np.ndarray  # topics x features
    topic_intercepts: np.ndarray
    metadata: dict

    def probabilities(self, articles: Sequence[tuple[str, str]]) -> np.ndarray:
        if not articles:
            return np.zeros(0)
        return self._probabilities(self._rows(articles), articles)

    def _rows(self, articles: Sequence[tuple[str, str]]) -> list[tuple[np.ndarray, np.ndarray]]:
        return feature_rows(self.blocks, self.lexicons, articles)

    def _probabilities(self, rows: list[tuple[np.ndarray, np.ndarray]], articles: Sequence[tuple[str, str]]
                       ) -> np.ndarray:
        """The calibrated probabilities, a public body's release that names corruption only in passing (releases.py)
        and an ordinary crime between private parties (private_crimes.py) capped."""
        margins = np.array([row_products(row, self.relevance_weights) for row in rows]) + self.relevance_intercept
        return np.array([private_crimes.capped(releases.capped(float(probability), title, text, self.lexicons),
                                               title, text, self.lexicons)
                         for probability, (title, text) in zip(calibrated(margins, self.calibration), articles,
                                                              strict=True)])

    @cached_property
    def _topic_columns(self) -> np.ndarray:
        """The topic weights as features x topics, each feature's row contiguous."""
        return np.ascontiguousarray(self.topic_weights.T)

    def predict(self, articles: Sequence[tuple[str, str]]) -> list[Prediction]:
        if not articles:
            return []
        rows = self._rows(articles)
        probabilities = self._probabilities(rows, articles)
        scores = np.array([row_products(row, self._topic_columns) for row in rows]) + self.topic_intercepts
        best_topics = scores.argmax(axis=1)
        return [(True, self.topics[best], float(probability)) if probability >= self.threshold
                else (False, NOT_RELEVANT, float(probability))
                for probability, best in zip(probabilities, best_topics, strict=True)]

    def to_json(self) -> dict:
        return {
            "format": MODEL_FORMAT,
            "metadata": self.metadata,
            "blocks": {name: {"vocabulary": sorted(block.vocabulary, key=block.vocabulary.__getitem__),
                              "idf": _rounded(block.idf)} for name, block in self.blocks.items()},
            **self.lexicons.to_json(),
            "relevance": {"weights": _rounded(self.relevance_weights), "intercept": self.relevance_intercept,
                          "calibration": list(self.calibration), "threshold": self.threshold},
            "topic": {"topics": list(self.topics), "weights": [_rounded(row) for row in self.topic_weights],
                      "intercepts": _rounded(self.topic_intercepts)},
        }

    @classmethod
    def from_json(cls, document: dict) -> LinearClassifier:
        if document.get("format") != MODEL_FORMAT:
            raise ValueError(f"model format {document.get('format')!r}, expected {MODEL_FORMAT}")
        blocks = {name: TfidfBlock({term: column for column, term in enumerate(document["blocks"][name]["vocabulary"])},
                                   np.asarray(document["blocks"][name]["idf"], dtype=np.float64))
                  for name in ANALYZERS}
        lexicons = EvidenceLexicons.from_json(document)
        relevance, topic = document["relevance"], document["topic"]
        width = sum(len(block.idf) for block in blocks.values()) + evidence_width(lexicons)
        weights = np.asarray(relevance["weights"], dtype=np.float64)
        topic_weights = np.asarray(topic["weights"], dtype=np.float64)
        if weights.shape != (width,) or topic_weights.shape != (len(topic["topics"]), width):
            raise ValueError("the model's weights do not fit its vocabulary")
        return cls(blocks, lexicons, weights, float(relevance["intercept"]), tuple(relevance["calibration"]),
                   float(relevance["threshold"]), tuple(topic["topics"]), topic_weights,
                   np.asarray(topic["intercepts"], dtype=np.float64), document.get("metadata", {}))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        with gzip.open(temporary, "wt", encoding="utf-8", compresslevel=9) as handle:
            json.dump(self.to_json(), handle, ensure_ascii=False, separators=(",", ":"))
        temporary.replace(path)

    @classmethod
    def load(cls, path: Path) -> LinearClassifier:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return cls.from_json(json.load(handle))


def _rounded(values: np.ndarray) -> list[float]:
    return [float(f"{value:.5g}") for value in np.asarray(values, dtype=np.float64)]
