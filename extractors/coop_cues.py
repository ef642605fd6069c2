"""Cue words of cooperation and the kind each one states.

Alternatives are matched longest first, so "trao đổi kinh nghiệm" is never
read as "trao"; a lookahead ("ký" before "thỏa thuận") restricts where a short
cue counts but is not part of the words that decide its kind.
"""
from __future__ import annotations

import re

from .lexicon import top_level, word_start_branches
from .lazy import lazy_compile

# ("cam kết hợp tác" commits to work together: its cue is "hợp tác", no "kết hợp"; "cam kết hợp lực với" joins forces)
CUES: list[tuple[str, str]] = [
    (r"chuyển giao(?: các)?(?: danh mục)?(?: gói)? kỹ thuật|chuyển giao", "technology_transfer"),
    (r"trao tặng|tặng|trao|ủng hộ|hỗ trợ kinh phí|tài trợ|viện trợ", "donation"),
    # "ký bản ghi nhớ", "ký quy chế phối hợp", "ký chương trình hợp tác": a signed paper between the parties
    # ("ký kết luận" signs a conclusion, "kết luận": VietNews, session 40, an inspection's finding so linked)
    (r"ký kết(?! luận)|kết nghĩa|ký(?= thỏa thuận| biên bản| hợp đồng| bản ghi nhớ| ghi nhớ| quy chế| bản quy chế|"
     r" chương trình hợp tác| chương trình phối hợp| hiệp định)", "agreement"),
    (r"vệ tinh(?=[^.;,]{0,40}?\bcủa\s)", "satellite"),
    (r"đào tạo|tập huấn|bồi dưỡng", "training"),
    # "họp với": a meeting with a named body (VietNews health articles: every "A (đã) họp với B"
    # naming both is a meeting of the two; "cuộc họp với báo chí" names no partner)
    # "thăm": a visit with its greetings ("đến thăm, chúc tết Công an tỉnh …"); coop_rules keeps it
    # only before a named body or its staff
    # "tiếp" a visitor by name or title ("Phó Thủ tướng đã tiếp Bộ trưởng Bộ Y tế Lào", "tiếp ông A, Giám đốc B")
    (r"học tập kinh nghiệm|trao đổi kinh nghiệm|làm việc|trao đổi|khảo sát|họp(?= với)|hội đàm|"
     r"tiếp(?= ông| bà| ngài| Bộ trưởng| bộ trưởng| Thứ trưởng| thứ trưởng| Đại sứ| đại sứ| Chủ tịch| Tổng giám đốc)|"
     r"thăm(?:,?\s+(?:và\s+)?(?:chúc tết|chúc mừng|tặng quà|động viên|làm việc))*",
     "exchange"),
    (r"hỗ trợ|giúp đỡ|giúp|hợp tác|phối hợp|chỉ đạo tuyến|tư vấn|khám, chữa bệnh từ xa|hội chẩn|"
     r"đồng hành|kết hợp(?<!cam kết hợp)|hợp lực(?= với)|liên kết(?= với)", "support"),
]


_ALTS = sorted({a for c, _ in CUES for a in top_level(c)},
               key=lambda a: -len(re.sub(r"\(\?=.*?\)", "", a)))
# (the first letter read as a case-sensitive set, so a search scans for it in C)
CUE_RE = lazy_compile("(" + word_start_branches(_ALTS, ignorecase=True) + r")(?![^\W\d_])", re.IGNORECASE)
# the literal start of every cue (what precedes any optional part or lookahead): a text
# without one of these, lower-cased, has no cue at all
CUE_WORDS = tuple(sorted({a.split("(")[0].strip() for a in _ALTS}))
_KINDS = [(lazy_compile("^(?:" + re.sub(r"\(\?=[^)]*\)", "", c) + ")$", re.IGNORECASE), k) for c, k in CUES]


def kind_of(cue: str) -> str:
    """The kind a matched cue states ("chuyển giao kỹ thuật" -> technology_transfer)."""
    for pattern, kind in _KINDS:
        if pattern.match(cue):
            return kind
    return "other"
