"""A month or a range of months ("Қаңтар-қараша айларында", opening a sentence) names no organisation, person or
place; the models take a capitalised hyphened pair for a name. Months: data/rules/periods.yaml."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from pokazatel.resources import data_path, read_yaml


@cache
def _month_words() -> frozenset[str]:
    months = read_yaml(data_path("rules", "periods.yaml"))["months"]["kk"]
    return frozenset(form for forms in months.values() for form in forms)


def without_month_ranges(spans: list[Span]) -> list[Span]:
    """`spans` without one whose words are all months ("Қаңтар-қараша", "Қаңтар – қазан")."""
    def is_months(span: Span) -> bool:
        parts = [part for token in span for part in token.lower_.split("-") if part not in ("", "–", "—")]
        return bool(parts) and all(part in _month_words() for part in parts)

    return [span for span in spans if not is_months(span)]
