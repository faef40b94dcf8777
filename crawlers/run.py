"""Run a crawl from Python: in a subprocess, returning per-source counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Any

from pokazatel.crawlers.counts import empty_counts
from pokazatel.crawlers.sources import SOURCES_FILE, select_sources

# The demo server is local and quick: no need to be polite to it.
LOCAL_SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                  "DOWNLOAD_TIMEOUT": 10}


# Crawl subprocesses running now, so an interrupted run can stop them (they would go on storing).
_RUNNING: set[subprocess.Popen] = set()
_RUNNING_LOCK = threading.Lock()
_STOPPING = threading.Event()
STOP_GRACE = 30  # seconds a stopped crawl has to store what it fetched and end


def stop_crawls() -> None:
    """Ask every crawl subprocess of this process to stop (Scrapy's graceful SIGTERM: it still reports
    what it stored), and start no new crawl from now on."""
    _STOPPING.set()
    with _RUNNING_LOCK:
        for child in _RUNNING:
            if child.poll() is None:
                child.terminate()


def crawl(sources: list[str] | None, *, db_path: Path, demo_base: str | None = None,
          since: date | None = None, until: date | None = None, prefilter: bool = True,
          settings: dict[str, Any] | None = None, http_cache: bool = False,
          timeout: float | None = None, sources_file: Path | None = None, sample: int = 0) -> dict[str, dict]:
    """Crawl the named sources (None: all enabled ones; the demo outlets when demo_base is given)
    into the SQLite file at db_path. Returns {source: {"pages", "fetched", "new", "duplicates",
    "known", "skipped", "off_topic", "out_of_range", "failed", "errors": [...]}}.
    `settings` overrides Scrapy settings (tests shorten timeouts with it). Unknown source names
    raise pokazatel.crawlers.sources.SourceError; a crashed crawl is reported as failures, never raised.
    `sources_file` replaces data/sources.yaml (tests point it at their own servers). `sample` > 0
    fetches only that many articles an entry point and no further listing pages (a source check).
    Each source's counts also say which extraction path gave title/date/body ("extraction"), the
    median body length, each entry point's answer and article links, and sample articles."""
    chosen = select_sources(sources, demo_base=demo_base, path=sources_file or SOURCES_FILE)
    overrides = {**(LOCAL_SETTINGS if demo_base else {}), **({"HTTPCACHE_ENABLED": True} if http_cache else {}),
                 **(settings or {})}
    if http_cache and "HTTPCACHE_DIR" not in overrides:
        overrides["HTTPCACHE_DIR"] = str(Path(db_path).resolve().parent / "httpcache")
    with tempfile.TemporaryDirectory(prefix="pokazatel-crawl-") as workdir:
        job_file, output = Path(workdir) / "job.json", Path(workdir) / "counts.json"
        job = {"sources": [source.to_dict() for source in chosen], "db_path": str(Path(db_path).resolve()),
               "since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
               "prefilter": prefilter, "settings": overrides, "output": str(output),
               "sample": sample, "workdir": workdir}  # removed by the crawl itself if this process is killed
        job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        environment = dict(os.environ)
        environment.pop("SCRAPY_SETTINGS_MODULE", None)
        problem = _run_child([sys.executable, "-m", "pokazatel.crawlers.crawl_process", str(job_file)],
                             workdir, environment, timeout)
        if output.exists() and not problem:
            return json.loads(output.read_text(encoding="utf-8"))
    return {source.name: {**empty_counts(), "failed": 1, "errors": [f"crawl process failed: {problem}"]}
            for source in chosen}


def _end(child: subprocess.Popen) -> None:
    """Scrapy's graceful stop (it stores what it has), then the kill if it takes longer than STOP_GRACE s.
    Popen's own exit waits a quarter of a second after Ctrl-C and leaves the child running: `sources check`
    stopped by SIGTERM left its throwaway database's folder behind, the crawl still writing in it."""
    if child.poll() is None:
        child.terminate()
    try:
        child.wait(timeout=STOP_GRACE)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _run_child(command: list[str], workdir: str, environment: dict[str, str], timeout: float | None) -> str:
    """Run the crawl process; what went wrong in one line, "" when it finished."""
    if _STOPPING.is_set():
        return "not started: the run is stopping"
    with subprocess.Popen(command, cwd=workdir, env=environment, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True) as child:
        with _RUNNING_LOCK:
            _RUNNING.add(child)
        try:
            _, stderr = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            return f"crawl did not finish within {timeout} s"
        except BaseException:  # Ctrl-C or SIGTERM here: the crawl ends before the folders it writes in go
            _end(child)
            raise
        finally:
            with _RUNNING_LOCK:
                _RUNNING.discard(child)
    if child.returncode == 0:
        return ""
    return (stderr.strip().splitlines() or [f"stopped by signal {-child.returncode}" if child.returncode < 0
                                            else "no message"])[-1]
