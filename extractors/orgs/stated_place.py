"""The place a story states right after a hospital written without one.

"Bệnh viện Nhi đồng ở Sài Gòn", "Bệnh viện Ung bướu (Hà Nội)", "Bệnh viện Mắt tại TP.HCM": a
specialty hospital the walker reads without its place is given the article's province
(`walker._resolve_bare`); when the text names another province right after it, that is the
hospital's ("… chuyển lên Bệnh viện Nhi đồng ở Sài Gòn" in a Bình Dương story is no Bình Dương
hospital).
"""
from __future__ import annotations

import re

from .place_phrase import place_phrase

# "ở", "tại" or an opening bracket right after the name
_BEFORE_PLACE = re.compile(r"[ \t]*(?:\([ \t]*|[ \t](?:ở|tại)[ \t]+)")


def stated_province(text: str, end: int, limit: int) -> str | None:
    """The province written right after `end` ("ở Sài Gòn", "(Hà Nội)"), else None."""
    m = _BEFORE_PLACE.match(text, end, limit)
    if m is None:
        return None
    got = place_phrase(text, m.end(), limit)
    if got is None:
        return None
    after = text[got[0]:got[0] + 1]
    return got[2] if after in ("", ")", ",", ".", ";", " ", "\n") else None
