"""A minister or deputy minister who heads a ministerial-level body of the government:
"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc".

The holder's body is the one after "Chủ nhiệm", not the article's one ministry. Only the
government's own ministerial-level bodies take the minister's rank: a committee "của Quốc hội"
after "Bộ trưởng, Chủ nhiệm" belongs to a list of posts ("các Phó Thủ tướng, Bộ trưởng, Chủ
nhiệm Ủy ban …"), each held by someone else, so it gives the minister no body.
"""
from __future__ import annotations

import re

from .textnorm import normalize_tones
from .titles import title_end_re

# the government's ministerial-level bodies (public fact), as organisation names are read
MINISTERIAL_BODIES = frozenset(normalize_tones(n) for n in (
    "Văn phòng Chính phủ", "Ủy ban Dân tộc", "Thanh tra Chính phủ",
    "Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam"))

# ", Chủ nhiệm " or " - Phó Chủ nhiệm " right after the minister's post, before a capital
_HEADING = re.compile(r"\s*[,\-–]\s*(?:Phó\s+)?Chủ nhiệm\s+(?=[A-ZĐÀ-Ỹ])")
# a plural before a run of posts: "các Phó Thủ tướng, Bộ trưởng"
_PLURAL_END = re.compile(r"(?<![^\W\d_])(?:các|những|Các|Những)(?:\s+Phó)?$")
_LINK_END = re.compile(r"(?:,|\s(?:và|cùng))$")


def heading_end(text: str, pos: int, limit: int) -> int | None:
    """Where the headed body's name starts when ", Chủ nhiệm" follows the post at `pos`."""
    m = _HEADING.match(text, pos, limit)
    return m.end() if m is not None else None


def is_ministerial_body(name: str) -> bool:
    return normalize_tones(name) in MINISTERIAL_BODIES


def in_post_list(text: str, start: int) -> bool:
    """Whether the post starting at `start` follows "các" and other posts only ("các Phó Thủ
    tướng, Bộ trưởng, …"): posts of several people, none of them this one's.
    Cost: at most four anchored searches in the 80 characters before the post."""
    lo = max(0, start - 80)
    end = start
    for _ in range(4):
        before = text[lo:end].rstrip()
        if (link := _LINK_END.search(before)) is not None:
            before = before[:link.start()].rstrip()
        if _PLURAL_END.search(before) is not None:
            return True
        post = title_end_re().search(before)
        if post is None:
            return False
        end = lo + post.start()
    return False
