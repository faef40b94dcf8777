"""The flows for real: Prefect runs, a Dask fan-out, and a process killed in the middle of a load."""

import json
import signal
import subprocess
import time

import pytest
from pokazatel.flows.process import process_articles
from pokazatel.store.db import open_db
from pokazatel.store.load import save_article

TEMPLATES = [
    ("Аким {n}-го района задержан при получении взятки",
     "В Шымкенте аким района №{n} задержан при получении взятки в {n} млн тенге. "
     "По данным Антикоррупционной службы, за этот год осуждены {n} чиновников."),
    ("В Караганде прошёл фестиваль {n}",
     "В Караганде прошёл городской фестиваль, его посетили {n} тысяч человек."),
    ("Шенеунік пара алған {n}",
     "Атырау облысында {n} шенеунік пара алу кезінде ұсталды. Пара көлемі {n} миллион теңге."),
]


def fill(db, count: int) -> None:
    for n in range(1, count + 1):
        title, text = TEMPLATES[n % len(TEMPLATES)]
        save_article(db, {"url": f"https://example.kz/{n}", "source": "example", "title": title.format(n=n),
                          "text": text.format(n=n), "published_at": "2026-11-20T10:00:00+05:00"})


def copy_db(db, target) -> None:
    """A consistent copy, WAL included (copying the main file alone would miss recent writes)."""
    db.execute("VACUUM INTO ?", [str(target)])


def tag_counts(db) -> dict:
    return {table: db[table].count for table in ("classifications", "entities", "statistics", "article_lemmas")}


# Enough batches that a poll sees the run half done even on a loaded machine: with 120 articles a CI run once saw
# none done, then all (the whole load took about a second once the models were in).
KILLED_RUN_ARTICLES = 360


def test_a_process_killed_mid_load_loses_nothing_and_adds_nothing_twice(tmp_path, pokazatel_cmd):
    reference = open_db(tmp_path / "reference.db")
    fill(reference, KILLED_RUN_ARTICLES)
    copy_db(reference, tmp_path / "killed.db")
    process_articles(reference, batch_size=8)
    expected = tag_counts(reference)

    killed = open_db(tmp_path / "killed.db")
    worker = subprocess.Popen([*pokazatel_cmd, "process", "--db", str(tmp_path / "killed.db"), "--batch-size", "8"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and worker.poll() is None:
        done = killed.execute("SELECT count(*) FROM articles WHERE processed_at IS NOT NULL").fetchone()[0]
        if 0 < done < KILLED_RUN_ARTICLES:
            break
        time.sleep(0.01)
    assert worker.poll() is None, "the process step ended before it could be killed"
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    # Whatever was committed is whole: every processed article has its tags, no other has any.
    untagged = killed.execute("SELECT count(*) FROM articles a LEFT JOIN classifications c ON c.article_id = a.id "
                              "WHERE (a.processed_at IS NULL) != (c.article_id IS NULL)").fetchone()[0]
    assert untagged == 0
    process_articles(killed, batch_size=8)
    assert tag_counts(killed) == expected
    assert killed["articles"].count == KILLED_RUN_ARTICLES


@pytest.mark.slow
def test_reprocess_on_a_local_dask_cluster_gives_the_same_database(tmp_path, prefect_harness):
    from pokazatel.flows.nightly import reprocess, with_dask

    single = open_db(tmp_path / "single.db")
    fill(single, 30)
    copy_db(single, tmp_path / "dask.db")
    process_articles(single, batch_size=8)
    summary = with_dask(reprocess, workers=2)(database=str(tmp_path / "dask.db"), batch_size=8, fan_out=True,
                                              chunk_size=10)
    assert summary["status"] == "ok" and summary["processed_articles"] == 30
    rows = "SELECT article_id, event, unit, value, quote FROM statistics ORDER BY 1, 2, 3, 4"
    dask_db = open_db(tmp_path / "dask.db")
    assert list(dask_db.execute(rows)) == list(single.execute(rows))
    assert tag_counts(dask_db) == tag_counts(single)


@pytest.mark.slow
def test_nightly_demo_run_builds_a_searchable_database_and_a_rerun_adds_nothing(tmp_path, prefect_harness):
    from pokazatel.flows.nightly import nightly

    database = tmp_path / "nightly.db"
    first = nightly(database=str(database), demo=True)
    db = open_db(database)
    assert first["status"] == "ok" and first["new"] > 20
    assert set(first["sources"]) == {"tengrinews", "zakon", "inform_kk", "anticor_gov", "egemen"}
    counts = {table: db[table].count for table in ("articles", "entities", "statistics", "classifications")}
    assert counts["articles"] == first["new"] == counts["classifications"] == first["processed_articles"]
    assert counts["statistics"] > 0 and counts["entities"] > 0
    assert db.execute("SELECT count(*) FROM articles WHERE lang = 'kk'").fetchone()[0] > 5
    assert db.execute("SELECT count(*) FROM classifications WHERE relevant = 0").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'взятки'").fetchone()[0] > 0

    second = nightly(database=str(database), demo=True)
    assert second["status"] == "ok" and second["new"] == 0 and second["processed_articles"] == 0
    assert {table: db[table].count for table in counts} == counts
    runs = list(db.query("SELECT status, articles_new FROM runs ORDER BY id"))
    assert runs == [{"status": "ok", "articles_new": first["new"]}, {"status": "ok", "articles_new": 0}]
    assert db.execute("SELECT count(*) FROM run_sources").fetchone()[0] == 10
    # every demo source reads as designed and added articles a run ago: no health flag, one row each
    assert first["health"] == second["health"] == {}
    assert db.execute("SELECT count(*) FROM run_health WHERE articles > 0").fetchone()[0] == 5
    assert [row["name"] for row in db.query("SELECT name FROM sources ORDER BY name")] == sorted(first["sources"])


@pytest.mark.slow
def test_a_source_that_is_down_is_recorded_as_failed_while_the_others_load(tmp_path, prefect_harness,
                                                                          monkeypatch):
    from pokazatel.crawlers import sources as source_list
    from pokazatel.flows.nightly import nightly

    real_load = source_list.load_sources

    def with_a_dead_outlet(*, demo_base=None, path=source_list.SOURCES_FILE):
        loaded = real_load(demo_base=demo_base, path=path)
        if demo_base is not None:  # egemen's server "is down": nothing listens on port 9
            dead = loaded["egemen"].to_dict()
            dead_json = json.dumps(dead).replace(demo_base.rstrip("/"), "http://127.0.0.1:9")
            loaded["egemen"] = source_list.Source.from_dict(json.loads(dead_json))
        return loaded

    monkeypatch.setattr(source_list, "load_sources", with_a_dead_outlet)
    from pokazatel.store import watches

    empty = open_db(tmp_path / "down.db")
    assert watches.add(empty, "bribes", "взятка", {}, "2025-01-01T00:00:00+05:00") == 0  # a watch made "yesterday"
    empty.close()
    summary = nightly(database=str(tmp_path / "down.db"), demo=True, sources=["egemen", "tengrinews"])
    assert summary["watch_hits"]["bribes"] > 0, "the night's run records what the watch finds new"
    assert summary["status"] == "partial"
    assert summary["sources"]["egemen"]["failed"] > 0 and summary["sources"]["egemen"]["new"] == 0
    assert summary["sources"]["tengrinews"]["new"] > 0
    db = open_db(tmp_path / "down.db")
    recorded = {row["source"]: row for row in db.query("SELECT * FROM run_sources")}
    assert recorded["egemen"]["failed"] > 0 and recorded["tengrinews"]["new"] == summary["sources"]["tengrinews"]["new"]
    assert db.execute("SELECT count(*), min(run_id), max(run_id) FROM watch_hits").fetchone() == (
        summary["watch_hits"]["bribes"], summary["run_id"], summary["run_id"])


def test_a_database_error_mid_process_is_one_line_and_leaves_no_half_written_article(tmp_path, pokazatel_cmd):
    db = open_db(tmp_path / "broken.db")
    fill(db, 6)
    # Any write to the statistics table now fails, after entities were written for the same article.
    db.executescript("CREATE TRIGGER failing_disk BEFORE INSERT ON statistics "
                     "BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END;")
    result = subprocess.run([*pokazatel_cmd, "process", "--db", str(tmp_path / "broken.db")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("pokazatel: database error:") and len(result.stderr.splitlines()) == 1
    assert db.execute("SELECT count(*) FROM articles WHERE processed_at IS NOT NULL").fetchone()[0] == 0
    assert db["entities"].count == 0 and db["classifications"].count == 0


@pytest.mark.slow
def test_processing_in_two_worker_processes_gives_the_same_database(tmp_path):
    single = open_db(tmp_path / "single.db")
    fill(single, 40)
    copy_db(single, tmp_path / "pool.db")
    process_articles(single, batch_size=8, workers=1)
    pooled = open_db(tmp_path / "pool.db")
    assert process_articles(pooled, batch_size=8, workers=2)["articles"] == 40
    for rows in ("SELECT article_id, label, norm, start FROM entities ORDER BY 1, 4, 2",
                 "SELECT * FROM statistics ORDER BY 1", "SELECT * FROM classifications ORDER BY 1"):
        assert list(pooled.execute(rows)) == list(single.execute(rows))
    assert tag_counts(pooled) == tag_counts(single)
