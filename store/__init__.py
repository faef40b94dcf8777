"""SQLite storage of articles and their tags, with search and export over it."""
