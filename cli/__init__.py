"""The `pokazatel` command line."""
