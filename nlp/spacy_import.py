"""Imports spaCy without its command line, once, before anything else imports spaCy.

`import spacy` runs `from .cli.info import info`, and importing the package spacy.cli imports every spaCy
command (download, train, init, project: requests, httpx, jinja2, weasel and more), about 0.15 CPU s of
every process start and of every tagging worker's, for `spacy.info`, which pokazatel never calls. Here
spacy.cli.info is loaded under a bare spacy.cli package (its own folder, without its __init__); the bare
package is removed from sys.modules once spaCy is imported, so a later `import spacy.cli` loads the real one.
spaCy is pinned below 3.9 (pyproject.toml); tests/test_start_cost.py checks the trick still applies.
Importing this module is what does it; `import spacy` anywhere after it is the usual import.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

BARE = "spacy.cli"


def import_spacy_without_cli() -> None:
    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    bare = types.ModuleType(BARE)
    bare.__path__ = [str(Path(location) / "cli") for location in spec.submodule_search_locations]
    sys.modules[BARE] = bare
    try:
        import spacy
    finally:
        if sys.modules.get(BARE) is bare:
            del sys.modules[BARE]
    if getattr(spacy, "cli", None) is bare:
        del spacy.cli


import_spacy_without_cli()
