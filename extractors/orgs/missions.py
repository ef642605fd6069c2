"""Diplomatic missions: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán Mỹ",
"Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc": the head, the sending country
and, when said, where the mission sits."""
from __future__ import annotations

import re

from ..places import country_pattern
from .airlines import CAP
from .place_phrase import TPHCM
from .span import OrgSpan
from ..lazy import lazy_compile

# (each branch letter first, the word-start test after it; written in lower case too: "đại sứ quán
# Trung Quốc tại Thái Lan", "Trưởng phái đoàn thường trực của Việt Nam tại Liên Hợp Quốc", a country after it)
_HEAD = re.compile(r"(?:[Đđ](?<![^\W\d_].)ại sứ quán|[Tt](?<![^\W\d_].)ổng [Ll]ãnh sự quán|[Ll](?<![^\W\d_].)ãnh sự quán"
                   r"|[Pp](?<![^\W\d_].)hái đoàn [Tt]hường trực(?: của)?)\s+")
_AT = re.compile(r"\s+(?:tại|ở)\s+")
_PLACE = lazy_compile(CAP + r"(?:\s+" + CAP + r"){0,2}")


def mission_at(text: str, pos: int) -> bool:
    """A diplomatic mission's head starts at pos ("Đại sứ quán", "Tổng Lãnh sự quán")."""
    return _HEAD.match(text, pos) is not None


def missions_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Diplomatic missions named in [start, end) of the matching text."""
    if text.find("quán", start, end) < 0 and text.find("hái đoàn", start, end) < 0:   # (no copies of the sentence)
        return []
    spans = []
    for head in _HEAD.finditer(text, start, end):
        sender = country_pattern().match(text, head.end(), end)
        if not sender:
            continue
        stop = sender.end()
        at = _AT.match(text, stop, end)
        # "tại TP.HCM": the city's short form whole, not "TP" cut at its dot
        host = (country_pattern().match(text, at.end(), end) or TPHCM.match(text, at.end(), end)
                or _PLACE.match(text, at.end(), end)) if at else None
        stop = host.end() if host else stop
        name = " ".join(text[head.start():stop].split())
        spans.append(OrgSpan(head.start(), stop, name[0].upper() + name[1:], "other", None))
    return spans
