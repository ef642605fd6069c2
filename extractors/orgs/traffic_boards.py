"""Traffic-safety committees written in lower case or under "Ủy ban": "Ban an toàn giao thông
tỉnh Gia Lai", "Ủy ban An toàn giao thông TP. HCM", "Ban an toàn giao thông Đà Nẵng", "Ban ATGT
quốc gia"; and the cities' food-safety boards ("Ban quản lý an toàn thực phẩm Bắc Ninh", "Ban Quản
lý An toàn thực phẩm TP Đà Nẵng").

The walker's own reading (`walker._traffic_safety`) takes "Ban An toàn giao thông" capitalised
and before an administrative word only. Every province and the nation have one such committee
(the provinces' called "Ban", the nation's "Ủy ban", the press writing either for both, often in
lower case). The remit is read here when a place (a province or city, with or without its
level) or "quốc gia" closes it, so "Ban an toàn giao thông đã hỗ trợ …" (no place) stays unread.
"""
from __future__ import annotations

import re

from .place_phrase import place_phrase

# the remit, maybe with its abbreviation in brackets ("Ban An toàn giao thông (ATGT) tỉnh Thái Nguyên");
# walker._TRAFFIC_SAFETY reads the same remit before an administrative word
REMIT = r"(?:[Aa]n[ \t]+toàn[ \t]+[Gg]iao[ \t]+thông(?:[ \t]*\(ATGT\))?|ATGT)"
_REMIT = re.compile(REMIT + r"(?=[ \t])")
_FOOD = re.compile(r"[Qq]uản[ \t]+lý[ \t]+(?:[Vv]ệ[ \t]+sinh[ \t]+)?[Aa]n[ \t]+toàn[ \t]+[Tt]hực[ \t]+phẩm(?=[ \t])")
_NATIONAL = re.compile(r"[ \t]+[Qq]uốc[ \t]+gia(?![^\W\d_])")
_HEADS = frozenset({"Ban", "Ủy ban"})


def traffic_board(text: str, pos: int, limit: int, expanded: str, first: bool) -> tuple[int, bool] | None:
    """(end of the remit, national) when a traffic-safety remit at pos, right after a "Ban" or
    "Ủy ban" head (`first`: nothing else read yet), is closed by a place or "quốc gia"."""
    if expanded not in _HEADS or not first:
        return None
    m = _REMIT.match(text, pos, limit)
    if m is None:
        return None
    national = _NATIONAL.match(text, m.end(), limit)
    if national is not None:
        return national.end(), True
    return (m.end(), False) if place_phrase(text, m.end(), limit) is not None else None


def food_board(text: str, pos: int, limit: int, expanded: str, first: bool) -> int | None:
    """End of a food-safety board's remit at pos, right after "Ban", when a place closes it."""
    if expanded != "Ban" or not first:
        return None
    m = _FOOD.match(text, pos, limit)
    return m.end() if m is not None and place_phrase(text, m.end(), limit) is not None else None
