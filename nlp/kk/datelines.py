"""A news agency's dateline opening an article ("АСТАНА. KAZINFORM –", as Kazinform's Latin feed reads in Cyrillic,
"БАКУ. AZERTADJ –"): the agency signs the report and is no one the report names, so it is no entity; the place
before it stays a place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DASHES = frozenset({"–", "—", "-"})
MAX_PLACE_WORDS = 3  # "УСТЬ-КАМЕНОГОРСК", "НЬЮ-ЙОРК", "АЛМАТЫ ОБЛЫСЫ"
MAX_AGENCY_WORDS = 2


def agency_words(doc: Doc) -> range:
    """The token indexes of the agency's name in the dateline the document opens with, or an empty range."""
    start = next((t.i for t in doc if not t.is_space), len(doc))
    stop = start
    while stop < len(doc) and stop - start < MAX_PLACE_WORDS and doc[stop].is_upper:
        stop += 1
    if stop == start or stop >= len(doc) or doc[stop].text != ".":
        return range(0)
    dash = next((t.i for t in doc[stop + 1 : stop + 2 + MAX_AGENCY_WORDS] if t.text in DASHES), None)
    if dash is None or dash == stop + 1 or not all(t.text[:1].isupper() for t in doc[stop + 1 : dash]):
        return range(0)
    return range(stop + 1, dash)


def without_dateline_agency(doc: Doc, spans: list[Span]) -> list[Span]:
    agency = agency_words(doc)
    return [span for span in spans if not (span.start in agency and span.end - 1 in agency)]
