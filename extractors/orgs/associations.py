"""Associations and funds written in lower case after their head and closed by a province or the
country with no level word: "Chủ tịch Hiệp hội chăn nuôi Đồng Nai", "Hội kiểm soát nhiễm khuẩn
TP.HCM", "Quỹ phòng chống tác hại thuốc lá Việt Nam", "Phó chủ tịch Liên hiệp các hội khoa học
và kỹ thuật Hà Nội", "Liên đoàn bóng đá Việt Nam"; a centre likewise ("Phó giám đốc Trung tâm
điều hành sân bay quốc tế Đà Nẵng", "Trung tâm cấp cứu y tế Đà Nẵng").

The walker reads such a lower-case tail only up to a level word ("Hội chữ thập đỏ tỉnh Nghệ An"
is read); without one it reads nothing, and the officials step loses the chair's post with the
body. Read here only where the walker reads no name at the head: the head, one to eight
lower-case words (no function word, no event after "Hội": "Hội nghị", "Hội thảo"), then a place
the gazetteer knows or the country (2,603 fresh health articles: see the commit message).
"""
from __future__ import annotations

from .. import wordhits
from ..doc import Doc
from ..lazy import lazy_compile
from ..lexicon import word_start_branches
from ..places import country_at
from .heads import NOT_HOI_WORDS
from .place_phrase import place_phrase
from .span import OrgSpan
from .walker import org_at

# one branch per first letter, the word-start test after it (as `lexicon.word_start_branches` writes)
HEAD_WORDS = ("Hiệp hội", "Tổng hội", "Hội", "Liên hiệp", "Liên đoàn", "Quỹ", "Trung tâm")
_HEAD = lazy_compile(r"(" + word_start_branches(HEAD_WORDS) + r")[ \t]+")
# a word and the blanks after it (lower case checked with str.islower: a range like à-ỹ holds capitals)
_WORD = lazy_compile(r"([^\W\d_]+)[ \t]+")
# words of a clause or a list, never inside such a name ("Hội đồng y khoa của sở y tế …")
_CLAUSE = frozenset("của tại ở đã đang sẽ được cho với là có này đó từ trên về không vừa mới cũng thì mà "
                    "nên để khi do bị theo trong ngoài sau trước như cùng hay hoặc những một".split())
# "Hội" opening an event, a fair, a council or a member, not an association ("Hội nghị …", "Hội sách
# thành phố X", "Hội đồng …"): the heads' list and these
_NOT_AFTER_HOI = frozenset(NOT_HOI_WORDS) | frozenset(
    "đồng sách hoa thao khỏe khoẻ trại báo giảng hè đua phí họa hoạ thề văn làm lớn gióng lim chùa đền đình "
    "mùa trăng vật chọi".split())
_MAX_WORDS = 8


def associations_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Lower-case associations and funds closed by a place or the country in [start, end)."""
    text = doc.match
    spans = []
    found = wordhits.hits(doc)   # (with it, the pattern is tried only where a head's first word starts)
    for m in wordhits.matches(_HEAD, text, found, "association_heads", start, end, capital=True):
        cur, words = m.end(), []
        while len(words) < _MAX_WORDS:
            w = _WORD.match(text, cur, end)
            if w is None or not w.group(1).islower() or w.group(1) in _CLAUSE:
                break
            words.append(w.group(1))
            cur = w.end()
        if not words or words[-1] == "và" or (m.group(1) == "Hội" and words[0] in _NOT_AFTER_HOI) \
                or any(x in _CLAUSE for x in words) or cur >= end or not text[cur].isupper():
            continue
        country = country_at(text, cur)
        place = (country.end, text[country.start:country.end]) if country is not None else place_phrase(text, cur, end)
        if place is None or org_at(doc, m.start(), end) is not None:
            continue   # no place closes it, or the walker reads a name there
        stop, written = place[0], place[1]
        if stop < end and text[stop].isalpha():
            continue
        spans.append(OrgSpan(m.start(), stop, f"{m.group(1)} {' '.join(words)} {written}", "other",
                             place[2] if len(place) > 2 else None))
    return spans
