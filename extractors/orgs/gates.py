"""Literal gates: which scanners a sentence can feed, from one literal pass per document.

Most scanners of `organizations.find` open with a C find of a few literals in the sentence
and return nothing without them; in most sentences they are missing, and calling the
scanner only to learn that cost ~1-4K instructions a scanner a sentence. A gate table names,
per scanner, groups of (text, literal): the scanner returns nothing where every literal of
one group is missing. Each group's spellings are found once per document (where each
literal starts, and the least end from each start on); a sentence's test is then one
bisect a group, and a document that spells a group nowhere skips the scanner outright.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

# a group's spellings: starts ascending, and for each start the least end of a spelling from it on
Spellings = tuple[list[int], list[int]]
Gates = Mapping[str, tuple[tuple[tuple[str, str], ...], ...]]


def spellings(texts: Mapping[str, str | None], literals: tuple[tuple[str, str], ...]) -> Spellings | None:
    """Where any of `literals` ((text key, literal) pairs) is spelt; None when one's text is
    None (the scanner reads another text then: no gate holds)."""
    found = []
    for key, lit in literals:
        text = texts[key]
        if text is None:
            return None
        pos = text.find(lit)
        while pos >= 0:
            found.append((pos, pos + len(lit)))
            pos = text.find(lit, pos + 1)
    found.sort()
    least = [stop for _, stop in found]
    for i in range(len(least) - 2, -1, -1):
        if least[i + 1] < least[i]:
            least[i] = least[i + 1]
    return [pos for pos, _ in found], least


def document_gates(texts: Mapping[str, str | None], gates: Gates, doc_only: Gates,
                   words: Mapping[str, list[int] | None] | None = None,
                   ) -> tuple[frozenset[str], tuple[tuple[str, tuple[Spellings, ...]], ...]]:
    """The scanners the document cannot feed (a group of `gates` or `doc_only` spelt nowhere),
    and for the others their `gates` groups' spellings, tested per sentence by `unspelt`.
    `words`: scanners whose every match opens at one of these starts (a lexicon's, ascending:
    `wordhits.hits(doc)[NAME][0]`; None: no hits, the scanner reads the plain text)."""
    absent, live = set(), []
    for name, starts in (words or {}).items():
        if starts is not None and not starts:
            absent.add(name)
        elif starts is not None:   # (a start in [start, end): a one-letter spelling there)
            live.append((name, ((starts, [pos + 1 for pos in starts]),)))
    for table, per_sentence in ((gates, True), (doc_only, False)):
        for name, groups in table.items():
            kept = []
            for literals in groups:
                spelt = spellings(texts, literals)
                if spelt is not None and not spelt[0]:
                    absent.add(name)
                    break
                if spelt is not None:
                    kept.append(spelt)
            else:
                if per_sentence and kept:
                    live.append((name, tuple(kept)))
    return frozenset(absent), tuple((name, groups) for name, groups in live if name not in absent)


def unspelt(absent: frozenset[str], live: tuple[tuple[str, tuple[Spellings, ...]], ...],
            start: int, end: int) -> set[str]:
    """`absent` and the `live` scanners one of whose groups [start, end) does not spell whole
    (as `str.find(literal, start, end)` would find it)."""
    out = set(absent)
    for name, groups in live:
        for starts, least in groups:
            i = bisect_left(starts, start)
            if i == len(starts) or least[i] > end:
                out.add(name)
                break
    return out
