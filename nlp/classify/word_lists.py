"""Word lists that the classifier's evidence reads: how a rules file holds them and how the model file keeps them.

A rules file (data/rules/*.yaml) gives each section its entries by language ("ru", "kk", ...); a section's list is
those entries one language after another, in file order. A class of word lists is a frozen dataclass that derives
from WordLists, each field one list (a tuple of entries) or a nested class of word lists; the model file keeps one
JSON object for it, a field's name its key, so a model applies the lists it was trained with.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Self


def section_entries(document: dict, section: str) -> tuple[str, ...]:
    """The entries of one section of a rules file, its languages one after another, in file order; none when the
    section is absent or empty."""
    return tuple(entry for words in (document.get(section) or {}).values() for entry in words or [])


class WordLists:
    """JSON for a frozen dataclass of word lists. Every field has a default: the empty list, or a nested class's empty
    instance; a key a model file lacks (written before the list existed) takes it, as that model was trained."""

    @classmethod
    def from_sections(cls, document: dict) -> Self:
        """A class of plain lists read from a rules file: each field the section of its name."""
        return cls(**{field.name: section_entries(document, field.name) for field in fields(cls)})

    def to_json(self) -> dict[str, Any]:
        return {field.name: _to_json(getattr(self, field.name)) for field in fields(self)}

    @classmethod
    def from_json(cls, document: dict) -> Self:
        return cls(**{field.name: _from_json(field.default, document[field.name])
                      for field in fields(cls) if field.name in document})


def _to_json(value: tuple[str, ...] | WordLists) -> list[str] | dict[str, Any]:
    return value.to_json() if isinstance(value, WordLists) else list(value)


def _from_json(default: tuple[str, ...] | WordLists, value: Any) -> tuple[str, ...] | WordLists:
    return type(default).from_json(value) if isinstance(default, WordLists) else tuple(value)
