"""Where the package's own data is (rules, gazetteers, training data, demo sites, models) and where the
user's database lives. The data ships inside the package, so a wheel installed anywhere finds it; nothing
is ever written there."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the same documents, parsed about ten times faster, which
# matters at every process start (the rules, gazetteers and word lists are a few megabytes of YAML).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_path(*parts: str) -> Path:
    """A file or folder of the package data (the repository's data/ folder), e.g. data_path("rules")."""
    return Path(str(files("pokazatel.data").joinpath(*parts)))


def read_yaml(path: Path) -> Any:
    """A YAML data file, parsed as yaml.safe_load parses it."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def user_data_dir() -> Path:
    """Where the tool keeps what it writes by default: $XDG_DATA_HOME/pokazatel, else ~/.local/share/pokazatel."""
    return _xdg_base("XDG_DATA_HOME", Path.home() / ".local" / "share") / "pokazatel"


def user_cache_dir() -> Path:
    """Where derived files that can be rebuilt go: $XDG_CACHE_HOME/pokazatel, else ~/.cache/pokazatel."""
    return _xdg_base("XDG_CACHE_HOME", Path.home() / ".cache") / "pokazatel"


def _xdg_base(variable: str, default: Path) -> Path:
    """The folder an XDG variable names; a relative one is ignored, as the XDG Base Directory specification says (a
    nightly run started from another folder made a second database there)."""
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else default


def default_db() -> Path:
    """The database commands use without --db: $POKAZATEL_DB, else pokazatel.db in user_data_dir()."""
    configured = os.environ.get("POKAZATEL_DB")
    return Path(configured) if configured else user_data_dir() / "pokazatel.db"
