"""Kazakhstan's common first names (data/gazetteer/first_names.yaml), apart from the modules that tag text: reading
Latin script back into Cyrillic needs them too, and must not load spaCy for it."""

from __future__ import annotations

from functools import cache

from pokazatel.resources import data_path, read_yaml


@cache
def first_names() -> frozenset[str]:
    """Kazakhstan's common first names, case-folded: "Айдар" is a name, though "айдар" is a word too."""
    data = read_yaml(data_path("gazetteer", "first_names.yaml"))
    return frozenset(name.casefold() for names in data.values() for name in names)
