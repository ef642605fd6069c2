"""Bodies named after the generic heads "Tổ chức" and "Cơ quan", as foreign, aid and
police news writes them: "Tổ chức Giám sát Nhân quyền", "Cơ quan Khí tượng Nhật Bản",
"Tổ chức Cấm vũ khí hóa học (OPCW)", "Cơ quan Tình báo Trung ương Mỹ".

Both heads are also common nouns and a verb ("tổ chức hội nghị", "cơ quan chức năng"),
so only the capitalised head opens a name, never inside a longer name ("Ban Tổ chức",
"Luật Tổ chức Quốc hội"), and never before an event ("Tổ chức Lễ …") or a body the
other heads read ("Cơ quan Cảnh sát điều tra"). The name runs over capitalised words
and the compounds they open; a lower-case tail is read only when an abbreviation in
brackets closes it. Measured on VietNews (--all, reserved files skipped): of 60 random
"Tổ chức X" hits (X capitalised, not a known name) 58 named a body; "Cơ quan X" other
than the police's investigation bodies: Tình báo 121, Khảo sát 85, Quản lý 83 …
"""
from __future__ import annotations

import re

from ..foreign_names import foreign_name_at
from ..places import country_at
from ..tokens import UPPER, is_vietnamese_syllable, person_at, word_at
from .heads import head_at
from .person_names import dictionary
from .span import OrgSpan
from .truncated import LOWER_WORD, cut_before_tail
from ..lazy import lazy_compile

_HEAD = lazy_compile(r"(?<![^\W\d_])(Tổ chức|Cơ quan)[ \t]+(?=" + UPPER + ")")
_TYPE = {"Tổ chức": "other", "Cơ quan": "agency"}
# what follows the head when it is a verb, a party cell or a body another matcher reads
_NOT_A_NAME = re.compile(r"(?:Cảnh sát|An ninh điều tra|CSĐT|ANĐT|Điều tra|Thi hành|Nhà nước|Thường trực|"
                         r"Trung ương|Đảng|Lễ|Đại hội|Hội nghị|Hội thảo|Cuộc|Ngày|Tuần|Tháng|Chương trình|"
                         r"Giải|Công an|Y tế [Tt]hế giới|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy)(?![^\W\d_])")
# a lower-case word before the head that makes it part of another name ("ban Tổ chức Thành ủy")
_INSIDE_AFTER = frozenset({"ban", "vụ", "luật", "phòng"})
# a lower-case tail closed by an abbreviation: "Tổ chức Cấm vũ khí hóa học (OPCW)"
_TO_ABBREV = re.compile(r"((?:[^\W\d_]+[ \t]+|[-–][ \t]+){0,8}?[^\W\d_]+)[ \t]*\([ \t]*[A-Z][A-Za-z&.\-]{1,9}[ \t]*\)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")
# words a clause has and a name lacks: the bracket then closes something else
_CLAUSE_WORDS = frozenset("""đã đang sẽ vừa cũng cho của tại là có được đến về từ trong trên khi để theo thì mà
nhưng bị các những này đó với cho biết nói""".split())


def generic_heads_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Bodies named after "Tổ chức" or "Cơ quan" in [start, end) of the matching text."""
    if text.find("Tổ chức", start, end) < 0 and text.find("Cơ quan", start, end) < 0:
        return []   # (no copy of the sentence: this runs for every sentence)
    spans = []
    for head in _HEAD.finditer(text, start, end):
        prev = _PREV_WORD.search(text, max(start, head.start() - 20), head.start())
        if prev is not None and (prev.group(1)[0].isupper() or prev.group(1) in _INSIDE_AFTER):
            continue   # "Ban Tổ chức Tỉnh ủy", "Luật Tổ chức Chính phủ": inside another name
        if _NOT_A_NAME.match(text, head.end()):
            continue
        stop = _name_end(text, head.end(), end, head.group(1))
        if stop is None:
            continue
        name = " ".join(text[head.start():stop].split())
        spans.append(OrgSpan(head.start(), stop, name, _TYPE[head.group(1)], None))
    return spans


def _name_end(text: str, pos: int, limit: int, head: str) -> int | None:
    """Where the name read from pos ends, or None when no whole name is read."""
    abbrev = _TO_ABBREV.match(text, pos, limit)
    if abbrev and not any(w in _CLAUSE_WORDS for w in abbrev.group(1).split()):
        return abbrev.end(1)
    cur, words = pos, []
    while True:
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha:
            break
        if w.text == "và" and words:
            nxt = word_at(text, w.end, limit)
            if nxt is None or not nxt.is_cap or head_at(text, nxt.start) or _HEAD.match(text, nxt.start):
                break
            words.append(w.text)
            cur = w.end
            continue
        if not w.is_cap or (words and (head_at(text, w.start) or _person_follows(text, w.start, limit, words))):
            break
        country = country_at(text, w.start, ambiguous=bool(words))
        if country is not None and words:
            words.append(text[country.start:country.end])
            cur = country.end
            break   # "Cơ quan Mật vụ Mỹ": a country ends the name
        words.append(w.text)
        cur = w.end
        nxt = word_at(text, cur, limit)
        if nxt is not None and nxt.is_alpha and not nxt.is_cap and nxt.start == cur + 1 \
                and f"{w.text.lower()} {nxt.text}" in dictionary():
            words.append(nxt.text)   # "Giám sát", "Khí tượng": a compound split by capitalisation
            cur = nxt.end
    if words and words[-1] == "và":
        return None
    if len(words) < 2:
        return None
    if cut_before_tail(text, cur, " ".join(words)):
        return _tail_to_country(text, cur, limit)   # "Tổ chức Khí tượng [thế giới]": cut short
    return cur


def _tail_to_country(text: str, pos: int, limit: int) -> int | None:
    """End of a lower-case tail that a country closes ("Cơ quan An toàn [thực phẩm và y tế]
    Áo"), or None: where the name ends is not known."""
    cur = pos
    for _ in range(6):
        m = LOWER_WORD.match(text, cur, limit)
        if m is None or m.group(1) in _CLAUSE_WORDS:
            return None
        cur = m.end()
        nxt = word_at(text, cur, limit)
        country = country_at(text, nxt.start, ambiguous=True) if nxt is not None and nxt.is_cap else None
        if country is not None:
            return country.end
    return None


def _person_follows(text: str, pos: int, limit: int, words: list[str]) -> bool:
    """"Giám đốc Cơ quan Tình báo Trung ương Mike Pompeo": a person's name ends the body's."""
    if person_at(text, pos, limit) is not None:
        return True
    return foreign_name_at(text, pos, limit) is not None and all(is_vietnamese_syllable(x) for x in words)
