"""Two names the models see apart that Kazakh writes as one organisation (words in data/kazakh/name_links.yaml):

- a body named after a person or place: "Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті", not the
  person "Қожа Ахмет Ясауи" and the body "Халықаралық қазақ-түрік университеті";
- a regional body named with the region's adjective: "Батыс Қазақстан облыстық соты", "Абай облыстық соты" (the
  region's name, here the poet's, is no person and its first word no stray capital);
- a body's branch in a region the text names by its abbreviation, or whose name is written in lower case: "БҚО
  бойынша экономикалық тергеу департаменті", "ШҚО бойынша Мемлекеттік кірістер департаменті"."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.kk.gazetteer import GAZETTEER_DIR
from pokazatel.nlp.kk.name_shapes import replace_overlapping
from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.kk.word_forms import has_possessive, is_abbreviation, is_name_word
from spacy.tokens import Doc, Span

from pokazatel.resources import data_path, read_yaml

MAX_BODY_WORDS = 6  # words from the adjective to the body's head ("облыстық мамандандырылған ... соты")


@cache
def _links() -> dict:
    return read_yaml(data_path("kazakh", "name_links.yaml"))


@cache
def _region_names() -> tuple[tuple[str, ...], ...]:
    """The regions' names without "облысы", as lower-case words, longest first ("батыс қазақстан", "абай")."""
    entries = read_yaml(GAZETTEER_DIR / "kk_places.yaml")["entries"]
    names = {tuple(e.lower().split()[:-1]) for e in entries if e.lower().endswith(" облысы") and " " in e}
    return tuple(sorted(names, key=len, reverse=True))


def join_named_after(doc: Doc, spans: list[Span]) -> list[Span]:
    """A PER or LOC, "атындағы", then an ORG: one ORG over all three."""
    links = frozenset(_links()["named_after"])
    for body in [s for s in spans if s.label_ == "ORG" and s.start >= 2]:
        if doc[body.start - 1].lower_ not in links:
            continue
        namesake = next((s for s in spans if s.end == body.start - 1 and s.label_ in ("PER", "LOC")), None)
        if namesake is not None:
            spans = replace_overlapping(spans, Span(doc, namesake.start, body.end, label="ORG"))
    return spans


def join_region_adjectives(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """A region's name, "облыстық", lower-case name words and a body's head: one ORG, whatever the models made of
    the region's words."""
    adjectives = frozenset(_links()["region_adjectives"])
    for adjective in [t.i for t in doc if t.lower_ in adjectives]:
        for region in _region_names():
            start = adjective - len(region)
            if start < 0 or tuple(t.lower_ for t in doc[start:adjective]) != region:
                continue
            if not doc[start].text[:1].isupper():
                break
            end = _head_end(doc, adjective + 1, heads)
            if end is not None and not any(s.start < end < s.end for s in spans):
                spans = replace_overlapping(spans, Span(doc, start, end, label="ORG"))
            break
    return spans


def join_branches(doc: Doc, spans: list[Span], heads: frozenset[str], postpositions: frozenset[str],
                  administrative_words: frozenset[str]) -> list[Span]:
    """A place named by its abbreviation or with its administrative word ("облысы", "қаласы"), "бойынша", then a
    body (an ORG, or lower-case name words up to a head): one ORG. The organisation rules join a place written out
    to a body the models found; a body written in lower case they do not see."""
    for place in [s for s in spans if s.label_ == "LOC"
                  and (is_abbreviation(s) or stem(s[-1].text) in administrative_words)]:
        after = place.end
        if after + 1 >= len(doc) or doc[after].lower_ not in postpositions:
            continue
        body = next((s for s in spans if s.start == after + 1 and s.label_ == "ORG"), None)
        end = body.end if body is not None and stem(body[-1].text) in heads else _head_end(doc, after + 1, heads)
        if end is not None and not any(s.start < end < s.end for s in spans):
            spans = replace_overlapping(spans, Span(doc, place.start, end, label="ORG"))
    return spans


def _head_end(doc: Doc, first: int, heads: frozenset[str]) -> int | None:
    """The end of the body's name from `first`: at the first word whose stem is a head and which carries the
    possessive ("соты", "сотының", "ауруханасы"), through lower-case name words only: a hyphenated word
    ("іс-қимыл") is one, and so is a word in a case that a postposition after it governs ("жемқорлыққа қарсы")."""
    governing = frozenset(_links()["governing_postpositions"])
    for i in range(first, min(len(doc), first + MAX_BODY_WORDS)):
        token = doc[i]
        governed = i + 1 < len(doc) and doc[i + 1].lower_ in governing
        if (not all(part.isalpha() for part in token.text.split("-")) or not token.is_lower
                or not is_name_word(token.text) and not has_possessive(token.text) and not governed):
            return None
        if stem(token.text) in heads and has_possessive(token.text):
            return i + 1
    return None
