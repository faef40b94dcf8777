"""What a run started ends with the run, however the run ends. SIGKILL (`kill -9`, the OOM killer) gives
a run no chance to stop its subprocesses, and Prefect's temporary API server (about 230 MB, a process
Prefect starts on its own) would go on serving nobody until the machine restarts. So a flow command
starts this small watchdog first, in a session of its own: every process the run starts from then on
inherits the run's token in its environment (Prefect's server, crawls, tagging workers, Dask workers
alike), and once the run's process is gone the watchdog ends every process of this user that still
carries the token: SIGTERM, then SIGKILL after a grace. The run and its processes keep their temporary
files in one folder of the run's (TMPDIR), which the watchdog then removes: a killed run's
`pokazatel-crawl-*` folders go too. After a normal end nothing carries the token any more, and the
watchdog only removes the emptied folder.

`python -m pokazatel.cli.run_watchdog RUN_PID FOLDER`, started by `start_watchdog()`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psutil

TOKEN_VARIABLE = "POKAZATEL_RUN_TOKEN"
CHECK_SECONDS = 0.25
GRACE_SECONDS = 10.0  # for a SIGTERMed process to stop (Prefect's server shuts down in a second or two)

_watchdog: subprocess.Popen | None = None  # never waited for: it outlives the run


def start_watchdog() -> None:
    """Mark this process's future children with a fresh token, give the run a temporary folder of its
    own, and start the watchdog over them."""
    os.environ[TOKEN_VARIABLE] = uuid.uuid4().hex
    folder = tempfile.mkdtemp(prefix="pokazatel-run-")
    os.environ["TMPDIR"] = tempfile.tempdir = folder
    # its own session: Ctrl-C or a hang-up of the terminal reaches the run, not the watchdog, which must
    # outlive the run; it keeps stderr only, to say what it had to end
    global _watchdog
    _watchdog = subprocess.Popen([sys.executable, "-m", "pokazatel.cli.run_watchdog", str(os.getpid()), folder],
                                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, start_new_session=True)


def wait_for_the_run(run_pid: int) -> None:
    """Until the run's process has ended (the watchdog, its child, is then handed to another parent)."""
    while os.getppid() == run_pid:
        time.sleep(CHECK_SECONDS)


def carrying(token: str) -> list[psutil.Process]:
    """This user's running processes, other than this one, whose environment holds the run's token."""
    found = []
    for process in psutil.process_iter():
        if process.pid == os.getpid():
            continue
        try:
            if process.environ().get(TOKEN_VARIABLE) == token and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except psutil.Error:  # gone meanwhile, or another user's (not readable, and not ours)
            continue
    return found


def end_processes(token: str) -> list[str]:
    """SIGTERM to every process carrying the token, SIGKILL to those still there after the grace (and to
    any started meanwhile); what was ended, each as "pid command"."""
    found = carrying(token)
    ended = {process.pid: _described(process) for process in found}
    for process in found:
        _signal(process.terminate)
    psutil.wait_procs(found, timeout=GRACE_SECONDS)
    for process in carrying(token):
        ended.setdefault(process.pid, _described(process))
        _signal(process.kill)
    return [f"{pid} {command}" for pid, command in sorted(ended.items())]


def _signal(send) -> None:
    try:
        send()
    except psutil.Error:  # ended meanwhile
        pass


def _described(process: psutil.Process) -> str:
    """Its module or program: "uvicorn", "pokazatel.crawlers.crawl_process"."""
    try:
        command = process.cmdline()
    except psutil.Error:
        return "?"
    if "-m" in command[:-1]:
        return command[command.index("-m") + 1]
    return Path(command[0]).name if command else "?"


def main(argv: list[str]) -> int:
    run_pid, folder, token = int(argv[0]), argv[1], os.environ[TOKEN_VARIABLE]
    wait_for_the_run(run_pid)
    ended = end_processes(token)
    shutil.rmtree(folder, ignore_errors=True)
    if ended:
        try:
            print(f"pokazatel: run process {run_pid} ended without stopping what it started; ended "
                  f"{len(ended)}: {', '.join(ended)}", file=sys.stderr)
        except OSError:  # nobody reads the run's stderr any more
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
