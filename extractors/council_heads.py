"""Posts on a council named before the body it belongs to.

"Bà A, Chủ tịch Hội đồng cố vấn Y khoa Bệnh viện Quốc tế City", "ông B, Phó Chủ tịch Hội đồng
chuyên môn Ban Bảo vệ sức khỏe cán bộ Trung ương": the post names a council of a body, then
the body. By the annotation convention (real26) the council goes into the title ("Chủ tịch Hội
đồng cố vấn Y khoa") and the organisation is the body, as for a team's head (team_heads). A
council that is an organisation itself ("Hội đồng Y khoa Quốc gia", "Hội đồng nhân dân tỉnh
X") is read as one elsewhere, and a council with no body written after it ("Hội đồng thi",
"Hội đồng trường") gives nothing here. VietNews health + baomoi health (3,974 articles): 3
such posts with a holder's name, each a council of the body after it.
"""
from __future__ import annotations

import re

from .doc import Doc
from .organizations import OrgSpan
from .team_heads import body_at
from .titles import title_at
from .tokens import person_at, word_at

_HEADS = frozenset({"chủ tịch", "phó chủ tịch", "phó chủ tịch thường trực", "thư ký"})
_COUNCIL = re.compile(r"\s+([Hh]ội đồng)\s+")
# between the council's name and its body: "-", ",", "(", "thuộc", "của" or nothing
_LINK = re.compile(r"\s*(?:[-–,(]|thuộc|của|trực thuộc)?\s*")
# the bodies a council is named after: never a people's council or a government
_BODIES = frozenset({"hospital", "university", "agency", "ministry", "health_department", "health_center", "party"})
_MAX_WORDS = 8


def is_council_head(title: str) -> bool:
    return title.lower() in _HEADS


def council_role(doc: Doc, title: str, pos: int, limit: int) -> tuple[str, OrgSpan] | None:
    """(title with its council, the council's body) for a council written at `pos` after a
    council head's title, or None when the council is an organisation itself or no body
    follows its name within a few words."""
    text = doc.match
    council = _COUNCIL.match(text, pos, limit)
    if council is None or body_at(doc, council.start(1), limit) is not None:
        return None
    words: list[str] = []
    cur = council.end(1)
    while len(words) < _MAX_WORDS:
        link = _LINK.match(text, cur, limit)
        nxt = word_at(text, link.end(), limit)
        if nxt is None:
            return None
        body = body_at(doc, nxt.start, limit) if words else None
        if body is not None:
            return (f"{title} {council.group(1)} {' '.join(words)}", body) if body.type in _BODIES else None
        if text[cur:link.end()].strip():
            return None   # a comma or bracket not followed by a body: the sentence goes on
        if not nxt.text[0].isalnum() or person_at(text, nxt.start, limit) or title_at(text, nxt.start, limit):
            return None
        words.append(nxt.text)
        cur = nxt.end
    return None
