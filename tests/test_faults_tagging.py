"""Fault: one oversized or broken article must not stop the tagging of the others (issue 15, item 1).
Real SQLite files, the real pipeline, the CLI as a separate process."""

import json
import subprocess

import pytest
from pokazatel.flows.process import pending_ids, process_articles
from pokazatel.nlp import guard
from pokazatel.nlp.pipeline import load_pipeline
from pokazatel.store import processing_log
from pokazatel.store.db import open_db
from pokazatel.store.load import save_article

NORMAL = [("Аким района задержан при получении взятки",
           "В Шымкенте аким района задержан при получении взятки в 5 млн тенге. Осуждены 2 сотрудника."),
          ("В Караганде прошёл фестиваль", "В Караганде прошёл городской фестиваль, его посетили 3 тысячи человек."),
          ("Шенеунік пара алған", "Атырау облысында шенеунік пара алу кезінде ұсталды. Пара көлемі 2 миллион теңге.")]


def long_text(characters: int) -> str:
    sentences = (f"В Шымкенте в районе №{n} прошла проверка, ущерб составил {n} млн тенге." for n in range(10 ** 6))
    text = ""
    parts = []
    while len(text) < characters:
        parts.append(next(sentences))
        if len(parts) == 1000:
            text += " ".join(parts) + "\n"
            parts = []
    return text[:characters]


def store(db, big_text: str, big_at: int = 1) -> int:
    articles = [{"title": t, "text": x} for t, x in NORMAL]
    articles.insert(big_at, {"title": "Очень длинная статья", "text": big_text})
    ids = {}
    for n, article in enumerate(articles):
        save_article(db, {**article, "url": f"https://example.kz/{n}", "source": "example",
                          "published_at": "2026-11-20T10:00:00+05:00"})
        ids[article["title"]] = n + 1
    return ids["Очень длинная статья"]


@pytest.mark.slow
def test_an_article_beyond_spacys_limit_is_tagged_up_to_the_limit_and_its_batch_too(tmp_path, pokazatel_cmd):
    # 1,200,000 characters: spaCy alone refuses it (E088, nlp.max_length 1,000,000) and every batch
    # holding it failed, every night.
    db = open_db(tmp_path / "news.db")
    big_id = store(db, long_text(1_200_000))
    result = subprocess.run([*pokazatel_cmd, "process", "--db", str(tmp_path / "news.db")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "processed 4 articles" in result.stdout
    assert "1 articles tagged only up to the length limit" in result.stdout
    assert pending_ids(db) == []
    assert db["classifications"].count == 4
    [warning] = processing_log.warnings(db)
    assert warning["article_id"] == big_id and warning["kind"] == "truncated"
    assert "1,200,000 characters" in warning["message"] and "limit 100,000" in warning["message"]
    # the places named are found in the tagged part only
    last = db.execute("SELECT max(\"end\") FROM entities WHERE article_id = ?", [big_id]).fetchone()[0]
    assert 0 < last <= guard.MAX_TAG_CHARS


def test_bound_record_cuts_at_a_space_before_the_limit_and_says_so():
    record, warning = guard.bound_record({"id": 1, "text": "слово " * 50}, limit=100)
    assert len(record["text"]) <= 100 and record["text"].endswith("слово")
    assert warning == "text of 300 characters: only its first 95 were tagged (limit 100)"
    assert guard.bound_record({"id": 1, "text": "short"}, limit=100) == ({"id": 1, "text": "short"}, None)


def test_a_batch_that_fails_is_tagged_one_by_one_and_the_failing_article_is_failed_once(tmp_path, monkeypatch):
    # A real spaCy failure: the pipeline's max_length lowered below one article's length (E088), the
    # length guard lifted so the text reaches spaCy whole.
    monkeypatch.setattr(guard, "MAX_TAG_CHARS", 10 ** 7)
    monkeypatch.setattr(load_pipeline("ru"), "max_length", 4_000)
    db = open_db(tmp_path / "news.db")
    bad_id = store(db, long_text(6_000), big_at=2)
    counts = process_articles(db, batch_size=8)
    assert counts["articles"] == 3 and counts["failed"] == 1
    assert db["classifications"].count == 3
    assert db.execute("SELECT count(*) FROM classifications WHERE article_id = ?", [bad_id]).fetchone()[0] == 0
    [warning] = processing_log.warnings(db)
    assert warning["article_id"] == bad_id and warning["kind"] == "failed" and "E088" in warning["message"]
    # not retried every night: the next run has nothing to do
    assert pending_ids(db) == []
    assert process_articles(db)["failed"] == 0
    # once the cause is gone, re-tagging everything tags it and forgets the warning
    monkeypatch.setattr(load_pipeline("ru"), "max_length", 1_000_000)
    assert process_articles(db, pending_ids(db, everything=True))["articles"] == 4
    assert processing_log.warnings(db) == []


def test_extract_skips_each_bad_record_with_one_line_and_tags_the_rest(pokazatel_cmd):
    lines = [json.dumps({"id": 1, "text": "Аким задержан при получении взятки."}, ensure_ascii=False).encode(),
             json.dumps({"id": 2, "text": "текст", "title": 5}).encode(),
             json.dumps({"id": 3, "text": "текст", "lang": ["ru"]}).encode(),
             b"[" * 100_000 + b"]" * 100_000,
             b'{"id": 5, "text": "\xff\xfe"}',
             json.dumps({"id": 6, "text": "В Алматы задержан судья."}, ensure_ascii=False).encode()]
    result = subprocess.run([*pokazatel_cmd, "extract"], input=b"\n".join(lines), capture_output=True, timeout=300)
    errors = result.stderr.decode().splitlines()
    assert result.returncode == 2
    assert errors == ['pokazatel extract: -:2: "title" must be a string, skipped',
                      'pokazatel extract: -:3: "lang" must be a string, skipped',
                      "pokazatel extract: -:4: JSON nested too deeply, skipped",
                      "pokazatel extract: -:5: not UTF-8 text, skipped"]
    assert [json.loads(line)["id"] for line in result.stdout.decode().splitlines()] == [1, 6]


@pytest.mark.slow
def test_extract_tags_an_article_beyond_spacys_limit_up_to_the_limit_beside_the_others(pokazatel_cmd):
    # `extract` used to fail its whole input with E088 on such an article
    records = [{"id": "big", "title": "Очень длинная статья", "text": long_text(1_200_000)},
               *({"id": n, "title": title, "text": text} for n, (title, text) in enumerate(NORMAL))]
    result = subprocess.run([*pokazatel_cmd, "extract"], capture_output=True, timeout=600,
                            input="\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode())
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    _, warning = guard.bound_record(records[0])
    assert warning.startswith("text of 1,200,000 characters: only its first ")
    assert result.stderr.decode().splitlines() == [f"pokazatel extract: record big: {warning}"]
    output = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [record["id"] for record in output] == ["big", 0, 1, 2]
    assert output[0]["warnings"] == [warning]
    assert output[0]["mentions"] and max(m["end"] for m in output[0]["mentions"]) <= guard.MAX_TAG_CHARS
    assert output[1]["relevant"] and output[1]["statistics"]
