"""`ytekb nightly` / `ytekb crawl`: one locked, recorded, resumable crawl run.

Order: take the lock (exit 4 if a live run holds it) -> open the KB (WAL) ->
mark runs that died without finishing as 'interrupted' -> crawl each source
(crawl -> extract -> resolve/normalise -> store, one transaction per document)
-> write the run record and a JSON run report. A source that fails does not
stop the others; it makes the exit code 1 (partial). When no source succeeds
(every one failed: DNS down, all sites unreachable) the run is `failed`,
exit 3, so a scheduler notices. Up to `CONCURRENT_SOURCES` sources are
crawled at once (scrapers/parallel.py); hosts stay one request at a time.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from pipeline import jobs
from pipeline.kb import store
from pipeline.stages import JOB

from .crawl import Crawler, SourceResult
from .fetcher import Fetcher
from .lock import RunLock, default_path
from .parallel import crawl_all, crawl_one
from .politeness import Throttle
from .retries import WaitBudget
from .stalls import StallBudget
from .robots import RobotsCache
from .settings import Settings
from .sources import Source
from .urls import UrlPolicy

log = logging.getLogger("ytekb.nightly")
STAGES = ("crawl", *JOB)


@dataclass
class RunOptions:
    db_path: Path
    sources: list[Source]
    command: str = "nightly"
    settings: dict[str, Any] = field(default_factory=dict)
    since: date | None = None
    max_pages: int | None = None
    delay: float | None = None
    allow_hosts: tuple[str, ...] = ()
    lock_path: Path | None = None
    report_path: Path | None = None
    sources_file: str | None = None
    wait: float = 0.0                                  # s to wait for another run's lock
    on_wait: Callable[[str], None] | None = None       # told once when waiting starts


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _terminate(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def run(opts: RunOptions) -> tuple[dict[str, Any], int]:
    """Do one run; return (report dict, exit code). Raises lock.Locked if locked."""
    lock = RunLock(opts.lock_path or default_path(opts.db_path), wait=opts.wait,
                   command=opts.command, on_wait=opts.on_wait)
    with lock:
        old = signal.signal(signal.SIGTERM, _terminate) if _main_thread() else None
        try:
            return _locked_run(opts, lock)
        finally:
            if old is not None:
                signal.signal(signal.SIGTERM, old)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _locked_run(opts: RunOptions, lock: RunLock) -> tuple[dict[str, Any], int]:
    started = time.monotonic()
    settings = Settings(opts.settings)
    db = store.open_kb(opts.db_path)
    report = jobs.Report(command=opts.command)
    results: dict[str, SourceResult] = {}
    status, code = "ok", jobs.OK
    fatal: str | None = None
    interrupted: list[int] = []
    writer = threading.RLock()  # held for every KB write: one writer at a time
    try:
        interrupted = _mark_interrupted(db)
        report.run_id = store.start_run(db, opts.command)
        _crawl(opts, settings, db, report, writer, results)
        status, code = _outcome(results)
    except KeyboardInterrupt as err:
        status, code, fatal = "interrupted", jobs.FATAL, f"interrupted ({str(err) or 'Ctrl-C'})"
    except Exception as err:
        log.exception("fatal")
        status, code, fatal = "fatal", jobs.FATAL, f"{type(err).__name__}: {err}"
    errors = [e for r in results.values() for e in r.errors]
    if fatal:
        errors.append({"source": "", "item": "run", "error": fatal})
    out = {
        "command": opts.command,
        "run_id": report.run_id,
        "status": status,
        "exit_code": code,
        "started_at": None,
        "finished_at": store.utcnow(),
        "duration_s": round(time.monotonic() - started, 2),
        "db": str(opts.db_path),
        "sources_file": opts.sources_file,
        "stages": list(STAGES),
        "since": opts.since.isoformat() if opts.since else None,
        "max_pages": opts.max_pages,
        "lock": {"path": str(lock.path), "took_over_stale": lock.took_over},
        "interrupted_runs_marked": interrupted,
        "sources": {name: r.as_dict() for name, r in results.items()},
        "documents": report.documents,
        "facts": report.facts,
        "requests": sum(r.counts["requests"] for r in results.values()),
        "errors": errors,
        "warnings": [w for r in results.values() for w in r.warnings],
    }
    if not writer.acquire(timeout=60):  # a crawl thread may still be committing a page
        log.warning("a crawl thread still holds the writer; recording the run anyway")
    try:
        if report.run_id is not None:
            out["started_at"] = db.execute("SELECT started_at FROM runs WHERE id = ?",
                                           [report.run_id]).fetchone()[0]
            out["totals"] = store.totals(db)
            stats = {k: out[k] for k in ("sources", "documents", "facts", "requests", "totals",
                                         "since", "max_pages")}
            for per in stats["sources"].values():
                per.pop("errors", None)
                per.pop("warnings", None)
            store.finish_run(db, report.run_id, status, code, stats, errors)
    finally:
        db.close()
        try:
            writer.release()
        except RuntimeError:  # not acquired above
            pass
    _write_report(out, opts)
    return out, code


def _crawl(opts: RunOptions, settings: Settings, db, report: jobs.Report,
           writer: threading.RLock, results: dict[str, SourceResult]) -> None:
    """Every source into `results`, one after another or `CONCURRENT_SOURCES` at a time.
    The threads share one throttle, URL policy, robots.txt cache, Retry-After budget and
    the hosts' timeout budgets."""
    policy = UrlPolicy(opts.allow_hosts, only_allowed=settings.ALLOWED_HOSTS_ONLY)
    for source in opts.sources:
        policy.allow(*source.hosts())
    throttle = Throttle(settings.DOWNLOAD_DELAY, override=opts.delay)
    robots, waits, stop = RobotsCache(), WaitBudget(settings.RETRY_AFTER_BUDGET), threading.Event()
    stalls = StallBudget(settings.HOST_TIMEOUT_BUDGET)

    def crawler(conn) -> Crawler:
        fetcher = Fetcher(settings, policy, throttle, robots, waits, stalls)
        return Crawler(conn, fetcher, report, since=opts.since, max_pages=opts.max_pages,
                       writer=writer, stop=stop)

    workers = int(settings.CONCURRENT_SOURCES)
    if workers <= 1 or len(opts.sources) <= 1:
        serial = crawler(db)
        try:
            for source in opts.sources:
                results[source.name] = crawl_one(serial, source)
        finally:
            serial.fetcher.close()
        return

    def make():
        with writer:  # opening may migrate: never beside another write
            conn = store.open_kb(opts.db_path)  # each thread reads through its own connection
        one = crawler(conn)

        def close() -> None:
            one.fetcher.close()
            conn.close()
        return one, close

    crawl_all(opts.sources, make, workers, stop, results)


def _outcome(results: dict[str, SourceResult]) -> tuple[str, int]:
    """ok (0); partial (1) when some source had errors; failed (3) when none succeeded."""
    if results and all(r.status == "failed" for r in results.values()):
        return "failed", jobs.FATAL
    if any(r.status != "ok" for r in results.values()):
        return "partial", jobs.PARTIAL
    return "ok", jobs.OK


def _mark_interrupted(db) -> list[int]:
    """Runs of any command still 'running' while we hold the lock died (kill -9, power cut)."""
    return store.mark_interrupted(db)


def _write_report(out: dict[str, Any], opts: RunOptions) -> None:
    # next to the KB (outputs/ for the default --db), not in the cwd: a cron job started in
    # $HOME with --db /srv/kb/ytekb.sqlite left its reports in ~/outputs/
    path = opts.report_path or (Path(opts.db_path).parent /
                                f"{opts.command}-{_stamp()}-run{out.get('run_id')}.json")
    out["report_path"] = str(path)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as err:  # the run is recorded in the KB; a lost report is not fatal
        log.error("cannot write the run report %s: %s", path, err)
        with contextlib.suppress(OSError):
            tmp.unlink()
        out["report_path"] = None
        out["warnings"].append({"item": str(path), "warning": f"report not written: {err}"})
