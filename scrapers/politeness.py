"""One request at a time per host, with a pause between requests.

Government portals in Vietnam often run on small servers; hammering them gets
a crawler blocked and hurts real readers. Each host has its own lock (so even a
threaded caller sends one request at a time) and its own next-allowed time.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Throttle:
    """Per-host mutual exclusion plus a minimum pause between one request's end
    and the next one's start."""

    def __init__(self, default_delay: float = 2.0, override: float | None = None) -> None:
        self.default_delay = default_delay
        self.override = override  # --delay: wins over sources and robots Crawl-delay
        self._delays: dict[str, float] = {}
        self._last: dict[str, float] = {}  # when the host's last request ended
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def set_delay(self, host: str, delay: float | None) -> None:
        """Raise a host's delay (sources file, robots Crawl-delay); never lowers it."""
        if delay is not None:
            self._delays[host] = max(self._delays.get(host, 0.0), float(delay))

    def delay(self, host: str) -> float:
        if self.override is not None:
            return self.override
        return self._delays.get(host, self.default_delay)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold the host for one request, sleeping first if its last one was too recent."""
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            # the delay is read now, so a Crawl-delay learnt from robots.txt applies at once
            last = self._last.get(host)
            wait = 0.0 if last is None else last + self.delay(host) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = time.monotonic()
