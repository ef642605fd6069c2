"""Sorted spans with binary-search lookups: per-candidate tests that stay logarithmic when one
"sentence" holds thousands of spans (a scan of them per candidate went quadratic)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
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

    def overlaps(self, lo: int, hi: int) -> bool:
        """Some span overlaps [lo, hi)."""
        i = bisect_left(self.starts, hi) - 1
        return i >= 0 and self.reach[i] > lo


class Disjoint:
    """Non-overlapping spans taken one by one (a greedy selection): each overlap test is a
    binary search instead of a scan of everything taken so far."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.starts, hi) - 1   # the last span starting before `hi`
        return i >= 0 and self.ends[i] > lo   # (disjoint: its end is the furthest of those)

    def add(self, lo: int, hi: int) -> None:
        i = bisect_left(self.starts, lo)
        self.starts.insert(i, lo)
        self.ends.insert(i, hi)
