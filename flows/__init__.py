"""Prefect flows that orchestrate the nightly ingestion: crawl, process, record the run."""

import os

# No telemetry leaves the machine; and a busy machine may need more than Prefect's 20 s to start the
# temporary API server that a run without a Prefect server uses.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
