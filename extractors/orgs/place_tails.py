"""A local place named after its province plus a direction: the walker ends the name too early.

Many districts, communes and regions are a province's name and a direction or a number word:
"huyện Điện Biên Đông", "xã Bình Định Bắc", "khu vực Đồng Tháp Mười". The walker reads the
province ("Điện Biên") and ends the body's name there, so "Trung tâm Y tế huyện Điện Biên Đông"
becomes "Trung tâm Y tế huyện Điện Biên" (another body) and the word "Đông" is left over.

`with_place_tail` gives such a name its last word back when a sub-provincial level word
(huyện, quận, xã, phường, thị xã, thị trấn, khu vực) is written right before the province and
the word after the direction is no capitalised word ("… Hà Tĩnh Nam Định" is two provinces) but
a person's surname ("… huyện Điện Biên Đông Nguyễn Văn Minh", a director after his centre), and
no military rank ("Thượng tướng", "Hạ sĩ").
"""
from __future__ import annotations

import re

from .. import gazetteer
from ..places import place_at
from .span import OrgSpan

# the direction (or "Mười" of "Tháp Mười") right after the name, and the word after it
_TAIL = re.compile(r"[ \t]+(?P<word>Bắc|Nam|Đông|Tây|Thượng|Hạ|Mười)(?![^\W\d_])(?:[ \t]+(?P<next>[^\W\d_]+))?")
# a sub-provincial level word right before the province
_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:huyện|quận|xã|phường|thị[ \t]+xã|thị[ \t]+trấn|khu[ \t]+vực)[ \t]+$",
                           re.IGNORECASE)
# ranks that begin with a direction word ("Bộ Công an Thượng tướng Tô Lâm")
_RANKS = frozenset({"tướng", "tá", "úy", "uý", "sĩ"})


def _person_next(text: str, m: re.Match[str]) -> bool:
    """A person's name after the direction ("Giám đốc Trung tâm Y tế huyện Điện Biên Đông Nguyễn Văn
    Minh"): a surname, and neither the direction nor that word opens a place ("… Hà Tĩnh Nam Định")."""
    return m.group("next") in gazetteer.surnames() and place_at(text, m.start("word")) is None \
        and place_at(text, m.start("next")) is None


def with_place_tail(text: str, span: OrgSpan) -> OrgSpan:
    """VietNews and baomoi health pool (5,686 articles, blind and studied removed): see the commit."""
    m = _TAIL.match(text, span.end)
    if m is None:
        return span
    word, after = m.group("word"), m.group("next")
    if after is not None and (after in _RANKS or after[0].isupper() and not _person_next(text, m)):
        return span
    # the province that ends the name, written after a level word
    pos = span.end
    for _ in range(4):
        pos = text.rfind(" ", span.start, pos)
        if pos < 0:
            return span
        hit = place_at(text, pos + 1)
        if hit is not None and hit.end == span.end:
            break
    else:
        return span
    written = text[hit.start:hit.end]
    if word == "Mười" and not written.endswith("Tháp"):
        return span
    level = _LEVEL_BEFORE.search(text, max(span.start, hit.start - 12), hit.start)
    if level is None or not span.name.endswith(written):
        return span
    province = None if level.group(0).lower().startswith("khu") else span.province
    return OrgSpan(span.start, m.end("word"), f"{span.name} {word}", span.type, province)


# "Pháp" that begins "Pháp luật"/"Pháp lý" (law), not the country France
_LAW_WORD = re.compile(r"[ \t]+(?P<word>luật|lý|chế)(?![^\W\d_])")


def with_law_word(text: str, span: OrgSpan) -> OrgSpan:
    """"Viện Y học Pháp lý", "Trung tâm Tư vấn Pháp luật": the walker ends the name on "Pháp"
    read as the country; the name goes on with the law word (pool above: 4 such reads, all law)."""
    if not span.name.endswith(" Pháp") or text[span.end - 4:span.end] != "Pháp":
        return span
    m = _LAW_WORD.match(text, span.end)
    if m is None:
        return span
    return OrgSpan(span.start, m.end(), f"{span.name} {m.group('word')}", span.type,
                   None if span.province == "Pháp" else span.province)


# "Bà" of a place ("Cát Bà", "Thác Bà") that the walker reads as an honorific: after it a
# lower-case word or a punctuation mark, never the capitalised name an honorific comes before
_BA_OF_A_PLACE = re.compile(r"[ \t]+Bà(?=[ \t]*[,.;:)\"”–-]|[ \t]+[^\W\d_A-ZĐ])")


def with_place_ba(text: str, span: OrgSpan) -> OrgSpan:
    """"bệnh viện đa khoa Cát Bà cấp cứu", "Phòng khám đa khoa khu vực Thác Bà – Yên Bái": pool
    above, 8 such names in 4 documents, each a place's "Bà"."""
    last = span.name.rsplit(" ", 1)[-1]
    if not last[:1].isupper() or len(span.name.split()) < 2:
        return span
    m = _BA_OF_A_PLACE.match(text, span.end)
    if m is None or (text[m.end():m.end() + 2].strip()[:1].isupper()):
        return span
    return OrgSpan(span.start, m.end(), f"{span.name} Bà", span.type, span.province)
