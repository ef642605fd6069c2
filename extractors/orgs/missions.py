"""Diplomatic missions: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán Mỹ",
"Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc": the head, the sending country
and, when said, where the mission sits."""
from __future__ import annotations

import re

from ..places import country_pattern
from .airlines import CAP
from .span import OrgSpan
from ..lazy import lazy_compile

_HEAD = re.compile(r"(?<![^\W\d_])(?:Đại sứ quán|Tổng [Ll]ãnh sự quán|Lãnh sự quán|Phái đoàn [Tt]hường trực(?: của)?)\s+")
_AT = re.compile(r"\s+(?:tại|ở)\s+")
_PLACE = lazy_compile(CAP + r"(?:\s+" + CAP + r"){0,2}")


def mission_at(text: str, pos: int) -> bool:
    """A diplomatic mission's head starts at pos ("Đại sứ quán", "Tổng Lãnh sự quán")."""
    return _HEAD.match(text, pos) is not None


def missions_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Diplomatic missions named in [start, end) of the matching text."""
    if text.find("quán", start, end) < 0 and text.find("Phái đoàn", start, end) < 0:   # (no copies of the sentence)
        return []
    spans = []
    for head in _HEAD.finditer(text, start, end):
        sender = country_pattern().match(text, head.end(), end)
        if not sender:
            continue
        stop = sender.end()
        at = _AT.match(text, stop, end)
        host = (country_pattern().match(text, at.end(), end) or _PLACE.match(text, at.end(), end)) if at else None
        stop = host.end() if host else stop
        spans.append(OrgSpan(head.start(), stop, " ".join(text[head.start():stop].split()), "other", None))
    return spans
