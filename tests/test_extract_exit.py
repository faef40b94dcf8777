"""`pokazatel extract` ends without its interpreter's teardown (cli/main.py, nlp/parallel.py): what it printed must
all arrive, through a pipe, with the exit status it would have had."""

import json
import subprocess

import pytest
from test_extract_stream import synthetic


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_every_record_and_the_exit_status_survive_the_quick_exit(pokazatel_cmd, workers):
    good = synthetic(40, padding="")
    result = subprocess.run([*pokazatel_cmd, "extract", "-", "--workers", workers], input=good,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == list(range(40))

    lines = good.splitlines(keepends=True)
    bad = "".join([*lines[:20], "not json\n", *lines[20:]])
    result = subprocess.run([*pokazatel_cmd, "extract", "-", "--workers", workers], input=bad,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == list(range(40))
    assert result.stderr.splitlines() == ["pokazatel extract: -:21: not JSON (Expecting value), skipped"]


def test_main_called_in_a_process_returns_instead_of_exiting(tmp_path):
    """Only the command line itself exits at once: a program calling main() goes on (tests/test_start_cost.py)."""
    from pokazatel.cli.main import main

    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "Алматыда қар жауды.", "lang": "kk"}) + "\n", encoding="utf-8")
    assert main(["extract", str(source), "--workers", "1"]) == 0
