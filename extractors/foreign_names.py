"""Foreign personal names: "Scott Morrison", "Jean-Pierre Lacroix", "Hala Zayed".

No surname lexicon covers them, but their words are not Vietnamese syllables.
A run of two to four capitalised words, most of them impossible as Vietnamese
syllables, is a foreign name where a title or an address term says a person
is named there (the officials extractor decides where to look).
"""
from __future__ import annotations

import re

from .tokens import UPPER, is_vietnamese_syllable

_WORD = UPPER + r"[^\W\d_]*(?:[-'’][^\W\d_]+)*"
_RUN = re.compile(_WORD + r"(?:[ ]+" + _WORD + r"){1,3}")


def _foreign(word: str) -> bool:
    return any(not is_vietnamese_syllable(part) for part in re.split(r"[-'’]", word) if part)


def foreign_name_at(text: str, pos: int, limit: int) -> tuple[int, str] | None:
    """(end, name) of a foreign personal name starting at pos, or None."""
    m = _RUN.match(text, pos, limit)
    if not m:
        return None
    words = [(w.group(0), pos + w.end()) for w in re.finditer(r"\S+", m.group(0))]
    # trailing words that are ours belong to what follows ("Scott Morrison Thăm …")
    while words and not _foreign(words[-1][0]):
        words.pop()
    foreign = sum(_foreign(w) for w, _ in words)
    if len(words) < 2 or foreign * 2 < len(words):
        return None
    if any(w.isupper() and len(w) > 1 for w, _ in words):
        return None   # acronyms ("WHO", "UNICEF") are no names
    return words[-1][1], " ".join(w for w, _ in words)
