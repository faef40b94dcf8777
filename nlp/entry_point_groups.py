"""catalogue's entry points (spaCy's registries: factories, languages, tokenizers…) grouped once per process.

catalogue reads `importlib.metadata.entry_points()` once, at import, but looks a group up with `select(group=…)`,
which tests every entry point of every installed distribution again (a few hundred here: Prefect's, Scrapy's…) at
each of the nearly 200 look-ups spaCy makes while building the two pipelines and the Kazakh models: 0.03-0.04 CPU s
of every process start. Replaced by a dict of the same groups, each holding what `select` gives, in the same order,
which catalogue reads with `.get(group, [])`. Importing this module is what does it (nlp/spacy_import.py does).
"""

from __future__ import annotations

import catalogue


def group_entry_points() -> None:
    available = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(available, "select") and hasattr(available, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: available.select(group=group) for group in available.groups}


group_entry_points()
