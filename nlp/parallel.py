"""Both cores: windows of articles tagged in a pool of worker processes, each loading the pipelines once,
results yielded in input order. At most two windows per worker are in flight, so memory stays bounded
however long the input is.

Workers are spawned (a fresh interpreter each, which imports spaCy and loads the models itself), or, when the
caller gives a `preload` and this process may fork, forked from this process once it has loaded them: the
models are then loaded once instead of once per worker, and a worker starts with everything in memory
(copy-on-write), where a spawned one spent about 2 CPU s importing and loading before its first article."""

from __future__ import annotations

import atexit
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any

from pokazatel.nlp.batching import tapered_windows

# Below this many articles a second process does not pay for loading the models a second time
# (measured with bench/bench_pipeline.py: see data/eval/HISTORY.md, "Speed and scale").
PARALLEL_MIN_ARTICLES = 200
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PR_SET_PDEATHSIG = 1  # linux/prctl.h
POOL_WINDOW = 96  # articles per task: small enough to keep both workers busy to the end


def default_workers() -> int:
    """Two processes when the machine has a core to spare, else one: on a two-core machine whose cores
    other jobs keep busy, a second process only adds a second model load (data/eval/HISTORY.md, "Speed and scale")."""
    cores = os.cpu_count() or 1
    return 2 if cores >= 2 and os.getloadavg()[0] <= cores - 1 else 1


def choose_workers(requested: int | None, records: Iterable[Any]) -> tuple[int, Iterator[Any]]:
    """`requested`, or when None two workers if the input has more than PARALLEL_MIN_ARTICLES records (read
    ahead that far, no further) and the machine has a core to spare; with the records to process."""
    iterator = iter(records)
    if requested is not None:
        return max(1, requested), iterator
    ahead = list(islice(iterator, PARALLEL_MIN_ARTICLES + 1))
    workers = default_workers() if len(ahead) > PARALLEL_MIN_ARTICLES else 1
    return workers, chain(ahead, iterator)


WindowTagger = Callable[[list[Mapping[str, Any]], int], list[dict]]


def one_blas_thread() -> None:
    """One OpenBLAS thread in this process (and the processes it starts) unless the environment says otherwise;
    before numpy first loads, which reads it. OpenBLAS starts a thread per core, which spins while it waits for
    work: on a machine other jobs keep busy that cost CPU and bought nothing. Measured on 1,100 mixed articles
    at load 6 (bench/bench_pipeline.py): `extract -w1` used 15.2 and 16.2 CPU s with one thread against 15.7
    and 16.5 with the default, at the same speed (natasha alone, one article at a time: 7.5 CPU s against 51-59)."""
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")


def start_worker(warm_up: Callable[[], Any], parent: int) -> None:
    """A spawned worker's start: bound to its parent (bind_to_parent), then `warm_up` with one BLAS thread.
    natasha and the Kazakh model multiply small matrices through numpy's OpenBLAS, which by default starts a
    thread per core in every process: two workers on two cores then ran four spinning threads, and two
    workers were slower than one.
    A worker has sent all its results when it exits, so it ends without tearing its interpreter down:
    freeing the models' millions of objects took 0.5-1 s, which the pool's shutdown waited for."""
    bind_to_parent(parent)
    atexit.register(os._exit, 0)  # registered first, so it runs after the atexit handlers of what loads next
    for variable in BLAS_THREAD_VARIABLES:  # read when a BLAS library loads: for those not loaded yet
        os.environ[variable] = "1"
    warm_up()
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)  # those already loaded (spawn imports the module of `warm_up` first)


def start_forked_worker(parent: int) -> None:
    """A forked worker's start: the models are already loaded; bound to its parent, one BLAS thread (see
    start_worker)."""
    bind_to_parent(parent)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def bind_to_parent(parent: int) -> None:
    """Ended by the kernel when the process that started it dies: killed, that process can tell no worker to
    stop, and a worker would wait for windows for ever. Ctrl-C reaches the whole process group: the parent
    alone handles it (it ends the workers, analyse_in_pool), where a worker would die in a traceback; a
    forked worker also drops the parent's SIGTERM handler, so that ending it is quiet."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)


def may_fork() -> bool:
    """Whether this process can be forked safely: on Linux, with no other thread running (fork copies only
    the calling thread, so a lock another thread held would stay locked in the child for ever)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def analyse_in_pool(records: Iterable[Mapping[str, Any]], workers: int, tag_window: WindowTagger,
                    warm_up: Callable[[], Any], batch_size: int = 32, window: int = POOL_WINDOW,
                    preload: Callable[[list[Mapping[str, Any]]], Any] | None = None) -> Iterator[dict]:
    """`tag_window` (pokazatel.nlp.pipeline.analyse_window, or pokazatel.nlp.worker.tag_window when this
    process should not import spaCy: module-level, so a worker imports it by name) over `workers` processes,
    each started with `warm_up` (loading the pipelines once), in input order. With `preload`, when this
    process may fork (may_fork), `preload(first window)` loads the pipelines here instead and the workers
    are forked after it; a caller that forks so must not mind holding the models itself."""
    # the chunks in flight, 2 per worker, are read ahead: the last ones shrink (data/eval/HISTORY.md, "Speed and scale")
    chunks = tapered_windows(records, min(window, POOL_WINDOW), 2 * workers)
    if preload is not None and may_fork():
        first = next(chunks, None)
        if first is None:
            return
        preload(first)
        gc.freeze()  # the loaded models: never scanned by the workers' collections, so their pages stay shared
        chunks = chain([first], chunks)
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=start_forked_worker, initargs=(os.getpid(),))
    else:
        # spawn, not fork: the caller may be a Prefect flow with threads running, which fork would copy mid-state.
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=start_worker, initargs=(warm_up, os.getpid()))
    pending: deque[Future] = deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(pool.submit(tag_window, [dict(record) for record in chunk], batch_size))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    except BrokenProcessPool:
        # An OS-level failure (the worker was killed, or ran out of memory): one line from the CLI, exit 1.
        raise OSError("a tagging worker process died (killed or out of memory)") from None
    finally:
        if not finished:  # stopped (a signal, an error, the caller closed us): no window's result is wanted
            _end_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM to the pool's workers, whose windows may take seconds more: shutdown alone waits for them.
    (`_processes` is the executor's own record of them; Python 3.14 has terminate_workers() for this.)"""
    for process in list((pool._processes or {}).values()):
        if process.is_alive():
            process.terminate()
