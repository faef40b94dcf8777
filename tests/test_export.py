"""Exports from a real database: CSV header and BOM, formula neutralisation, JSON lines, streaming."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.export import export
from pokazatel.store.load import save_analyses, save_article
from test_search import ARTICLES, build_database


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("export") / "news.db"), readonly=True)


def test_articles_csv_has_a_header_and_every_relevant_article(db, tmp_path):
    out = tmp_path / "articles.csv"
    count = export(db, "articles", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert count == len(rows) == sum(a["relevant"] for a in ARTICLES)
    assert list(rows[0])[:4] == ["id", "url", "published_at", "source"]
    assert {row["title"] for row in rows} == {a["title"] for a in ARTICLES if a["relevant"]}
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_excel_csv_opens_in_a_russian_locale_and_neutralises_formulas(db, tmp_path):
    out = tmp_path / "articles.csv"
    export(db, "articles", out, excel=True, topic="embezzlement")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").startswith("id;url;published_at;source;")
    row = next(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert row["text"].startswith("'=HYPERLINK(")
    assert row["relevance_score"] == "0,9", "a decimal comma"
    figures = tmp_path / "figures.csv"
    export(db, "statistics", figures, excel=True, event="damage")
    (figure,) = csv.DictReader(io.StringIO(figures.read_bytes().decode("utf-8-sig")), delimiter=";")
    assert figure["value"] == "1500000000", "a whole number without a decimal part"
    entities = tmp_path / "entities.csv"
    export(db, "entities", entities, topic="embezzlement")
    cells = {row["text"]: row["norm"] for row in csv.DictReader(entities.open(encoding="utf-8"))}
    assert cells["'@директор"] == "'+директор"


def test_statistics_carry_their_article(db, tmp_path):
    out = tmp_path / "figures.csv"
    export(db, "statistics", out, event="bribe")
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    first = ARTICLES[0]
    assert (row["url"], row["source"], row["article_title"]) == (first["url"], first["source"], first["title"])
    assert row["published_at"] == first["published_at"] and float(row["value"]) == 5_000_000
    assert row["quote"] in first["text"]
    assert row["fact_id"].isdigit() and list(row)[-4:] == ["scope", "region", "subject", "fact_id"], "added last"


def test_jsonl_to_a_stream_with_filters(db):
    out = io.StringIO()
    count = export(db, "statistics", out, fmt="jsonl", min_value=2, lang="ru")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(records) == 4
    assert {r["event"] for r in records} == {"bribe", "convicted", "damage", "recovered"}
    assert all(r["value"] >= 2 for r in records)


def test_all_articles_includes_unprocessed(db):
    out = io.StringIO()
    assert export(db, "articles", out, fmt="jsonl", relevant=None) == len(ARTICLES) + 1


def test_bad_kind_or_format(db):
    with pytest.raises(ValueError, match="cannot export"):
        export(db, "people", io.StringIO())
    with pytest.raises(ValueError, match="format"):
        export(db, "articles", io.StringIO(), fmt="xlsx")


class CountingSink(io.TextIOBase):
    """Keeps nothing: measures how much was written."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, text: str) -> int:
        self.chars += len(text)
        return len(text)


def test_export_streams_in_constant_memory(tmp_path):
    path = tmp_path / "big.db"
    db = open_db(path)
    body = "Сотрудник получил взятку в размере пяти миллионов тенге. " * 40  # ~2.3 KB an article
    for batch in range(4):
        with db.conn:
            db["articles"].insert_all(
                {"url": f"https://example.kz/{batch}-{i}", "source": "example", "title": f"Статья {batch}-{i}",
                 "text": f"{batch}-{i} {body}", "lang": "ru", "published_at": "2024-01-01",
                 "fetched_at": "2024-01-01", "content_hash": f"{batch}-{i}"}
                for i in range(2500))
    assert save_article(db, {"url": "https://example.kz/x", "source": "example", "title": "x", "text": "x"})
    save_analyses(db, [{"id": 1, "relevant": True, "topic": "bribery", "entities": [], "statistics": []}])
    sink = CountingSink()
    tracemalloc.start()
    count = export(db, "articles", sink, relevant=None)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 10_001
    assert sink.chars > 20_000_000
    assert peak < 2_000_000, f"peak {peak} bytes for {sink.chars} characters written"
