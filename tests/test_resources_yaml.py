"""read_yaml parses the package's data files with libyaml when PyYAML has it: every YAML file under data/
must come out exactly as yaml.safe_load reads it, or the rules and gazetteers would silently change."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pokazatel.resources import data_path, read_yaml

YAML_FILES = sorted(p for suffix in ("*.yaml", "*.yml") for p in Path(data_path()).rglob(suffix))


def test_there_are_data_files_to_compare():
    assert len(YAML_FILES) >= 20


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(data_path())))
def test_read_yaml_gives_what_safe_load_gives(path: Path):
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    parsed = read_yaml(path)
    assert parsed == expected
    assert repr(parsed) == repr(expected)  # same types and key order too (1 == 1.0 == True would pass ==)
