"""Ministries listed after one "Bộ": "liên Bộ Y tế - Tài chính", "Bộ Y tế - Tài chính - Công
thương", "Bộ Giáo dục và Y tế", "Bộ Công an và Quốc phòng", "các Bộ Y tế, NN&PTNT, Công Thương".

The walker read such a list as one ministry ("Bộ Y tế - Tài chính - Công thương", "Bộ Giáo dục
và Y tế": no such body) or, after "các", as a generic plural (nothing); the gold lists each
ministry. A 3,136-article health sample (VietNews and baomoi) writes 13 such lists, every one a
list of ministries. Each listed portfolio is one the press writes alone for the whole
ministry; a list is read only when it ends there: "Bộ Y tế, Lao động và Phúc lợi Nhật Bản" is
Japan's one ministry, "Bộ Công an, Công an tỉnh Hòa Bình" a ministry and a province's police.
"""
from __future__ import annotations

import re
from functools import cache

from .. import gazetteer
from ..lexicon import alternation
from ..places import country_at
from ..tokens import word_at
from .abbreviations import portfolio_abbreviation_at
from .heads import head_at
from .place_phrase import ADMIN
from .portfolio import SHORT_MINISTRIES
from .span import OrgSpan
from ..lazy import lazy_compile

# a portfolio as the press writes it in such a list -> the ministry: its name after "Bộ" and
# the gazetteer's aliases ("Công thương"), or a short form the press writes for the whole ministry
# (orgs/portfolio.py's, "Giáo dục", "Nông nghiệp"); abbreviations, however spaced ("GD&ĐT",
# "NN & PTNT"), are expanded by orgs/abbreviations.py
_PORTFOLIOS = {short[0].upper() + short[1:]: name for short, name in SHORT_MINISTRIES.items()} | {
    "Giáo dục - Đào tạo": "Bộ Giáo dục và Đào tạo"}
_SEP = r"(?:[ \t]*[-–][ \t]*|,[ \t]+|[ \t]+và[ \t]+)"
_HEAD = lazy_compile(r"Bộ(?<![^\W\d_]Bộ)[ \t]+")   # (the word-start test after the literal: a C search for it)
_SEP_RE = lazy_compile(_SEP)


@cache
def _ministries() -> tuple[re.Pattern[str], dict[str, str]]:
    """(a pattern of the portfolios, portfolio -> ministry); the ministries from the gazetteer."""
    table = dict(_PORTFOLIOS)
    for org in gazetteer.known_orgs():
        if org.type == "ministry" and org.name.startswith("Bộ "):
            for written in (org.name, *org.aliases):
                if written.startswith("Bộ "):
                    table[written[len("Bộ "):]] = org.name
    return re.compile("(?:" + alternation(sorted(table, key=len, reverse=True)) + r")(?![^\W\d_&])"), table


def _item_at(text: str, pos: int, limit: int) -> tuple[int, str] | None:
    """(end, ministry) of the portfolio written at pos."""
    pattern, table = _ministries()
    abbr = portfolio_abbreviation_at(text, pos, limit, subjects=False)
    if abbr is not None:
        return (abbr[0], table[abbr[1]]) if abbr[1] in table else None
    m = pattern.match(text, pos, limit)
    return (m.end(), table[m.group(0)]) if m else None


_AFTER = re.compile(r"[ \t]*([.;:)!?\n]|$)?(?:([-–,]|và)[ \t]*)?")
# a plural or a locality straight after the last portfolio: it is the local branch, not the
# ministry ("Bộ Y tế và Công an các địa phương": the provinces' police; but "các Bộ Y tế, NN&PTNT,
# Công Thương và các ngành" is a list)
_LOCAL = re.compile(r"(?:các|những|mọi|nhiều|địa[ \t]+phương|cơ[ \t]+sở|cấp)(?![^\W\d_])")


def ministry_lists_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Each ministry of the lists in [start, end) that open with one "Bộ", left to right."""
    spans: list[OrgSpan] = []
    if text.find("Bộ", start, end) < 0:
        return spans
    for m in _HEAD.compiled().finditer(text, start, end):
        if (first := _item_at(text, m.end(), end)) is None:
            continue
        items = [(m.start(), *first)]
        pos = first[0]
        while (sep := _SEP_RE.compiled().match(text, pos, end)) and (one := _item_at(text, sep.end(), end)):
            items.append((sep.end(), *one))
            pos = one[0]
        if len(items) < 2:
            continue
        names = [name for _, _, name in items]
        if len(set(names)) < len(names) or not _ends(text, pos, end):
            continue   # "Bộ Y tế, Y tế các Bộ": no list; "… Lao động và Phúc lợi Nhật Bản": one ministry
        spans.extend(OrgSpan(s, e, name, "ministry", None) for s, e, name in items)
    return spans


def _ends(text: str, pos: int, limit: int) -> bool:
    """The list ends at pos: no capitalised word, admin word, country or locality goes on after
    it ("… Lao động và Phúc lợi Nhật Bản", "… Công an tỉnh Hòa Bình", "… Y tế Nhật Bản", "… Công
    an các địa phương"); a comma then another body's head ends it ("…, Sở Y tế đã")."""
    rest = _AFTER.match(text, pos, limit)
    if rest.group(1):
        return True   # ". ", ")", ";": the sentence or the bracket ends with the list
    nxt = word_at(text, rest.end(), limit)
    if nxt is None:
        return True
    if rest.group(2) == "," and head_at(text, nxt.start, limit):
        return True   # "liên Bộ Y tế - Tài chính, Sở Y tế đã …": a comma, then another body
    return not (nxt.is_cap or rest.group(2) is None and _LOCAL.match(text, nxt.start)
                or ADMIN.match(text, nxt.start) or country_at(text, nxt.start, ambiguous=True))
