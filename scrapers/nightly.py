"""`ytekb nightly` / `ytekb crawl`: one locked, recorded, resumable crawl run.

Order: take the lock (exit 4 if a live run holds it) -> open the KB (WAL) ->
mark runs that died without finishing as 'interrupted' -> crawl each source
(crawl -> extract -> resolve/normalise -> store, one transaction per document)
-> write the run record and a JSON run report. A source that fails does not
stop the others; it makes the exit code 1 (partial).
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
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
from .politeness import Throttle
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
    try:
        interrupted = _mark_interrupted(db)
        report.run_id = store.start_run(db, opts.command)
        policy = UrlPolicy(opts.allow_hosts, only_allowed=settings.ALLOWED_HOSTS_ONLY)
        throttle = Throttle(settings.DOWNLOAD_DELAY, override=opts.delay)
        fetcher = Fetcher(settings, policy, throttle)
        crawler = Crawler(db, fetcher, report, since=opts.since, max_pages=opts.max_pages)
        try:
            for source in opts.sources:
                policy.allow(*source.hosts())
            for source in opts.sources:
                try:
                    results[source.name] = crawler.crawl(source)
                except Exception as err:  # one broken source must not stop the others
                    log.exception("source %s", source.name)
                    res = results.setdefault(source.name, SourceResult(source.name))
                    res.containers_failed += 1
                    res.error(source.name, f"source crashed: {type(err).__name__}: {err}")
        finally:
            fetcher.close()
        failed = [r for r in results.values() if r.status != "ok"]
        status, code = ("partial", jobs.PARTIAL) if failed else ("ok", jobs.OK)
    except KeyboardInterrupt as err:
        status, code, fatal = "interrupted", jobs.FATAL, f"interrupted ({err})"
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
    try:
        if report.run_id is not None:
            out["started_at"] = db.execute("SELECT started_at FROM runs WHERE id = ?",
                                           [report.run_id]).fetchone()[0]
            out["totals"] = store.counts(db)
            stats = {k: out[k] for k in ("sources", "documents", "facts", "requests", "totals",
                                         "since", "max_pages")}
            for per in stats["sources"].values():
                per.pop("errors", None)
                per.pop("warnings", None)
            store.finish_run(db, report.run_id, status, code, stats, errors)
    finally:
        db.close()
    _write_report(out, opts)
    return out, code


def _mark_interrupted(db) -> list[int]:
    """Runs of any command still 'running' while we hold the lock died (kill -9, power cut)."""
    return store.mark_interrupted(db)


def _write_report(out: dict[str, Any], opts: RunOptions) -> None:
    path = opts.report_path or (store.DEFAULT_DB.parent /
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
