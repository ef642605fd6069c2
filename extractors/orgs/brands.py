"""Drug makers the press names by their brand alone: "Sanofi", "GSK", "Taisho".

Gold sets name these companies as written (real5 "Danameco", real6 "GSK" and "Sanofi",
real8 "Taisho"), with no head noun, so the walker never reads them and the gazetteer's
headless names (three words or more, acronyms of four letters) leave them out. The list
is of real companies (facts); each brand is a Latin word, no Vietnamese syllable, so it
does not fire inside Vietnamese names. VietNews: Sanofi 30, Taisho 20, Pfizer 15,
Roche 6, GSK/GlaxoSmithKline 7, each read: the company (one "đảo Taisho", an island).

Banks, the card switch and the mobile networks are named the same way ("phó tổng giám đốc
Vietcombank", "Tổng Giám đốc SeABank", "Vietbank và VNPT–VinaPhone đã ký"); gold sets name
them as written (real5 "Ngân hàng Sacombank", real6 "Vietbank", "VNPT Vinaphone"), or by the
full name a story gives them first ("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)",
heldout2). VietNews health subset: 50 such mentions, each the bank or network.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lazy import lazy_compile
from ..places import place_at
from ..tokens import is_vietnamese_syllable
from .span import OrgSpan

_BRANDS = ("Sanofi", "GSK", "GlaxoSmithKline", "Taisho", "Danameco", "Pfizer", "Roche", "Novartis",
           # banks, the national card switch and mobile networks (real names)
           "Vietcombank", "VietinBank", "Vietinbank", "Agribank", "BIDV", "Sacombank", "Techcombank", "SeABank",
           "VPBank", "Eximbank", "HDBank", "TPBank", "LienVietPostBank", "OceanBank", "Vietbank", "ACB",
           "NAPAS", "Napas", "MobiFone", "Mobifone", "VinaPhone", "Vinaphone",
           # Vietnamese groups and drug and milk makers named by their brand ("Tổng giám đốc
           # Traphaco", "NutiFood … hợp tác với tập đoàn BASF", "VNPT Hà Nội"; real names)
           *(_GROUPS := ("Vinamilk", "Viettel", "Vingroup", "Traphaco", "FPT", "VNPT", "NutiFood", "Nutifood", "Masan",
                         "Imexpharm", "Mekophar", "Vinasoy")))
# national groups whose provincial units are named by the brand and the province ("VNPT Hà Nội")
_PROVINCIAL_UNITS = frozenset({"VNPT", "Viettel"})
# "VNPT–VinaPhone", "VNPT Vinaphone": the network named with its group
_GROUP = r"VNPT[ \t]*[-–]?[ \t]*"
_BRAND_RE = re.compile(r"(?<![^\W\d_])((?:" + _GROUP + r")?(?:" + "|".join(_BRANDS) + r"))(?![^\W\d_])")
# what makes the brand a place or a product, not the company: "đảo Taisho", "vắc xin Pfizer"
_NOT_COMPANY_BEFORE = re.compile(r"(?:đảo|quần đảo|vắc[ -]?xin|văcxin|thuốc|sản phẩm|sữa|nước mắm|cổ phiếu|mã)\s+$", re.IGNORECASE)
# "Sanofi Pasteur", "Sanofi Aventis": the company's full brand goes on in Latin words
_VIETNAM = re.compile(r" Việt Nam(?![^\W\d_])")
_LATIN_WORD = re.compile(r"[ -]([A-Z][a-z]+)(?![^\W\d_])")


# (text, where a brand is written in it: starts and ends in text order): found once per text
_LAST: tuple[str | None, list[int], list[int]] = (None, [], [])
_BRAND_SET = frozenset(_BRANDS)
# where any brand starts: its first letter, the rest of a brand looked ahead for (one branch per
# first letter; a match is one letter, so overlapping brands are found too): one C scan of the
# text instead of a search of it for each brand (without the document's word hits)
_BRAND_START = lazy_compile("|".join(
    re.escape(first) + "(?=" + "|".join(re.escape(b[1:]) for b in _BRANDS if b[0] == first) + ")"
    for first in dict.fromkeys(b[0] for b in _BRANDS)))


def lower_brands() -> set[str]:
    """The brands lower-cased: a `wordhits` lexicon, so the automaton's one pass over the
    document finds where one may be written (~10M a pass over .eval/real for the scan above)."""
    return {b.lower() for b in _BRANDS}


def _brand_spans(text: str, found: tuple[list[int], list[list[int]]] | None) -> list[tuple[int, int]]:
    """Where a brand is written whole in `text`, in text order: from the word hits `found` of the
    lower-cased text (`lower_brands`, each checked as written), or by the scan."""
    if found is None:
        return sorted((pos, pos + len(b)) for pos in (m.start() for m in _BRAND_START.finditer(text))
                      for b in _BRANDS if text.startswith(b, pos))
    return sorted((pos, pos + size) for pos, sizes in zip(*found) for size in sizes
                  if text[pos:pos + size] in _BRAND_SET)


def _brand_written(text: str, start: int, end: int, found=None) -> bool:
    """Whether a brand is written whole in [start, end): most articles name none, and in
    one long document most sentences none. Swapped as one tuple so crawl threads stay right."""
    global _LAST
    last = _LAST
    if last[0] is not text:
        spans = _brand_spans(text, found)
        last = _LAST = (text, [p for p, _ in spans], [e for _, e in spans])
    _, starts, ends = last
    i = bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        if ends[i] <= end:
            return True
        i += 1
    return False


def brands_in(text: str, start: int, end: int, found=None) -> list[OrgSpan]:
    """Drug makers named by their brand alone in [start, end) of the matching text (`found`:
    the document's word hits, `wordhits.hits(doc)`, when it has them)."""
    if not _brand_written(text, start, end, found["brands"] if found is not None else None):
        return []
    out = []
    for m in _BRAND_RE.finditer(text, start, end):
        if _NOT_COMPANY_BEFORE.search(text, max(start, m.start() - 12), m.start()) \
                or text[max(start, m.start() - 1):m.start()] == "(":
            continue   # "công ty GlaxoSmithKline (GSK)": the short form of the name before it
        out.append(_with_latin_tail(text, m.start(), m.end(), end))
    return out


def _with_latin_tail(text: str, pos: int, brand_end: int, limit: int) -> OrgSpan:
    """The brand and the Latin words that carry it on ("Sanofi Pasteur"), as written."""
    cur = brand_end
    # a Vietnamese group's Latin words after it name its products and services ("FPT Play",
    # "Nutifood Grow Plus"): the group alone is read
    while text[pos:brand_end] not in _GROUPS and (m := _LATIN_WORD.match(text, cur, limit)) \
            and not is_vietnamese_syllable(m.group(1)):
        cur = m.end()
    vn = _VIETNAM.match(text, cur, limit)   # "Sanofi Việt Nam", "Pfizer Việt Nam": the local company
    if vn is None and cur == brand_end and text[pos:cur] in _PROVINCIAL_UNITS and text[cur:cur + 1] == " ":
        hit = place_at(text, cur + 1)
        if hit is not None and hit.kind in ("tỉnh", "thành phố") and hit.end <= limit:
            return OrgSpan(pos, hit.end, text[pos:hit.end], "company", None)
    return OrgSpan(pos, vn.end() if vn else cur, text[pos:vn.end() if vn else cur], "company", None)


_WITH_GROUP = re.compile(_GROUP)


def brand_word(name: str) -> str | None:
    """The brand a name is written as alone ("Sanofi", not "Sanofi Pasteur"; "VNPT Vinaphone"
    is the network "Vinaphone" named with its group), or None."""
    core = (_WITH_GROUP.sub("", name, count=1) if name.startswith("VNPT") else name) or name
    return core if core in _BRANDS else None


def is_brand(name: str) -> bool:
    """A name that is one of the brands alone."""
    return brand_word(name) is not None
