"""Exact-span precision/recall/F1 of the Kazakh NER on the held-out part of KazNERD (the same split
pokazatel.nlp.training.ner_kk trains on the rest of)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pokazatel.nlp.evaluation.kaznerd_corpus import Sentence, read_iob2, sentence_doc, split
from pokazatel.nlp.kk.entities import DEFAULT_CRF_DIR, DEFAULT_MODEL_DIR
from spacy.language import Language

Span = tuple[int, int, str]
SCORED_LABELS = ("PER", "ORG", "LOC")  # micro F1 is over these; POSITION is reported on its own


def _prf(true_positive: int, predicted: int, gold: int) -> dict:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": true_positive, "fp": predicted - true_positive, "fn": gold - true_positive}


def score_docs(nlp: Language, sentences: Iterable[Sentence]) -> dict:
    """Per-label and micro (over SCORED_LABELS) exact-span scores of `nlp` on KazNERD-tokenised sentences."""
    sentences = list(sentences)
    docs = (sentence_doc(nlp, s, annotated=False) for s in sentences)
    return span_scores(({(e.start, e.end, e.label_) for e in sentence_doc(nlp, sentence, annotated=True).ents},
                        {(e.start, e.end, e.label_) for e in doc.ents})
                       for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=256), strict=True))


def span_scores(sentences: Iterable[tuple[set[Span], set[Span]]]) -> dict:
    """Per-label and micro (over SCORED_LABELS) scores of (expected, found) (start, end, label) spans per sentence."""
    true_positive: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for expected, found in sentences:
        for spans, counter in ((expected, gold), (found, predicted), (expected & found, true_positive)):
            counter.update(label for _, _, label in spans)
    labels = sorted(set(gold) | set(predicted))
    scores = {label: _prf(true_positive[label], predicted[label], gold[label]) for label in labels}
    scores["micro"] = _prf(*(sum(c[label] for label in SCORED_LABELS) for c in (true_positive, predicted, gold)))
    return scores


def evaluate_kaznerd(kaznerd_file: Path, model_dir: Path | None = None, *, held_out: float = 0.2,
                     seed: int = 0, with_rules: bool = True, crf_dir: Path | None = None) -> dict:
    """Exact-span scores on the held-out part of `kaznerd_file` of the model in `model_dir` (default
    data/models/ner-kk) and, `with_rules`, of the pokazatel_entities_kk component as the pipeline runs it:
    model, the second model (the CRF in `crf_dir`, default data/models/ner-kk-crf), gazetteer and
    organisation rules ("component"), and without the CRF ("no_crf"):
    {"model": {"PER": {"precision", "recall", "f1", "tp", "fp", "fn"}, ..., "micro": {...}},
     "component": {...}, "no_crf": {...}, "sentences": held-out sentence count}; for a model trained on
    every sentence (training.json "trained_on_all") also "seen_in_training": True and its
    "cross_validated" scores, and "crf_seen_in_training": True for such a CRF."""
    import spacy
    from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers the "kk" language)

    model_dir = Path(model_dir or DEFAULT_MODEL_DIR)
    if not (model_dir / "config.cfg").exists():
        raise FileNotFoundError(f"no Kazakh NER model in {model_dir}: run `pokazatel train ner-kk --kaznerd FILE`")
    _, test_part = split(read_iob2(Path(kaznerd_file)), held_out, seed)
    result: dict = {"model": score_docs(spacy.load(model_dir), test_part)}
    if with_rules:
        import pokazatel.nlp.kk.entities  # noqa: F401  (registers the component)

        crf_dir = Path(crf_dir or DEFAULT_CRF_DIR)
        for system, crf in (("component", str(crf_dir)), ("no_crf", "none")):
            component = spacy.blank("kk")
            component.add_pipe("pokazatel_entities_kk", config={
                "model_dir": str(model_dir), "labels": ["PER", "ORG", "LOC", "POSITION"], "crf_model_dir": crf})
            result[system] = score_docs(component, test_part)
        if _summary(crf_dir).get("trained_on_all"):
            result["crf_seen_in_training"] = True
    result["sentences"] = len(test_part)
    summary = _summary(model_dir)
    if summary.get("trained_on_all"):
        # the model saw these sentences: its honest figures are the cross-validated ones of training
        result["seen_in_training"] = True
        result["cross_validated"] = summary["cross_validation"]["scores"]
    return result


def _summary(model_dir: Path) -> dict:
    """A trained model's training.json, or {}."""
    import json

    training = Path(model_dir) / "training.json"
    return json.loads(training.read_text(encoding="utf-8")) if training.exists() else {}


def evaluate_gold_entities_kk(gold_path: Path, model_dir: Path | None = None, include_positions: bool = False) -> dict:
    """Entity P/R/F1 of pokazatel_entities_kk on the Kazakh articles of a gold .jsonl (SCHEMA.md):
    (label, norm) sets per article, case-insensitive, pooled over articles."""
    import json

    import pokazatel.nlp.kk.entities  # noqa: F401  (registers the component)
    import spacy

    labels = ["PER", "ORG", "LOC"] + (["POSITION"] if include_positions else [])
    component = spacy.blank("kk")
    component.add_pipe("pokazatel_entities_kk", config={"model_dir": str(model_dir or ""), "labels": labels})
    tp = fp = fn = 0
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("lang") != "kk" or "entities" not in record:  # labels-only records name no entities
            continue
        predicted = {(e.label_, e._.norm.lower()) for e in component(record["text"]).ents}
        gold = {(e["label"], e["norm"].lower()) for e in record["entities"]}
        tp, fp, fn = tp + len(predicted & gold), fp + len(predicted - gold), fn + len(gold - predicted)
    return _prf(tp, tp + fp, tp + fn)
