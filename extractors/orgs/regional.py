"""Bodies numbered by the region they serve: "Chi cục Thú y vùng VI", "Cơ quan Thú y vùng 3",
"Trung tâm Kiểm dịch động vật vùng II".

The Department of Animal Health runs its regional offices as "Chi cục Thú y vùng I … VII"; the
press writes the number after a lower-case "vùng", so the walker, which stops at a lower-case
word, cut these names before it ("Chi cục Thú y [vùng VI]") and then dropped the cut form: each
regional office was read as nothing. The region's number, Roman or Arabic, closes the name.
"""
from __future__ import annotations

import re

from ..lexicon import word_start_branches
from .span import OrgSpan

# " vùng VI", " vùng 3": a region's number right after a name (not "vùng sâu", "vùng dịch")
_REGION_NUMBER = re.compile(r"[ \t]+([Vv]ùng[ \t]+(?:[IVX]{1,4}|[1-9]))(?![^\W\d_]|[\d/.,-]\d)")
# the kinds of body that have numbered regional offices (not hospitals or companies)
REGIONAL_TYPES = frozenset({"agency", "other", "health_center", "government"})


def _numbered_after(pattern: re.Pattern[str], word: str, text: str, end: int, limit: int) -> tuple[int, str] | None:
    """(end, "<word> <number>") when `pattern` (its group 1 ending in the number) follows `end`."""
    m = pattern.match(text, end, limit)
    return (m.end(), f"{word} {m.group(1).split()[-1]}") if m is not None else None


def region_number(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """(end, "vùng VI") when a region's number follows a name ending at `end`."""
    return _numbered_after(_REGION_NUMBER, "vùng", text, end, limit)


# " khu vực 1", " khu vực IV": an area's number after a sub-department's placed name ("Chi cục Hải
# quan cửa khẩu cảng Sài Gòn khu vực 1": baomoi 40 such mentions, each cut before it, which names
# another office of the same port); not "khu vực 1.000 m2"
_AREA_NUMBER = re.compile(r"[ \t]+[Kk]hu[ \t]+vực[ \t]+([IVX]{1,4}|[1-9]\d?)(?![^\W\d_]|[\d/.,-]\d)")


def area_number(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """(end, "khu vực 1") when an area's number follows a name ending at `end`."""
    return _numbered_after(_AREA_NUMBER, "khu vực", text, end, limit)


# written in lower case after the head, which the walker does not read: "Cơ quan thú y vùng VI",
# "Trung tâm thú y vùng 6"
# (the word-start test after the first letter, `word_start_branches`: a search scans for the
# capitals in C instead of trying the look-behind at every position)
_LOWER_OFFICE = re.compile(r"(" + word_start_branches([r"Cơ[ \t]+quan", r"Trung[ \t]+tâm", r"Chi[ \t]+cục"]) + r")[ \t]+"
                           r"(thú[ \t]+y|kiểm[ \t]+dịch[ \t]+động[ \t]+vật|chẩn[ \t]+đoán[ \t]+thú[ \t]+y)(?=[ \t]+[Vv]ùng[ \t])")


def regional_offices_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Regional veterinary offices whose function is written in lower case, in [start, end)."""
    spans: list[OrgSpan] = []
    if text.find("ùng", start, end) < 0:
        return spans
    for m in _LOWER_OFFICE.finditer(text, start, end):
        region = region_number(text, m.end(), end)
        if region is None:
            continue
        head = " ".join(m.group(1).split())
        function = " ".join(m.group(2).split())
        spans.append(OrgSpan(m.start(), region[0], f"{head} {function[0].upper()}{function[1:]} {region[1]}",
                             "agency", None))
    return spans
