"""When to try a request again, and how long to wait first.

The fetcher retries 5xx, 429, timeouts and connection errors itself (urllib3's
retries are off: they logged raw lines to the console and their waits could
not be budgeted). Waits are exponential backoff, or the server's Retry-After,
capped by `RETRY_AFTER_MAX` and paid from one budget per run
(`RETRY_AFTER_BUDGET`), so a site that keeps answering "come back in 5
minutes" cannot hold the nightly for hours.
"""
from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_STATUSES = frozenset({413, 429, 503})


def backoff(factor: float, cap: float, attempt: int) -> float:
    """Seconds before retry number `attempt + 1`: factor, 2*factor, 4*factor ... <= cap."""
    return min(cap, factor * (2 ** attempt))


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent/bad."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class WaitBudget:
    """Seconds of Retry-After waiting left for the whole run, shared by every thread."""

    def __init__(self, seconds: float) -> None:
        self.total = float(seconds)
        self.left = float(seconds)
        self._lock = threading.Lock()

    def take(self, seconds: float) -> bool:
        """Reserve `seconds` of waiting; False (nothing reserved) if the budget cannot pay."""
        with self._lock:
            if seconds > self.left:
                return False
            self.left -= seconds
            return True

    def spent(self) -> float:
        with self._lock:
            return self.total - self.left


def sleep(seconds: float) -> None:
    if seconds > 0:
        time.sleep(seconds)
