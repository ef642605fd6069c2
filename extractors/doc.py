"""The record every extractor component takes and returns.

A `Doc` carries the stored text (never modified), a same-length matching text
(dashes, spaces and old tone placement unified) and the sentence spans, plus the
facts found so far. Because `match` has the same length as `text`, an offset
found in one is valid in the other: provenance survives normalisation.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pipeline.records import (Cooperation, DateRef, Fact, Figure, LegalDoc, Official,
                              Organization)


T = TypeVar("T")
F = TypeVar("F", bound=Fact)


@dataclass
class Sentence:
    index: int
    start: int
    end: int


@dataclass
class Doc:
    text: str
    published: str | None = None
    name: str = ""
    title: str = ""
    match: str = ""
    lower: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    chrome: list[tuple[int, int]] = field(default_factory=list)
    province: str | None = None
    year_hint: int | None = None
    organizations: list[Organization] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    legal_documents: list[LegalDoc] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    _derived: dict[str, tuple] = field(default_factory=dict, init=False, repr=False,
                                       compare=False)

    def __post_init__(self) -> None:
        if not self.match:
            self.match = self.text

    def derived(self, key: str, make: Callable[[Doc], T]) -> T:
        """`make(self)`, computed once and shared by every component that asks (the
        article's year, a lexicon's hits); computed again if the matching text or
        the sentence list is replaced."""
        hit = self._derived.get(key)
        if hit is not None and hit[0] is self.match and hit[1] is self.sentences:
            return hit[2]  # type: ignore[return-value]
        value = make(self)
        self._derived[key] = (self.match, self.sentences, value)
        return value

    def starting_in(self, facts: Sequence[F], start: int, end: int) -> list[F]:
        """The facts of `facts` (e.g. `doc.organizations`) that start in [start, end), in
        list order: `[f for f in facts if start <= f.start < end]` without reading every
        fact for every sentence (quadratic in a long document). The index by start is
        built once per list and again when the list has grown or shrunk (facts are
        added, not moved)."""
        key = f"starting_in:{id(facts)}"
        index = self._derived.get(key)
        if index is None or index[0] is not facts or len(index[1]) != len(facts):
            order = sorted(range(len(facts)), key=lambda i: facts[i].start)
            index = (facts, order, [facts[i].start for i in order])
            self._derived[key] = index
        _, order, starts = index
        picked = order[bisect_left(starts, start):bisect_left(starts, end)]
        if len(picked) > 1:
            picked = sorted(picked)
        return [facts[i] for i in picked]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding `offset` (binary search; -1 if none)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s.index
        return -1

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def iter_sentences(self):
        """(sentence, stored text, matching text) for every non-chrome sentence."""
        for s in self.sentences:
            yield s, self.text[s.start:s.end], self.match[s.start:s.end]


def provenance(doc: Doc, start: int, end: int, extractor: str, version: str,
               confidence: float) -> dict:
    """Keyword arguments for a Fact located at [start, end) of the stored text."""
    return dict(sentence=doc.sentence_at(start), start=start, end=end,
                extractor=extractor, version=version, confidence=confidence)


__all__ = ["Doc", "Sentence", "provenance", "Fact", "Organization", "Official", "DateRef",
           "LegalDoc", "Figure", "Cooperation"]
