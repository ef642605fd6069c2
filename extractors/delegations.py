"""A province's National Assembly delegation and its head: "Trưởng đoàn đại biểu Quốc hội
tỉnh Quảng Nam", "Phó trưởng Đoàn ĐBQH TP HCM", "Trưởng đoàn đại biểu tỉnh Quảng Trị".

The post is "Trưởng đoàn" (or its deputy's) of the "Đoàn đại biểu Quốc hội" of the place
written after it, not a post of the Assembly itself (the annotation convention). VietNews:
319 such titles followed by a province or city; of the roles read this way in 60,000
articles (118), 30 random ones checked by hand were all delegation heads.
"""
from __future__ import annotations

import re

from .organizations import OrgSpan
from .orgs.place_phrase import place_phrase

_HEAD = re.compile(r"(?:phó\s+)?trưởng\s+đoàn(?:\s+đại biểu(?:\s+quốc hội)?)?", re.IGNORECASE)
# after "Trưởng": [chuyên trách] [Đoàn] đại biểu Quốc hội | ĐBQH | đại biểu, then the place
_REST = re.compile(r"(?i:(phó\s+)?trưởng\s+đoàn)\s+(?:(?i:chuyên trách)\s+)?(?:(?i:đoàn)\s+)?"
                   r"(?:(?i:đại biểu)\s+(?i:quốc hội)|ĐBQH|(?i:đại biểu))\s+")


def delegation(text: str, title: str, start: int, limit: int) -> tuple[str, OrgSpan] | None:
    """("Trưởng đoàn", Đoàn đại biểu Quốc hội <place>) for a delegation head's title that
    starts at `start`, or None when no place follows."""
    if not _HEAD.fullmatch(title):
        return None
    m = _REST.match(text, start, limit)
    place = place_phrase(text, m.end(), limit) if m else None
    if place is None:
        return None
    head = "Phó Trưởng đoàn" if m.group(1) else "Trưởng đoàn"
    return head, OrgSpan(m.end(), place[0], f"Đoàn đại biểu Quốc hội {place[1]}", "government", place[2])
