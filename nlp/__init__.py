"""The spaCy pipeline that tags articles: entities, lemmas, reported figures, relevance and topic."""
