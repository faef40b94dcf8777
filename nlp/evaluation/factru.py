"""Scores Russian NER on factRuEval-2016 (token level, per type), for the project's entities component
and for natasha alone in the same run, so any rule that hurts natasha shows up; and scores entities on
the project's gold articles (label + norm, case-insensitive, as ../shared/gold/SCHEMA.md says).

factRuEval gold, per its README: PER = every token of a Person object; ORG = the org_name spans of Org
objects; LOC = the loc_name spans of Location and LocOrg objects. A predicted entity marks every token
it overlaps.

    pokazatel eval --factru ../shared/data/factRuEval-2016/devset [--limit N] [--factru-half odd|even]

The halves split the documents by the parity of the number in their name (book_115 is odd): rules are
written looking at the errors of the odd half only, and the even half is reported as held out.
    pokazatel eval ../shared/gold/dev.jsonl --entity-components
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

TYPES = ("PER", "ORG", "LOC")
GOLD_SPANS = {  # object type -> (our label, span types of the object that count)
    "Person": ("PER", None),
    "Org": ("ORG", {"org_name"}),
    "Location": ("LOC", {"loc_name"}),
    "LocOrg": ("LOC", {"loc_name"}),
}

Tagger = Callable[[str], list[tuple[int, int, str]]]  # text -> (start char, end char, label)
HALVES = {"odd": 1, "even": 0}


def _fields(line: str) -> list[str]:
    return line.split("#", 1)[0].split()


def read_tokens(path: Path) -> list[tuple[str, int, int]]:
    """(token id, start, end) of a .tokens file, in text order."""
    tokens = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 3:
            tokens.append((fields[0], int(fields[1]), int(fields[1]) + int(fields[2])))
    return tokens


def gold_tokens(stem: Path, token_ids: list[str]) -> set[tuple[str, str]]:
    """{(token id, label)} of one document."""
    position = {token_id: index for index, token_id in enumerate(token_ids)}
    spans: dict[str, list[tuple[str, list[str]]]] = {}
    for line in stem.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        fields = _fields(line)
        if len(fields) < 6 or fields[4] not in position:
            continue
        first, count = position[fields[4]], int(fields[5])
        spans.setdefault(fields[0], []).append((fields[1], token_ids[first:first + count]))
    marked = set()
    for line in stem.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        fields = _fields(line)
        if len(fields) < 3 or fields[1] not in GOLD_SPANS:
            continue
        label, counted = GOLD_SPANS[fields[1]]
        for span_id in fields[2:]:
            for span_type, ids in spans.get(span_id, []):
                if counted is None or span_type in counted:
                    marked.update((token_id, label) for token_id in ids)
    return marked


def predicted_tokens(entities: Iterable[tuple[int, int, str]], tokens: list[tuple[str, int, int]]
                     ) -> set[tuple[str, str]]:
    marked = set()
    for start, end, label in entities:
        if label in TYPES:
            marked.update((token_id, label) for token_id, t_start, t_end in tokens
                          if t_start < end and start < t_end)
    return marked


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def pipeline_tagger() -> Tagger:
    """The project's Russian entities component, run as the pipeline runs it (a spaCy Doc)."""
    import pokazatel.nlp.ru.entities  # noqa: F401  (registers the factory)
    import spacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("pokazatel_entities_ru")
    return lambda text: [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


def natasha_tagger() -> Tagger:
    """natasha's NewsNERTagger alone, no project rules."""
    from pokazatel.nlp.ru.entities import natasha_mentions

    def tag(text: str) -> list[tuple[int, int, str]]:
        words, mentions = natasha_mentions(text)
        return [(words[m.start].start, words[m.end - 1].stop, m.label) for m in mentions]

    return tag


def in_half(stem: Path, half: str) -> bool:
    """Whether a document ("book_115") is in the "odd" or "even" half by its number; a name without one
    is in neither."""
    number = stem.name.rsplit("_", 1)[-1]
    return number.isdigit() and int(number) % 2 == HALVES[half]


def evaluate_factru(devset_dir: Path, limit: int | None = None, taggers: dict[str, Tagger] | None = None,
                    half: str | None = None) -> dict:
    """Token-level P/R/F1 per type (PER, ORG, LOC) of the pipeline's entities and of natasha alone:
    {"pipeline": {"PER": {...}, ...}, "natasha": {...}, "documents": n}. `taggers` replaces the two
    systems with others (name -> text -> [(start, end, label)]); `half` ("odd", "even") scores only the
    documents of that half (in_half)."""
    devset_dir = Path(devset_dir)
    stems = sorted(path.with_suffix("") for path in devset_dir.glob("*.txt"))
    if half is not None:
        stems = [stem for stem in stems if in_half(stem, half)]
    if not stems:
        raise FileNotFoundError(f"no factRuEval .txt files in {devset_dir}" + (f" ({half} half)" if half else ""))
    stems = stems[:limit] if limit is not None else stems
    taggers = taggers or {"pipeline": pipeline_tagger(), "natasha": natasha_tagger()}
    counts = {name: {label: [0, 0, 0] for label in TYPES} for name in taggers}
    for stem in stems:
        with stem.with_suffix(".txt").open(encoding="utf-8", newline="") as handle:
            text = handle.read()  # offsets count "\r\n" as two characters: keep them
        tokens = read_tokens(stem.with_suffix(".tokens"))
        gold = gold_tokens(stem, [token_id for token_id, _, _ in tokens])
        for name, tagger in taggers.items():
            predicted = predicted_tokens(tagger(text), tokens)
            for label in TYPES:
                gold_l = {t for t in gold if t[1] == label}
                pred_l = {t for t in predicted if t[1] == label}
                tally = counts[name][label]
                tally[0] += len(gold_l & pred_l)
                tally[1] += len(pred_l - gold_l)
                tally[2] += len(gold_l - pred_l)
    result: dict = {name: {label: prf(*tally) for label, tally in per_type.items()}
                    for name, per_type in counts.items()}
    result["documents"] = len(stems)
    return result


def evaluate_gold_entities(gold_path: Path, lang: str = "ru", include_positions: bool = False) -> dict:
    """Entity P/R/F1 on gold articles: (label, norm) sets per article, case-insensitive, pooled.
    The gold has no POSITION entities, so positions are left out unless asked for."""
    from pokazatel.nlp.ru.entities import russian_entities

    tp = fp = fn = 0
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("lang") != lang or "entities" not in record:  # labels-only records name no entities
            continue
        _, mentions = russian_entities(record["text"])
        predicted = {(m.label, (m.norm or "").lower()) for m in mentions
                     if include_positions or m.label != "POSITION"}
        gold = {(e["label"], e["norm"].lower()) for e in record["entities"]}
        tp, fp, fn = tp + len(predicted & gold), fp + len(predicted - gold), fn + len(gold - predicted)
    return prf(tp, fp, fn)
