"""natasha's news NER tagger (slovnet's model over navec's news embedding, the files natasha ships), loaded
with only what tagging reads. natasha's own loader also builds navec's word index (250,000 words) and its
similarity tables, which NER never uses: slovnet looks words up in its own vocabulary and reads only the
embedding's quantisation indexes and codes. Same files, same arrays, same tags; about a third of a second
less at every process start (and in every worker)."""

from __future__ import annotations

import json
import tarfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import numpy as np
from slovnet import NER

# The files natasha.data names (NEWS_EMBEDDING, NEWS_NER), found without importing natasha, which imports
# its morphology, syntax and extractors too.
NATASHA_DATA = Path(find_spec("natasha").submodule_search_locations[0]) / "data"
NEWS_EMBEDDING = NATASHA_DATA / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"
NEWS_NER = NATASHA_DATA / "model" / "slovnet_ner_news_v1.tar"


@dataclass(frozen=True)
class EmbeddingMeta:
    id: str


@dataclass(frozen=True)
class Quantisation:
    """navec's product quantisation: each word's centroid per sub-vector (indexes) and the centroids (codes)."""

    indexes: np.ndarray  # words x sub-vectors, uint8
    codes: np.ndarray  # sub-vectors x centroids x sub-vector width, float32


@dataclass(frozen=True)
class Embedding:
    """What slovnet's InjectNavecVisitor reads of a navec.Navec: meta.id and pq.indexes / pq.codes."""

    meta: EmbeddingMeta
    pq: Quantisation


def load_embedding(path: Path = NEWS_EMBEDDING) -> Embedding:
    """navec's meta.json and pq.bin, read as navec.Navec.load reads them; vocab.bin is not read."""
    with tarfile.open(path) as tar:
        meta = json.loads(tar.extractfile("meta.json").read().decode("ascii"))
        if meta.get("protocol") != 1:
            raise ValueError(f"{path}: navec protocol {meta.get('protocol')!r}, expected 1")
        pq = tar.extractfile("pq.bin")
        vectors, _, subvectors, centroids = np.frombuffer(pq.read(16), np.uint32)
        indexes = np.frombuffer(pq.read(int(vectors) * int(subvectors)), np.uint8).reshape(vectors, subvectors)
        codes = np.frombuffer(pq.read(), np.float32).reshape(subvectors, centroids, -1)
    return Embedding(EmbeddingMeta(meta["id"]), Quantisation(indexes, codes))


def news_ner_tagger() -> NER:
    """slovnet's NER with natasha's news model and embedding: what natasha.NewsNERTagger(NewsEmbedding())
    tags with (its .infer and .batch_size)."""
    return NER.load(str(NEWS_NER)).navec(load_embedding())
