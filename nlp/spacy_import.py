"""Imports spaCy without its command line, once, before anything else imports spaCy.

`import spacy` runs `from .cli.info import info`, and spacy.cli.info imports spacy.cli._util, which imports what
every spaCy command needs (typer, click, weasel, httpx, requests: about 300 modules, 0.25-0.4 CPU s of every
process start and of every tagging worker's, measured with `python -X importtime` and process_time), for
`spacy.info`, which pokazatel never calls. Here `spacy.cli` and `spacy.cli.info` are stand-ins while spaCy is
imported: `spacy.info` is a function that imports the real `spacy.cli.info` when first called. Both stand-ins
are removed from sys.modules once spaCy is imported, so a later `import spacy.cli` loads the real package.
spaCy is pinned below 3.9 (pyproject.toml); tests/test_start_cost.py checks the trick still applies.
Importing this module is what does it; `import spacy` anywhere after it is the usual import.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

BARE = "spacy.cli"
INFO = "spacy.cli.info"


def info(*args, **kwargs):
    """spacy.info: the real one, imported on first use (with all of spaCy's command line)."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


def import_spacy_without_cli() -> None:
    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    bare = types.ModuleType(BARE)
    bare.__path__ = [str(Path(location) / "cli") for location in spec.submodule_search_locations]
    stand_in = types.ModuleType(INFO)
    stand_in.info = info
    sys.modules[BARE], sys.modules[INFO] = bare, stand_in
    try:
        import spacy
    finally:
        for name, module in ((BARE, bare), (INFO, stand_in)):
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is bare:
        del spacy.cli


import_spacy_without_cli()
