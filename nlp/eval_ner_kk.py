"""Exact-span precision/recall/F1 of the Kazakh NER on the held-out part of KazNERD (the same split
nlp/train_ner_kk.py trains on the rest of)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language

from nlp.train_ner_kk import DEFAULT_MODEL_DIR, Sentence, read_iob2, sentence_doc, split

SCORED_LABELS = ("PER", "ORG", "LOC")  # micro F1 is over these; POSITION is reported on its own


def _prf(true_positive: int, predicted: int, gold: int) -> dict:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f": round(f1, 4), "gold": gold, "predicted": predicted}


def score_docs(nlp: Language, sentences: Iterable[Sentence]) -> dict:
    """Per-label and micro (over SCORED_LABELS) exact-span scores of `nlp` on KazNERD-tokenised sentences."""
    true_positive: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    sentences = list(sentences)
    docs = (sentence_doc(nlp, s, annotated=False) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=256), strict=True):
        expected = {(e.start, e.end, e.label_) for e in sentence_doc(nlp, sentence, annotated=True).ents}
        found = {(e.start, e.end, e.label_) for e in doc.ents}
        for spans, counter in ((expected, gold), (found, predicted), (expected & found, true_positive)):
            counter.update(label for _, _, label in spans)
    labels = sorted(set(gold) | set(predicted))
    scores = {label: _prf(true_positive[label], predicted[label], gold[label]) for label in labels}
    scores["micro"] = _prf(*(sum(c[label] for label in SCORED_LABELS) for c in (true_positive, predicted, gold)))
    return scores


def evaluate_kaznerd(kaznerd_file: Path, model_dir: Path | None = None, *, held_out: float = 0.2,
                     seed: int = 0, with_rules: bool = False) -> dict:
    """Scores of the model in `model_dir` (default data/models/ner-kk) on the held-out part of
    `kaznerd_file`: {"PER": {"p", "r", "f", "gold", "predicted"}, ..., "micro": {...}}.
    `with_rules` scores the whole pokazatel_entities_kk component (model + gazetteer + organisation
    rules) instead of the bare model."""
    import spacy

    from nlp.kazakh import Kazakh  # noqa: F401  (registers the "kk" language)

    model_dir = Path(model_dir or DEFAULT_MODEL_DIR)
    if not (model_dir / "config.cfg").exists():
        raise FileNotFoundError(f"no Kazakh NER model in {model_dir}: run `pokazatel train ner-kk --kaznerd FILE`")
    if with_rules:
        import nlp.entities_kk  # noqa: F401  (registers the component)

        nlp = spacy.blank("kk")
        nlp.add_pipe("pokazatel_entities_kk",
                     config={"model_dir": str(model_dir), "labels": ["PER", "ORG", "LOC", "POSITION"]})
    else:
        nlp = spacy.load(model_dir)
    _, test_part = split(read_iob2(Path(kaznerd_file)), held_out, seed)
    return score_docs(nlp, test_part)


def format_scores(scores: dict) -> str:
    rows = [f"{'label':<9}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for label, s in scores.items():
        rows.append(f"{label:<9}{s['p']:>7.3f}{s['r']:>7.3f}{s['f']:>7.3f}{s['gold']:>7}")
    return "\n".join(rows)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kaznerd_file", type=Path)
    parser.add_argument("model_dir", type=Path, nargs="?")
    parser.add_argument("--with-rules", action="store_true", help="score the whole entity component")
    args = parser.parse_args()
    print(format_scores(evaluate_kaznerd(args.kaznerd_file, args.model_dir, with_rules=args.with_rules)))
