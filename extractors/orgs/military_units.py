"""Military and coast-guard bodies written without a head noun the walker knows: "Quân chủng
Hải quân", "Quân chủng Phòng không - Không quân", "Vùng 4 Hải quân", "Hải đội 112", "Hải đoàn
11", "Hạm đội Thái Bình Dương", "Hải quân Thái Lan", "Bộ Tư lệnh vùng Cảnh sát biển 2".

Officials are titled by them ("Phó Tư lệnh Quân chủng Hải quân", "phó chỉ huy hải quân Thái
Lan"), so an unread body left the title without its organisation. VietNews (143,789 documents)
reads: "Hải quân <country>" 3,289 times, "Hạm đội X" 1,123, "Quân chủng Hải quân/PK-KQ" 357,
"Vùng N Hải quân" 217, "Hải đội N" 102, "Hải đoàn N" 40; 605 right after a commander's title.
30 new names read at random: 30 named bodies. A navy is read by its country only when "Hải
quân" is capitalised or a commander's title comes right before it: "tàu hải quân Mỹ" (2,710 lower-case "hải quân
Mỹ") is mostly a description, not an actor.
"""
from __future__ import annotations

import re

from ..places import country_at
from .span import OrgSpan

_S = r"[ \t]+"
_NUMBER_END = r"(?![\d/%]|[.,]\d)"   # a number's last digit: not a date, share or decimal
# (each pattern opens with a literal or its first letter and tests the word start after it: the
# engine searches for that in C instead of trying the look-behind at every position; the same matches)
_BRANCH = re.compile(r"Quân(?<![^\W\d_]Quân)" + _S + r"chủng" + _S + r"(?:(Hải" + _S + r"[Qq]uân)|(Phòng" + _S
                     + r"[Kk]hông" + r"[ \t]*[-–][ \t]*" + r"Không" + _S + r"[Qq]uân|PK[ \t]*[-–][ \t]*KQ))(?![^\W\d_])")
_NUMBERED = re.compile(r"(?:(V(?<![^\W\d_].)ùng)" + _S + r"([1-5])" + _S + r"Hải" + _S + r"[Qq]uân"
                       r"|(H(?<![^\W\d_].)ải" + _S + r"(?:đội|đoàn))" + _S + r"(\d{1,3})" + _NUMBER_END + r")(?![^\W\d_])")
# a fleet: by its number ("Hạm đội 7") or by up to three capitalised words ("Hạm đội Thái Bình
# Dương"), never a country ("Hạm đội Biển Đen Nga" is "Hạm đội Biển Đen"; "Hạm đội Nhật" no name)
_FLEET = re.compile(r"Hạm(?<![^\W\d_]Hạm)" + _S + r"đội(?:" + _S + r"(\d{1,2})" + _NUMBER_END + r")?(?![^\W\d_])")
_WORD = re.compile(_S + r"([^\W\d_]+)")
_COAST = re.compile(r"Bộ(?<![^\W\d_]Bộ)" + _S + r"[Tt]ư" + _S + r"lệnh" + _S + r"vùng" + _S + r"(?:Cảnh" + _S
                    + r"sát" + _S + r"biển|CSB)" + _S + r"([1-4])" + _NUMBER_END + r"(?![^\W\d_])")
_NAVY = re.compile(r"([Hh])(?<![^\W\d_].)ải" + _S + r"quân" + _S)
_TITLE_BEFORE = re.compile(r"(?:tư[ \t]+lệnh|chỉ[ \t]+huy|tham[ \t]+mưu[ \t]+trưởng)[ \t]+$", re.IGNORECASE)


def _fleet_name_end(text: str, pos: int, end: int) -> int:
    """Where a fleet's capitalised name that starts at pos ends (pos itself: no name)."""
    stop = pos
    for i in range(3):
        w = _WORD.match(text, stop, end)
        if w is None or not w.group(1)[0].isupper() or country_at(text, w.start(1), ambiguous=True):
            break   # "Hạm đội Nhật", "Hạm đội Biển Đen Nga": a country's fleet, not a fleet's name
        stop = w.end()
    return stop


def military_units_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Military and coast-guard bodies named in [start, end) of the matching text."""
    if text.find("uân", start, end) < 0 and text.find("Hải", start, end) < 0 and text.find("Hạm", start, end) < 0 \
            and text.find("vùng", start, end) < 0:
        return []
    spans = []
    # (each pattern only where a word it cannot match without is written: a C search each)
    for m in (_BRANCH.finditer(text, start, end) if text.find("Quân", start, end) >= 0 else ()):
        branch = "Hải quân" if m.group(1) else "Phòng không - Không quân"
        spans.append(OrgSpan(m.start(), m.end(), "Quân chủng " + branch, "agency", None))
    for m in (_NUMBERED.finditer(text, start, end)
              if text.find("Vùng", start, end) >= 0 or text.find("Hải", start, end) >= 0 else ()):
        if m.group(1):
            name = f"Vùng {m.group(2)} Hải quân"
        else:
            name = " ".join(m.group(3).split()) + " " + m.group(4)
        spans.append(OrgSpan(m.start(), m.end(), name, "agency", None))
    for m in (_FLEET.finditer(text, start, end) if text.find("Hạm", start, end) >= 0 else ()):
        stop = m.end() if m.group(1) else _fleet_name_end(text, m.end(), end)
        if stop > m.end() or m.group(1):
            name = m.group(1) or " ".join(text[m.end():stop].split())
            spans.append(OrgSpan(m.start(), stop, "Hạm đội " + name, "agency", None))
    for m in (_COAST.finditer(text, start, end) if text.find("vùng", start, end) >= 0 else ()):
        spans.append(OrgSpan(m.start(), m.end(), f"Bộ Tư lệnh Vùng Cảnh sát biển {m.group(1)}", "agency", None))
    for m in (_NAVY.finditer(text, start, end) if text.find("quân", start, end) >= 0 else ()):
        if m.group(1) == "h" and not _TITLE_BEFORE.search(text, max(start, m.start() - 24), m.start()):
            continue
        hit = country_at(text, m.end(), ambiguous=True)
        if hit is None or hit.end > end:
            continue
        spans.append(OrgSpan(m.start(), hit.end, "Hải quân " + text[hit.start:hit.end], "agency", None))
    return spans
