"""Source health in every run: silent sources, generic fallbacks and shrunken bodies are flagged,
stored with the run, shown by `pokazatel runs` and in the run_health view Datasette serves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from pokazatel.cli.main import main
from pokazatel.crawlers.demo_server import serve_demo
from pokazatel.crawlers.demo_site import SITE_DIR
from pokazatel.crawlers.run import crawl
from pokazatel.crawlers.sources import SOURCES_FILE
from pokazatel.store.db import open_db
from pokazatel.store.health import HealthSettings, load_settings, record_health, run_flags
from pokazatel.store.load import save_article
from pokazatel.store.runs import finish_run, start_run


def counts(new: int, *, selector: int = 0, generic: int = 0, expected: bool = True, median: int | None = 900) -> dict:
    return {"fetched": selector + generic, "new": new, "failed": 0, "errors": [],
            "extraction": {"body": {"selector": selector, "generic": generic}}, "body_expected": expected,
            "body_median": median}


def one_run(db, sources: dict, settings: HealthSettings | None = None) -> dict[str, list[str]]:
    run_id = start_run(db, "nightly")
    finish_run(db, run_id, status="ok", sources=sources)
    return record_health(db, run_id, sources, settings)


def test_the_default_threshold_lives_in_the_source_list(tmp_path: Path) -> None:
    assert load_settings() == HealthSettings(silent_runs=3, generic_share=0.5, shrink_ratio=0.5, min_history=5)
    custom = tmp_path / "sources.yaml"
    custom.write_text("health:\n  silent_runs: 5\nsources: []\n", encoding="utf-8")
    assert load_settings(custom).silent_runs == 5 and load_settings(custom).shrink_ratio == 0.5
    custom.write_text("health:\n  silent_runs: many\n", encoding="utf-8")
    with pytest.raises(ValueError, match="health settings"):
        load_settings(custom)


def test_a_source_silent_for_n_runs_in_a_row_is_flagged(tmp_path: Path) -> None:
    db = open_db(tmp_path / "h.db")
    assert one_run(db, {"quiet": counts(2, selector=2), "busy": counts(3, selector=3)}) == {}
    assert one_run(db, {"quiet": counts(0), "busy": counts(1, selector=1)}) == {}
    assert one_run(db, {"quiet": counts(0), "busy": counts(1, selector=1)}) == {}
    assert one_run(db, {"quiet": counts(0), "busy": counts(1, selector=1)}) == {"quiet": ["no new article in 3 runs"]}
    # a processing-only run (reprocess) does not break or extend the streak
    reprocess = start_run(db, "reprocess")
    finish_run(db, reprocess, status="ok", sources={})
    assert one_run(db, {"quiet": counts(0), "busy": counts(0)}) == {"quiet": ["no new article in 4 runs"]}
    assert one_run(db, {"quiet": counts(1, selector=1), "busy": counts(0)}) == {}
    # N comes from the settings
    assert one_run(db, {"busy": counts(0)}, HealthSettings(silent_runs=2)) == {"busy": ["no new article in 3 runs"]}


def test_mostly_generic_bodies_are_flagged_only_where_selectors_are_configured(tmp_path: Path) -> None:
    db = open_db(tmp_path / "h.db")
    flags = one_run(db, {"broken": counts(5, selector=1, generic=4), "by_design": counts(5, generic=5, expected=False),
                         "fine": counts(5, selector=4, generic=1)})
    assert list(flags) == ["broken"]
    assert flags["broken"] == ["bodies from the generic fallback: 4/5 (selectors no longer match?)"]


def test_bodies_that_shrank_against_the_stored_ones_are_flagged(tmp_path: Path) -> None:
    db = open_db(tmp_path / "h.db")
    for n in range(6):
        save_article(db, {"url": f"https://outlet.kz/{n}", "source": "outlet", "title": f"Новость {n}",
                          "text": f"Полный текст новости номер {n}. " * 40})
    db.execute("UPDATE articles SET fetched_at = '2026-01-01T00:00:00+05:00'")
    db.conn.commit()
    stored = db.execute("SELECT length(text) FROM articles LIMIT 1").fetchone()[0]
    assert one_run(db, {"outlet": counts(3, selector=3, median=stored - 100)}) == {}
    assert one_run(db, {"outlet": counts(3, selector=3, median=120)}) == \
        {"outlet": [f"bodies shrank: median 120 chars vs {stored} before (a teaser?)"]}
    # too little history: nothing is judged
    assert one_run(db, {"new_outlet": counts(3, selector=3, median=10)}) == {}


def test_runs_command_and_the_datasette_view_show_the_flags(tmp_path: Path, capsys) -> None:
    database = tmp_path / "h.db"
    db = open_db(database)
    for _ in range(3):
        one_run(db, {"quiet": counts(0), "broken": counts(2, selector=0, generic=2)})
    db.close()
    assert main(["runs", "--db", str(database), "--limit", "1"]) == 0
    output = capsys.readouterr().out
    assert "! no new article in 3 runs" in output
    assert "! bodies from the generic fallback: 2/2" in output
    assert main(["runs", "--db", str(database), "--limit", "1", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["health"]["quiet"] == ["no new article in 3 runs"]
    rows = list(open_db(database, readonly=True).query(
        "SELECT run_id, source, new, body_generic, flags FROM run_health ORDER BY run_id, source"))
    assert len(rows) == 6
    assert rows[-1] == {"run_id": 3, "source": "quiet", "new": 0, "body_generic": 0,
                        "flags": "no new article in 3 runs"}
    assert run_flags(open_db(database, readonly=True), 1) == {"broken": [
        "bodies from the generic fallback: 2/2 (selectors no longer match?)"]}


@pytest.mark.slow
def test_a_real_crawl_of_a_changed_layout_is_flagged(tmp_path: Path) -> None:
    """The demo tengrinews with its pages in the 2022 layout and an entry that only knows the new
    one: the crawl stores articles all the same (trafilatura), and the run is flagged."""
    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    for page in (root / "tengrinews").rglob("index.html"):
        page.write_text(page.read_text(encoding="utf-8").replace('class="content_main_text"', 'class="tn-news-text"'),
                        encoding="utf-8")
    document = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    for entry in document["demo"]:
        if entry["name"] == "tengrinews":
            entry["selectors"]["body"] = "div.content_main_text"
    sources_file = tmp_path / "sources.yaml"
    sources_file.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    database = tmp_path / "crawl.db"
    with serve_demo(root) as base:
        result = crawl(["tengrinews"], db_path=database, demo_base=base, sources_file=sources_file,
                       prefilter=False)["tengrinews"]
    assert result["new"] > 0 and result["failed"] == 0
    assert result["extraction"]["body"] == {"generic": result["fetched"]}
    assert result["body_expected"] and result["body_median"] > 200
    db = open_db(database)
    assert one_run(db, {"tengrinews": result}) == {"tengrinews": [
        f"bodies from the generic fallback: {result['fetched']}/{result['fetched']} (selectors no longer match?)"]}
