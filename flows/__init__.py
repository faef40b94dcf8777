"""Prefect flows that orchestrate the nightly ingestion: crawl, process, record the run."""
