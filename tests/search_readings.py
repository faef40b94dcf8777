"""What a search finds in a database of invented articles (test_search.invented_article), in the shape the search
rounds compare."""

import sqlite_utils
from pokazatel.store.search import search


def found(db: sqlite_utils.Database, query: str, **filters) -> set[int]:
    """The numbers of the invented articles the query finds."""
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query, **filters)}
