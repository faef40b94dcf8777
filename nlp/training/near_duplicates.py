"""Groups of near-duplicate articles: a release re-published by another body, or lightly edited, is one group,
so that cross-validation can keep the copies in one fold (a copy in the training folds would make the other
copy's out-of-fold score an in-sample one).

Two articles are near-duplicates when their word 5-gram shingles overlap (Jaccard) or their TF-IDF vectors point
the same way (cosine) at least as much as the given bounds; groups are the connected parts of that relation.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

SHINGLE_WORDS = 5
# Shingles found in more articles than this are boilerplate (a ministry's sign-off), not evidence of a copy; they
# also keep the pair count small.
MAX_SHINGLE_ARTICLES = 200
WORD = re.compile(r"\w+")


def shingles(document: str) -> set[str]:
    """The document's runs of SHINGLE_WORDS lower-cased words (the whole document when it is shorter)."""
    words = WORD.findall(document.lower())
    return {" ".join(words[start:start + SHINGLE_WORDS]) for start in range(max(1, len(words) - SHINGLE_WORDS + 1))}


def near_duplicate_pairs(documents: Sequence[str], jaccard: float, cosine: float) -> set[tuple[int, int]]:
    """Index pairs (i < j) of documents whose shingle Jaccard is at least `jaccard` or whose TF-IDF cosine is at
    least `cosine`."""
    sets = [shingles(document) for document in documents]
    articles_of = defaultdict(list)
    for index, found in enumerate(sets):
        for shingle in found:
            articles_of[shingle].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for indices in articles_of.values():
        if 1 < len(indices) <= MAX_SHINGLE_ARTICLES:
            for pair in itertools.combinations(indices, 2):
                shared[pair] += 1
    pairs = {(i, j) for (i, j), count in shared.items() if count / len(sets[i] | sets[j]) >= jaccard}
    vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(documents) if any(documents) else None
    if vectors is not None:
        similar = (vectors @ vectors.T).tocoo()
        pairs |= {(int(i), int(j)) for i, j, value in zip(similar.row, similar.col, similar.data, strict=True)
                  if i < j and value >= cosine - 1e-9}
    return pairs


def near_duplicate_groups(documents: Sequence[str], jaccard: float = 0.3, cosine: float = 0.6) -> np.ndarray:
    """One group number per document; near-duplicates (directly or through a chain of them) share it. The
    defaults are loose on purpose: grouping too much costs a little fold balance, grouping too little leaks."""
    parent = list(range(len(documents)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for i, j in near_duplicate_pairs(documents, jaccard, cosine):
        parent[root(i)] = root(j)
    return np.array([root(index) for index in range(len(documents))], dtype=int)
