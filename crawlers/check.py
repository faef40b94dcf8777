"""A live check of the sources: fetch each one's entry points and a few articles (a real crawl,
in its subprocess, into a throwaway database) and say, per source and field, what works: entry
point reachable, articles found, which extraction path gave title/date/body, body length, date
parsed, and what failed. `pokazatel sources check` prints it."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pokazatel.crawlers.extract import JSON_LD, alternatives
from pokazatel.crawlers.run import crawl
from pokazatel.crawlers.sources import SOURCES_FILE, Source, select_sources

OK, WARN, FAIL = "ok", "warn", "FAIL"
SHORT_BODY = 150   # a median body shorter than this is likely a teaser or a lead, not the story
SAMPLE = 3         # articles fetched an entry point


@dataclass
class FieldCheck:
    field: str
    status: str
    detail: str


@dataclass
class SourceCheck:
    source: str
    status: str = OK
    fields: list[FieldCheck] = field(default_factory=list)
    samples: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, status: str, detail: str) -> None:
        self.fields.append(FieldCheck(name, status, detail))

    @property
    def usable(self) -> bool:
        """At least one article came with a title and a body."""
        return any(sample["title"] and sample["body"] for sample in self.samples)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "usable": self.usable}


def _paths(samples: list[dict[str, Any]], name: str) -> str:
    counts = Counter(sample[name] for sample in samples if sample[name])
    return ", ".join(f"{path} {n}" for path, n in counts.most_common())


def _expected_paths(source: Source, name: str) -> set[str]:
    """The paths a field is meant to come from when the source names selectors for it."""
    chosen = alternatives(source.selectors, name)
    return ({"selector"} if any(query != JSON_LD for query in chosen) else set()) | \
        ({JSON_LD} if JSON_LD in chosen else set())


def _field(result: SourceCheck, source: Source, name: str) -> None:
    samples, total = result.samples, len(result.samples)
    have = [sample for sample in samples if sample[name]]
    paths = _paths(samples, name)
    expected = _expected_paths(source, name)
    # Configured selectors that found nothing matter where the guesswork took over (h1, visible
    # dates, trafilatura); a fallback to JSON-LD or meta tags is reported, not warned about.
    missed = [sample for sample in have if expected and sample[name] not in expected]
    strays = [sample for sample in missed if sample[name] == "generic"]
    matched = sorted({sample["matched"].get(name) for sample in have if sample["matched"].get(name)})
    where = f" ({paths}{'; ' + ', '.join(matched) if matched else ''})" if paths else ""
    if name == "date":
        parsed = [sample for sample in samples if sample["published_at"]]
        status = FAIL if not parsed else WARN if len(parsed) < total or strays else OK
        detail = f"{len(parsed)}/{total} parsed{where}"
    elif name == "body":
        lengths = sorted(sample["body_length"] for sample in have)
        middle = lengths[len(lengths) // 2] if lengths else 0
        status = FAIL if not have else WARN if len(have) < total or strays or middle < SHORT_BODY else OK
        detail = f"{len(have)}/{total}{where}, median {middle} chars"
        if have and middle < SHORT_BODY:
            detail += " (a teaser?)"
    else:
        status = FAIL if not have else WARN if len(have) < total or strays else OK
        detail = f"{len(have)}/{total}{where}"
    if missed:
        wanted = " / ".join(alternatives(source.selectors, name))
        detail += f"; configured {wanted} found nothing on {len(missed)}/{total}"
        detail += " (the markup changed?)" if strays else ""
    result.add(name, status, detail)


def check_source(source: Source, counts: dict[str, Any]) -> SourceCheck:
    """The field-by-field verdict on one source from its sampled crawl's counts."""
    result = SourceCheck(source.name, samples=list(counts.get("samples") or []),
                         errors=list(counts.get("errors") or []))
    entries = counts.get("entry_points") or {}
    for point in source.start:
        url = next(str(point[kind]) for kind in ("rss", "sitemap", "sitemap_index", "listing", "api") if kind in point)
        url = url.replace("{n}", str(point.get("first_page", 1))) if "api" in point else url
        entry = entries.get(url) or {"status": "", "links": 0}
        if entry["status"] != "ok":
            result.add("entry", FAIL, f"{url}: {entry['status'] or 'no answer'}")
        elif not entry["links"]:
            result.add("entry", FAIL, f"{url}: reachable, but no link matches the article pattern")
        else:
            result.add("entry", OK, f"{url}: reachable, {entry['links']} article links")
    usable = sum(1 for sample in result.samples if sample["title"] and sample["body"])
    failures = f"; {len(result.errors)} failed: {result.errors[0]}" if result.errors else ""
    result.add("articles", FAIL if not usable else WARN if result.errors else OK,
               f"{len(result.samples)} fetched, {usable} with title and body{failures}")
    if result.samples:
        for name in ("title", "date", "body"):
            _field(result, source, name)
    statuses = {check.status for check in result.fields}
    result.status = FAIL if not result.usable else WARN if statuses - {OK} else OK
    return result


def check_sources(names: list[str] | None, *, demo_base: str | None = None, sample: int = SAMPLE,
                  sources_file: Path | None = None, settings: dict[str, Any] | None = None,
                  timeout: float | None = None) -> list[SourceCheck]:
    """Check the named sources (None: every enabled one): one sampled crawl into a throwaway
    database, then a verdict per source. Unknown names raise SourceError."""
    chosen = select_sources(names, demo_base=demo_base, path=sources_file or SOURCES_FILE)
    with tempfile.TemporaryDirectory(prefix="pokazatel-check-") as workdir:
        counts = crawl([source.name for source in chosen], db_path=Path(workdir) / "check.db",
                       demo_base=demo_base, prefilter=False, settings=settings, timeout=timeout,
                       sources_file=sources_file, sample=sample)
    return [check_source(source, counts[source.name]) for source in chosen]
