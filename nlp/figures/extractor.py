"""The statistics extractor: every corruption figure an article reports, as SCHEMA.md records
({"value", "unit", "event", "object", "period", "quote", "start", "end"}), for Russian and Kazakh.

A number (values.py) becomes a figure when the words after it say what it counts (units.py,
sentence_figures.py); the sentence walk (sentence_walk.py) gives it its event from trigger words around it
(events.py) and its period (figure_periods.py), and records.py keeps one record per figure. Articles that do
not speak of corruption yield nothing.
"""

from __future__ import annotations

from datetime import date

from pokazatel.nlp.extensions import doc_text
from pokazatel.nlp.figures.court_orders import orders_back_the_damage
from pokazatel.nlp.figures.events import is_about_corruption, story_theme
from pokazatel.nlp.figures.figure_periods import find_lead_period, is_term_served, names_period
from pokazatel.nlp.figures.periods import find_periods
from pokazatel.nlp.figures.records import distinct_records
from pokazatel.nlp.figures.sentence_walk import walk_sentences
from pokazatel.nlp.figures.spoken_fractions import fraction_numbers
from pokazatel.nlp.figures.text import split_sentences, tokenize
from pokazatel.nlp.figures.values import find_numbers
from spacy.language import Language
from spacy.tokens import Doc


def extract_statistics(text: str, lang: str, published: date | None, title: str = "") -> list[dict]:
    """Every corruption figure in `text`, once each, in text order. `published` resolves relative periods
    ("в этом году"); `title` only helps decide whether the article is about corruption."""
    lang = lang if lang in ("ru", "kk") else "ru"
    if not text or not is_about_corruption(f"{title}\n{text}", lang):
        return []
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens, lang)
    numbers = find_numbers(tokens, lang)
    periods = [p for p in find_periods(text, lang, published) if not is_term_served(tokens, p, numbers, lang)]
    fractions = fraction_numbers(tokens, numbers, lang)
    mentions = [m for i, m in enumerate(numbers) if not names_period(tokens, m, periods, lang) and i not in fractions]
    theme = story_theme(text, lang)
    lead_period = find_lead_period(text, tokens, sentences, periods, mentions, lang,
                                   published.year if published else None)
    records, firm, sentence_of = walk_sentences(text, tokens, sentences, mentions, periods, lead_period, theme, lang)
    return orders_back_the_damage(distinct_records(records, firm, sentence_of), lang)


@Language.factory("pokazatel_statistics")
def make_statistics(nlp: Language, name: str):
    def extract(doc: Doc) -> Doc:
        doc._.statistics = extract_statistics(doc_text(doc), doc.lang_, doc._.published, title=doc._.title or "")
        return doc

    return extract
