"""Kazakh: the project's `kk` language, its one stemmer and the Kazakh entity component."""
