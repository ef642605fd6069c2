"""Bodies named by a plain head and the place or country that owns them: "Đảng Cộng sản
Trung Quốc", "đoàn Luật sư TP. Hà Nội".

Neither head opens a name for the walker ("Đảng" and "Đoàn" alone are no heads: "Đảng ta",
"đoàn công tác"), so these were lost. Each is read only when its owner follows at once, which
makes it one body. VietNews: "Đảng Cộng sản" + a country 1,389 times (1,029 "Trung Quốc", 237
"Việt Nam"); "Đoàn Luật sư" + a province or city about 1,500 times, 30 read: each the bar.
"""
from __future__ import annotations

import re

from ..places import country_at
from .place_phrase import place_phrase
from .span import OrgSpan

_PARTY = re.compile(r"(?<![^\W\d_])[Đđ]ảng[ \t]+[Cc]ộng[ \t]+sản[ \t]+")
_BAR = re.compile(r"(?<![^\W\d_])[Đđ]oàn[ \t]+[Ll]uật[ \t]+sư[ \t]+")


def placed_bodies_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Communist parties closed by their country and bars closed by their province in [start, end)."""
    spans = []
    if text.find("ộng", start, end) >= 0 and text.find("sản", start, end) >= 0 and text.find("ảng", start, end) >= 0:
        for m in _PARTY.finditer(text, start, end):
            country = country_at(text, m.end(), ambiguous=True)
            if country is not None and country.end <= end:
                spans.append(OrgSpan(m.start(), country.end, f"Đảng Cộng sản {country.name}", "party", None))
    if text.find("uật", start, end) >= 0 and text.find("sư", start, end) >= 0 and text.find("oàn", start, end) >= 0:
        for m in _BAR.finditer(text, start, end):
            place = place_phrase(text, m.end(), end)
            if place is not None and place[2] is not None:
                spans.append(OrgSpan(m.start(), place[0], f"Đoàn Luật sư {place[1]}", "other", place[2]))
    return spans
