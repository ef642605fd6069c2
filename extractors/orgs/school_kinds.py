"""The kind of school written in lower case between its level and its name.

"Trường THPT chuyên Thái Bình", "Trường Tiểu học bán trú Xín Cái", "Trường THCS và THPT Đông
Du", "Trường Tiểu học và THCS Bến Ván", "Trường Cao đẳng nghề Duyên Hải": the walker stopped at
the lower-case word after the level and read no name at all. Right after a school's head, one of
these kinds (or a second level joined by "và", "&" or a dash) is part of the name when a
capitalised name follows it.
"""
from __future__ import annotations

import re

from ..tokens import word_at
from .heads import HEAD_INFO, SCHOOL_HEADS

# what a school's level may be followed by before the name, per level
_KINDS = {
    "Trường THPT": r"chuyên|dân[ \t]+tộc[ \t]+nội[ \t]+trú|(?:và|&|-|–)[ \t]*THCS",
    "Trường THCS": r"chuyên|dân[ \t]+tộc[ \t]+nội[ \t]+trú|dân[ \t]+tộc[ \t]+bán[ \t]+trú|bán[ \t]+trú|"
                   r"(?:và|&|-|–)[ \t]*(?:THPT|[Tt]iểu[ \t]+học)",
    "Trường Tiểu học": r"bán[ \t]+trú|(?:và|&|-|–)[ \t]*THCS",
    "Trường Phổ thông": r"dân[ \t]+tộc[ \t]+nội[ \t]+trú|dân[ \t]+tộc[ \t]+bán[ \t]+trú|[Dd]ân[ \t]+tộc[ \t]+nội[ \t]+trú",
    "Trường Cao đẳng": r"nghề",
    "Trường Trung cấp": r"nghề",
}
_KIND_RE = {head: re.compile(r"(?:" + kinds + r")(?=[ \t])") for head, kinds in _KINDS.items()}
assert set(_KINDS) <= SCHOOL_HEADS | {"Trường Cao đẳng"}


def school_kind_heads(expanded: str) -> bool:
    """Does a kind ever follow this head (written out)? `school_kind_end` is None after any other."""
    return expanded in _KIND_RE


def school_kind_end(text: str, pos: int, limit: int, expanded: str, first: bool) -> int | None:
    """End of the kind written at pos right after a school's head (`first`: nothing else read
    yet), when a capitalised name follows; None otherwise."""
    kinds = _KIND_RE.get(expanded)
    if kinds is None or not first:
        return None
    m = kinds.match(text, pos, limit)
    if m is None:
        return None
    nxt = word_at(text, m.end(), limit)
    return m.end() if nxt is not None and nxt.is_cap and nxt.is_alpha else None   # not "… bán trú đã khai giảng"


def kind_after_head(text: str, pos: int, head_end: int, limit: int) -> bool:
    """A school's kind right after the head at pos ("Trường THCS [và THPT] Đông Du"): the "và"
    there joins two levels of one school's name, not two bodies."""
    info = HEAD_INFO.get(" ".join(text[pos:head_end].split()).lower())
    w = word_at(text, head_end, limit) if info is not None else None
    return w is not None and school_kind_end(text, w.start, limit, info[0], True) is not None
