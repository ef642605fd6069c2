"""A company named only by its Latin brand right after an executive's post.

"Giám đốc điều hành Shopee Việt Nam", "Tổng giám đốc Saigon Co.op", "Tổng giám đốc Dai-ichi Life
Việt Nam": no head noun opens these names, so no matcher read the company the post belongs to.
After "Tổng giám đốc", "Giám đốc điều hành" or "CEO", one capitalised word that is not a Vietnamese
syllable (a brand, not one of our names), a corporate word after it ("Life", "Group") and "Việt
Nam" when written, name the company. A two-word foreign personal name there is the executive
("CEO Tim Cook"); a brand before a name keeps the brand only ("CEO Apple Tim Cook": "Apple").
"""
from __future__ import annotations

import re

from ..foreign_names import foreign_name_at
from ..places import country_at
from ..tokens import is_vietnamese_syllable
from .heads import head_at
from .span import OrgSpan

_POST = re.compile(r"(?:[Tt]ổng [Gg]iám đốc|[Gg]iám đốc [Đđ]iều hành|CEO)[ \t]+(?=[A-Z])")
# a brand's word: capitalised Latin letters, dotted or hyphenated ("Co.op", "Dai-ichi")
_WORD = re.compile(r"[A-Z][A-Za-z0-9]*(?:[.\-&'][A-Za-z0-9]+)*(?![^\W\d_])")
_CORPORATE = frozenset({"Life", "Group", "Corp", "Corporation", "Holdings", "Capital", "Bank", "Pharma", "Airlines",
                        "Motors", "Electronics", "Foods", "Vietnam", "Mart", "Land", "Express", "Healthcare",
                        "Medical", "Global", "Technology", "Insurance", "Co.op"})
_CORPORATE_WORD = re.compile(r"[ \t]+(" + "|".join(re.escape(w) for w in sorted(_CORPORATE)) + r")(?![^\W\d_])")
_VIETNAM = re.compile(r"[ \t]+Việt[ \t]+Nam(?![^\W\d_])")
# "(CEO Summit)", "CEO Forum": an event named for chief executives
_EVENTS = frozenset({"Summit", "Forum", "Award", "Awards", "Club", "Talk", "Talks"})
_FULL_BEFORE = r"(?:\([ \t]*|(?:[Cc]ông ty|[Tt]ập đoàn|[Tt]ổng [Cc]ông ty|[Nn]gân hàng|[Hh]ãng)[^.,;()\n]{0,60}?)"
_NAMED_BEFORE = re.compile(r"[A-Z][A-Za-z]*[ \t]+$")
# a brand going on after a spaced dash ("Rolls - Royce") or with a short acronym ("Greenline DP")
_DASHED = re.compile(r"[ \t]*[-–][ \t]*[A-Z]")
_ACRONYM = re.compile(r"[ \t]+([A-Z]{2,4})(?![^\W\d_])")


def executive_brands_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Companies named by a Latin brand after an executive's post in [start, end)."""
    spans = []
    for post in _POST.finditer(text, start, end):
        if _NAMED_BEFORE.search(text, max(start, post.start() - 12), post.start()):
            continue   # "APEC CEO Summit": an event's name, no post
        stop = _brand_end(text, post.end(), end)
        if stop is None:
            continue
        name = " ".join(text[post.end():stop].split())
        if not _named_in_full(text, text[post.end():_WORD.match(text, post.end()).end()]):
            spans.append(OrgSpan(post.end(), stop, name, "company", None))
    return spans


def _named_in_full(text: str, brand: str) -> bool:
    """Does the document name the company with a head or define the brand in brackets ("Tập đoàn
    Dệt may Việt Nam (Vinatex)", "Tổng công ty Vinaconex")? That name is the organisation; the
    brand after the post would be a second one."""
    return re.search(_FULL_BEFORE + re.escape(brand) + r"(?![^\W\d_])", text) is not None


def _brand_end(text: str, pos: int, limit: int) -> int | None:
    """End of the brand at pos (with its corporate word and "Việt Nam"); None when the word is one
    of our syllables, an acronym, a head, a country or the executive's own two-word name."""
    first = _WORD.match(text, pos, limit)
    if first is None or is_vietnamese_syllable(first.group()) or first.group().isupper() or first.group() in _EVENTS \
            or head_at(text, pos, limit) or country_at(text, pos) is not None:
        return None
    stop = first.end()
    if _DASHED.match(text, stop, limit):
        return None   # "CEO Rolls - Royce …": the brand's spelling goes on, not read here
    acronym = _ACRONYM.match(text, stop, limit)
    if acronym is not None:
        stop = acronym.end()
    corporate = _CORPORATE_WORD.match(text, stop, limit)
    if corporate is not None:
        stop = corporate.end()
    else:
        person = foreign_name_at(text, pos, limit)
        if person is not None and len(text[pos:person[0]].split()) == 2:
            return None   # "CEO Tim Cook": the executive, no company
    vietnam = _VIETNAM.match(text, stop, limit)
    return vietnam.end() if vietnam is not None else stop
