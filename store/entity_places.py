"""A place's one name beside the name the text gives it: an entity "РК" is stored with `place` "Казахстан"
(pokazatel.nlp.ru.place_names), so a search or stats for Kazakhstan finds the articles that write "РК" too."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # store.query imports this module, and extract must not load sqlite_utils (test_start_cost)
    import sqlite_utils


def has_column(db: sqlite_utils.Database) -> bool:
    """False for a database made before entities had a place (read-only, it stays so: filters leave it out)."""
    return any(row[1] == "place" for row in db.execute("PRAGMA table_info(entities)"))


def add_column(db: sqlite_utils.Database) -> None:
    """Add the column inside the caller's write transaction and fill it for the places already stored: the
    tagger sets a LOC's norm to the other name as written and its place to the gazetteer's name, so a stored
    norm that is another name of a place tells its place as the tagger would have."""
    from pokazatel.nlp.ru.place_names import other_names

    db.execute("ALTER TABLE entities ADD COLUMN place TEXT")
    db.conn.executemany("UPDATE entities SET place = ? WHERE label = 'LOC' AND norm = ?",
                        [(place, variant) for variant, place in other_names().items()])


def place_named(name: str) -> str | None:
    """The gazetteer's name of the place `name` names in any form ("РК", "Казахстана", "Республика Казахстан":
    "Казахстан"), None when it names none."""
    from pokazatel.nlp.ru.gazetteer import WORD, gazetteer, word_lemmas

    words = [word for word in WORD.findall(name) if word[0].isalnum()]
    if not words:
        return None
    found = gazetteer().matches([word_lemmas(word) for word in words])
    if len(found) == 1 and found[0][:2] == (0, len(words)) and found[0][2].is_place:
        return found[0][2].norm
    return None
