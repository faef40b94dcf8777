"""What the statistics extractor reads in a text, in the shapes the figure tests compare. Each test file reads its
sentences as published on a day of its own: "с начала года" or "в прошлом году" is a period relative to it."""

from dataclasses import dataclass
from datetime import date

from pokazatel.nlp.figures.extractor import extract_statistics


@dataclass(frozen=True)
class FigureReader:
    published: date

    def records(self, text: str, lang: str = "ru") -> list[dict]:
        return extract_statistics(text, lang, self.published)

    def figures(self, text: str, lang: str = "ru") -> list[tuple[float, str, str]]:
        """(value, unit, event) of each figure."""
        return [(r["value"], r["unit"], r["event"]) for r in self.records(text, lang)]

    def periods(self, text: str, lang: str = "ru") -> list[tuple[float, str, str | None]]:
        """(value, event, period) of each figure."""
        return [(r["value"], r["event"], r["period"]) for r in self.records(text, lang)]

    def counted(self, text: str, lang: str = "ru") -> list[tuple[float, str, str, str]]:
        """(value, unit, event, object) of each figure."""
        return [(r["value"], r["unit"], r["event"], r["object"]) for r in self.records(text, lang)]
