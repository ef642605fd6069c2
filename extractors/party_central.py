"""The Party's central bodies a title names or implies.

"Tổng Bí thư Nguyễn Phú Trọng" heads the Central Committee though the press seldom
writes it (VietNews, every article: ~540 "Tổng Bí thư NAME"; baomoi 2016-17: 83 files
with "Tổng Bí thư Nguyễn Phú Trọng"); when written, often in lower case ("Tổng Bí thư Ban
chấp hành Trung ương Đảng cộng sản Việt Nam-Bí thư Quân ủy Trung ương …"), which the
organisation reader does not take. "Bí thư Quân ủy Trung ương" (the Central Military
Commission; baomoi: 38 files name it) and "Bí thư Đảng ủy Công an Trung ương" name
bodies with no place, so the place readers cannot find them either.
"""
from __future__ import annotations

import re

from .organizations import OrgSpan
from .places import country_at
from .tokens import word_at

CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"
_GENERAL_SECRETARY = frozenset({"tổng bí thư"})
# the Central Committee written after the title, in any case ("BCH TW", "Ban chấp hành TƯ Đảng")
_COMMITTEE = re.compile(r"\s*(?:Ban [Cc]hấp [Hh]ành|BCH) (?:Trung ương|Trung Ương|TƯ|TW)"
                        r"(?: Đảng(?: [Cc]ộng [Ss]ản Việt Nam)?)?(?![^\W\d_])")
# central bodies with no place in their name: the secretary, deputies and members of each
_BODIES = re.compile(r"\s*(Quân [uủ]y Trung ương|Đảng [uủ]y Công an Trung ương|Đảng [uủ]y Quân sự Trung ương)"
                     r"(?![^\W\d_])")
_BODY_TITLES = frozenset({"bí thư", "phó bí thư", "ủy viên", "uỷ viên", "phó bí thư thường trực"})


def central_party_org(doc, title: str, start: int, pos: int, limit: int) -> OrgSpan | None:
    """The central body of a party title with no organisation read after it: "Tổng Bí
    thư [Ban chấp hành Trung ương …]" -> the Central Committee (not when a country follows:
    "Tổng Bí thư Lào …" heads another party); "Bí thư Quân ủy Trung ương" -> that commission."""
    key = title.lower()
    text = doc.match
    if key in _BODY_TITLES:
        body = _BODIES.match(text, pos, limit)
        if body is None:
            return None
        name = body.group(1).replace("uỷ", "ủy")
        return OrgSpan(body.start(1), body.end(1), name, "party", None)
    if key not in _GENERAL_SECRETARY:
        return None
    written = _COMMITTEE.match(text, pos, limit)
    named = _committee_named(doc)
    if named is None:
        return None   # the article never names the Committee: the post is not stated with its body
    if written is not None:
        return OrgSpan(pos, written.end(), named, "party", None)
    w = word_at(text, pos, limit)
    if w is not None and w.is_cap and (hit := country_at(text, w.start, ambiguous=True)) is not None \
            and hit.name != "Việt Nam":
        return None
    return OrgSpan(start, start, named, "party", None)


_NAMED = re.compile(_COMMITTEE.pattern.removeprefix(r"\s*"))


def _committee_named(doc) -> str | None:
    """The Central Committee as the article names it ("Tổng Bí thư Ban Chấp hành Trung
    ương Đảng Nguyễn Phú Trọng" then "Tổng Bí thư Nguyễn Phú Trọng": one post, one name);
    None when the article does not name it (a bare "Tổng Bí thư NAME" was measured: the
    annotators leave that post out)."""
    return doc.derived("party_central.committee", _committee_in)


def _committee_in(doc) -> str | None:
    names = {o.name for o in doc.organizations if o.name.startswith("Ban Chấp hành Trung ương Đảng")}
    if len(names) == 1:
        return names.pop()
    return CENTRAL_COMMITTEE if _NAMED.search(doc.match) else None
