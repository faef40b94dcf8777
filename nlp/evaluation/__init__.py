"""Scores against gold data; imports pokazatel.nlp, never imported by it."""
