"""Spiders: one generic news spider, configured per outlet by data/sources.yaml."""
