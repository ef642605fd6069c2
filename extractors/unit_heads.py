"""The unit a "Vụ trưởng" / "Cục trưởng" / "Chi cục trưởng" heads, read from the title's
own words when the organisation reader does not know the unit's name.

The press names a ministry's departments loosely: "Vụ trưởng Vụ Sức khỏe bà mẹ và trẻ
em, Bộ Y tế", "Cục trưởng cục Chống tham nhũng (Thanh tra Chính phủ)", "Cục trưởng Năng
lượng nguyên tử, …", "Chi cục trưởng an toàn vệ sinh thực phẩm Quảng Trị". The title
already says what kind of unit it is, so the words after it (the head repeated or not)
name the unit up to punctuation, a parent body or the holder's name (VietNews health
articles: 57 of 273 such titles had no role before this reader; 30 read by hand, 24 are
units so written, the rest a bare title followed by a verb, which the end rule rejects).
"""
from __future__ import annotations

import re

from .doc import Doc
from .organizations import OrgSpan, org_at
from .places import place_at
from .tokens import person_at, word_at
from .lazy import lazy_compile

# a title's bare form (no "Phó", "Quyền", "nguyên") -> the unit it heads
UNIT_HEADS = {"vụ trưởng": "Vụ", "cục trưởng": "Cục", "chi cục trưởng": "Chi cục",
              "tổng cục trưởng": "Tổng cục", "viện trưởng": "Viện",
              # a deputy written "Cục phó", "Vụ phó" (VietNews, all articles: ~300 such after a name)
              "cục phó": "Cục", "vụ phó": "Vụ", "chi cục phó": "Chi cục", "viện phó": "Viện"}
# heads whose words are read only when written again: "Viện trưởng Viện nghiên cứu Văn hóa" (the
# organisation reader takes "Viện Nghiên cứu …" but not its lower-case "nghiên cứu"; VietNews: 79
# "Viện trưởng Viện nghiên cứu …", baomoi 14 files), never the words of "Viện trưởng cho biết".
# A title that closes its clause so (title_closes) is still of the one Viện the article names:
# officials' only-unit fallback, which takes every head here
_WRITTEN_ONLY = frozenset({"Viện"})
# the head written again after the title ("Vụ trưởng Vụ …", "Cục trưởng cục …")
_WRITTEN = {head: re.compile(re.escape(head) + r"\s+", re.IGNORECASE) for head in UNIT_HEADS.values()}
_DEPUTY = re.compile(r"^(?:phó|quyền)\s+", re.IGNORECASE)
# words that end a unit's name: the sentence goes on ("Cục trưởng cho biết", "… khẳng định")
_STOP = frozenset("""cho nói là đã đang được bị có cùng với khi trong ở về để thì mà nhưng vừa sẽ
chia xác khẳng thông trả phát kiêm đồng hiện tại của thuộc làm ký yêu đề nhấn cũng này
đưa nêu giải nhận đánh bày""".split())
_END = re.compile(r"\s*(?:[,;:()\-–.\"“”]|$)")
# ", xã hội (" after a unit's words: lower-case words closed by a bracket continue the name
_INNER_COMMA = lazy_compile(r",\s*((?:[a-zà-ỹđ]+\s+){0,3}[a-zà-ỹđ]+)\s*[()]")
_NUMBER = re.compile(r"(?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)$")


def head_of(title: str) -> str | None:
    """"Vụ" for "Phó Vụ trưởng", "Cục" for "Quyền Cục trưởng"; None for other titles."""
    return UNIT_HEADS.get(_DEPUTY.sub("", title.strip().lower()))


def title_closes(text: str, pos: int, limit: int) -> bool:
    """Does a bare head's title end at pos: punctuation, a verb of the clause or the holder's
    name follows ("ông A, phó cục trưởng, cho biết", "Vụ trưởng B ký")? Not before a lower-case
    account of some other unit ("nguyên viện trưởng một viện nghiên cứu ở Nhật Bản")."""
    if _END.match(text, pos, limit) is not None:
        return True
    w = word_at(text, pos, limit)
    return w is not None and (w.text.lower() in _STOP or person_at(text, w.start, limit) is not None)


def unit_after(doc: Doc, head: str, pos: int, limit: int) -> OrgSpan | None:
    """"Vụ Sức khỏe bà mẹ và trẻ em" for the words at pos after a "Vụ trưởng": the head
    repeated or implied, then 1-9 words up to punctuation, a body or a person's name. With
    the head implied, the words start in capitals or run to three or more ("phòng chống tệ
    nạn xã hội"), so that "Vụ trưởng giải trình." names nothing."""
    text = doc.match
    start = word_at(text, pos, limit)
    if start is None:
        return None
    written = _WRITTEN[head].match(text, start.start, limit)
    if written is None and head in _WRITTEN_ONLY:
        return None
    cur = written.end() if written else start.start
    words: list[str] = []
    first = word_at(text, cur, limit)
    if first is None or person_at(text, first.start, limit) is not None:
        return None
    while len(words) < 10:
        w = word_at(text, cur, limit)
        place = place_at(text, w.start) if w is not None and words and w.is_cap else None
        if place is not None and place.kind != "country":
            words.append(text[place.start:place.end])   # "… Kiểm lâm Quảng Ngãi": the place ends it
            cur = place.end
            break
        if w is None or person_at(text, w.start, limit) is not None or \
                (words and org_at(doc, w.start, limit) is not None):
            break
        if w.text == "," and words and (inner := _INNER_COMMA.match(text, w.start, limit)):
            words[-1] += ","   # "khối văn hóa, xã hội (Vụ III)": a comma inside the name
            words.extend(inner.group(1).split())
            cur = inner.end(1)
            break
        if not (w.is_alpha or _NUMBER.fullmatch(w.text)) or w.text.lower() in _STOP:
            break
        words.append(w.text)
        cur = w.end
    if not words or len(words) > 9 or words[-1].lower() == "và":
        return None   # "Viện Văn hóa và …": the name goes on past what was read
    if not written and not words[0][0].isupper() and len(words) < 3:
        return None
    nxt = word_at(text, cur, limit)
    named = bool(written) or words[0][0].isupper()
    ends = _END.match(text, cur, limit) is not None or nxt is not None and (
        person_at(text, nxt.start, limit) is not None or org_at(doc, nxt.start, limit) is not None
        or named and (len(words) >= 2 or _NUMBER.fullmatch(words[0]) is not None)
        and nxt.text.lower() in _STOP)   # "… nguyên tử cho biết", "vụ 3 làm trưởng đoàn"
    if not ends:
        return None
    name = " ".join([words[0][0].upper() + words[0][1:], *words[1:]])
    return OrgSpan(pos, cur, f"{head} {name}", "agency", None)
