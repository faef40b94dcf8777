"""Loaded by each worker process of the local Dask cluster that `run --workers N` starts (Dask's `preload`).

A terminal's Ctrl-C reaches every process of its foreground group, these workers too: each died in a
KeyboardInterrupt traceback, and the cluster lost the crawls' results it held. The run alone handles Ctrl-C: it
stops its crawls, records the run and closes the cluster, which ends its workers."""

from __future__ import annotations

import signal


def dask_setup(worker: object) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
