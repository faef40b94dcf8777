"""SIGTERM (systemd, cron's timeout, `kill`) stops a run the way Ctrl-C does: the crawl subprocesses it
started are stopped, the run is recorded as interrupted with what it stored, and the process exits
normally, so Prefect's temporary server and the temporary folders are cleaned up at exit. The default
SIGTERM ends the process on the spot and leaves all of them behind."""

from __future__ import annotations

import signal


def interrupt_on_termination() -> None:
    """Every command: SIGTERM and SIGHUP (a closed terminal) stop it as Ctrl-C does, so what it was writing
    is rolled back or removed (an export's temporary file) and it says so in one line, exit 130. A signal
    the caller set to be ignored (nohup) stays ignored."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _raise_interrupt)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def stop_cleanly_on_signals() -> None:
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    if signal.getsignal(signal.SIGHUP) != signal.SIG_IGN:  # the terminal closed; nohup's ignoring kept
        signal.signal(signal.SIGHUP, _interrupt)


def _interrupt(signum: int, frame: object) -> None:
    from pokazatel.crawlers.run import stop_crawls

    stop_crawls()
    raise KeyboardInterrupt
