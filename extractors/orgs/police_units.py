"""A provincial police department's units: "Phòng CSGT Công an tỉnh Hà Tĩnh", "phòng Cảnh
sát hình sự, Công an TP. HCM", "Phòng CSTNTP CA tỉnh Bình Định".

Crime and traffic news names the unit that acted, always with its provincial police
(baomoi 2016-17: 284 articles write "Phòng CS…/Cảnh sát … Công an tỉnh/TP X"; 30 of 30
VietNews hits read were such units). The walker reads only the "Công an …" part; the
unit is the organisation, and the force it ends in is listed beside it (see
`organizations._inner_police`). Its name is written out ("CSGT" -> "Cảnh sát giao
thông") with the province's level, as the gold writes it.
"""
from __future__ import annotations

from ..gazetteer import with_level
from .place_phrase import place_phrase
from .span import OrgSpan
from ..lazy import lazy_compile

_UNITS = {"CSGT": "Cảnh sát giao thông", "CSHS": "Cảnh sát hình sự", "CSKT": "Cảnh sát kinh tế",
          "CSMT": "Cảnh sát môi trường", "CSĐT": "Cảnh sát điều tra", "CSCĐ": "Cảnh sát cơ động",
          "CSTNTP": "Cảnh sát truy nã tội phạm", "CSQLHC": "Cảnh sát quản lý hành chính"}
UNITS = _UNITS   # public: organizations.written_out writes a national "Cục CSGT" out with it
# the unit: an abbreviation ("CSGT"), maybe with a lower-case remit after it ("CSĐT tội phạm về
# ma tuý"), or "Cảnh sát …" written out (in lower case too: VietNews writes "Phòng cảnh sát … Công
# an" 351 times beside 688 "Phòng Cảnh sát", 40 read: each a provincial unit); the force's own
# code in brackets may follow ("(PC46)")
_WORD = r"[ \t]+(?!(?:của|thuộc)[ \t])"
# departments that are no "Cảnh sát …" unit: the force's code ("Phòng PC45", "Phòng PA83") or a
# named security, staff or forensic department (baomoi 2016-17, 35,000 articles, blind sets left
# out: 46 "Phòng PCnn/PC nn", 21 "Tham mưu", 14 "Quản lý xuất nhập cảnh", 11 "Kỹ thuật hình sự", 4
# "PAnn" written before "Công an"; gold writes "Phòng PA83 Công an tỉnh Thái Bình")
_OTHER_UNITS = (r"P[AC][ \t]?\d{1,3}(?![^\W_])|Tham[ \t]+mưu|Kỹ[ \t]+thuật[ \t]+hình[ \t]+sự|Hồ[ \t]+sơ"
                r"|Quản[ \t]+lý[ \t]+xuất[ \t]+nhập[ \t]+cảnh|An[ \t]+ninh(?:" + _WORD + r"[a-zđà-ỹ]+){1,4}")
# (the word start tested after the first letter, in both patterns: the search skips to [Pp] in C)
_UNIT = lazy_compile(r"[Pp](?<![^\W\d_].)hòng[ \t]+((" + "|".join(_UNITS) + r")(?:" + _WORD + r"[a-zđà-ỹ]+){0,12}"
                   r"|[Cc]ảnh[ \t]+sát(?:" + _WORD + r"[A-ZĐÀ-Ỹa-zđà-ỹ][a-zđà-ỹ]*){1,12}|" + _OTHER_UNITS + r")"
                   r"(?:[ \t]*\([ \t]*PC[ \t]*\d{1,3}[ \t]*\))?[ \t]*(?:[,–-][ \t]*|(?P<bracket>\([ \t]*))?(?:(?:thuộc|của)[ \t]+)?"
                   r"(?:[Cc]ông[ \t]+an|CA)[ \t]+(?=[A-ZĐÀ-Ỹa-zđ])")
# the traffic department named by its province alone ("Phòng CSGT tỉnh Kon Tum", "Phòng CSGT Hà Tĩnh"):
# every provincial police has one, and no other body is so called
_TRAFFIC_ALONE = lazy_compile(r"[Pp](?<![^\W\d_].)hòng[ \t]+(?:CSGT|[Cc]ảnh[ \t]+sát[ \t]+giao[ \t]+thông)[ \t]+(?=[A-ZĐÀ-Ỹt])")
# words of a clause, not of a unit's name ("phòng Cảnh sát hình sự đã đề xuất lãnh đạo công an tỉnh")
_CLAUSE = frozenset("đã đang sẽ vừa đề lãnh đạo phối với cùng cho bắt được tại ở là của thuộc".split())


def is_police_unit(name: str) -> bool:
    """A provincial police department's unit as `police_units_in` names it ("Phòng PC45 Công an
    tỉnh Hà Tĩnh", "Phòng Cảnh sát giao thông Công an …"): its force is listed beside it."""
    return name.startswith("Phòng ") and " Công an " in name


def police_units_in(text: str, lower: str, start: int, end: int) -> list[OrgSpan]:
    """Police units named in [start, end) of the matching text (`lower`: its lower-cased form)."""
    if lower.find("phòng ", start, end) < 0:
        return []
    spans = []
    # the force the unit ends in ("Công an", "CA"); "công" alone, as "Công  an" may be spaced twice
    force = lower.find("công", start, end) >= 0 or text.find("CA", start, end) >= 0
    for m in _UNIT.finditer(text, start, end) if force else ():
        words = m.group(1).lower().split()
        if m.group(1) not in _UNITS and (_CLAUSE.intersection(words) or words[-1] == "và"):
            continue
        place = place_phrase(text, m.end(), end)
        if place is None or place[2] is None:
            continue   # "Công an huyện X": a district's police has no such departments
        stop, written, province = place
        if written == province:
            written = with_level(province)
        if m.group("bracket"):   # "Phòng CSGT (Công an tỉnh Bình Định)": the bracket closes after the force
            if text[stop:stop + 1] != ")":
                continue
            stop += 1
        unit = " ".join(m.group(1).split())
        unit = _UNITS[m.group(2)] + unit[len(m.group(2)):] if m.group(2) else unit[0].upper() + unit[1:]
        spans.append(OrgSpan(m.start(), stop, f"Phòng {unit} Công an {written}", "agency", province))
    for m in _TRAFFIC_ALONE.finditer(text, start, end):
        place = place_phrase(text, m.end() - 1, end)
        if place is None or place[2] is None or place[1].split()[0] in ("huyện", "quận", "thị", "xã", "phường"):
            continue   # a province's or city's department only
        written = with_level(place[2]) if place[1] == place[2] else place[1]
        spans.append(OrgSpan(m.start(), place[0], f"Phòng Cảnh sát giao thông Công an {written}", "agency", place[2]))
    return spans
