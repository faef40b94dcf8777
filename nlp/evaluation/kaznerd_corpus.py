"""KazNERD (CoNLL IOB2 files, CC BY 4.0) as the project reads it: sentences, their tags mapped to the
pipeline's labels, the deterministic training / held-out split, and a sentence as a spaCy Doc. Training
(pokazatel.nlp.training.ner_kk) and scoring (pokazatel.nlp.evaluation.kaznerd) share it, so scores are
never measured on training sentences."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pokazatel.nlp.kk.iob import repair_iob
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import biluo_tags_to_spans, iob_to_biluo

LABEL_MAP = {
    "PERSON": "PER",
    "ORGANISATION": "ORG",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "POSITION": "POSITION",
}
# Classes whose tokens differ between KazNERD's paired sentence variants ("алты" / "6"): left out of
# the split key so both variants of a sentence land on the same side.
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


class KazNERDFileError(ValueError):
    """A file that is no IOB2 file, or holds too few sentences for what is asked of it: the user's input."""


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
                raise KazNERDFileError(f"{path}:{number}: expected 'word IOB2-tag', got {line.strip()!r}")
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
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(repair_iob(sentence.mapped_tags())))
    return doc
