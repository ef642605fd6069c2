"""Organisations named inside a title: "Bộ trưởng Y tế", "Thứ trưởng Quốc phòng",
"Cục trưởng Quản lý khám chữa bệnh", "Vụ trưởng Kế hoạch tài chính".

Real press drops the head noun the title already says ("Cục trưởng Cục Quân y"
becomes "Cục trưởng Quân y"). The words after such a title are read as a name
with the implied head; they count only when they look like a portfolio (a
descriptor, a dictionary compound, a known body or a country), so that
"Bộ trưởng Tiến nói" (the minister called Tiến) names nothing.
"""
from __future__ import annotations

import re

from ..doc import Doc
from ..lexicon import alternation, word_start_branches
from ..places import country_at, country_before
from ..tokens import is_vietnamese_syllable, person_at, word_at
from .heads import HEAD_RE
from .known import lookup
from .person_names import dictionary
from .span import OrgSpan
from .truncated import SENTENCE_CASE_HEADS, closed_tail, cut_short, tail_to_place
from .walker import BAN_KINDS as _BAN_KINDS, canonical, implied_walk
from ..lazy import lazy_compile

# the title's head word -> (implied organisation head, type)
_IMPLIED_HEADS = {"bộ": ("Bộ", "ministry"), "thứ": ("Bộ", "ministry"), "cục": ("Cục", "agency"),
                  "tổng cục": ("Tổng cục", "agency"), "chi cục": ("Chi cục", "agency"),
                  "vụ": ("Vụ", "agency"), "viện": ("Viện", "agency"), "ban": ("Ban", "party")}
# a portfolio that is itself a head noun: "Bộ trưởng Công an Tô Lâm" names the Bộ Công an
_HEADED_PORTFOLIO = re.compile(r"Công an(?![^\W\d_])")
# a ministry the press names by the first words of its portfolio ("Bộ trưởng Giáo dục NAME",
# "Thứ trưởng Giao thông NAME": ~20 in VietNews health); the gold names the whole ministry.
# "Nông nghiệp" is the ministry of the corpus' years (before the 2025 merger).
# Keys in new-style tones only: the matching text writes "hoá" as "hóa" (textnorm).
SHORT_MINISTRIES = {"giáo dục": "Bộ Giáo dục và Đào tạo", "giao thông": "Bộ Giao thông vận tải",
                    "nông nghiệp": "Bộ Nông nghiệp và Phát triển nông thôn",
                    "tài nguyên": "Bộ Tài nguyên và Môi trường",
                    "tài nguyên môi trường": "Bộ Tài nguyên và Môi trường", "văn hóa": "Bộ Văn hóa, Thể thao và Du lịch",
                    "kế hoạch đầu tư": "Bộ Kế hoạch và Đầu tư",
                    # stop 32 (officials' request): "Bộ trưởng Lao động NAME", "… Khoa học NAME", "… Thông tin
                    # NAME", "… Giao thông và Vận tải NAME"
                    "lao động": "Bộ Lao động - Thương binh và Xã hội", "khoa học": "Bộ Khoa học và Công nghệ",
                    "thông tin": "Bộ Thông tin và Truyền thông", "giao thông và vận tải": "Bộ Giao thông vận tải"}
# the short portfolio, then a capitalised name (not the rest of the ministry's name: "và", "vận tải", ",")
_SHORT_MINISTRY = lazy_compile(r"((?i:" + alternation(SHORT_MINISTRIES, space=r"\s+", ignorecase=True) + r"))"
                             r"(?=\s+(?:ông\s+|bà\s+)?[A-ZĐÀ-Ỹ])(?!\s+(?:Và|Vận|Đào\s+tạo|Môi|Phát|Thể|Đầu|Thương|Công|Truyền)\b)")
# scanned in the lower-cased matching text (doc.lower); the name after it must be capitalised.
# `(?<!W)(?:phó\s+)?(?:(?:bộ|thứ|…)\s*trưởng|trưởng\s+ban)` written as `word_start_branches`: a search
# scans for the first letters in C instead of trying the pattern at every position.
_HEAD_WORDS = ("bộ", "thứ", "cục", "tổng cục", "chi cục", "vụ", "viện")
_TITLE = re.compile(word_start_branches([r"phó\s+(?:(?:" + "|".join(_HEAD_WORDS) + r")\s*trưởng|trưởng\s+ban)",
                                         *(w + r"\s*trưởng" for w in _HEAD_WORDS), r"trưởng\s+ban"])
                    + r"(?:\s+thường trực)?\s+")


def _implied_head(title: str) -> tuple[str, str]:
    """The head a `_TITLE` match implies: the word before its "trưởng", or "ban" after it."""
    if title.startswith("phó"):
        title = title[3:].lstrip()
    cut = title.index("trưởng")
    return _IMPLIED_HEADS[" ".join(title[:cut].split()) if cut else "ban"]


def portfolio_orgs(doc: Doc, start: int, end: int) -> dict[int, OrgSpan]:
    """Organisations implied by titles in [start, end), by start offset."""
    out: dict[int, OrgSpan] = {}
    lower = doc.lower if doc.lower is not doc.match else doc.match.lower()   # same length or not at all
    if len(lower) != len(doc.match) or lower.find("trưởng", start, end) < 0:
        return out   # every such title holds "trưởng"
    for m in _TITLE.finditer(lower, start, end):
        head = _implied_head(m.group())
        pos = m.end()
        if lower.startswith(head[0].lower() + " ", pos) and doc.match[pos].islower():
            # "Vụ trưởng vụ Thanh toán": the head again, in lower case
            pos += len(head[0]) + 1
        if not doc.match[pos:pos + 1].isupper():
            continue
        span = _short_ministry(doc, pos, end) if head[0] == "Bộ" else None
        span = span or _portfolio_at(doc, pos, end, head)
        if span is not None and head[0] == "Bộ" and _foreign_minister(doc.match, span, end):
            continue
        if span is not None:
            span = OrgSpan(m.end(), span.end, span.name, span.type, span.province, span.canonical)
            out[span.start] = span
    return out


# a courtesy before the minister's name
_COURTESY = frozenset({"ông", "bà"})


def _foreign_minister(text: str, span: OrgSpan, limit: int) -> bool:
    """"Bộ trưởng Quốc phòng James Mattis", "Thứ trưởng Ngoại giao Sergei Ryabkov": a minister with a
    foreign name holds another country's portfolio, not our ministry's (fresh VietNews, 1,500
    articles: 11 such bare ministries, all foreign). A Title-case word no Vietnamese syllable spells;
    an honorific ("TS", "PGS") or an acronym is no name. A portfolio closed by its country
    ("Bộ trưởng Quốc phòng Nga Sergei Shoigu") already names that country's ministry."""
    if country_before(text, span.start, span.end) is not None:
        return False
    w = word_at(text, span.end, limit)
    if w is not None and w.text in _COURTESY:
        w = word_at(text, w.end, limit)
    return (w is not None and w.is_cap and len(w.text) > 1 and w.text[1:].islower()
            and not is_vietnamese_syllable(w.text) and country_at(text, w.start, ambiguous=True) is None
            and person_at(text, w.start, limit) is None)   # "Ksor", "Niê": our minorities' surnames


def _short_ministry(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Bộ trưởng Giáo dục Nguyễn Văn A": the whole ministry the short portfolio begins."""
    m = _SHORT_MINISTRY.match(doc.match, pos, limit)
    if m is None or not m.group(1)[0].isupper():
        return None
    nxt = word_at(doc.match, m.end(1), limit)
    if nxt is not None and country_at(doc.match, nxt.start, ambiguous=True):
        return None   # "Bộ trưởng Văn hóa Pháp NAME": another country's ministry (VietNews: 9)
    name = SHORT_MINISTRIES[" ".join(m.group(1).lower().split())]
    return OrgSpan(pos, m.end(1), name, "ministry", None)


def _portfolio_at(doc: Doc, pos: int, limit: int, head: tuple[str, str]) -> OrgSpan | None:
    text = doc.match
    w = word_at(text, pos, limit)
    if w is None or not w.is_cap or person_at(text, w.start, limit):
        return None
    if HEAD_RE.match(text, w.start) and not _HEADED_PORTFOLIO.match(text, w.start):
        return None
    walk = implied_walk(doc, w.start, limit, *head)
    if walk is None:
        return None
    walk.drop_dangling_dash()
    name = re.sub(r"\s+", " ", " ".join(walk.parts)).strip()
    rest = name[len(head[0]):].strip()
    if not rest or rest == walk.country:
        return None
    known = lookup(name, walk.province)
    if head[0] == "Ban" and not (_BAN_KINDS.match(rest) and walk.placed):
        return None   # "Trưởng ban Tổ chức Tỉnh ủy X" names a Ban; "Trưởng ban Tổ chức" (of an event) not
    if not (known or walk.described or walk.country or walk.proper and head[0] != "Bộ" and (
            _field(walk, rest).lower() in dictionary() or _lower_field(walk))):
        return None   # "Bộ trưởng Tiến nói", "Thứ trưởng Thanh Long": a minister's given name, not a portfolio
    if not known and cut_short(text, walk.end, head[0], rest, head[1]):
        tail = tail_to_place(text, walk.end, limit)
        if tail is None and head[0] in SENTENCE_CASE_HEADS and (short := closed_tail(text, walk.end, limit)):
            return canonical(OrgSpan(w.start, short[0], f"{name} {short[1]}", head[1], walk.province))
        if tail is None:
            return None   # "Chi cục trưởng Nuôi trồng thủy sản": the portfolio goes on in lower case
        return canonical(OrgSpan(w.start, tail[0], f"{name} {tail[1]} {tail[2]}", head[1], tail[3] or walk.province))
    province = walk.province
    if head[0] == "Chi cục" and province is None and doc.province:
        province, name = doc.province, f"{name} {doc.province}"   # a Chi cục is a provincial Sở's
    return canonical(OrgSpan(w.start, walk.end, name, head[1], province))


def _lower_field(walk) -> bool:
    """The portfolio read has a lower-case word before its place ("Chi cục trưởng Nuôi trồng thuỷ sản
    Hà Tĩnh"): a field, not a given name."""
    return walk.placed and any(p[:1].islower() for p in walk.parts[1:-1])


def _field(walk, rest: str) -> str:
    """The portfolio before the place that ends it: "Chi cục trưởng Kiểm lâm Quảng Ngãi" is the
    Chi cục Kiểm lâm of Quảng Ngãi (VietNews: "Chi cục trưởng Kiểm lâm Hà Tĩnh" 8, "… Quảng Nam"
    6, "… Thủy lợi Nghệ An" 3); a one-syllable field before a place may be a given name."""
    field = walk.parts[1:-1]
    return " ".join(field) if walk.placed and len(field) >= 2 else rest
