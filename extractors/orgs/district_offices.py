"""A district's office written with a lower-case "phòng" or portfolio: "Trưởng phòng Y tế huyện
Mai Châu", "trưởng phòng GD&ĐT quận Hai Bà Trưng", "theo phòng Giáo dục và Đào tạo huyện Duy
Tiên", "Phòng giáo dục quận Tân Phú".

Officials' title phrases fold the office's head word into the title ("Trưởng phòng"), so the
walker, which takes only a capitalised "Phòng" as a head, reads no body there and the office
is missing from the organisations although the officials step names it as the post's body.
The gold lists such offices when only the title names them (real29 "Trưởng trạm Y tế TP Thủ
Dầu Một", real7 "trưởng trạm y tế xã Triệu Độ"; real12, real21, real26 list "Phòng Y tế
huyện X"). The office is read as officials reads it (`officials.district_office`: a
capitalised name the walker finishes as "Phòng …", or a portfolio written in any case or
abbreviated), and kept only when it is a portfolio's office of a district-level place:
"trưởng phòng Kế hoạch tổng hợp Bệnh viện X" is a hospital's department, not read here.
"""
from __future__ import annotations

import re

from ..doc import Doc
from ..lazy import lazy_compile
from .span import OrgSpan

# a lower-case "phòng" followed by a word (the letter first, then the word-start test: a search
# scans for "p" in C instead of trying every position); a capitalised one only before a
# lower-case portfolio ("Phòng giáo dục quận Tân Phú", "Phòng giáo dục - đào tạo huyện Đà Bắc"),
# which the walker's head refuses ("Phòng chống …" is no office), before a capital it is the walker's
_PHONG = lazy_compile(r"(?:p|P(?=hòng[ \t]+[a-zđà-ỹ]))(?<![^\W\d_].)hòng[ \t]+(?=\S)")
# an office named after its portfolio and its district-level place ("Phòng Y tế huyện X",
# "Phòng Giáo dục và Đào tạo quận Y", "Phòng Tài nguyên và Môi trường thị xã Z")
_LEVEL = r"(?:huyện|quận|thị xã|thành phố|TP\.?)[ \t]+\S"


def _office_name() -> re.Pattern[str]:
    from ..officials import PORTFOLIO_NAMES   # the portfolios officials writes out
    names = sorted({name for _, name in PORTFOLIO_NAMES}, key=len, reverse=True)
    return re.compile(r"Phòng (?:" + "|".join(map(re.escape, names)) + r") " + _LEVEL)


_OFFICE: list[re.Pattern[str]] = []


def district_offices_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """District offices named after a lower-case "phòng" in [start, end) of the matching text."""
    text = doc.match
    if text.find("phòng", start, end) < 0 and text.find("Phòng", start, end) < 0:
        return []
    spans = []
    for m in _PHONG.finditer(text, start, end):
        from ..officials import district_office   # officials imports this package: read at call time
        if not _OFFICE:
            _OFFICE.append(_office_name())
        office = district_office(doc, m.end(), end)
        if office is None or not _OFFICE[0].match(office.name):
            continue
        typ = "health_department" if office.name.startswith("Phòng Y tế ") else office.type
        spans.append(OrgSpan(m.start(), office.end, office.name, typ, office.province))
    return spans
