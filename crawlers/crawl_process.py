"""`python -m pokazatel.crawlers.crawl_process JOB.json`: one crawl, in its own process (Scrapy's reactor
cannot be restarted). Reads the job written by pokazatel.crawlers.run, writes per-source counts back.

Every warning raised during the crawl is logged to stderr once per place in the code; with
POKAZATEL_STRICT_WARNINGS set (the test suite sets it) a warning also fails the crawl, so a deprecated
Scrapy API fails a test."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import sys
import threading
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

from pokazatel.crawlers.counts import RESULTS, empty_counts
from pokazatel.crawlers.extract import warm_up
from pokazatel.crawlers.spiders.news import NewsSpider
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

STRICT_WARNINGS = "POKAZATEL_STRICT_WARNINGS"


class WarningRecorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


ORPHAN_CHECK_SECONDS = 1.0
# Scrapy's graceful stop waits for every request already handed to the downloader (up to
# CONCURRENT_REQUESTS of them, queued behind a slow site); an orphan that nobody waits for only gets this long.
ORPHAN_GRACE_SECONDS = 3.0


def crawl_settings(job: dict[str, Any]) -> Settings:
    settings = Settings()
    settings.setmodule("pokazatel.crawlers.settings", priority="project")
    settings.set("POKAZATEL_DB", job["db_path"], priority="cmdline")
    settings.set("POKAZATEL_PREFILTER", job.get("prefilter", True), priority="cmdline")
    settings.setdict(job.get("settings") or {}, priority="cmdline")
    return settings


def run_job(job: dict[str, Any]) -> dict[str, dict[str, Any]]:
    process = CrawlerProcess(crawl_settings(job))
    results: dict[str, dict[str, Any]] = {}
    for source in job["sources"]:
        try:
            process.crawl(NewsSpider, source=source, db_path=job["db_path"],
                          since=job.get("since"), until=job.get("until"), sample=job.get("sample") or 0)
        except Exception as error:  # one outlet's bad configuration must not stop the others
            results[source["name"]] = {**empty_counts(), "failed": 1,
                                       "errors": [f"cannot start: {error}"]}
    warm_up()
    process.start()
    for source in job["sources"]:
        name = source["name"]
        results.setdefault(name, RESULTS.get(name) or {**empty_counts(), "failed": 1,
                                                       "errors": ["spider did not report"]})
    return results


def main(argv: list[str]) -> int:
    job_file = Path(argv[0])
    job = json.loads(job_file.read_text(encoding="utf-8"))
    parent = os.getppid()
    _stop_when_orphaned(parent)
    try:
        return _crawl(job)
    finally:
        if os.getppid() != parent and job.get("workdir"):  # nobody is left to read the counts or remove it
            shutil.rmtree(job["workdir"], ignore_errors=True)


def _crawl(job: dict[str, Any]) -> int:
    # Scrapy sends warnings to the log (logger "py.warnings", shown on stderr); they are also kept here.
    warnings.simplefilter("default")  # DeprecationWarning too, once per place in the code
    # Scrapy itself still calls w3lib's html_to_unicode() the old way, which w3lib 2.6 deprecates: a warning
    # between two of our dependencies, not about the crawl, so it is not kept
    warnings.filterwarnings("ignore", message="The default_encoding and auto_detect_fun parameters of w3lib",
                            category=DeprecationWarning)
    logging.captureWarnings(True)
    recorder = WarningRecorder()
    logging.getLogger("py.warnings").addHandler(recorder)
    try:
        results = run_job(job)
    except Exception:
        traceback.print_exc()
        return 1
    if recorder.messages and os.environ.get(STRICT_WARNINGS):
        first = recorder.messages[0].strip().splitlines()[0]
        print(f"{len(recorder.messages)} warning(s) in the crawl process, the first: {first}", file=sys.stderr)
        return 1
    Path(job["output"]).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _stop_when_orphaned(parent: int) -> None:
    """A parent killed with SIGKILL cannot stop its crawl: the crawl notices it was orphaned and stops
    itself the graceful way (Scrapy's SIGTERM), then, if requests are still queued, the forced way (a second
    SIGTERM), instead of going on fetching and storing for minutes. Each article is stored in its own
    transaction, and links not fetched stay in the crawl backlog for the next crawl."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(ORPHAN_GRACE_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
