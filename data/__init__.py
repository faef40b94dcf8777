"""Package data of pokazatel: rules, gazetteers, training data, demo sites and models (read through
pokazatel.resources.data_path)."""
