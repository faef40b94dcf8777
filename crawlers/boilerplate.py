"""Lines and blocks that surround an article but are not it (data/boilerplate.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from pokazatel.resources import data_path

BOILERPLATE_FILE = data_path("boilerplate.yaml")
SHORT_LINE = 200  # promotions are short; a paragraph of news that mentions Telegram is not


@dataclass(frozen=True)
class Boilerplate:
    phrases: re.Pattern[str]
    tail: re.Pattern[str]
    patterns: tuple[re.Pattern[str], ...]
    remove: tuple[str, ...]
    inline: re.Pattern[str]
    glued: re.Pattern[str]

    def tidy(self, line: str) -> str:
        """One line with glued outlet names taken out and a trailing "read also" cut off."""
        # a name between two words becomes a space; before punctuation or the line's end, nothing
        line = self.glued.sub(lambda m: " " if m.string[m.end():m.end() + 1].isalpha() else "", line)
        return " ".join(self.inline.sub("", line).split())

    def is_boilerplate(self, line: str) -> bool:
        return bool(self.phrases.match(line)) or (
            len(line) < SHORT_LINE and any(pattern.search(line) for pattern in self.patterns))

    def clean(self, lines: list[str]) -> list[str]:
        """Drop boilerplate lines, stop at the first "related news"-style line, tidy spacing."""
        kept: list[str] = []
        for line in lines:
            line = self.tidy(line)
            if not line:
                continue
            if self.tail.match(line):
                break
            if not self.is_boilerplate(line):
                kept.append(line)
        return kept


def _starts_with_any(phrases: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(phrase.strip()) for phrase in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"^\W*(?:{alternatives})", re.IGNORECASE)


def _inline_tail(phrases: list[str]) -> re.Pattern[str]:
    """After a sentence's end, a phrase followed by ":" (or by the line's end) and the rest."""
    alternatives = "|".join(re.escape(phrase.strip()) for phrase in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<=[.!?»\"])\s+(?:{alternatives})\s*(?::.*|[.…→»\W]*)$", re.IGNORECASE)


def _glued_names(names: list[str]) -> re.Pattern[str]:
    """An outlet name touching a letter on its left or its right (a byline that lost its spaces)."""
    alternatives = "|".join(re.escape(name.strip()) for name in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<=[^\W\d_])(?:{alternatives})|(?<![\w.])(?:{alternatives})(?=[^\W\d_])", re.IGNORECASE)


@cache
def load_boilerplate(path: Path = BOILERPLATE_FILE) -> Boilerplate:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Boilerplate(phrases=_starts_with_any(document.get("phrases") or ["\x00"]),
                       tail=_starts_with_any(document.get("tail") or ["\x00"]),
                       patterns=tuple(re.compile(pattern) for pattern in document.get("patterns") or ()),
                       remove=tuple(document.get("remove") or ()),
                       inline=_inline_tail(document.get("inline") or ["\x00"]),
                       glued=_glued_names(document.get("glued_outlets") or ["\x00"]))
