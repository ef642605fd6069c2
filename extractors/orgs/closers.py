"""Lower-case names that something right after them closes: the body's own abbreviation in
brackets, or the body it belongs to.

The walker cuts a name written on in lower case ("Hiệp hội Vận tải [hàng không quốc tế]") and,
not knowing where it ends, drops it. The press often says where: it defines the abbreviation at
once ("… quốc tế (IATA)", "Hội Bảo trợ bệnh nhân nghèo (BTBNN)") or names the parent body ("Quỹ
Phòng chống tác hại thuốc lá (Bộ Y tế)", "Vụ Tổng hợp kinh tế quốc dân, Bộ Kế hoạch và Đầu tư",
"Vụ Truyền thông - thi đua khen thưởng Bộ Y tế"). The tail is at most eight lower-case words,
joined by spaces, "và", a dash or a comma, with no function word or verb among them.
"""
from __future__ import annotations

import re

from .heads import head_at
from .known import known_at
from .person_names import NOT_IN_NAMES
from .truncated import LOWER_WORD, VERBS

_JOINER = re.compile(r"[ \t]*(?:[-–,]|và(?![^\W\d_]))(?=[ \t]+[a-zđà-ỹ])")
# the body's own abbreviation, defined right after its name
_ABBREVIATION = re.compile(r"[ \t]*\([ \t]*[A-ZĐ][A-ZĐ&]{1,9}[ \t]*\)")
# punctuation or a link word, then the parent body's head
_TO_PARENT = re.compile(r"[ \t]*(?:\(|,|[-–]|thuộc(?![^\W\d_])|của(?![^\W\d_]))[ \t]*(?=[A-ZĐ])")
_DIRECT_PARENT = re.compile(r"[ \t]+(?=Bộ[ \t])")
_MAX_WORDS = 8
# two-word predicates that open the clause after a name (beside truncated's verbs): a tail holding
# one is the sentence going on ("Viện Kiểm sát [lý giải …] (VKS)")
_PREDICATES = frozenset("""lý giải|cho rằng|đánh giá|tuyên bố|bác bỏ|kiến nghị|phản hồi|phản ánh|giải trình|
nhấn mạnh|cam kết|khuyến nghị|lưu ý|đề cập|nêu rõ|cho hay|cảnh báo|thừa nhận|kết luận|xác định""".replace("\n", "").split("|"))
# parents that a unit's name may carry (a ministry's department: "Vụ Pháp chế Bộ Y tế")
_PARENT_TYPES = frozenset({"ministry", "agency", "government", "party", "university", "press", "company",
                           "hospital", "health_center", "other", "health_department"})


def closed_by_next(doc, text: str, end: int, limit: int) -> tuple[int, str, str] | None:
    """(end, tail, "") when a lower-case tail after a cut name is closed by the body's bracketed
    abbreviation or by its parent (which is not made part of the name); None otherwise."""
    from .walker import org_at   # (walker imports this module)
    cur, n, prev = end, 0, ""
    while n < _MAX_WORDS:
        joined = _JOINER.match(text, cur, limit)
        if joined is not None and not n and "," in joined.group(0):
            break   # "Trung tâm Kiểm soát [và ngăn ngừa …]" may open on "và" or a dash, not a comma
        m = LOWER_WORD.match(text, joined.end() if joined else cur, limit)
        if m is None or m.group(1) in NOT_IN_NAMES or m.group(1) in VERBS:
            break
        if f"{prev} {m.group(1)}" in _PREDICATES:
            break
        n += 1
        prev, cur = m.group(1), m.end()
        tail = " ".join(text[end:cur].split())
        if _ABBREVIATION.match(text, cur, limit):
            return cur, tail, ""
        link = _TO_PARENT.match(text, cur, limit)
        if link is not None and head_at(text, link.end()):
            parent = org_at(doc, link.end(), limit)
            if parent is not None and parent.type in _PARENT_TYPES:
                return cur, tail, ""
        if link is not None and _known_parent(text, link, limit):
            return cur, tail, ""   # "Trung tâm Kiểm định chất lượng giáo dục (ĐHQG Hà Nội)"
        direct = _DIRECT_PARENT.match(text, cur, limit)
        if direct is not None:
            parent = org_at(doc, direct.end(), limit)
            if parent is not None and parent.type == "ministry":
                return cur, tail, ""   # the ministry is read on its own after the name
    return None


_CLOSING_BRACKET = re.compile(r"[ \t]*\)")


def _known_parent(text: str, link: re.Match[str], limit: int) -> bool:
    """A bracket holding only a body the gazetteer knows by its headless name or abbreviation,
    the parent of the name before it: "(ĐHQG Hà Nội)", "(BHXH Việt Nam)", "(WHO)"."""
    if "(" not in link.group(0):
        return False
    hit = known_at(text, link.end(), limit)
    return hit is not None and hit[1][1] in _PARENT_TYPES and _CLOSING_BRACKET.match(text, hit[0], limit) is not None
