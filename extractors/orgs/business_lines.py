"""A company's business lines, written in lower case after its legal form.

"Công ty TNHH thương mại và dịch vụ Tóc Shine", "Công ty cổ phần đầu tư và phát triển
Thanh Châu": after "TNHH"/"cổ phần" a company names what it does in lower case, then its
brand. VietNews (all articles) has 3,167 such names with three or more lower-case words
before the brand; 1,113 of them run over five words or join lines with "và" ("đầu tư và
phát triển" 73, "sản xuất thương mại" 66, "thương mại và dịch vụ" 24 …), and of 40 read
at random all but two (a clause: "cổ phần với các nhà đầu tư …") were one company's name.
"""
from __future__ import annotations

from ..tokens import word_at
from .heads import HEAD_RE
from .person_names import NOT_IN_NAMES, dictionary

_MAX_WORDS = 12
_JOINERS = frozenset({"và", "&"})


def business_line_end(text: str, pos: int, limit: int) -> int | None:
    """End of a run of lower-case business-line words at pos that a brand (a capitalised
    word that opens no other organisation) closes; None when no brand closes it.

    Function words end the run ("cổ phần với các nhà đầu tư"), unless they finish a
    compound with the word before ("phát triển", "thiết bị"); "và" joins two lines."""
    cur, prev, end = pos, None, None
    for _ in range(_MAX_WORDS):
        w = word_at(text, cur, limit)
        if w is None:
            return None
        if w.is_cap or w.text[:1].isdigit():
            if prev is None or prev in _JOINERS or not (w.is_alpha or w.text[:1].isdigit()) \
                    or HEAD_RE.match(text, w.start):
                return None
            return end
        if not w.is_alpha and w.text not in _JOINERS:
            return None
        if w.text in _JOINERS:
            if prev is None or prev in _JOINERS:
                return None
        elif w.text in NOT_IN_NAMES and f"{prev} {w.text}" not in dictionary():
            return None
        prev, end, cur = w.text, w.end, w.end
    return None
