"""The CLI as a user runs it: a separate process, one-line errors, exit codes."""

import json
import subprocess

import pytest
from pokazatel.cli.main import COMMAND_MODULES


def run(cmd, *args, stdin=None):
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_every_subcommand_has_help(pokazatel_cmd):
    names = [module.removesuffix("_command") for module in COMMAND_MODULES]
    assert {"crawl", "process", "run", "search", "export", "extract", "serve", "eval"} <= set(names)
    for name in names:
        result = run(pokazatel_cmd, name, "--help")
        assert result.returncode == 0, (name, result.stderr)
        assert "usage: pokazatel" in result.stdout


@pytest.mark.parametrize("args", [["nonsense"], ["run", "--batch-size", "many"], ["eval"],
                                  ["backfill", "--since", "yesterday"]])
def test_bad_arguments_give_one_line_and_exit_2(pokazatel_cmd, args):
    result = run(pokazatel_cmd, *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_extract_rejects_bad_json_in_one_line(pokazatel_cmd):
    result = run(pokazatel_cmd, "extract", stdin='{"id": 1, "text": "ok"}\nnot json\n')
    assert result.returncode == 2
    assert result.stderr.strip() == "pokazatel extract: -:2: not JSON (Expecting value), skipped"
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1]  # the good record still


def test_extract_writes_one_schema_record_per_input_line(pokazatel_cmd, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "x1", "text": "В Шымкенте двое полицейских задержаны при получении взятки в 300 тысяч тенге.",
         "title": "Полицейские задержаны", "published": "2026-11-20"},
        {"id": "x2", "text": "Алматыда қар жауды."},
    ]), encoding="utf-8")
    result = run(pokazatel_cmd, "extract", str(source))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["x1", "x2"]
    assert [r["lang"] for r in records] == ["ru", "kk"]
    assert {"id", "lang", "relevant", "topic", "entities", "statistics"} <= set(records[0])
    assert "lemmas" not in records[0]


def test_missing_database_for_reading_is_one_line(pokazatel_cmd, tmp_path):
    result = run(pokazatel_cmd, "runs", "--db", str(tmp_path / "none.db"))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
