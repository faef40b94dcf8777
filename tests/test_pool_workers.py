"""What a tagging worker process runs with: one BLAS thread (two workers on two cores must not run four
OpenBLAS threads), and what extract's workers send back (no lemmas, which extract never prints)."""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from pokazatel.nlp import worker
from pokazatel.nlp.parallel import analyse_in_pool, may_fork
from pokazatel.nlp.pipeline import analyse_window

RECORDS = [{"id": "r1", "text": "В Шымкенте двое полицейских задержаны при получении взятки в 300 тысяч тенге."},
           {"id": "k1", "text": "Атырауда екі полицей пара алу кезінде ұсталды. Олар кәсіпкерден 500 мың теңге пара "
                                "талап еткен."}]


def blas_threads_of_this_process(records: list, batch_size: int) -> list[dict]:
    """A window tagger that reports its worker's BLAS threads instead of tagging (imported by name in the worker)."""
    import numpy  # noqa: F401  (loads numpy's OpenBLAS, as the pipelines do)
    from threadpoolctl import threadpool_info

    threads = sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"})
    return [{"id": record["id"], "blas_threads": threads} for record in records]


# A fresh interpreter with no other thread, so that analyse_in_pool may fork; its workers report who loaded
# what they hold and their BLAS threads.
FORK_PROBE = """
import json, os
from pokazatel.nlp.parallel import analyse_in_pool
preloaded_by = []
def preload(records):
    import numpy
    preloaded_by.append(os.getpid())
def tag(records, batch_size):
    from threadpoolctl import threadpool_info
    threads = sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"})
    return [{"id": r["id"], "preloaded_by": preloaded_by, "pid": os.getpid(), "blas_threads": threads}
            for r in records]
def spawned_start():
    raise AssertionError("a forked worker runs no warm-up of its own")
records = [{"id": n, "text": "x"} for n in range(40)]
print(json.dumps({"parent": os.getpid(),
                  "results": list(analyse_in_pool(records, 2, tag, spawned_start, window=16, preload=preload))}))
"""


def load_numpy() -> None:
    import numpy  # noqa: F401


def test_each_worker_runs_one_blas_thread():
    results = list(analyse_in_pool([{"id": n, "text": "x"} for n in range(6)], 2, blas_threads_of_this_process,
                                   load_numpy, window=2))
    assert [result["id"] for result in results] == list(range(6))
    assert all(result["blas_threads"] == [1] for result in results)


def test_extract_workers_send_back_the_records_without_lemmas():
    tagged = worker.tag_window(RECORDS, 32)
    expected = analyse_window(RECORDS, 32)
    assert all("lemmas" in record for record in expected)
    assert tagged == [{key: value for key, value in record.items() if key != "lemmas"} for record in expected]


def test_with_preload_the_workers_are_forked_with_what_this_process_loaded():
    result = subprocess.run([sys.executable, "-c", FORK_PROBE], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    results = report["results"]
    assert [r["id"] for r in results] == list(range(40))
    assert all(r["preloaded_by"] == [report["parent"]] for r in results)  # loaded once, in the parent
    assert all(r["pid"] != report["parent"] for r in results)  # and tagged in the workers
    assert all(r["blas_threads"] == [1] for r in results)


def test_no_fork_while_another_thread_runs():
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not may_fork()
    finally:
        release.set()
        thread.join()


# Workers that tag nothing until they are stopped: each says its process id, then waits.
STUCK_PROBE = """
import os, sys, time
from pokazatel.nlp.parallel import analyse_in_pool
def preload(records):
    pass
def tag(records, batch_size):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers' print()s interleaved on the pipe
    time.sleep(600)
    return []
def spawned_start():
    raise AssertionError("a forked worker runs no warm-up of its own")
list(analyse_in_pool([{"id": n, "text": "x"} for n in range(40)], 2, tag, spawned_start, window=16, preload=preload))
"""


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_forked_workers_end_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", STUCK_PROBE], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(parent.stdout.readline()) for _ in range(2)]
        assert all(running(pid) for pid in workers)
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 60  # generous: the kernel signals them at once
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(running(pid) for pid in workers)


# A program whose two workers (forked, or spawned with "spawn") tag nothing until they are stopped: each says
# its process id, then waits. It stops on SIGTERM and SIGINT as the flow commands do (cli/stopping.py).
STOPPED_PROBE = """
import os, sys, time
from pokazatel.nlp.parallel import analyse_in_pool
def preload(records):
    pass
def warm_up():
    pass
def tag(records, batch_size):
    os.write(1, f"{os.getpid()}\\n".encode())
    time.sleep(600)
    return []
if __name__ == "__main__":
    from pokazatel.cli.stopping import stop_cleanly_on_signals
    stop_cleanly_on_signals()
    records = [{"id": n, "text": "x"} for n in range(40)]
    try:
        list(analyse_in_pool(records, 2, tag, warm_up, window=16, preload=None if "spawn" in sys.argv else preload))
    except KeyboardInterrupt:
        sys.exit(130)
"""


def wait_until_ended(pids: list[int]) -> None:
    deadline = time.monotonic() + 120  # generous: a loaded machine; the kernel signals them at once
    while any(running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)


@pytest.mark.parametrize("start", ["fork", "spawn"])
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_stopping_the_parent_leaves_no_worker_behind(tmp_path, start, stop):
    program = tmp_path / "probe.py"
    program.write_text(STOPPED_PROBE)
    parent = subprocess.Popen([sys.executable, str(program), start], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        workers = [int(parent.stdout.readline()) for _ in range(2)]
        assert all(running(pid) for pid in workers)
        os.kill(parent.pid, stop)
        parent.wait(timeout=120)  # stopped by a signal, it ends the workers at once, not after their windows
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.wait()
    wait_until_ended(workers)
    assert not any(running(pid) for pid in workers)
    if stop != signal.SIGKILL:
        assert parent.returncode == 130
        assert "Traceback" not in parent.stderr.read()  # nor did a worker die in one


# analyse(workers=2) with its window tagger and preload replaced: are the workers forked from a process that
# preloaded the pipelines (with the lemmas process asks for), and are the windows tagged in them?
ANALYSE_PROBE = """
import json, os
from pokazatel.nlp import pipeline
preloaded_by = []
def preload(records, lemmas):
    preloaded_by.append([os.getpid(), lemmas])
def tag(records, batch_size, lemmas):
    return [{"id": r["id"], "preloaded_by": preloaded_by, "pid": os.getpid()} for r in records]
pipeline.preload, pipeline.analyse_window = preload, tag
records = [{"id": n, "text": "x"} for n in range(40)]
print(json.dumps({"parent": os.getpid(), "results": list(pipeline.analyse(records, workers=2, window=16))}))
"""


def test_analyse_forks_its_workers_after_preloading_when_it_may():
    result = subprocess.run([sys.executable, "-c", ANALYSE_PROBE], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    results = report["results"]
    assert [r["id"] for r in results] == list(range(40))
    assert all(r["preloaded_by"] == [[report["parent"], True]] for r in results)
    assert all(r["pid"] != report["parent"] for r in results)


# What one_blas_thread leaves numpy's OpenBLAS with, given an environment.
BLAS_PROBE = """
import os
from pokazatel.nlp.parallel import one_blas_thread
one_blas_thread()
import numpy
from threadpoolctl import threadpool_info
print(os.environ["OPENBLAS_NUM_THREADS"],
      sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}))
"""


def test_extract_and_process_run_one_blas_thread_unless_told_otherwise():
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    ours = subprocess.run([sys.executable, "-c", BLAS_PROBE], env=environment, capture_output=True, text=True,
                          check=True)
    assert ours.stdout.strip() == "1 [1]"
    told = subprocess.run([sys.executable, "-c", BLAS_PROBE], env={**environment, "OPENBLAS_NUM_THREADS": "2"},
                          capture_output=True, text=True, check=True)
    assert told.stdout.split()[0] == "2"  # (OpenBLAS itself runs no more threads than the machine's cores)
