"""The district (or commune) a sentence or the one before it names, for its bare bodies.

"Bệnh viện Đa khoa huyện" and "Trung tâm Y tế huyện" are the district's own hospital
and health centre; the press writes them bare right after naming the district
("Huyện biên giới Quan Sơn có 4 trường hợp … tại Bệnh viện Đa khoa huyện"). In VietNews
health articles the bare forms occur ~50 times, mostly next to the district's name;
when those sentences name no district or more than one, which one is not said. A bare
"UBND xã", "Trạm Y tế xã", "Công an xã" after the commune is named is read the same way
(fresh_vn: 14 articles write one).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..places import place_at
from ..tokens import word_at
from .place_phrase import district_name

# "huyện Quan Sơn", "Huyện miền núi Mường Lát": a district named by capitalised syllables
_DISTRICT = re.compile(r"(?<![^\W\d_])[Hh]uyện(?:[ \t]+(?:miền núi|biên giới|vùng cao|ven biển|nghèo))?"
                       r"(?=((?:[ \t]+[^\W\d_]+){1,4}))")
# "xã Tân Hòa": a commune; "thị xã" (a town) is filtered out where the matches are read
_COMMUNE = re.compile(r"[Xx]ã(?=((?:[ \t]+[^\W\d_]+){1,4}))")
_LEVELS = {"huyện": _DISTRICT, "xã": _COMMUNE}
# only these bodies are a district's own, one per district
DISTRICT_BODY_TYPES = frozenset({"hospital", "health_center"})
# and these heads: its police and its People's Committee and Council ("Công an huyện",
# "UBND huyện" right after the district is named)
DISTRICT_BODY_HEADS = frozenset({"Công an", "Ủy ban nhân dân", "Hội đồng nhân dân"})


def district_near(doc, pos: int, level: str = "huyện") -> str | None:
    """The one district (`level` "xã": commune) named in the sentence of `pos` before it; else
    in the sentence before; else in all the text before, when the story names one only
    ("… ở huyện Thuận Thành …" then, paragraphs later, "Trung tâm y tế huyện đã …")."""
    i = doc.sentence_at(pos)
    if i < 0:
        return None
    for start in (doc.sentences[i].start, doc.sentences[i - 1].start if i > 0 else None):
        if start is None:
            continue
        names = _names_in(doc.match, start, pos, level)
        if names:
            return names.pop() if len(names) == 1 else None
    names = _names_before(doc, pos, level)
    return names.pop() if len(names) == 1 else None


def _names_in(text: str, start: int, end: int, level: str = "huyện") -> set[str]:
    return {n for m in _matches(text, start, end, level) if (n := _name(text, m, end))}


def _matches(text: str, start: int, end: int, level: str) -> list[re.Match]:
    """The level word's matches in [start, end) that open a word; a commune's not after "thị"."""
    return [m for m in _LEVELS[level].finditer(text, start, end) if level == "huyện" or not (
            (m.start() and (text[m.start() - 1].isalpha() or text[m.start() - 1].isdigit()))
            or text[max(0, m.start() - 4):m.start()].lower() == "thị ")]


def _names_before(doc, pos: int, level: str = "huyện") -> set[str]:
    """`_names_in(doc.match, 0, pos)` from one scan of the whole text per document (a scan
    from the start for every bare body grew with the square of a long document's length).
    A match whose read-ahead ends by `pos` is the one a scan stopping at `pos` makes; those
    ends only grow along the text, so the rest, near `pos`, is scanned again as before."""
    ends, starts, names = doc.derived(f"districts.{level}", lambda d: _scan(d, level))
    k = bisect_right(ends, pos)
    out = {n for n in names[:k] if n}
    return out | _names_in(doc.match, starts[k], pos, level) if k < len(starts) else out


def _scan(doc, level: str) -> tuple[list[int], list[int], list[str]]:
    found = _matches(doc.match, 0, len(doc.match), level)
    return [m.end(1) for m in found], [m.start() for m in found], [_name(doc.match, m, len(doc.match)) for m in found]


def _name(text: str, m: re.Match, end: int) -> str:
    """The district's name after the match's "huyện" ("Quan Sơn" of " Quan Sơn có"), read
    before `end` as a body's own place phrase is: it stops before the next sentence's opener and
    before a person ("huyện Phú Giáo Trong lúc …", "huyện Thường Xuân Cầm Bá Thể cho biết" were
    read "Phú Giáo Trong", "Thường Xuân Cầm Bá" and glued to a bare "Trung tâm Y tế huyện",
    "Huyện ủy"); a district written straight before its province, which that reading takes for a
    person ("huyện Lý Sơn Quảng Ngãi"), is the capitalised words before the province; "" if none."""
    return district_name(text, m.start(1), end) or _before_province(text, m.start(1), end)


def _before_province(text: str, pos: int, end: int) -> str:
    """The capitalised words after pos up to a province name ("Lý Sơn" of " Lý Sơn Quảng Ngãi
    để"); "" when no province closes them."""
    words = []
    while (w := word_at(text, pos, end)) is not None and w.is_cap and w.is_alpha and len(words) < 3:
        if words and place_at(text, w.start) is not None:
            return " ".join(words)
        words.append(w.text)
        pos = w.end
    return ""
