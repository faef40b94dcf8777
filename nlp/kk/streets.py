"""Streets named in Kazakh ("Абай көшесінде", "Төле би көшесі мен Бірлік көшесіне", "Әбілқайыр хан даңғылындағы"):
one LOC from the name to the kind word after it, whatever the models made of the name alone (a person "Төле",
"Байдібек"), normed with the name as written and the kind in the nominative ("Абай көшесі": the name before its
kind takes no ending). The kinds and titles are data/gazetteer/streets.yaml."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.kk.gazetteer import GAZETTEER_DIR
from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.kk.word_forms import has_possessive, is_plural
from spacy.tokens import Doc, Span

from pokazatel.resources import read_yaml

MAX_NAME_WORDS = 3  # "Қабанбай батыр", "Мұхтар Әуезов", "Бұқар жырау"


@cache
def _streets() -> dict:
    return read_yaml(GAZETTEER_DIR / "streets.yaml")


def _kind(word: str) -> str | None:
    """The nominative of a street's kind word, which names its one street with the possessive ("көшесінен" ->
    "көшесі"; "көшедегі" is "in the street", "Ню-Йорк көшелерінен" "from New York's streets"), None for any other."""
    if not word.islower() or not has_possessive(word) or is_plural(word):
        return None
    return _streets()["kazakh_kinds"].get(stem(word))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1


def _name_start(doc: Doc, kind: int, spans: list[Span]) -> int | None:
    """Where the street's name before the kind word at `kind` opens: the person or place a model found there, else
    the one capitalised word; a title between them is part of the name ("Төле би")."""
    last = kind - 1
    if last > 0 and doc[last].lower_ in _streets()["name_titles"]:
        last -= 1
    if last < 0 or not _is_capitalised(doc[last].text):
        return None
    found = next((s for s in spans if s.end == last + 1 and s.label_ in ("PER", "LOC")), None)
    if found is not None and len(found) <= MAX_NAME_WORDS and all(_is_capitalised(t.text) for t in found):
        return found.start
    return last


def with_streets(doc: Doc, spans: list[Span]) -> list[Span]:
    """Each street's name and kind as one LOC, in place of the spans inside it; a span reaching out of it (a body
    whose name holds the street) keeps its place and no street is added."""
    for token in doc:
        if _kind(token.text) is None:
            continue
        start = _name_start(doc, token.i, spans)
        if start is None:
            continue
        inside = [s for s in spans if s.start <= token.i and start < s.end]
        if any(s.start < start or s.end > token.i + 1 for s in inside):
            continue
        spans = [s for s in spans if s not in inside] + [Span(doc, start, token.i + 1, label="LOC")]
    return sorted(spans, key=lambda s: s.start)


def street_norm(span: Span) -> str | None:
    """"Абай көшесі" for a street's span "Абай көшесінде"; None for any other span."""
    kind = _kind(span[-1].text) if span.label_ == "LOC" and len(span) > 1 else None
    return None if kind is None else f"{span[:-1].text} {kind}"
