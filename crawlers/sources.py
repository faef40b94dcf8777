"""The source list (data/sources.yaml): which outlets exist, where a crawl of each starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from pokazatel.resources import data_path

SOURCES_FILE = data_path("sources.yaml")
START_KINDS = ("rss", "sitemap", "sitemap_index", "listing", "api")


class SourceError(ValueError):
    """An unknown source name or a malformed source list, said in one line."""


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    langs: tuple[str, ...]
    homepage: str
    enabled: bool
    start: tuple[dict[str, Any], ...]
    article: str
    selectors: dict[str, Any] = field(default_factory=dict)
    verified: str = ""

    @property
    def hosts(self) -> frozenset[tuple[str, int | None]]:
        """The hosts its homepage and start points name, each with its port when the address gives one: a crawl of
        the source fetches from these alone. A leading "www." is dropped, as the outlet's articles may be on its bare
        domain or another of its subdomains (www.inform.kz's Latin edition is qz.inform.kz)."""
        urls = [self.homepage, *(value for point in self.start for value in point.values() if isinstance(value, str))]
        hosts = set()
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.hostname:
                hosts.add((parts.hostname.removeprefix("www."), parts.port))
        return frozenset(hosts)

    def serves(self, url: str) -> bool:
        """Whether the address is on one of the source's hosts (or a subdomain of one), on its port when one is
        given: an article page's link to 127.0.0.1, a private address or any other site is not followed."""
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:  # a port that is no number
            return False
        host = parts.hostname or ""
        return any((host == name or host.endswith(f".{name}")) and (wanted is None or port == wanted)
                   for name, wanted in self.hosts)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "langs": list(self.langs),
                "homepage": self.homepage, "enabled": self.enabled, "start": list(self.start),
                "article": self.article, "selectors": dict(self.selectors), "verified": self.verified}

    @classmethod
    def from_dict(cls, entry: dict[str, Any]) -> Source:
        return cls(name=entry["name"], title=entry.get("title", entry["name"]),
                   langs=tuple(entry.get("langs") or ()), homepage=entry.get("homepage", ""),
                   enabled=bool(entry.get("enabled", True)),
                   start=tuple(dict(point) for point in entry.get("start") or ()),
                   article=entry["article"], selectors=dict(entry.get("selectors") or {}),
                   verified=str(entry.get("verified", "")))


def _fill_base(value: Any, base: str, *, regex: bool = False) -> Any:
    """Put the demo server's address where a demo entry says {base} (escaped inside regexes)."""
    if isinstance(value, str):
        return value.replace("{base}", re.escape(base) if regex else base)
    if isinstance(value, dict):
        return {key: _fill_base(item, base) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill_base(item, base) for item in value]
    return value


def _validate(entry: dict[str, Any], where: str) -> None:
    for key in ("name", "article", "start"):
        if not entry.get(key):
            raise SourceError(f"{where}: a source needs {key!r}")
    for point in entry["start"]:
        kinds = [kind for kind in START_KINDS if kind in point]
        if len(kinds) != 1:
            raise SourceError(f"{where}: source {entry['name']}: each start point needs one of {START_KINDS}")
        if "api" in point and not point.get("page_url"):
            raise SourceError(f"{where}: source {entry['name']}: an api start point needs page_url")
    try:
        re.compile(entry["article"])
    except re.error as error:
        raise SourceError(f"{where}: source {entry['name']}: bad article regex ({error})") from None


def load_sources(*, demo_base: str | None = None, path: Path = SOURCES_FILE) -> dict[str, Source]:
    """All sources by name: the real outlets, or with demo_base the demo outlets rooted there."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise SourceError(f"cannot read source list {path}: {error}") from None
    section = "demo" if demo_base is not None else "sources"
    sources: dict[str, Source] = {}
    for entry in document.get(section) or []:
        if demo_base is not None:
            base = demo_base.rstrip("/")
            entry = {**_fill_base(entry, base), "article": _fill_base(entry["article"], base, regex=True),
                     "enabled": entry.get("enabled", True)}
        _validate(entry, str(path))
        if entry["name"] in sources:
            raise SourceError(f"{path}: source {entry['name']} is listed twice")
        sources[entry["name"]] = Source.from_dict(entry)
    return sources


def select_sources(names: list[str] | None, *, demo_base: str | None = None,
                   path: Path = SOURCES_FILE) -> list[Source]:
    """The named sources (all enabled ones when names is None); unknown names raise SourceError."""
    sources = load_sources(demo_base=demo_base, path=path)
    if names is None:
        return [source for source in sources.values() if source.enabled]
    unknown = [name for name in names if name not in sources]
    if unknown:
        kind = "demo source" if demo_base is not None else "source"
        raise SourceError(f"unknown {kind} {', '.join(unknown)} (known: {', '.join(sources)})")
    return [sources[name] for name in dict.fromkeys(names)]
