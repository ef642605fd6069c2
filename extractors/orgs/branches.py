"""Bodies every province, district and commune has a branch of, written in lower case
before that place: "Hội nông dân huyện Yên Thành", "Hội liên hiệp phụ nữ xã Kim Liên",
"Trung tâm dịch vụ việc làm tỉnh Nghệ An". The stems are the mass organisations' and
public-service centres' own names (facts), so a lower-case run after "Hội" or "Trung tâm"
is read only when it is one of them and a place follows; "Hội sách thành phố …" (a book
fair) and "Trung tâm hành chính huyện …" (a town centre) stay unread.
"""
from __future__ import annotations

import re

from ..lexicon import alternation
from ..lazy import lazy_compile

_STEMS = {
    "Hội": ("nông dân", "liên hiệp phụ nữ", "phụ nữ", "cựu chiến binh", "khuyến học", "người cao tuổi",
            "luật gia", "nhà báo", "người mù", "doanh nhân trẻ", "cựu thanh niên xung phong", "đông y",
            "nạn nhân chất độc da cam", "nạn nhân chất độc da cam/dioxin", "bảo trợ người khuyết tật và trẻ mồ côi"),
    "Trung tâm": ("dịch vụ việc làm", "bảo trợ xã hội", "giám định pháp y", "giáo dục thường xuyên",
                  "khuyến nông", "nước sạch và vệ sinh môi trường nông thôn", "công tác xã hội"),
}
# matched against the lower-cased matching text; an admin word must follow
_BRANCH_RE = {head: lazy_compile(r"(?:" + alternation(sorted(stems, key=len, reverse=True)) + r")(?=\s+(?:tỉnh|thành phố|tp\b|huyện|quận|thị xã|xã|phường|thị trấn)(?![^\W\d_]))")
              for head, stems in _STEMS.items()}


def branch_end(lower: str, pos: int, head: str, limit: int) -> int | None:
    """End of a branch body's lower-case stem at pos after `head` (None when there is none);
    the place after it must be before `limit` (a line break ends the name)."""
    pattern = _BRANCH_RE.get(head)
    m = pattern.match(lower, pos, limit) if pattern is not None else None
    return m.end() if m else None
