"""Airlines, named by their own (often foreign) name.

"hãng hàng không Bamboo Airways", "Hãng hàng không quốc gia Triều Tiên Air Koryo",
or the name alone when it says what it is ("Vietnam Airlines", "Qatar Airways",
"Lion Air", "AirAsia"). The airline's own name is the organisation's name;
"hãng hàng không Mỹ" (an American airline) names none.
"""
from __future__ import annotations

import re

from ..places import country_pattern
from ..tokens import UPPER, is_vietnamese_syllable, person_at
from .heads import HEAD_RE
from .span import OrgSpan
from ..lazy import lazy_compile

CAP = UPPER + r"[\w&'’-]*"
_HEAD = re.compile(r"(?<![^\W\d_])[Hh]ãng hàng không(?:\s+(?:giá rẻ|quốc gia|tư nhân|nội địa))?\s+")
_NAME = lazy_compile(CAP + r"(?:\s+" + CAP + r"){0,3}")
# a name that says it is an airline: "Vietnam Airlines", "Lion Air", "AirAsia"
_ALONE = lazy_compile(r"(?<![^\W\d_])(?:" + CAP + r"\s+){0,2}(?:" + CAP + r"\s+(?:Airlines|Airways|Airline|Aiways|Air)"
                    r"|Air[A-Z][a-z]+|[A-Z][a-z]+Air)(?![^\W\d_])")
_SPACES = re.compile(r"\s*")
_AIRLINE_CONTEXT = re.compile(r"(?i)hãng|hàng không|chuyến bay|máy bay|bay của|phi công|tiếp viên")
_SUFFIX = re.compile(r"(?:Airlines|Airways|Airline|Aiways)(?![^\W\d_])")


def airlines_in(text: str, lower: str, start: int, end: int) -> list[OrgSpan]:
    """Airlines named in [start, end) of the matching text."""
    if lower.find("hàng không", start, end) < 0 and text.find("Air", start, end) < 0:   # (no copies of the sentence)
        return []
    spans = []
    for head in _HEAD.finditer(text, start, end):
        pos = head.end()
        country = country_pattern().match(text, pos, end)
        name = _NAME.match(text, pos, end)
        if country and (not name or name.end() <= country.end()):
            continue   # "hãng hàng không Mỹ": an airline of a country
        after = _NAME.match(text, _SPACES.match(text, country.end()).end(), end) if country else None
        if after and not _SUFFIX.match(after.group(0)):
            name = after   # "hãng hàng không Triều Tiên Air Koryo"; but "Malaysia Airlines" keeps its country
        stop = _name_end(text, name.start(), name.end()) if name else None
        if stop is not None:
            spans.append(OrgSpan(name.start(), stop, " ".join(text[name.start():stop].split()), "company", None))
    for m in _ALONE.finditer(text, start, end):
        pos = _own_name_start(text, m.start(), m.end())
        if pos is not None and not any(s.start < m.end() and pos < s.end for s in spans):
            spans.append(OrgSpan(pos, m.end(), " ".join(text[pos:m.end()].split()), "company", None))
    return spans


def _name_end(text: str, start: int, end: int) -> int | None:
    """End of an airline's name read after "hãng hàng không": before a person, a head noun,
    a flight code ("JT610") or a country; None when what is left is one Vietnamese word."""
    stop = start
    for w in re.finditer(r"\S+", text[start:end]):
        pos = start + w.start()
        if any(c.isdigit() for c in w.group(0)) or person_at(text, pos) or HEAD_RE.match(text, pos) or \
                stop > start and country_pattern().match(text, pos):
            break
        stop = start + w.end()
    words = text[start:stop].split()
    if not words or len(words) == 1 and is_vietnamese_syllable(words[0]) or words[0].isupper() and len(words[0]) <= 2:
        return None
    return stop


def _own_name_start(text: str, start: int, end: int) -> int | None:
    """Where the airline's own name starts: not at a Vietnamese word before it ("Theo
    Vietnam Airlines") nor at a country before a name ("Indonesia Lion Air"), but
    "Malaysia Airlines" keeps its country. None when only "Air(lines)" would remain."""
    words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", text[start:end])]
    while len(words) > 2 and is_vietnamese_syllable(words[0][1]) and not words[0][1].startswith("Air"):
        words.pop(0)
    country = country_pattern().match(text, start + words[0][0], end) if words else None
    if country and len(words) > 2:
        words = [w for w in words if start + w[0] >= country.end()]
    if len(words) < 2 and not re.fullmatch(r"Air[A-Z][a-z]+|[A-Z][a-z]+Air", words[0][1] if words else ""):
        return None
    if not _SUFFIX.search(text, start, end) and not _AIRLINE_CONTEXT.search(text, max(0, start - 40), start):
        return None   # "… Air" and "Air…" are also products ("iPad Air", "AirBlade"): only where flights are
    return start + words[0][0]
