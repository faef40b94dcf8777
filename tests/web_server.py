"""`pokazatel serve` as the web tests start it: on a free port of 127.0.0.1, its output in a log file (a pipe nobody
reads stalls a server once it has logged 64 KB), stopped when the block ends."""

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 90, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            said = log.read_text(encoding="utf-8") if log else server.stderr.read() if server.stderr else ""
            raise AssertionError(f"pokazatel serve exited: {said}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"pokazatel serve did not answer at {url}")


@contextmanager
def served(database: Path, log: Path, **popen_options) -> Iterator[tuple[str, subprocess.Popen]]:
    """`pokazatel serve` on the database until the block ends, all it prints in the file `log`: its base URL and
    its process."""
    port = free_port()
    with open(log, "w", encoding="utf-8") as log_file:
        server = subprocess.Popen([sys.executable, "-m", "pokazatel", "serve", "--db", str(database), "--port",
                                   str(port)], stdout=log_file, stderr=subprocess.STDOUT, text=True, **popen_options)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(f"{base}/-/versions.json", server, log=log)
            yield base, server
        finally:
            server.terminate()
            server.wait(timeout=60)
