"""Guards around the pipeline for text from the wild: a length limit, and one article at a time when a
batch fails, so one oversized or broken article never stops the others of its batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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


def guarded_window(records: Sequence[Mapping[str, Any]], tag: Callable[[list[dict]], list[dict]]) -> list[dict]:
    """`tag` over the records, each bounded to MAX_TAG_CHARS (a cut is said in the result's "warnings");
    when the window fails, each record again on its own, and one that still fails gives
    {"id", "error"} instead of its analysis (never retried in a loop)."""
    bounded = [bound_record(record) for record in records]
    inputs = [record for record, _ in bounded]
    try:
        results = tag(inputs)
    except Exception:  # noqa: BLE001  one bad article: find it by tagging the window one by one
        results = [_tag_alone(tag, record) for record in inputs]
    for result, (_, warning) in zip(results, bounded, strict=True):
        if warning:
            result["warnings"] = [warning]
    return results


def _tag_alone(tag: Callable[[list[dict]], list[dict]], record: dict) -> dict:
    try:
        return tag([record])[0]
    except Exception as error:  # noqa: BLE001
        return {"id": record["id"], "error": f"{type(error).__name__}: {_one_line(error)}"}


def outcomes(results: Iterable[dict]) -> Iterator[Outcome]:
    """The pipeline's results (analyse) as Outcomes: the analysis, or None and the error; the warnings."""
    for result in results:
        warnings = result.pop("warnings", [])
        if "error" in result and "entities" not in result:
            yield Outcome(result["id"], None, warnings, result["error"])
        else:
            yield Outcome(result["id"], result, warnings)


def _one_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [""])[0][:300]
