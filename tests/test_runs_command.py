"""`pokazatel runs` on a real database: each source's fetched / new / duplicates / failed, as README lists them."""

from __future__ import annotations

import json
from pathlib import Path

from pokazatel.cli.main import main
from pokazatel.store.db import open_db
from pokazatel.store.runs import finish_run, start_run


def test_runs_shows_each_sources_duplicates_and_failures(tmp_path: Path, capsys) -> None:
    database = tmp_path / "runs.db"
    db = open_db(database)
    run_id = start_run(db, "nightly")
    finish_run(db, run_id, status="partial", sources={
        "zakon": {"fetched": 9, "new": 8, "duplicates": 1, "failed": 0, "errors": []},
        "egemen": {"fetched": 8, "new": 8, "duplicates": 0, "failed": 0, "errors": []},
        "baq": {"fetched": 0, "new": 0, "duplicates": 0, "failed": 1,
                "errors": ["https://baq.kz/rss: DNS lookup failed"]},
    })
    db.close()
    assert main(["runs", "--db", str(database)]) == 0
    lines = {line.split()[0]: line.strip() for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["zakon"] == "zakon            fetched 9, new 8, duplicates 1"
    assert lines["egemen"] == "egemen           fetched 8, new 8"
    assert lines["baq"] == "baq              fetched 0, new 0, failed 1: https://baq.kz/rss: DNS lookup failed"
    assert main(["runs", "--db", str(database), "--json"]) == 0
    sources = {s["source"]: s for s in json.loads(capsys.readouterr().out)["sources"]}
    assert (sources["zakon"]["duplicates"], sources["baq"]["failed"]) == (1, 1)
