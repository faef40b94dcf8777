"""Training examples from real news: labelled dev articles, and unlabelled dev articles as weak negatives.

The texts live outside the repository (../shared/data/real-news, no licence); the labels are
data/eval/real/dev.jsonl. An article is held out when sha1(id) % 5 < 2 (data/eval/real/README.md): no
held-out article is ever used here, labelled or not.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pokazatel.nlp.classify.keywords import keyword_features, prefilter_entries
from pokazatel.nlp.kk.latin import article_in_cyrillic
from pokazatel.nlp.labels import TOPICS

from pokazatel.jsonlines import JsonLinesError, read_json_lines


class RealExamplesError(ValueError):
    """A labels or texts file is missing or malformed, or a label names a held-out article."""


def is_heldout(article_id: str) -> bool:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 < 2


def _read_numbered(path: Path) -> list[tuple[int, dict]]:
    if not path.is_file():
        raise RealExamplesError(f"no file at {path}")
    try:
        return list(read_json_lines(path))
    except JsonLinesError as error:
        raise RealExamplesError(str(error)) from None


def _read_jsonl(path: Path) -> list[dict]:
    return [record for _, record in _read_numbered(path)]


def _read_labels(path: Path) -> list[dict]:
    """The labels; one without an id, a true-or-false `relevant` or one of SCHEMA.md's topics is said with its line
    (it was a KeyError's traceback, or a label "relevant": "no" trained as relevant)."""
    numbered = _read_numbered(path)
    for number, label in numbered:
        if not isinstance(label, dict) or isinstance(label.get("id"), bool) or \
                not isinstance(label.get("id"), str | int) or not isinstance(label.get("relevant"), bool) or \
                label.get("topic") not in TOPICS:
            raise RealExamplesError(f"{path}:{number}: a label needs \"id\", \"relevant\" (true or false) and "
                                    f"\"topic\" (one of {', '.join(TOPICS)}): {json.dumps(label)[:120]}")
    return [label for _, label in numbered]


def real_examples(texts_dir: Path, labels_path: Path, *, weak_negatives: bool = True) -> list[dict]:
    """Training examples {id, lang, title, text, relevant, topic, origin}: every labelled article, and
    (weak_negatives) every unlabelled dev-split article of the labelled files that names no prefilter keyword,
    as not relevant. The labelling read every keyword article, so an unlabelled one is almost surely other."""
    labels = {str(label["id"]): label for label in _read_labels(Path(labels_path))}
    heldout = sorted(article_id for article_id in labels if is_heldout(article_id))
    if heldout:
        raise RealExamplesError(f"{labels_path} holds {len(heldout)} held-out articles (e.g. {heldout[0]}): "
                                "train on the dev labels only")
    files = sorted({label["file"] for label in labels.values() if label.get("file")})
    if not files:
        raise RealExamplesError(f"{labels_path}: the labels name no texts file")
    examples, found, entries = [], set(), prefilter_entries()
    for name in files:
        for article in _read_jsonl(Path(texts_dir) / name):
            article_id = str(article.get("id"))
            title, text = article_in_cyrillic(article.get("title") or "", article.get("text") or "")
            if article_id in labels:
                found.add(article_id)
                relevant, topic, origin = bool(labels[article_id]["relevant"]), labels[article_id]["topic"], "real"
            elif weak_negatives and not is_heldout(article_id) and not keyword_features(title, text, entries)[0]:
                relevant, topic, origin = False, "other", "real-unlabelled"
            else:
                continue
            examples.append({"id": article_id, "lang": article.get("lang") or "?", "title": title, "text": text,
                             "relevant": relevant, "topic": topic, "origin": origin})
    missing = sorted(set(labels) - found)
    if missing:
        raise RealExamplesError(f"{len(missing)} labelled articles are not in {texts_dir} (e.g. {missing[0]})")
    return examples
