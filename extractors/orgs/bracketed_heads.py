"""A university named short in brackets after a post, a department or a person: "Trưởng Bộ môn
Phẫu thuật tạo hình (ĐH Y Hà Nội)", "Trưởng khoa Luật (ĐH Quốc gia Australia)", "TS Nguyễn Văn A
(ĐH Ngân hàng TP. HCM)".

`heads.head_at` reads no "ĐH" right after a bracket, since a bracket there often restates the
name before it as its short form ("Bệnh viện Đại học Y Dược (ĐH YD) TP. HCM", "Đại học (ĐH) Duy
Tân"). VietNews writes "(ĐH X" on 746 lines: a university of its own. It stays unread when it
restates the university just written ("Đại học Y Dược (ĐH Y Dược)"; an all-capital short form
"(ĐH YD)" is refused by `head_at` before this is asked) and when a school stands right before the
bracket ("Trường ĐH Bách khoa (ĐH Quốc gia TP. HCM)"): read there, the parent's mentions (434
"(ĐH Quốc gia TP. HCM)") outnumber the school's and the article's home school ("nhà trường")
became the parent in 520 such VietNews articles.
"""
from __future__ import annotations

import re

# the 80 characters before the bracket are enough to hold the name it would restate
_BEFORE = 80
_FIRST_WORD = re.compile(r"ĐH\s+([^\W\d_]+)")
# a school's name running up to the bracket: "Trường ĐH Bách khoa (", "trường Y Geisel ("
_SCHOOL_BEFORE = re.compile(r"(?<![^\W\d_])(?:ĐH|Đại\s+học|Học\s+viện|[Tt]rường|Viện|Khoa\s+Y)\s[^,;:()\n]*\(?$")


def restates_name(text: str, pos: int) -> bool:
    """Whether "(ĐH …" at pos (the "Đ", right after "(") is no university of its own to read: it
    restates the university named just before the bracket ("Đại học Y Dược (ĐH Y Dược)"), or it
    is the parent of the school written right before it ("Trường ĐH Bách khoa (ĐH Quốc gia …)")."""
    m = _FIRST_WORD.match(text, pos)
    if m is None:
        return True
    before = text[max(0, pos - _BEFORE):pos]
    word = re.escape(m.group(1))
    return re.search(r"(?:Đại\s+học|ĐH)\s+" + word + r"(?![^\W\d_])", before) is not None \
        or _SCHOOL_BEFORE.search(before) is not None
