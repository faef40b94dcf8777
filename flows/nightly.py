"""Prefect flows: `nightly` (crawl every source, process, record the run), `backfill` and `reprocess`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pokazatel.flows.process import pending_ids, process_articles
from pokazatel.store import run_liveness, watches
from pokazatel.store.db import db_path, open_db
from pokazatel.store.health import record_health
from pokazatel.store.load import now_almaty
from pokazatel.store.runs import finish_run, record_sources, start_run
from prefect import flow, get_run_logger, task
from prefect.exceptions import ExternalSignal
from prefect.futures import PrefectFuture

STOP_WAIT_SECONDS = 30  # for a stopped crawl to report, once the run is interrupted
PROCESS_CHUNK = 200  # articles per process task when fanning out: large enough to amortise model loading


@task(retries=2, retry_delay_seconds=[10, 60], task_run_name="crawl-{source}")
def crawl_source(source: str, database: str, demo_base: str | None, since: date | None,
                 until: date | None, settings: dict[str, str] | None = None) -> dict[str, Any]:
    from pokazatel.crawlers.run import crawl

    # The demo keeps unrelated news too, so the classifier is exercised on both kinds.
    return crawl([source], db_path=Path(database), demo_base=demo_base, since=since, until=until,
                 prefilter=demo_base is None, settings=settings)[source]


@task(retries=1, retry_delay_seconds=30)
def process_chunk(database: str, ids: list[int], batch_size: int, workers: int | None = None,
                  unprocessed_only: bool = False, tagged_after: str | None = None) -> dict[str, int]:
    db = open_db(database)
    try:
        return process_articles(db, ids, batch_size=batch_size, workers=workers, unprocessed_only=unprocessed_only,
                                tagged_after=tagged_after)
    finally:
        db.close()


@contextlib.contextmanager
def _demo_server(demo: bool) -> Iterator[tuple[str | None, dict[str, str] | None]]:
    """The demo's base URL and the crawl settings that reach it, or (None, None) for the real outlets."""
    if not demo:
        yield None, None
        return
    from pokazatel.crawlers.demo_server import serve_demo_sites

    with serve_demo_sites() as sites:
        yield sites.base, sites.crawl_settings


def _chosen_sources(demo_base: str | None, sources: list[str] | None) -> list[dict[str, Any]]:
    from pokazatel.crawlers.sources import select_sources

    return [source.to_dict() for source in select_sources(sources, demo_base=demo_base)]


def _add(totals: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        totals[key] = totals.get(key, 0) + value


def _process(database: str, ids: list[int], batch_size: int, fan_out: bool,
             chunk_size: int = PROCESS_CHUNK, workers: int | None = None,
             unprocessed_only: bool = False, tagged_after: str | None = None) -> dict[str, int]:
    """Without fan-out, one task tags everything in `workers` local processes (default: as many as
    pay); fanned out on Dask, each task of `chunk_size` articles uses one process, Dask the rest.
    With unprocessed_only, an article another run tagged since `ids` were listed is skipped; with
    tagged_after, one another run tagged after that time."""
    totals = {"articles": 0, "entities": 0, "statistics": 0, "relevant": 0}
    if not fan_out:
        if ids:
            _add(totals, process_chunk(database, ids, batch_size, workers, unprocessed_only, tagged_after))
        return totals
    futures = [process_chunk.submit(database, ids[i:i + chunk_size], batch_size, 1, unprocessed_only, tagged_after)
               for i in range(0, len(ids), chunk_size)]
    for future in futures:
        _add(totals, future.result())
    return totals


def _ingest(flow_name: str, database: str | None, demo: bool, sources: list[str] | None,
            since: date | None, until: date | None, batch_size: int, fan_out: bool) -> dict[str, Any]:
    logger = get_run_logger()
    database = str(db_path(database))
    db = open_db(database)
    run_id = start_run(db, flow_name)
    per_source: dict[str, dict[str, Any]] = {}
    errors: list[str] = []
    processed: dict[str, int] = {}
    health: dict[str, list[str]] = {}
    watch_hits: dict[str, int] = {}
    status = "failed"
    futures: dict[str, PrefectFuture] = {}
    try:
        with _demo_server(demo) as (demo_base, crawl_settings):
            chosen = _chosen_sources(demo_base, sources)
            record_sources(db, chosen)
            futures = {
                source["name"]: crawl_source.submit(source["name"], database, demo_base, since, until,
                                                    crawl_settings)
                for source in chosen
            }
            for name, future in futures.items():
                result = future.result(raise_on_failure=False)
                if isinstance(result, BaseException):
                    per_source[name] = {"failed": 1, "errors": [f"{type(result).__name__}: {result}"]}
                    errors.append(f"{name}: {result}")
                else:
                    per_source[name] = result
        processed = _process(database, pending_ids(db), batch_size, fan_out, unprocessed_only=True)
        watch_hits = watches.check(db, now_almaty(), run_id)  # what each saved search finds new tonight
        failed_sources = [name for name, counts in per_source.items() if counts.get("failed")]
        status = "partial" if failed_sources else "ok"
    except (KeyboardInterrupt, ExternalSignal):  # SIGINT; SIGTERM (Prefect's TerminationSignal, or the CLI's)
        from pokazatel.crawlers.run import stop_crawls

        stop_crawls()
        for name, future in futures.items():  # the stopped crawls still report and close their databases
            if name not in per_source:  # one that has reported is not waited for again: a Dask worker the
                future.wait(timeout=STOP_WAIT_SECONDS)  # terminal's Ctrl-C ended held its result, waited for ever
        status = "interrupted"
        per_source = {**per_source, **run_liveness.stored_since_start(db, run_id)}
        errors.append("interrupted by a signal: crawls stopped, the articles stored until then are kept")
        raise
    except Exception as error:
        errors.append(f"{type(error).__name__}: {error}")
        raise
    finally:
        finish_run(db, run_id, status=status, sources=per_source, processed=processed, errors=errors)
        health = _record_health(db, run_id, per_source)
        db.close()
    summary = {"run_id": run_id, "status": status, "database": database, "sources": per_source,
               "fetched": sum(c.get("fetched", 0) for c in per_source.values()),
               "new": sum(c.get("new", 0) for c in per_source.values()),
               **{f"processed_{key}": value for key, value in processed.items()}, "errors": errors,
               "health": health, "watch_hits": watch_hits}
    logger.info("run %s %s: %s new articles, %s processed, %s entities, %s statistics", run_id, status,
                summary["new"], processed.get("articles", 0), processed.get("entities", 0),
                processed.get("statistics", 0))
    for name, flags in sorted(health.items()):
        logger.warning("source %s: %s", name, "; ".join(flags))
    return summary


def _record_health(db, run_id: int, per_source: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Flag silent, fallen-back and shrunken sources (store/health.py); a failure to do so is
    logged and does not fail the run."""
    try:
        return record_health(db, run_id, per_source)
    except Exception as error:  # the run's own record is already written
        get_run_logger().warning("source health not recorded: %s", error)
        return {}


@flow(name="nightly", log_prints=True)
def nightly(database: str | None = None, demo: bool = False, sources: list[str] | None = None,
            batch_size: int = 64, fan_out: bool = False) -> dict[str, Any]:
    """Crawl every enabled source (each its own task), tag what is new, record the run."""
    return _ingest("nightly", database, demo, sources, None, None, batch_size, fan_out)


@flow(name="backfill", log_prints=True)
def backfill(since: date, until: date | None = None, database: str | None = None, demo: bool = False,
             sources: list[str] | None = None, batch_size: int = 64, fan_out: bool = False) -> dict[str, Any]:
    """Walk the sources back in time over a date window, then tag what was found."""
    return _ingest("backfill", database, demo, sources, since, until, batch_size, fan_out)


@flow(name="reprocess", log_prints=True)
def reprocess(database: str | None = None, since: str | None = None, batch_size: int = 64,
              fan_out: bool = False, chunk_size: int = PROCESS_CHUNK, workers: int | None = None) -> dict[str, Any]:
    """Re-tag stored articles after a model or rule change; each batch replaces its old tags atomically. An
    article another run re-tags after this one started is left to it: two at once tag each article once."""
    database = str(db_path(database))
    db = open_db(database)
    started = now_almaty()
    run_id = start_run(db, "reprocess")
    processed: dict[str, int] = {}
    status = "failed"
    try:
        processed = _process(database, pending_ids(db, everything=True, since=since), batch_size, fan_out,
                             chunk_size, workers, tagged_after=started)
        status = "ok"
    except (KeyboardInterrupt, ExternalSignal):  # each committed batch is whole; the rest keeps its old tags
        status = "interrupted"
        raise
    finally:
        finish_run(db, run_id, status=status, sources={}, processed=processed)
        db.close()
    return {"run_id": run_id, "status": status, "database": database,
            **{f"processed_{k}": v for k, v in processed.items()}}


def with_dask(flow_fn, workers: int | None = None, address: str | None = None):
    """The same flow with its process tasks fanned out on a local Dask cluster or an existing one."""
    from prefect_dask import DaskTaskRunner

    runner = DaskTaskRunner(address=address) if address else DaskTaskRunner(
        cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1, "processes": True,
                        "preload": ["pokazatel.flows.dask_worker"]})
    return flow_fn.with_options(task_runner=runner)
