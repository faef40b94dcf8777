"""The statistics extractor's vocabularies, read once from data/rules/*.yaml."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from pokazatel.resources import data_path

RULES_DIR = data_path("rules")


@cache
def rules(name: str) -> dict[str, Any]:
    """The parsed data/rules/<name>.yaml."""
    return yaml.safe_load((RULES_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
