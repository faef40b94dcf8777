"""Token features for the Kazakh NER's embedding (nlp/training/ner_kk.cfg): spaCy's lexeme attributes
give a word one prefix and one suffix; an agglutinative word says more in its stem and in the chain of
endings after it ("агенттігінің" = "агенттік" + "і" + "нің"), so the embedding hashes those too.

Registered as the architecture "pokazatel.KazakhHashEmbed.v1"; loading a model trained with it needs
this module imported, which nlp/kk/language.py does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy
from pokazatel.nlp.kk.stem import stem
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d


def _shape(word: str) -> str:
    """Letter classes with runs cut at four, like spaCy's SHAPE: "Астана" -> "Xxxxx", "ҰҚК" -> "XXX"."""
    shape, last, run = [], "", 0
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        run = run + 1 if kind == last else 1
        last = kind
        if run <= 4:
            shape.append(kind)
    return "".join(shape)


FEATURES: dict[str, Callable[[str], str]] = {
    "norm": str.lower,
    "stem": stem,
    # the stem may end in a devoiced letter ("агенттігі" -> "агенттік"), not its length
    "ending": lambda word: word.lower()[len(stem(word)):],
    "prefix3": lambda word: word.lower()[:3],
    "suffix2": lambda word: word.lower()[-2:],
    "suffix3": lambda word: word.lower()[-3:],
    "suffix4": lambda word: word.lower()[-4:],
    "shape": _shape,
}


@lru_cache(maxsize=75_000)  # about 500 bytes a word form: 38 MB at most
def _word_features(word: str, names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(get_string_id(f"{name}={FEATURES[name](word)}") for name in names)


def word_features(word: str, names: Sequence[str]) -> tuple[int, ...]:
    """The hashed feature values of a word, one per name in `names` (keys of FEATURES)."""
    return _word_features(word, tuple(names))


def KazakhFeatureExtractor(names: Sequence[str]) -> Model[list[Doc], list[Ints2d]]:
    unknown = [name for name in names if name not in FEATURES]
    if unknown:
        raise ValueError(f"unknown Kazakh token features {unknown}: choose from {sorted(FEATURES)}")
    names = tuple(names)

    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        features = [
            model.ops.asarray2i(numpy.array([word_features(t.text, names) for t in doc], dtype="uint64")
                                .reshape((len(doc), len(names))), dtype="uint64")
            for doc in docs
        ]
        return features, lambda d_features: []

    return Model("kk_features", forward)


@registry.architectures("pokazatel.KazakhHashEmbed.v1")
def kazakh_hash_embed(width: int, features: list[str], rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed over FEATURES instead of lexeme attributes: one hash table per feature,
    concatenated and mixed by a Maxout layer."""
    if len(rows) != len(features):
        raise ValueError(f"features and rows differ in length: {len(features)} vs {len(rows)}")
    embeddings = [HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0) for i, n_rows in enumerate(rows)]
    return chain(
        KazakhFeatureExtractor(features),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
