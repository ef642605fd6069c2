"""Party committees of a bloc of bodies: "Đảng ủy khối các cơ quan tỉnh Bình Định", "Đảng ủy
Khối Doanh nghiệp Trung ương", "Đảng ủy khối Dân - Chính - Đảng TP Hà Nội".

The walker reads "Đảng ủy" as a container and stops at "Khối" (or, written in lower case,
at "khối"), so the committee was lost or cut to "Đảng ủy Khối". The bloc is written from
a few words (các, cơ quan, doanh nghiệp, dân, chính, đảng …), in either case, and ends in
its level: "Trung ương" or a province. VietNews writes "Đảng ủy khối/Khối" 274 times;
each of the 30 read that ends so is one such committee, and a bloc with no level after it
("Đảng ủy khối đã kiểm tra", "Đảng ủy Khối nhiệm kỳ 2015") is left unread.
"""
from __future__ import annotations

import re

from .place_phrase import place_phrase
from .span import OrgSpan

# (the word start tested after the "Đ": the search skips to it in C)
_BLOC = re.compile(r"Đ(?<![^\W\d_].)ảng[ \t]+ủy[ \t]+[Kk]hối((?:[ \t]+(?:[Cc]ác|[Cc]ơ[ \t]+quan|[Dd]oanh[ \t]+nghiệp|"
                   r"[Cc]ông[ \t]+nghiệp|[Kk]hu[ \t]+công[ \t]+nghiệp|và|[Dd]ân|[Cc]hính|[Đđ]ảng|[-–])"
                   r"(?![^\W\d_])){1,8})[ \t]+")
_CENTRAL = re.compile(r"[Tt]rung[ \t]+ương(?![^\W\d_])")


def party_blocs_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Bloc party committees named in [start, end) of the matching text."""
    if text.find("ủy", start, end) < 0:
        return []
    spans = []
    for m in _BLOC.finditer(text, start, end):
        bloc = " ".join(m.group(1).split())
        if bloc.endswith(("-", "–", " và")):
            continue
        central = _CENTRAL.match(text, m.end(), end)
        if central is not None:
            spans.append(OrgSpan(m.start(), central.end(), f"Đảng ủy Khối {bloc} Trung ương", "party", None))
            continue
        place = place_phrase(text, m.end(), end)
        if place is not None and place[2] is not None:
            stop, written, province = place
            spans.append(OrgSpan(m.start(), stop, f"Đảng ủy Khối {bloc} {written}", "party", province))
    return spans
