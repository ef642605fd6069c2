"""Research institutes named in lower case: "Viện nghiên cứu phòng chống ung thư",
"Viện Nghiên cứu phát triển xã hội", "Viện nghiên cứu sức khỏe cộng đồng".

After "Viện nghiên cứu" the press writes the field in lower case, so the walker (which
stops at the first lower-case word) cannot bound the name. Here the run of lower-case
words is read up to a clear end: punctuation, a verb or function word that starts the
rest of the sentence ("cho biết", "đã", "tổ chức"), or a place or country that closes the
name ("… Đà Nẵng", "… Thái Lan"). A run with no such end within a few words is left
unread (VietNews: of ~190 "Viện [Nn]ghiên cứu" + lower-case run with such an end, the
run read here is the institute's full name in all but names that go on in capitals).
"""
from __future__ import annotations

import re

from ..places import country_at, place_at
from ..tokens import Word, word_at
from .heads import HEAD_RE
from .known import known_at
from .person_names import dictionary
from .span import OrgSpan

_HEAD = re.compile(r"(?<![^\W\d_])Viện\s+[Nn]ghiên\s+cứu\s+")
# words that end the name and start the rest of the sentence, unless they close a compound
# with the word before ("hàng không"); "và" may join two fields
_ENDS = frozenset("""đã đang sẽ vừa cũng cho của tại là có được đến từ trong trên ngày năm tháng làm trao tặng
các những này đó khi để theo như thì mà nên nhưng hoặc hay khiến bị vào thuộc ở với nói không chưa đều mới vẫn
còn phải cần dẫn viện""".split())
# two-syllable verbs that start the predicate ("… cộng đồng tổ chức hội thảo")
_END_PAIRS = frozenset("""tổ chức|công bố|thực hiện|cung cấp|nhận định|nhận thấy|khẳng định|cảnh báo|ước tính|đưa ra|
phối hợp|ký kết|hỗ trợ|tiến hành|phát hiện|nghiên cứu|cho biết|chỉ ra|đề xuất|kiến nghị|phân tích|
đánh giá|khuyến cáo|thông báo|cho thấy|tuyên bố|xác nhận|kêu gọi|lưu ý""".replace("\n", "").split("|"))
_CLOSING = frozenset(",.;:)(\"“”…!?")
_DASHES = frozenset({"-", "–", "—"})
_MAX_WORDS = 7


def research_institutes_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Research institutes written "Viện nghiên cứu <lower-case field>" in [start, end)."""
    if text.find("Viện", start, end) < 0:   # no copy of the sentence, as `in` on a slice makes
        return []
    spans = []
    for head in _HEAD.finditer(text, start, end):
        stop = _field_end(text, head.end(), end)
        known = known_at(text, head.start(), end) if stop is not None else None
        if stop is not None and (known is None or known[0] < stop):   # a known name as long: the walker
            name = "Viện " + " ".join(text[head.start():stop].split()[1:])
            spans.append(OrgSpan(head.start(), stop, name, "agency", None))
    return spans


def _field_end(text: str, pos: int, limit: int) -> int | None:
    """Where the lower-case field after "Viện nghiên cứu" ends, or None when it has no clear end."""
    cur, last = pos, ""
    for _ in range(_MAX_WORDS + 1):
        w = word_at(text, cur, limit)
        if w is None or w.text in _CLOSING or w.text in _DASHES:
            return cur if last not in ("", "và", "về") else None
        if not w.is_alpha:
            return None
        if w.is_cap:
            hit = country_at(text, w.start) or place_at(text, w.start)
            return hit.end if hit is not None and last not in ("", "và", "về") else None
        if w.text == "và" and not _field_after_and(text, w.end, limit):
            return cur if last not in ("", "về") and _body_after(text, w.end, limit) else None
        if (w.text in _ENDS and f"{last} {w.text}" not in dictionary()) or _pair_at(text, w, limit):
            return cur if last not in ("", "và", "về") else None
        if cur - pos > 0 and len(text[pos:cur].split()) >= _MAX_WORDS:
            return None
        last, cur = w.text, w.end
    return None


def _field_after_and(text: str, pos: int, limit: int) -> bool:
    """"kinh tế và chính sách": "và" joins a second lower-case field, not the next clause."""
    w = word_at(text, pos, limit)
    return w is not None and w.is_alpha and not w.is_cap and w.text not in _ENDS


def _body_after(text: str, pos: int, limit: int) -> bool:
    """"… hạt nhân Đà Lạt và Viện …": another body, not the name's second field in capitals
    ("Viện Nghiên cứu kinh tế và Chính trị thế giới" is left unread)."""
    w = word_at(text, pos, limit)
    return w is not None and (not w.is_cap or HEAD_RE.match(text, w.start) is not None)


def _pair_at(text: str, w: Word, limit: int) -> bool:
    """A two-syllable verb starts at w ("tổ chức", "công bố")."""
    nxt = word_at(text, w.end, limit)
    return nxt is not None and f"{w.text} {nxt.text}" in _END_PAIRS
