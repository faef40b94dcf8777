"""Guards around the pipeline for text from the wild: a length limit, and one article at a time when a
batch fails, so one oversized or broken article never stops the others of its batch."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

# Characters of an article's text that are tagged; the rest is left untagged with a warning. A news
# article is 2,000-20,000 characters; 100,000 takes about 10 s on one core. spaCy refuses texts over
# nlp.max_length (1,000,000) outright (E088).
MAX_TAG_CHARS = 100_000


@dataclass
class Outcome:
    """One input record's result: its analysis (None when it failed) and what went wrong, if anything."""

    record_id: Any
    analysis: dict | None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def bound_record(record: Mapping[str, Any], limit: int | None = None) -> tuple[dict, str | None]:
    """The record with its text cut at the limit (at the last paragraph or space before it), and the
    warning that says so; the record as it is and None when it fits."""
    limit = MAX_TAG_CHARS if limit is None else limit
    text = record["text"]
    if len(text) <= limit:
        return dict(record), None
    cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
    cut = cut if cut > limit // 2 else limit
    warning = f"text of {len(text):,} characters: only its first {cut:,} were tagged (limit {limit:,})"
    return {**record, "text": text[:cut]}, warning


def analyse_guarded(records: list[Mapping[str, Any]], batch_size: int = 32) -> Iterator[Outcome]:
    """analyse() over the records, each bounded to MAX_TAG_CHARS; when the batch fails, each record
    again on its own, and the one that still fails is reported as failed (never retried in a loop)."""
    from pokazatel.nlp.pipeline import analyse

    bounded = [bound_record(record) for record in records]
    try:
        analyses = list(analyse([record for record, _ in bounded], batch_size=batch_size))
    except Exception:  # noqa: BLE001  one bad article: find it by tagging the batch one by one
        analyses = None
    if analyses is not None:
        for (record, warning), analysis in zip(bounded, analyses, strict=True):
            yield Outcome(record["id"], analysis, [warning] if warning else [])
        return
    for record, warning in bounded:
        warnings = [warning] if warning else []
        try:
            analysis = next(iter(analyse([record], batch_size=1)))
        except Exception as error:  # noqa: BLE001
            yield Outcome(record["id"], None, warnings, f"{type(error).__name__}: {_one_line(error)}")
            continue
        yield Outcome(record["id"], analysis, warnings)


def _one_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [""])[0][:300]
