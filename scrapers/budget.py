"""A CPU budget for one crawled page, in whatever thread parses it.

An 8 MB page built to be slow costs seconds of CPU in BeautifulSoup, soupsieve and
trafilatura, and its 5-8 M characters of text far more in extraction. `ingest` and
`reextract` bound each document with `--doc-timeout` (pipeline/parallel.py), but
that budget is a SIGPROF timer, which only the main thread can receive, while
`nightly` parses pages in crawl threads. So here a watchdog thread reads the
parsing thread's own CPU clock (`pthread_getcpuclockid`) and, once the budget is
spent, raises `OverBudget` in that thread (`PyThreadState_SetAsyncExc`): its Python
code stops at the next bytecode; a single C call (lxml parsing the bytes) finishes
first. `OverBudget` is a BaseException, so library code's `except Exception` cannot
swallow it (bs4, soupsieve, trafilatura and htmldate have no bare `except:`). It is
raised once; a pending one is cleared when the `with` block ends, so it can only
surface inside that block (or its exit), where the caller catches it.

The budget is armed only around pure computation (`with budget:`), never around a
database write, and counts the thread's CPU from the budget's creation, so parsing
and extraction of one page share it. One watchdog serves every thread; it sleeps
until the earliest budget could be spent (CPU time never outruns the wall clock).
"""
from __future__ import annotations

import ctypes
import os
import threading
import time

from pipeline.parallel import OverBudget


def _raise_in(ident: int, exc: type[BaseException] | None) -> None:
    """Schedule `exc` in thread `ident` (None clears a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(ident), ctypes.py_object(exc) if exc is not None else None)


class PageBudget:
    """`budget = PageBudget(seconds)` then `with budget: ...` (any number of times, in
    the thread that made it); raises OverBudget once the thread's CPU since creation
    passes `seconds`. 0 or None: no limit."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = float(seconds or 0)
        self.ident = threading.get_ident()
        self.fired = False
        if self.seconds:
            self._clock = time.pthread_getcpuclockid(self.ident)
            self._start = time.clock_gettime(self._clock)

    def spent(self) -> float:
        return time.clock_gettime(self._clock) - self._start if self.seconds else 0.0

    def left(self) -> float:
        """CPU seconds left (negative: spent)."""
        return self.seconds - self.spent()

    def __enter__(self) -> PageBudget:
        if self.seconds:
            if self.left() <= 0:
                raise OverBudget()
            _WATCHDOG.arm(self)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.seconds and _WATCHDOG.disarm(self):
            _raise_in(self.ident, None)  # never let a late one escape the `with`


class _Watchdog:
    """One daemon thread checking the armed budgets' clocks."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: set[PageBudget] = set()
        self._thread: threading.Thread | None = None

    def arm(self, budget: PageBudget) -> None:
        with self._cond:
            self._armed.add(budget)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="ytekb-page-budget",
                                                daemon=True)
                self._thread.start()
            self._cond.notify()

    def disarm(self, budget: PageBudget) -> bool:
        """Stop watching; True when an exception was ever raised for this budget."""
        with self._cond:
            self._armed.discard(budget)
            return budget.fired

    def _run(self) -> None:
        with self._cond:
            while True:
                wait = None
                for budget in list(self._armed):
                    try:
                        left = budget.left()
                    except OSError:  # the thread is gone
                        self._armed.discard(budget)
                        continue
                    if left <= 0:  # once: the thread stops at its next bytecode
                        budget.fired = True
                        self._armed.discard(budget)
                        _raise_in(budget.ident, OverBudget)
                        continue
                    wait = left if wait is None else min(wait, left)
                self._cond.wait(None if wait is None else max(0.005, wait))


_WATCHDOG = _Watchdog()


def _after_fork() -> None:  # a forked child has no watchdog thread and a fresh lock
    global _WATCHDOG
    _WATCHDOG = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)
