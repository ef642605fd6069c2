"""Sorted spans with binary-search lookups: per-candidate tests that stay logarithmic when one
"sentence" holds thousands of spans (a scan of them per candidate went quadratic)."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Intervals:
    """Half-open spans [start, end), sorted once."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []   # furthest end among spans starting at or before each
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def __contains__(self, pos: int) -> bool:
        """Some span covers `pos`."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def starts_between(self, lo: int, hi: int) -> bool:
        """Some span starts strictly between `lo` and `hi`."""
        i = bisect_right(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi
