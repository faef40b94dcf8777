"""A linear-chain CRF Kazakh NER (python-crfsuite) over rich token features: the word, the project's
stem and the chain of endings after it ("агенттігінің" = "агенттік" + "інің"), first and last one to
four letters, shape, and the same of the neighbours two words either side. It trains in minutes, so
its settings are chosen by cross-validation (pokazatel.nlp.training.ner_kk_crf).

The spaCy component "pokazatel_crf_ner_kk" sets doc.ents; its model is crfsuite's own file
(`model.crfsuite`), written and read by to_disk/from_disk, so a saved `kk` pipeline holding it is a
plain spaCy model directory that pokazatel_entities_kk loads like the tok2vec one. The pipeline runs it
beside the spaCy model (data/models/ner-kk-crf, `pokazatel.nlp.kk.entities.union_of_models`; README,
"Kazakh NER training").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import pycrfsuite
from pokazatel.nlp.kk.features import _shape
from pokazatel.nlp.kk.gazetteer import GAZETTEER_DIR, load_gazetteer
from pokazatel.nlp.kk.iob import iob_spans
from pokazatel.nlp.kk.org_rules import org_rules
from pokazatel.nlp.kk.stem import stem
from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_FILE = "model.crfsuite"
# Word forms whose strings are kept (a Kazakh word form's entries take about 1.8 KB in all, so at most about 36 MB):
# 20,000 hold the 248 Kazakh dev-bucket real articles' vocabulary (19,258 forms), and a long run's new words
# push out the oldest, not the memory up.
WORD_FORMS_KEPT = 20_000
# a neighbour's strings are named with its offset: made again each time (a cache of them held 534 bytes an
# entry, four entries a word form, and saved 0.04 CPU s over those 248 articles)
CONTEXT_OFFSETS = ((-2, "-2"), (-1, "-1"), (1, "1"), (2, "2"))


@lru_cache(maxsize=WORD_FORMS_KEPT)
def _word_features(word: str) -> tuple[str, ...]:
    """What a word says about itself, without its position."""
    lower = word.lower()
    word_stem = stem(word)
    features = [f"w={lower}", f"stem={word_stem}", f"end={lower[len(word_stem):]}", f"shape={_shape(word)}"]
    features += [f"p{n}={lower[:n]}" for n in range(1, 5) if len(lower) >= n]
    features += [f"s{n}={lower[-n:]}" for n in range(1, 5) if len(lower) >= n]
    if word[:1].isupper():
        features.append("title")
    if word.isupper() and len(word) > 1:
        features.append("upper")
    if any(c.isdigit() for c in word):
        features.append("digit")
    if not any(c.isalnum() for c in word):
        features.append("punct")
    return tuple(features)


@lru_cache(maxsize=WORD_FORMS_KEPT)
def _context_features(word: str) -> tuple[str, str, str, str]:
    """What a neighbour contributes: its form, stem, endings and shape."""
    lower = word.lower()
    word_stem = stem(word)
    return (f"w={lower}", f"stem={word_stem}", f"end={lower[len(word_stem):]}", f"shape={_shape(word)}")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Stems of the organisation rules' word classes: heads of bodies, administrative words, position heads."""
    rules = org_rules()
    return rules.heads | rules.direct_heads, rules.administrative_words, rules.position_heads


def _gazetteer_tags(words: Sequence[str]) -> list[str]:
    """B-/I- and the label of the project's gazetteer (data/gazetteer) matches, "O" elsewhere."""
    tags = ["O"] * len(words)
    # the directory named as the pipeline names it, so both find the one index load_gazetteer cached
    gazetteer = load_gazetteer(GAZETTEER_DIR)
    for start, end, label in gazetteer.find_in_words(list(words)):
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


@lru_cache(maxsize=WORD_FORMS_KEPT)
def _classes(word: str) -> tuple[str, ...]:
    heads, administrative, positions = _lexicon()
    word_stem = stem(word)
    return tuple(name for name, words in (("head", heads), ("admin", administrative), ("position", positions))
                 if word_stem in words)


@lru_cache(maxsize=50_000)
def _at(offset: int, gazetteer_tag: str, classes: tuple[str, ...]) -> tuple[str, ...]:
    """A word's gazetteer tag and classes as seen from `offset` words away (0: the word itself)."""
    prefix = f"{offset}" if offset else ""
    return (f"{prefix}gaz={gazetteer_tag}", *(f"{prefix}class={c}" for c in classes))


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """crfsuite's attribute strings for each word of a sentence (a word's own strings and what it shows its
    neighbours made once per word form)."""
    own = [_word_features(w) for w in words]
    context = [_context_features(w) for w in words]
    classes = [_classes(w) for w in words]
    gazetteer = _gazetteer_tags(words)
    quoted = _inside_quotes(words)
    sequence = []
    for i in range(len(words)):
        features = ["bias", *own[i], *_at(0, gazetteer[i], classes[i])]
        if quoted[i]:
            features.append("quoted")
        if i == 0:
            features.append("first")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                features += _at(offset, gazetteer[j], classes[j])
        for offset, name in CONTEXT_OFFSETS:
            j = i + offset
            if 0 <= j < len(words):
                features += [name + feature for feature in context[j]]
            else:
                features.append(f"{offset}none")
        if i > 0:
            features.append(f"stem-1|stem={context[i - 1][1]}|{context[i][1]}")
        if i + 1 < len(words):
            features.append(f"stem|stem+1={context[i][1]}|{context[i + 1][1]}")
            features.append(f"shape|stem+1={context[i][3]}|{context[i + 1][1]}")
        for offset in (-3, 3):
            if 0 <= i + offset < len(words):
                features.append(f"{offset}{context[i + offset][1]}")
        sequence.append(features)
    return sequence


def _inside_quotes(words: Sequence[str]) -> list[bool]:
    opening, closing = org_rules().opening_quotes, org_rules().closing_quotes
    inside, result = False, []
    for word in words:
        if inside and word in closing:
            inside = False
            result.append(False)
        elif not inside and word in opening:
            inside = True
            result.append(False)
        else:
            result.append(inside)
    return result


class CrfTagger:
    """A trained crfsuite model, held in memory."""

    def __init__(self, model: bytes):
        self.model = model
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(model)

    @classmethod
    def from_file(cls, path: Path) -> CrfTagger:
        return cls(Path(path).read_bytes())

    def tag(self, words: Sequence[str]) -> list[str]:
        return list(self._tagger.tag(sentence_features(words))) if words else []


class CrfEntities:
    """The spaCy component: doc.ents from the CRF's tags (an empty component tags nothing until
    from_disk or `set_model`)."""

    def __init__(self) -> None:
        self.tagger: CrfTagger | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        """The entity labels the model tags, like spaCy's NER's."""
        if self.tagger is None:
            return ()
        return tuple(sorted({tag[2:] for tag in self.tagger._tagger.labels() if tag != "O"}))

    def set_model(self, model: bytes) -> None:
        self.tagger = CrfTagger(model)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in self.spans([t.text for t in doc])]
        return doc

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """(start, end, label) of the entities the model tags in `words`."""
        if self.tagger is None:
            raise ValueError("pokazatel_crf_ner_kk has no model: load one with from_disk")
        return iob_spans(self.tagger.tag(words))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if self.tagger is None:
            raise ValueError("pokazatel_crf_ner_kk has no model to save")
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / MODEL_FILE).write_bytes(self.tagger.model)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CrfEntities:
        self.tagger = CrfTagger.from_file(Path(path) / MODEL_FILE)
        return self


@Language.factory("pokazatel_crf_ner_kk")
def make_crf_ner_kk(nlp: Language, name: str) -> CrfEntities:
    return CrfEntities()
