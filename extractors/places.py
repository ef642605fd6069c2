"""Finding province names in text, for context and for organisation names.

Built once from the gazetteer: every old and new province name and alias, as
one regex that prefers the longest name ("Thừa Thiên Huế" before "Huế").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from . import gazetteer, wordhits
from .lexicon import alternation, lower_usable, odd_letters, word_start_lexicon
from .textnorm import match_text
from .tokens import word_start_alternation



@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    name: str      # canonical province (or country) name as written in the gazetteer
    kind: str      # "tỉnh", "thành phố" or "country"


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    names: dict[str, tuple[str, str]] = {}
    for p in gazetteer.provinces():
        for variant in (p.name, *p.aliases):
            v = match_text(variant).strip()
            if len(v) < 3 or not v[0].isupper():
                continue
            names.setdefault(v.lower(), (p.name, p.kind))
    # a trie-shaped alternation: 138+ names are not tried one after another at every word
    # (`word_start_lexicon`: first letters one case-sensitive branch each, scanned for in C)
    pattern = re.compile("(" + word_start_lexicon(names, not_after=r"[\w.]", ignorecase=True) + r")(?![\w])",
                         re.IGNORECASE)
    return pattern, names


def find_places(text: str, start: int = 0, end: int | None = None, lower: str | None = None,
                found=None) -> list[PlaceHit]:
    """Province mentions in `text[start:end]` (matching text), capitalised only: what the
    whole-case pattern finds there and keeps (those written with a capital).

    Read with `_capital_table`: the capitalised names, and where a lower-case name could
    hide one, the whole-case scan from a point it must pass through (the last hit's end
    or a character no name holds). With `lower` (the text lower-cased, where that keeps
    every case match of the names) and `found` (its word hits, `wordhits`), names are
    tried only where the automaton found one, and a hiding start is looked up."""
    pattern, names = _table()
    capital, heads, longest = _capital_table()
    end = len(text) if end is None else end
    hits = []
    pos = start   # the whole-case scan goes on from here: no name it matches spans it
    while (m := capital.search(text, pos, end) if found is None
           else next(wordhits.finditer(capital, text, found, pos, end, capital=True), None)) is not None:
        c = m.start()
        if (heads.search(text, max(pos, c - longest), c) if lower is None
                else _head_ends_at(lower, max(pos, c - longest), c)):
            q = max(pos, *(text.rfind(b, pos, c) + 1 for b in _BARRIERS))
            hider = None
            for o in pattern.finditer(text, q, end):
                if o.start() >= c:
                    break   # the scan reaches c: it matches the same name there
                if o.end() > c:
                    hider = o
                    break
            if hider is not None:
                pos = hider.end()
                continue
        name, kind = names[m.group(1).lower()]
        hits.append(PlaceHit(c, m.end(), name, kind))
        pos = m.end()
    return hits


@cache
def _capital_table() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """`_table`'s pattern for capitalised names only, and what could hide one.

    The pattern opens with the upper-case letters IGNORECASE matches to a name's first
    letter, case-sensitive (`word_start_lexicon`), so the engine scans for those in C (a
    few in a hundred letters) instead of trying every letter; the rest folds case as
    before. But the whole-case scan also matches lower-case names ("thành phố hà nội" in
    "thành phố Hà Nội"), drops them, and goes on after them: a capitalised name inside
    one is hidden. So the second pattern finds, ending where a capitalised name starts,
    the start of a name up to a space or dash inside it ("thành phố "), with the longest
    such start's length: only there can a hiding name start."""
    _, names = _table()
    capital = re.compile("(" + word_start_lexicon(names, not_after=r"[\w.]", ignorecase=True, capitals_only=True)
                         + r")(?![\w])", re.IGNORECASE)
    heads = _head_keys()[0]
    return (capital, re.compile("(?:" + alternation(heads, ignorecase=True) + r")\Z", re.IGNORECASE),
            max(map(len, heads)))


@cache
def _head_keys() -> tuple[frozenset[str], tuple[int, ...]]:
    """`_capital_table`'s hiding starts as lower-cased words, and their lengths."""
    _, names = _table()
    heads = frozenset(n[:k] for n in names for k in range(1, len(n)) if not re.match(r"[\w.]", n[k - 1]))
    return heads, tuple(sorted({len(h) for h in heads}))


def _head_ends_at(lower: str, lo: int, c: int) -> bool:
    """Whether a hiding start ends at `c`, starting at `lo` or after (`_capital_table`'s
    second pattern searched in [lo, c)), read from the lower-cased text."""
    heads, sizes = _head_keys()
    for size in sizes:
        if c - size < lo:
            return False
        if lower[c - size:c] in heads:
            return True
    return False


@cache
def names_odd() -> frozenset[str]:
    """The letters IGNORECASE matches to a province name's that lower-casing does not give."""
    return odd_letters(_table()[1])


# characters no province name holds: no name match spans one, so a scan may restart after it
_BARRIERS = (",", "\n", "(", ")", ";", ":", '"', "“", "”")


def places_in(doc, start: int, end: int) -> list[PlaceHit]:
    """Province mentions of a Doc within [start, end); the whole text is scanned once."""
    hits = doc.__dict__.get("_place_hits")
    if hits is None or doc.__dict__.get("_place_text") is not doc.match:
        found = wordhits.hits(doc) if lower_usable(doc, names_odd()) else None
        hits = find_places(doc.match) if found is None else find_places(doc.match, lower=doc.lower,
                                                                         found=found["provinces"])
        doc.__dict__["_place_hits"] = hits
        doc.__dict__["_place_starts"] = [h.start for h in hits]
        doc.__dict__["_place_text"] = doc.match
    lo = bisect_left(doc.__dict__["_place_starts"], start)
    out = []
    for i in range(lo, len(hits)):   # not hits[lo:]: a copy of the rest of a long text's hits
        h = hits[i]
        if h.start >= end:
            break
        if h.end <= end:
            out.append(h)
    return out


def place_at(text: str, pos: int) -> PlaceHit | None:
    """A province name starting exactly at `pos`."""
    if not text[pos:pos + 1].isupper():
        return None   # (what the test below asks of the match's first letter, before matching)
    pattern, names = _table()
    m = pattern.match(text, pos)
    if not m or not m.group(1)[0].isupper():
        return None
    name, kind = names[m.group(1).lower()]
    return PlaceHit(m.start(1), m.end(1), name, kind)



@cache
def _country_table() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    forms: dict[str, tuple[str, bool]] = {}
    for name, aliases, ambiguous in gazetteer.countries():
        for variant in (name, *aliases):
            forms.setdefault(match_text(variant), (name, variant in ambiguous))
    # `(?<![\w.])(alternation)`, its word-start test after the first letter (same matches):
    # a search scans for the first letters in C instead of trying every position
    return re.compile(r"(" + word_start_alternation(forms, not_after=r"[\w.]") + r")(?![\w])"), forms


def country_pattern() -> re.Pattern[str]:
    """One regex of every country form (ambiguous ones too), longest first."""
    return _country_table()[0]


def country_at(text: str, pos: int, ambiguous: bool = False) -> PlaceHit | None:
    """A country name starting exactly at `pos` ("Thái Lan", "Australia").

    Forms that are also common words or given names ("Đức", "Anh", "Mỹ") count
    only when `ambiguous` is allowed: right after an organisation or a title."""
    pattern, forms = _country_table()
    m = pattern.match(text, pos)
    if not m:
        return None
    name, is_ambiguous = forms[m.group(1)]
    if is_ambiguous and not ambiguous:
        return None
    return PlaceHit(m.start(1), m.end(1), name, "country")


@cache
def _country_end_re() -> re.Pattern[str]:
    pattern, _ = _country_table()
    return re.compile(pattern.pattern + r"\s*$")


def country_before(text: str, start: int, end: int) -> PlaceHit | None:
    """A country name (ambiguous forms too) ending right before `end`, not before `start`."""
    _, forms = _country_table()
    m = _country_end_re().search(text, max(start, end - 40), end)
    if not m:
        return None
    return PlaceHit(m.start(1), m.end(1), forms[m.group(1)][0], "country")
