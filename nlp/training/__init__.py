"""Training of the project's own models; imports pokazatel.nlp, never imported by it."""
