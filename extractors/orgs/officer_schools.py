"""The army's officer schools: "Trường Sĩ quan Lục quân 1", "trường sĩ quan pháo binh".

"Trường" alone is no head, and the branch after "Sĩ quan" is often written in lower case, so
the walker read none of them. The branches are few and fixed; a school is read only with one
of them, and keeps its number ("Lục quân 1", "Chính trị 2") unless the number counts ("2 năm
liền"; "1 năm 2010" is a date after the number). VietNews: "Trường Sĩ quan" 95
times, each one of these schools; "Trường Sỹ quan" (the older spelling) 25 more.
"""
from __future__ import annotations

import re

from ..lexicon import alternation
from .span import OrgSpan
from ..lazy import lazy_compile

_BRANCHES = ["lục quân", "không quân", "thông tin", "phòng hóa", "chính trị", "pháo binh", "công binh",
             "tăng thiết giáp", "đặc công", "kỹ thuật quân sự", "hải quân", "kỹ thuật", "chỉ huy kỹ thuật"]
# ("(?-i:[Tt])": the letters "[Tt]" takes under IGNORECASE, read case-sensitively so the engine scans
# for them in C; the word-start test after it, not a look-behind tried at every position)
_SCHOOL = lazy_compile(r"(?-i:[Tt])(?<![^\W\d_].)rường[ \t]+[Ss][ĩỹ][ \t]+quan[ \t]+(" + alternation(_BRANCHES, ignorecase=True)
                     + r")(?:[ \t]+([12])(?![\d/%]|[.,]\d)(?![ \t]+(?:năm(?![ \t]+\d{4})|tháng|người|lần|ngày)(?![^\W\d_])))?"
                     + r"(?![^\W\d_])", re.IGNORECASE)


def officer_schools_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Officer schools named by their branch in [start, end) of the matching text."""
    if text.find("quan", start, end) < 0:
        return []
    spans = []
    for m in _SCHOOL.finditer(text, start, end):
        branch = " ".join(m.group(1).split())
        name = "Trường Sĩ quan " + branch[0].upper() + branch[1:].lower() + (f" {m.group(2)}" if m.group(2) else "")
        spans.append(OrgSpan(m.start(), m.end(), name, "university", None))
    return spans
