"""The nightly deployment for real: a Prefect server on 127.0.0.1, `prefect deploy` from prefect.yaml,
a process worker, a triggered run, and the demo database it leaves behind."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from pokazatel.store.db import open_db

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PREFECT = str(Path(sys.executable).parent / "prefect")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


def completed_flow_runs(api: str) -> list[str]:
    """Names of the flows whose runs completed, from the Prefect API itself."""
    query = {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}}
    request = urllib.request.Request(f"{api}/flow_runs/filter", data=json.dumps(query).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        runs = json.load(response)
    names = []
    for run in runs:
        with urllib.request.urlopen(f"{api}/flows/{run['flow_id']}", timeout=30) as response:
            names.append(json.load(response)["name"])
    return names


@pytest.mark.slow
def test_deployment_from_prefect_yaml_runs_on_a_worker(tmp_path):
    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api", "POKAZATEL_HOME": str(PROJECT_ROOT)}
    env.pop("PREFECT_PROFILE", None)
    database = tmp_path / "nightly.db"
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    worker = None
    try:
        wait_for(f"http://127.0.0.1:{port}/api/health", 120)

        def prefect(*args: str) -> str:
            result = subprocess.run([PREFECT, "--no-prompt", *args], env=env, cwd=PROJECT_ROOT,
                                    capture_output=True, text=True, timeout=300)
            assert result.returncode == 0, result.stdout + result.stderr
            return result.stdout

        prefect("work-pool", "create", "pokazatel", "--type", "process")
        prefect("deploy", "--all")
        assert "nightly" in prefect("deployment", "ls")
        prefect("deployment", "run", "nightly/nightly", "--param", "demo=true",
                "--param", f"database={database}")
        worker = subprocess.Popen([PREFECT, "worker", "start", "--pool", "pokazatel", "--run-once"], env=env,
                                  cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        worker.wait(timeout=600)
        assert completed_flow_runs(f"http://127.0.0.1:{port}/api") == ["nightly"]
        db = open_db(database, readonly=True)
        assert db["articles"].count > 0 and db["classifications"].count == db["articles"].count
        assert [row["status"] for row in db.query("SELECT status FROM runs")] == ["ok"]
    finally:
        for process in (worker, server):
            if process and process.poll() is None:
                os.killpg(process.pid, 15)
                process.wait(timeout=30)
