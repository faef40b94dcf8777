"""Spans the models or rules make that name nothing: no letter in them (a hotline's number quoted before its kind,
"«1424» байланыс орталығына"), a "person" in the plural ("Жазаланғандардың басым бөлігі": those punished; a name
takes no plural), a place or body of common nouns alone, a post and an administrative word ("Прокурор облыста":
the prosecutor, in the region), an introductory word opening a sentence before its comma ("Айталық, …"), or a
web address ("egov.kz порталы арқылы": a service's address, as the sets leave "eGov.kz" unlabelled)."""

from __future__ import annotations

import re

from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.kk.word_forms import is_plural, starts_sentence
from spacy.tokens import Span

# the domains in Latin letters, and as a Latin-script article is read into Cyrillic ("egov.kz" → "егов.кз")
WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|info|gov|кз|ру|ком|орг|нет|инфо|гов)",
                         re.IGNORECASE)


def without_nameless(spans: list[Span], common_nouns: frozenset[str]) -> list[Span]:
    """`spans` without those naming nothing; `common_nouns`: stems of posts and administrative words."""
    return [span for span in spans if not _names_nothing(span, common_nouns)]


def _names_nothing(span: Span, common_nouns: frozenset[str]) -> bool:
    if not any(ch.isalpha() for ch in span.text) or WEB_ADDRESS.fullmatch(span.text):
        return True
    if span.label_ == "PER" and len(span) == 1 and is_plural(span[0].text):
        return True
    if span.label_ in ("LOC", "ORG") and all(t.is_alpha and stem(t.text) in common_nouns for t in span):
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) == 1 and span[0].is_stop and starts_sentence(span[0]) and after is not None and after.text == ","
