"""A news agency's dateline opening an article ("АСТАНА. KAZINFORM –", as Kazinform's Latin feed reads in Cyrillic,
"БАКУ. AZERTADJ –"): the agency signs the report and is no one the report names, so it is no entity; the place
before it is a place, a town abroad the models do not know too ("МАДРИД. KAZINFORM –"). So is an outlet named as its
correspondent's ("деп хабарлайды Kazinform агенттігінің меншікті тілшісі") or as the one that reports ("деп хабарлайды
Kazinform агенттігі", "деп хабарлайды Kazinform.", "Бұл туралы Reuters агенттігі хабарлады"): the report's byline
(data/eval/README, "Entity labels")."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.datelines import LONGEST
from pokazatel.nlp.datelines import dateline_words as words_of_dateline
from pokazatel.nlp.kk.latin import to_cyrillic
from spacy.tokens import Doc, Span

from pokazatel.resources import data_path, read_yaml

OWN = "меншікті"  # "меншікті тілшісі": its own correspondent
CORRESPONDENT = "тілші"  # тілшісі, тілшісінің, тілшілері
REPORTS = frozenset({"хабарлайды", "хабарлады"})  # "деп хабарлайды Kazinform": the outlet reports it
# "Бұл туралы Reuters агенттігі хабарлады", "Reuters агенттігінің хабарлауынша": the outlet, then what it reported
REPORTED = REPORTS | frozenset({"хабарлауынша", "жазды", "жазады"})
AGENCY = "агенттіг"  # агенттігі, агенттігінің


def dateline_words(doc: Doc) -> tuple[range, range]:
    """The token indexes of the place and of the agency's name in the dateline the document opens with, or two empty
    ranges."""
    start = next((t.i for t in doc if not t.is_space), len(doc))
    return words_of_dateline([t.text for t in doc[: start + LONGEST]])


def without_dateline_agency(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` without the dateline's agency, and its place words a place, whatever the models read there."""
    place, agency = dateline_words(doc)
    kept = []
    for span in spans:
        if span.start in agency and span.end - 1 in agency:
            continue
        if (span.label_ == "ORG" and _is_correspondents_outlet(doc, span)) or _is_reporting_outlet(doc, span):
            continue
        if span.start in place and span.end - 1 in place and span.label_ != "LOC":
            span = Span(doc, span.start, span.end, label="LOC")
        kept.append(span)
    if place and not any(span.start < place.stop and place.start < span.end for span in kept):
        kept = sorted([*kept, Span(doc, place.start, place.stop, label="LOC")], key=lambda span: span.start)
    return kept


def _is_correspondent(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].lower_.startswith(CORRESPONDENT)


def _is_correspondents_outlet(doc: Doc, span: Span) -> bool:
    after = span.end + 1 if span.end < len(doc) and doc[span.end].lower_ == OWN else span.end
    return _is_correspondent(doc, after)


@cache
def _outlets() -> frozenset[str]:
    """The first words of the news outlets' names, lower case, as a Latin-script article reads in Cyrillic too."""
    names = read_yaml(data_path("gazetteer") / "org_words.yaml")["news_outlets"]
    return frozenset(word.lower() for name in names for word in (name.split()[0], to_cyrillic(name.split()[0]).text))


def _is_reporting_outlet(doc: Doc, span: Span) -> bool:
    if span[0].lower_ not in _outlets():
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in REPORTED:  # "деп жазады Reuters"
        return True
    after = span.end + (span.end < len(doc) and doc[span.end].lower_.startswith(AGENCY))
    return after < len(doc) and doc[after].lower_ in REPORTED
