"""Quoted names in Kazakh: a company's quoted name with its legal form ("«Шортанды Строй Сервис» ЖШС"), and a
quoted name followed by the kind of organisation it is ("«Хабар» агенттігі"), or an unquoted foreign firm's before its
company's kind ("Nordwerk Motoren автокөлік компаниясы"); part of the organisation rules
(pokazatel.nlp.kk.org_rules, whose word lists they read)."""

from __future__ import annotations

from typing import Protocol

from pokazatel.nlp.kk.stem import ending_list, stem, strip_case
from pokazatel.nlp.kk.word_forms import has_possessive, is_plural
from spacy.tokens import Doc, Span, Token


class QuoteWords(Protocol):
    """The word lists of data/kazakh/org_rules.yaml these rules read (pokazatel.nlp.kk.org_rules.OrgRules has
    them; named here so this module needs no import of it)."""

    heads: frozenset[str]
    legal_forms: frozenset[str]
    legal_form_phrases: tuple[tuple[str, ...], ...]
    opening_quotes: frozenset[str]
    closing_quotes: frozenset[str]
    max_quoted_words: int
    quoted_name_kinds: frozenset[str]
    quoted_other_kinds: frozenset[str]
    max_kind_gap: int
    company_kinds: frozenset[str]


def companies(rules: QuoteWords, doc: Doc, spans: list[Span]) -> list[Span]:
    """A quoted name with its legal form before or after it is one organisation: "«Шортанды Строй
    Сервис» ЖШС", "«Қазақстан темір жолы» ҰК АҚ", "ЖШС «Агро Береке»"."""
    found = []
    for opening in (t for t in doc if t.text in rules.opening_quotes):
        closing = next((t.i for t in doc[opening.i + 1 : opening.i + rules.max_quoted_words + 1]
                        if t.text in rules.closing_quotes), None)
        if closing is None or closing == opening.i + 1:
            continue
        start, end = opening.i, closing + 1
        while start > 0 and doc[start - 1].text in rules.legal_forms:
            start -= 1
        while end < len(doc) and doc[end].text in rules.legal_forms:
            end += 1
        end = _after_legal_form_phrase(rules, doc, end)
        if (start, end) != (opening.i, closing + 1):
            found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not any(c.start < s.end and s.start < c.end for c in found)]
    return sorted(kept + found, key=lambda s: s.start)


def _after_legal_form_phrase(rules: QuoteWords, doc: Doc, start: int) -> int:
    """The end of a legal form written out in words at `start` ("«Су Арнасы» ұлттық компаниясының",
    "акционерлік қоғамы"), or `start` when none is."""
    for phrase in rules.legal_form_phrases:
        words = doc[start : start + len(phrase)]
        if len(words) == len(phrase) and all(
            t.is_lower and stem(t.text) == word for t, word in zip(words, phrase, strict=True)
        ):
            return start + len(phrase)
    return start


def quoted_names(rules: QuoteWords, doc: Doc, spans: list[Span]) -> list[Span]:
    """"«Хабар» агенттігі", "«Даму» кәсіпкерлікті қолдау қорының": a quoted name followed by a word for a kind
    of organisation (or the head of an organisation's name with the possessive, a few lower-case words
    after the quotes) is an organisation, the name inside the quotes (a place or person the model saw
    in it gives way); a span running past the kind word ("«Нұр Отан» партиясының төрағасы") stays. A
    quoted name of another kind ("«Бақытты отбасы» бағдарламасы", a programme) is no organisation."""
    for opening in (t for t in doc if t.text in rules.opening_quotes):
        closing = next((t.i for t in doc[opening.i + 1 : opening.i + rules.max_quoted_words + 1]
                        if t.text in rules.closing_quotes), None)
        if closing is None or closing == opening.i + 1 or closing + 1 >= len(doc):
            continue
        if opening.i > 0 and doc[opening.i - 1].text in rules.legal_forms or doc[opening.i + 1].is_lower:
            continue  # a company's legal form is a rule of its own; "«сау жүргізуші» қызметі" names nothing
        kind = _kind_after_quotes(rules, doc, closing + 1)
        if kind is None:
            continue
        overlapping = [s for s in spans if s.start <= kind.i and opening.i < s.end]
        if stem(kind.text) in rules.quoted_other_kinds:
            spans = [s for s in spans if not (opening.i <= s.start and s.end <= closing + 1)]
            continue
        if any(s.start < opening.i or s.end > kind.i + 1 for s in overlapping):
            continue
        if kind.i > closing + 1 and any(s.start == opening.i and s.end == kind.i + 1 for s in overlapping):
            continue  # a name found whole ("«Су Арнасы» ұлттық компаниясы") stays whole
        name = Span(doc, opening.i + 1, closing, label="ORG")
        spans = sorted([s for s in spans if s not in overlapping] + [name], key=lambda s: s.start)
    return spans


def names_before_a_company_kind(rules: QuoteWords, doc: Doc, spans: list[Span]) -> list[Span]:
    """"Nordwerk Motoren автокөлік компаниясына": a "person" of several words right before a company's kind word with
    the possessive (lower-case words may stand between) names that company, as a quoted name does; a person's own
    company would take the genitive ("Ахметовтің компаниясы")."""
    named = []
    for span in spans:
        nominative = strip_case(span[-1].text) == span[-1].text
        if span.label_ == "PER" and len(span) > 1 and span.end < len(doc) and nominative:
            kind = _kind_after_quotes(rules, doc, span.end)
            if kind is not None and stem(kind.text) in rules.company_kinds and has_possessive(kind.text):
                span = Span(doc, span.start, span.end, label="ORG")
        named.append(span)
    return named


def _kind_after_quotes(rules: QuoteWords, doc: Doc, start: int) -> Token | None:
    """The word saying what a quoted name is: right after the quotes (or after adjectives: "ақпараттық
    жүйесі") a kind of organisation or of something else; after lower-case words (no verb among them)
    the head of a name with the possessive."""
    adjectives_only = True
    for token in doc[start : start + rules.max_kind_gap + 1]:
        if not token.is_lower or not token.is_alpha and "-" not in token.text:
            return None
        word_stem = stem(token.text)
        if word_stem in rules.quoted_other_kinds and adjectives_only:
            return token
        adjectives_only = adjectives_only and token.lower_.endswith(ending_list("adjective"))
        if token.i == start and word_stem in rules.quoted_name_kinds:
            return token
        if token.i > start and word_stem in rules.heads | rules.quoted_name_kinds and has_possessive(token.text) \
                and not is_plural(token.text):
            return token
        if token.lower_.endswith(ending_list("verb")):
            return None
    return None
