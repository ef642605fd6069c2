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
from .lexicon import lower_usable, odd_letters, word_start_lexicon
from .textnorm import match_text
from .tokens import word_start_alternation



@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    name: str      # canonical province (or country) name as written in the gazetteer
    kind: str      # "tỉnh", "thành phố" or "country"


# what no province name follows: the word starts of `_table`, `_capital_table` and `level_name`
_NOT_AFTER = r"[\w.]"


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
    pattern = re.compile("(" + word_start_lexicon(names, not_after=_NOT_AFTER, ignorecase=True) + r")(?![\w])",
                         re.IGNORECASE)
    return pattern, names


def find_places(text: str, start: int = 0, end: int | None = None, found=None) -> list[PlaceHit]:
    """Province mentions in `text[start:end]` (matching text), those written with a capital.

    The scan opens on capitals only (`_capital_table`), so a capitalised name after a lower-case
    level is found on its own: "thành phố Đà Nẵng" gives "Đà Nẵng" as "tỉnh Quảng Nam" gives
    "Quảng Nam" (the case-folding scan read the whole alias "Thành phố Đà Nẵng" there, dropped it
    for its lower-case letter and lost the city). With `found` (the word hits of the text
    lower-cased, `wordhits`), names are tried only where the automaton found one."""
    capital, names = _capital_table(), _table()[1]
    end = len(text) if end is None else end
    matches = (capital.finditer(text, start, end) if found is None
               else wordhits.finditer(capital, text, found, start, end, capital=True))
    return [PlaceHit(m.start(), m.end(), *names[level_name(text, m.start(), m.end()) or m.group(1).lower()])
            for m in matches]


def level_name(text: str, start: int, end: int) -> str | None:
    """The longer gazetteer name (lower-cased) that lower-case words before the name
    `text[start:end]` complete, if any: "thành phố Huế" is the alias "Thành phố Huế" (the city
    today), where a bare "Huế" is the old province; "thành phố Đà Nẵng" the city's own name.
    Cost: a dict look-up per name, a slice comparison for the few names with such words."""
    key = text[start:end].lower()
    for words in _name_openings().get(key, ()):
        lo = start - len(words)
        if lo >= 0 and text[lo:start].lower() == words and not (lo and _NAME_CHAR.match(text, lo - 1)):
            return words + key
    return None


_NAME_CHAR = re.compile(_NOT_AFTER)


@cache
def _name_openings() -> dict[str, tuple[str, ...]]:
    """Per name, the word runs ("thành phố ", "tp. ") another name opens with before it,
    longest first; lower-cased, as `_table` keys its names."""
    names = _table()[1]
    out: dict[str, list[str]] = {}
    for key in names:
        for k in range(1, len(key)):
            if not _NAME_CHAR.match(key, k - 1) and key[k:] in names:
                out.setdefault(key[k:], []).append(key[:k])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def _capital_table() -> re.Pattern[str]:
    """`_table`'s pattern for capitalised names only.

    It opens with the upper-case letters IGNORECASE matches to a name's first letter,
    case-sensitive (`word_start_lexicon`), so the engine scans for those in C (a few in a
    hundred letters) instead of trying every letter; the rest folds case as before."""
    _, names = _table()
    return re.compile("(" + word_start_lexicon(names, not_after=_NOT_AFTER, ignorecase=True, capitals_only=True)
                      + r")(?![\w])", re.IGNORECASE)


@cache
def names_odd() -> frozenset[str]:
    """The letters IGNORECASE matches to a province name's that lower-casing does not give."""
    return odd_letters(_table()[1])


def places_in(doc, start: int, end: int) -> list[PlaceHit]:
    """Province mentions of a Doc within [start, end); the whole text is scanned once."""
    hits = doc.__dict__.get("_place_hits")
    if hits is None or doc.__dict__.get("_place_text") is not doc.match:
        found = wordhits.hits(doc) if lower_usable(doc, names_odd()) else None
        hits = find_places(doc.match, found=None if found is None else found["provinces"])
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
