"""SIGTERM (systemd, cron's timeout, `kill`) stops a run the way Ctrl-C does: the crawl subprocesses it
started are stopped, the run is recorded as interrupted with what it stored, and the process exits
normally, so Prefect's temporary server and the temporary folders are cleaned up at exit. The default
SIGTERM ends the process on the spot and leaves all of them behind."""

from __future__ import annotations

import signal


def stop_cleanly_on_signals() -> None:
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)


def _interrupt(signum: int, frame: object) -> None:
    from pokazatel.crawlers.run import stop_crawls

    stop_crawls()
    raise KeyboardInterrupt
