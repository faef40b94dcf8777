"""`pokazatel import FILE.jsonl [--source NAME]`: store one's own articles (an archive, press releases)
as if crawled, in the `extract` input format: one JSON object a line with `id` or `url`, `title`,
`text`, and optionally `published` (YYYY-MM-DD or ISO time), `lang`, `source`, `lead`, `author`.
`pokazatel process` then tags them like crawled ones.

All lines are checked first; a bad line stops the import with its line number and nothing is stored.
Then every article is stored in ONE transaction with the crawl's duplicate rules (store/load.py
save_article): a known URL is skipped, the same text under another URL is remembered as an alias.
An article without a `url` gets `urn:pokazatel:import:SOURCE:ID`, so importing the file again adds
nothing."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

DEFAULT_SOURCE = "import"


def add_parser(commands) -> None:
    parser = commands.add_parser("import", help="store articles from a JSON-lines file, as if crawled")
    parser.add_argument("input", help="JSON lines: id or url, title, text, published?, lang?, source?")
    parser.add_argument("--source", default=None,
                        help=f"outlet name for lines without one (default: {DEFAULT_SOURCE})")
    parser.add_argument("--db", help="database file (default: $POKAZATEL_DB, else the per-user pokazatel.db)")
    parser.set_defaults(run=run)


def article_from(record: Any, default_source: str) -> dict:
    """The article to store for one parsed line; ValueError says what is wrong with it."""
    from pokazatel.nlp.language import pipeline_language

    from pokazatel.jsonlines import id_problem

    if not isinstance(record, dict):
        raise ValueError("a line must be a JSON object")
    for field in ("title", "text"):
        if not isinstance(record.get(field), str) or not record[field].strip():
            raise ValueError(f'"{field}" must be a non-empty string')
    source = record.get("source") or default_source
    if not isinstance(source, str):
        raise ValueError('"source" must be a string')
    url = record.get("url")
    if url is None:
        if record.get("id") in (None, ""):
            raise ValueError('a line needs "url" or "id"')
        if problem := id_problem(record["id"]):  # ["a"] made a URN of a list
            raise ValueError(problem)
        url = f"urn:pokazatel:import:{source}:{record['id']}"
    elif not isinstance(url, str) or not _web_address(url.strip()):  # feeds and Datasette link to it
        raise ValueError(f'"url" must be the article\'s http(s) address, not {url!r}')
    for field in ("lead", "author"):
        if record.get(field) is not None and not isinstance(record[field], str):
            raise ValueError(f'"{field}" must be a string')
    lang = record.get("lang")
    if lang is not None:  # "kk-Latn", "ru-KZ": as `extract` reads them
        lang = pipeline_language(lang) if isinstance(lang, str) else None
        if lang is None:
            raise ValueError(f'"lang" must be "ru" or "kk" (or a tag of them such as "kk-Latn"), not '
                             f'{record["lang"]!r}')
    return {"url": url.strip(), "source": source, "title": record["title"].strip(), "text": record["text"],
            "lead": record.get("lead"), "author": record.get("author"), "lang": lang,
            "published_at": _published(record.get("published"))}


def _web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _published(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError('"published" must be a date string (YYYY-MM-DD or ISO time)')
    try:
        published = date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f'"published" is not an ISO date: {value!r}') from None
    day = published if type(published) is date else published.date()
    if day > date.today() + timedelta(days=1):  # a typo ("2205"): it would lead every list and chart for ever
        raise ValueError(f'"published" {value!r} is after today')
    return published.isoformat()


def read_articles(path: str, default_source: str) -> Iterator[dict]:
    """The file's articles, one at a time (memory flat however large the file); UsageError at a bad line."""
    from pokazatel.cli.bounded_lines import MAX_LINE_MB, bounded_lines
    from pokazatel.cli.main import UsageError

    from pokazatel.jsonlines import parse_line

    if path == "-":  # every line is checked before any is stored, so the input is read twice
        raise UsageError("pokazatel import: reads a FILE (checked whole, then stored), not standard input: "
                         "save it to a file first")
    try:
        lines = open(path, "rb")  # decoded line by line, so a bad byte names its line
    except OSError as error:
        raise UsageError(f"pokazatel import: cannot read {path}: {error.strerror}") from None
    with lines:
        for number, raw in enumerate(bounded_lines(lines), 1):
            if raw is None:
                raise UsageError(f"pokazatel import: {path}:{number}: a line longer than {MAX_LINE_MB} MB: not an "
                                 "article (a file without line ends?)")
            if not raw.strip():
                continue
            try:
                yield article_from(parse_line(raw.decode("utf-8-sig")), default_source)
            except UnicodeDecodeError:
                raise UsageError(f"pokazatel import: {path}:{number}: not UTF-8 text") from None
            except json.JSONDecodeError as error:
                raise UsageError(f"pokazatel import: {path}:{number}: not JSON ({error.msg})") from None
            except ValueError as error:
                raise UsageError(f"pokazatel import: {path}:{number}: {error}") from None


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.store.db import open_db
    from pokazatel.store.load import save_articles

    if args.source is not None and not args.source.strip():  # `--source "$OUTLET"` unset: it was dropped silently
        raise UsageError("pokazatel import: --source is empty: give an outlet name or leave the option out")
    source = args.source.strip() if args.source else DEFAULT_SOURCE
    # Every line checked first, then read again to be stored: a 166 MB file held whole took 440 MB.
    if not sum(1 for _ in read_articles(args.input, source)):
        raise UsageError(f"pokazatel import: {args.input}: no articles in the file")
    outcomes = Counter(save_articles(open_db(args.db), read_articles(args.input, source)))
    print(f"imported {outcomes['new']} new articles from {args.input}; {outcomes['known']} already stored"
          f" (same URL), {outcomes['duplicate']} duplicates (same text under another URL)."
          + (" Run `pokazatel process` to tag them." if outcomes["new"] else ""))
    return 0
