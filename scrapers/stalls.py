"""How long one host may keep a run waiting on timeouts.

A host that accepts connections and never answers costs `READ_TIMEOUT` per attempt,
and timeouts are retried: (RETRY_TOTAL + 1) x READ_TIMEOUT plus backoff, about two
minutes a URL at the defaults, for robots.txt and again for every article (200
articles: seven hours). So the seconds a host's timed-out attempts take (and the
backoff after them) are counted per run, shared by every thread, and once they reach
`HOST_TIMEOUT_BUDGET` the host's remaining URLs fail at once. Each attempt's connect
and read timeouts are clipped to what is left, so a hung host costs at most the budget.
"""
from __future__ import annotations

import threading


class StallBudget:
    """Seconds of timeouts each host may still cost this run (0 budget: no limit)."""

    def __init__(self, seconds: float) -> None:
        self.total = float(seconds or 0)
        self._spent: dict[str, float] = {}
        self._lock = threading.Lock()

    def left(self, host: str) -> float:
        """Seconds `host` may still spend on timeouts (inf when unlimited)."""
        if not self.total:
            return float("inf")
        with self._lock:
            return self.total - self._spent.get(host, 0.0)

    def spend(self, host: str, seconds: float) -> None:
        if self.total and seconds > 0:
            with self._lock:
                self._spent[host] = self._spent.get(host, 0.0) + seconds

    def spent(self, host: str) -> str | None:
        """Why `host` is given up (without its name), or None while it has budget left."""
        if self.left(host) > 0:
            return None
        return f"kept us waiting {self.total:g} s on timeouts this run (HOST_TIMEOUT_BUDGET)"

    def spent_out(self, host: str) -> str | None:
        """The reason to give up on `host` at once, or None while it has budget left."""
        why = self.spent(host)
        return f"{host} {why}: skipped for the rest of the run" if why else None

    def clip(self, host: str, connect: float, read: float) -> tuple[float, float]:
        """(connect, read) timeouts no longer than the host's budget left."""
        left = self.left(host)
        return min(connect, left), min(read, left)
