"""The quote marks names stand between in Russian and Kazakh news: «…», "…", „…“, “…”."""

OPENING_QUOTES = frozenset("«\"„“")
CLOSING_QUOTES = frozenset("»\"“”")
