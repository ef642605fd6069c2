"""Project and works boards: "Ban Quản lý dự án xây dựng các công trình trọng điểm tỉnh
Nam Định", "Ban quản lý các công trình dân dụng và công nghiệp tỉnh Quảng Ninh",
"Ban quản lý Dự án y tế trọng điểm, Bộ Y tế"; and the boards of a province's economic zones
and industrial parks: "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "Ban quản lý các khu công
nghiệp tỉnh Bắc Ninh", "Ban quản lý Khu công nghệ cao TP.HCM" (one per province or zone).

Like steering committees, these names run on in lower case, so the walker cannot bound
them. A board is named only when what it manages is a project or works ("dự án",
"công trình", "đầu tư xây dựng") and the name is closed by a place ("tỉnh Nam Định") or
by the body it belongs to (", Bộ Y tế", "(Sở Y tế)"); "Ban quản lý dự án cho biết" and
"Ban Quản lý chợ Bến Thành" (a market's) name nothing here.
"""
from __future__ import annotations

import re

from ..doc import Doc
from .heads import HEAD_RE
from .person_names import NOT_IN_NAMES
from .place_phrase import expand_abbreviations, place_phrase
from .span import OrgSpan

_BOARD = re.compile(r"ban\s+quản\s+lý\s+(?:các\s+)?(?:dự\s+án|công\s+trình|đầu\s+tư\s+xây\s+dựng|"
                    r"khu\s+(?:kinh\s+tế|công\s+nghiệp|chế\s+xuất|(?:nông\s+nghiệp\s+)?công\s+nghệ\s+cao)|kcn|kkt)(?![^\W\d_])")
# the press's short forms of the zones ("Ban Quản lý các KCN tỉnh Bắc Giang")
_ZONES = {"KCN": "Khu công nghiệp", "KKT": "Khu kinh tế"}
_WORD = re.compile(r"\s+([^\W\d_]+|\d+)")
_INSIDE = frozenset({"và", "các"})   # function words that occur inside such names
_OWNER = re.compile(r"\s*(?:,|\(|thuộc)\s*(?=Bộ|Sở|Ủy ban|UBND)")
_MAX_WORDS = 12


def board_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The project board named at pos ("Ban Quản lý dự án …"), if a place or owner closes it."""
    m = _BOARD.match(doc.lower, pos, limit)
    if not m:
        return None
    text, end = doc.match, m.end()
    for _ in range(_MAX_WORDS):
        place = place_phrase(text, end, limit) if text[end:end + 1] == " " else None
        if place is not None and _ends_name(text, place[0], limit):
            return _span(doc, pos, place[0], place[2])
        if _OWNER.match(text, end, limit):
            return _span(doc, pos, end, None)
        w = _WORD.match(text, end, limit)
        if w is None or (w.group(1).lower() in NOT_IN_NAMES and w.group(1) not in _INSIDE) \
                or HEAD_RE.match(text, w.start(1)):
            return None
        end = w.end()
    return None


def _ends_name(text: str, end: int, limit: int) -> bool:
    """A place ends the board's name when no name word follows it."""
    nxt = _WORD.match(text, end, limit)
    return nxt is None or nxt.group(1).lower() in NOT_IN_NAMES or nxt.group(1)[:1].islower()


def _span(doc: Doc, pos: int, end: int, province: str | None) -> OrgSpan:
    rest = " ".join(_ZONES.get(w, w) for w in doc.match[pos:end].split()[3:])
    return OrgSpan(pos, end, expand_abbreviations(f"Ban Quản lý {rest}"), "agency", province)
