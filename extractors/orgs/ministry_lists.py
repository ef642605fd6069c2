"""Ministries listed after one "Bộ": "liên Bộ Y tế - Tài chính", "Bộ Y tế - Tài chính - Công
thương", "Bộ Giáo dục và Y tế", "Bộ Công an và Quốc phòng", "các Bộ Y tế, NN&PTNT, Công Thương".

The walker read such a list as one ministry ("Bộ Y tế - Tài chính - Công thương", "Bộ Giáo dục
và Y tế": no such body) or, after "các", as a generic plural (nothing); the gold lists each
ministry. A 3,136-article health sample (VietNews and baomoi) writes 13 such lists, every one a
list of ministries. Each listed portfolio is one the press writes alone for the whole
ministry; a list is read only when it ends there: "Bộ Y tế, Lao động và Phúc lợi Nhật Bản" is
Japan's one ministry, "Bộ Công an, Công an tỉnh Hòa Bình" a ministry and a province's police.
"""
from __future__ import annotations

import re

from ..lexicon import alternation
from ..places import country_at
from ..tokens import word_at
from .heads import head_at
from .place_phrase import ADMIN
from .span import OrgSpan
from ..lazy import lazy_compile

_GD, _LD = "Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội"
_NN, _GT = "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải"
# a portfolio as the press writes it in such a list -> the ministry (the gazetteer's name)
_PORTFOLIOS = {
    "Y tế": "Bộ Y tế", "Tài chính": "Bộ Tài chính", "Công thương": "Bộ Công Thương", "Công Thương": "Bộ Công Thương",
    "Công an": "Bộ Công an", "Quốc phòng": "Bộ Quốc phòng", "Nội vụ": "Bộ Nội vụ", "Tư pháp": "Bộ Tư pháp",
    "Ngoại giao": "Bộ Ngoại giao", "Xây dựng": "Bộ Xây dựng",
    "Giáo dục": _GD, "Giáo dục và Đào tạo": _GD, "Giáo dục - Đào tạo": _GD, "GD-ĐT": _GD, "GD&ĐT": _GD,
    "Lao động": _LD, "Lao động - Thương binh và Xã hội": _LD, "LĐ-TB&XH": _LD, "LĐTB&XH": _LD,
    "Nông nghiệp": _NN, "Nông nghiệp và Phát triển nông thôn": _NN, "NN&PTNT": _NN, "NN-PTNT": _NN,
    "Giao thông vận tải": _GT, "GTVT": _GT,
    "Kế hoạch và Đầu tư": "Bộ Kế hoạch và Đầu tư", "KH-ĐT": "Bộ Kế hoạch và Đầu tư", "KH&ĐT": "Bộ Kế hoạch và Đầu tư",
    "Khoa học và Công nghệ": "Bộ Khoa học và Công nghệ", "KH&CN": "Bộ Khoa học và Công nghệ",
    "Tài nguyên và Môi trường": "Bộ Tài nguyên và Môi trường", "TN&MT": "Bộ Tài nguyên và Môi trường",
    "Thông tin và Truyền thông": "Bộ Thông tin và Truyền thông", "TT&TT": "Bộ Thông tin và Truyền thông",
    "VH-TT&DL": "Bộ Văn hóa, Thể thao và Du lịch",
}
_ITEM = "(?:" + alternation(sorted(_PORTFOLIOS, key=len, reverse=True)) + r")(?![^\W\d_&])"
_SEP = r"(?:[ \t]*[-–][ \t]*|,[ \t]+|[ \t]+và[ \t]+)"
_LIST = lazy_compile(r"(?<![^\W\d_])Bộ[ \t]+(" + _ITEM + r")((?:" + _SEP + _ITEM + r")+)")
_ONE = lazy_compile(_SEP + "(" + _ITEM + ")")
_AFTER = re.compile(r"[ \t]*([.;:)!?\n]|$)?(?:([-–,]|và)[ \t]*)?")
# a plural or a locality straight after the last portfolio: it is the local branch, not the
# ministry ("Bộ Y tế và Công an các địa phương": the provinces' police; but "các Bộ Y tế, NN&PTNT,
# Công Thương và các ngành" is a list)
_LOCAL = re.compile(r"(?:các|những|mọi|nhiều|địa[ \t]+phương|cơ[ \t]+sở|cấp)(?![^\W\d_])")


def ministry_lists_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Each ministry of the lists in [start, end) that open with one "Bộ", left to right."""
    spans: list[OrgSpan] = []
    if text.find("Bộ", start, end) < 0:
        return spans
    for m in _LIST.compiled().finditer(text, start, end):
        items = [(m.start(), m.end(1), _PORTFOLIOS[m.group(1)])]
        pos = m.end(1)
        while (one := _ONE.compiled().match(text, pos, m.end())) is not None:
            items.append((one.start(1), one.end(1), _PORTFOLIOS[one.group(1)]))
            pos = one.end()
        names = [name for _, _, name in items]
        if len(set(names)) < len(names) or not _ends(text, m.end(), end):
            continue   # "Bộ Y tế, Y tế các Bộ": no list; "… Lao động và Phúc lợi Nhật Bản": one ministry
        spans.extend(OrgSpan(s, e, name, "ministry", None) for s, e, name in items)
    return spans


def _ends(text: str, pos: int, limit: int) -> bool:
    """The list ends at pos: no capitalised word, admin word, country or locality goes on after
    it ("… Lao động và Phúc lợi Nhật Bản", "… Công an tỉnh Hòa Bình", "… Y tế Nhật Bản", "… Công
    an các địa phương"); a comma then another body's head ends it ("…, Sở Y tế đã")."""
    rest = _AFTER.match(text, pos, limit)
    if rest.group(1):
        return True   # ". ", ")", ";": the sentence or the bracket ends with the list
    nxt = word_at(text, rest.end(), limit)
    if nxt is None:
        return True
    if rest.group(2) == "," and head_at(text, nxt.start, limit):
        return True   # "liên Bộ Y tế - Tài chính, Sở Y tế đã …": a comma, then another body
    return not (nxt.is_cap or rest.group(2) is None and _LOCAL.match(text, nxt.start)
                or ADMIN.match(text, nxt.start) or country_at(text, nxt.start, ambiguous=True))
