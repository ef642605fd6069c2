"""The national armed body a military post names: "Phó Tổng Tham mưu trưởng Quân đội nhân dân
Việt Nam", "Tổng Tham mưu trưởng QĐND Việt Nam", "Phó Tư lệnh Bộ đội Biên phòng".

The organisation reader takes neither (the army is written without a head word it knows, and a
bare "Bộ đội Biên phòng" is the national force only when no province follows, which it leaves to
a provincial command: "Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Ninh"), so the post had no
body and no role (VietNews health and baomoi, 3,974 articles: 10 such army posts, 6 border posts).
"""
from __future__ import annotations

import re

from .organizations import OrgSpan
from .tokens import person_at, word_at

ARMY = "Quân đội nhân dân Việt Nam"
BORDER_GUARD = "Bộ đội Biên phòng"

_ARMY = re.compile(r"\s*([Qq]uân đội [Nn]hân dân Việt Nam|QĐND\s?(?:Việt Nam|VN)|QĐNDVN)(?![^\W\d_])")
_BORDER_GUARD = re.compile(r"\s*([Bb]ộ đội [Bb]iên phòng)(?![^\W\d_])")

_GENERAL_STAFF = frozenset({"tổng tham mưu trưởng", "phó tổng tham mưu trưởng"})
_PLACE_WORDS = frozenset({"tỉnh", "thành", "tp", "tp.", "khu", "vùng", "cửa"})
_FORCE_COMMAND = frozenset({"tư lệnh", "phó tư lệnh", "chính ủy", "phó chính ủy", "chính uỷ", "phó chính uỷ"})


def national_force(text: str, key: str, pos: int, limit: int) -> OrgSpan | None:
    """The army after a general-staff post, the border guard after a force commander's post
    (`key`: the lower-case title) at `pos`; none when a place or a capitalised word other than
    the holder's name follows the border guard's (a province's or a unit's command)."""
    if key in _GENERAL_STAFF:
        m = _ARMY.match(text, pos, limit)
        return OrgSpan(m.start(1), m.end(), ARMY, "other", None) if m else None
    if key not in _FORCE_COMMAND:
        return None
    m = _BORDER_GUARD.match(text, pos, limit)
    nxt = word_at(text, m.end(), limit) if m is not None else None
    if m is None or nxt is not None and (nxt.text.lower() in _PLACE_WORDS or
                                         nxt.is_cap and person_at(text, nxt.start, limit) is None):
        return None
    return OrgSpan(m.start(1), m.end(), BORDER_GUARD, "other", None)
