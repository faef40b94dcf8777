"""Russian: morphology, gazetteers, norms, positions and the entity component on top of natasha."""
