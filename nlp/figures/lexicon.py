"""The statistics extractor's vocabularies, read once from data/rules/*.yaml."""

from __future__ import annotations

from functools import cache
from typing import Any

from pokazatel.resources import data_path, read_yaml

RULES_DIR = data_path("rules")


@cache
def rules(name: str) -> dict[str, Any]:
    """The parsed data/rules/<name>.yaml."""
    return read_yaml(RULES_DIR / f"{name}.yaml")
