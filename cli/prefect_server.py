"""Prefect's temporary API server, started by `run`, `backfill` and `process --all` in a process group of its own.

Ctrl-C in a terminal sends SIGINT to the whole foreground process group. Prefect starts its temporary server (when
no PREFECT_API_URL is set) as a plain child, in that group, so the server quit at the first Ctrl-C while the run was
still reporting to it: the run recorded itself interrupted, then spent minutes at exit retrying to send Prefect's
events and logs to the server that was gone (each event ten reconnections) before it ended. In a group of its own the
server hears only the run, which stops it at exit as before (Prefect's atexit), or, killed, its watchdog does (the
server carries the run's token like every process the run starts)."""

from __future__ import annotations

import subprocess
from functools import partial
from types import SimpleNamespace


def start_temporary_server() -> None:
    """Start the temporary server Prefect would start at the flow's first call, outside the terminal's process
    group; nothing when the user's settings name a Prefect API of their own (not ours to start or stop)."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return
    from prefect.server.api import server

    temporary = server.SubprocessASGIServer()  # the one instance Prefect's clients then find and use
    if temporary.running:
        return
    # Prefect offers no option for this: its module's `subprocess` is swapped while the server starts, so only its
    # Popen call gets process_group=0 (tests/test_faults_round8.py checks the server's group).
    own_group = SimpleNamespace(**vars(subprocess))
    own_group.Popen = partial(subprocess.Popen, process_group=0)
    server.subprocess = own_group
    try:
        temporary.start()
    finally:
        server.subprocess = subprocess
