"""Crawling several sources at the same time, politely, with one writer.

A nightly of a hundred sources with 3-5 s per-host delays spends nearly all its
time waiting, so `CONCURRENT_SOURCES` threads crawl different sources side by
side. Politeness does not depend on how sources are spread over threads: every
request goes through the run's one Throttle (one request per host at a time,
the host's delay, robots Crawl-delay) and one robots.txt cache. Storing stays
one writer: each thread has its own SQLite connection for reads, and every
write holds the run's writer lock (see Crawler.writer). Each document is still
one transaction, so a kill at any point leaves no half document.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from .crawl import Crawler, SourceResult, Stopped
from .sources import Source

log = logging.getLogger("ytekb.parallel")
Make = Callable[[], tuple[Crawler, Callable[[], Any]]]  # -> (crawler, close)
GRACE = 10.0  # seconds an interrupted run waits for its threads to reach a clean point


def crawl_one(crawler: Crawler, source: Source) -> SourceResult:
    """One source; whatever goes wrong becomes its error, never the run's."""
    try:
        return crawler.crawl(source)
    except Stopped:
        raise
    except Exception as err:  # one broken source must not stop the others
        log.exception("source %s", source.name)
        res = SourceResult(source.name)
        res.containers_failed += 1
        res.error(source.name, f"source crashed: {type(err).__name__}: {err}")
        return res


def crawl_all(sources: list[Source], make: Make, workers: int, stop: threading.Event,
              results: dict[str, SourceResult]) -> None:
    """Fill `results` (by source name) as sources finish. `make` gives each thread its
    own Crawler (connection, Fetcher) and a close function.

    Interrupts (Ctrl-C, SIGTERM) arrive in the main thread: it sets `stop`, gives
    a store in progress up to GRACE seconds to commit, and re-raises.
    """
    todo = list(sources)
    guard = threading.Lock()
    broken: list[str] = []

    def worker() -> None:
        try:
            crawler, close = make()
        except Exception as err:  # e.g. the KB cannot be opened a second time
            log.exception("crawl thread")
            broken.append(f"{type(err).__name__}: {err}")
            return
        try:
            while not stop.is_set():
                with guard:
                    if not todo:
                        return
                    source = todo.pop(0)
                try:
                    result = crawl_one(crawler, source)
                except Stopped:
                    return
                with guard:
                    results[source.name] = result
        finally:
            close()

    threads = [threading.Thread(target=worker, name=f"crawl-{i}", daemon=True)
               for i in range(max(1, min(workers, len(sources))))]
    for t in threads:
        t.start()
    try:
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(0.2)  # short joins: the main thread stays interruptible
    except BaseException:
        stop.set()
        deadline = time.monotonic() + GRACE
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        raise
    for source in sources:
        if source.name not in results:  # only if every thread failed to start
            res = results[source.name] = SourceResult(source.name)
            res.containers_failed += 1
            res.error(source.name, "not crawled: " + (broken[0] if broken else "no thread"))
    ordered = {s.name: results.pop(s.name) for s in sources}
    results.update(ordered)  # the report lists sources in the file's order
