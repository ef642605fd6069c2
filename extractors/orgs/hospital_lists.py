"""Hospitals listed by their short names after a plural head.

Real press names several hospitals once: "tại 5 bệnh viện Việt Đức, Xanh Pôn,
Phụ sản Hà Nội và Phụ sản T.Ư", "12 bệnh viện … gồm: Bệnh viện Nhân dân 115,
Gia Định, Từ Dũ…", "hai bệnh viện đa khoa tỉnh Yên Bái và Thanh Hoá". Each
item is read as if "Bệnh viện" (and the list's shared "đa khoa tỉnh …") were
written before it. A list counts only when it looks like one: two items or
more, or one the gazetteer knows; after a distant "như"/"gồm", one item at
least must be known. Single places ("các bệnh viện Hà Nội"), countries and
personal names end a list: those plurals are generic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Doc
from ..gazetteer import abbreviations
from ..places import country_at, place_at
from ..tokens import UPPER, is_vietnamese_syllable, person_at, word_at
from .descriptors import DESC_RE
from .earlier import earlier_full_name
from .heads import HEAD_RE
from .known import lookup
from .span import OrgSpan
from .walker import canonical, implied_walk, org_at
from ..lazy import lazy_compile

_HOSPITAL_HEAD = re.compile(r"(?:[Bb]ệnh viện|BV)(?![^\W\d_])")
_ADMIN = re.compile(r"(?:tỉnh|huyện|quận|thị xã|khu vực|thành phố)(?![^\W\d_])")
# a list announced after a generic description: "… bệnh viện đầu ngành … như Việt Đức, …"
# (r"(?:,\s*)?(?:như là|như|bao gồm|gồm có|gồm|là)\s*:?\s+|:\s*" with its words one branch each, in
# order: every branch opens on a literal, so the search skips to those in C)
_MARKER = re.compile(r",\s*(?:như là|như|bao gồm|gồm có|gồm|là)\s*:?\s+|" +
                     "|".join(w + r"\s*:?\s+" for w in ("như là", "như", "bao gồm", "gồm có", "gồm", "là")) + r"|:\s*")
_MARKER_REACH = 90
_SEPARATOR = re.compile(r"\s*(?:,|;|và|cùng|hoặc)\s*")
# what may follow an item before the next separator: "của TP HCM", "- cơ sở 3", "(Hà Nội)"
_TRAILER = lazy_compile(r"\s*(?:(?:của|ở|tại)\s+(?:TP\.?\s?HCM|" + UPPER + r"[^\W\d_]*(?:\s+" + UPPER + r"[^\W\d_]*)*)"
                      r"|[-–]\s*cơ sở\s+\d+|\([^()]{1,30}\))")
# capitalised words that make a plural generic, not a name ("các bệnh viện Nhà nước")
_GENERIC_ITEMS = frozenset({"Nhà nước", "Quân đội", "Công an", "Trung ương", "Tư nhân", "Công lập",
                            "Đa khoa", "Chuyên khoa", "Tuyến", "Huyện", "Tỉnh", "Vệ tinh"})


@dataclass
class _Item:
    span: OrgSpan
    known: bool
    explicit: bool      # written with its own head ("Bệnh viện ĐH Y Hà Nội")
    proper: bool        # a capitalised name, not only a specialty ("Ung bướu")


def hospital_list(doc: Doc, pos: int, limit: int) -> list[OrgSpan]:
    """The hospitals listed after the plural head at pos ([] when it is no list)."""
    text = doc.match
    head = _HOSPITAL_HEAD.match(text, pos, limit)
    if not head:
        return []
    prefix_end, admin = _prefix(doc, head.end(), limit)
    first = word_at(text, prefix_end, limit)
    if first is None:
        return []
    direct = first.is_cap or first.text.isdigit()
    if direct:
        start = first.start
    else:
        marker = _MARKER.search(text, prefix_end, min(limit, prefix_end + _MARKER_REACH))
        if marker is None or ";" in text[prefix_end:marker.start()]:
            return []
        start = marker.end()
    prefix = _written_head(" ".join(text[head.start():prefix_end].split())) if admin else None
    items = _items(doc, start, limit, prefix, pos if direct else None)
    return _accepted(items, direct)


def _prefix(doc: Doc, pos: int, limit: int) -> tuple[int, str | None]:
    """End of the lower-case descriptors after the head ("đa khoa tỉnh"), and the admin word."""
    text, admin, cur = doc.match, None, pos
    while True:
        w = word_at(text, cur, limit)
        if w is None or w.is_cap:
            return cur, admin
        a = _ADMIN.match(text, w.start, limit)
        if a:
            admin, cur = a.group(0), a.end()
            continue
        d = DESC_RE.match(doc.lower, w.start, limit)
        if not d:
            return cur, admin
        cur = d.end()


def _written_head(prefix: str) -> str:
    """The list's shared head written out: "BV tỉnh" (… Long An, Cần Thơ, Phú Yên) is "Bệnh viện
    tỉnh", "BVĐK huyện" "Bệnh viện Đa khoa huyện", as a head read on its own is."""
    head, _, rest = prefix.partition(" ")
    full = abbreviations().get(head)
    return f"{full} {rest}".rstrip() if full is not None and full.startswith("Bệnh viện") else prefix


def _items(doc: Doc, pos: int, limit: int, prefix: str | None, head_pos: int | None) -> list[_Item]:
    text = doc.match
    items: list[_Item] = []
    cur = pos
    while True:
        item = _item_at(doc, cur, limit, prefix, head_pos if not items else None, items)
        if item is None:
            break
        items.append(item)
        cur = item.span.end
        trailer = _TRAILER.match(text, cur, limit)
        if trailer:
            cur = trailer.end()
        sep = _SEPARATOR.match(text, cur, limit)
        if not sep:
            break
        cur = sep.end()
    return items


def _item_at(doc: Doc, pos: int, limit: int, prefix: str | None, head_pos: int | None,
             items: list[_Item]) -> _Item | None:
    text = doc.match
    w = word_at(text, pos, limit)
    if w is None:
        return None
    if head_pos is not None:   # the first item is written with the list's own head
        span = org_at(doc, head_pos, limit)
        if span is not None and span.type == "hospital":
            return _Item(span, span.canonical is not None, False, True)
    if HEAD_RE.match(text, w.start):
        span = org_at(doc, w.start, limit)
        if span is None or span.type != "hospital":
            return _head_word_item(doc, w.start, limit, prefix, items)
        return _Item(span, span.canonical is not None, True, True)
    if w.text.isdigit() and items and re.search(r"\d+$", items[-1].span.name):
        # "Nhi Đồng 1 và 2": the second shares the first's name
        name = re.sub(r"\d+$", w.text, items[-1].span.name)
        span = canonical(OrgSpan(w.start, w.end, name, "hospital", items[-1].span.province))
        return _Item(span, span.canonical is not None, False, True)
    if not w.is_cap:
        return None
    return _bare_item(doc, w.start, limit, prefix)


def _head_word_item(doc: Doc, pos: int, limit: int, prefix: str | None, items: list[_Item]) -> _Item | None:
    """"các bệnh viện gồm Chợ Rẫy, Đại học Y dược, Nhi đồng 1": a later item whose first word
    is another body's head ("Đại học") is the hospital of that name when the gazetteer knows one
    or the story named it in full before."""
    item = _bare_item(doc, pos, limit, prefix) if items else None
    if item is None or item.known:
        return item
    full = earlier_full_name(doc, item.span.name)
    if full is None:
        return None
    return _Item(OrgSpan(item.span.start, item.span.end, full[0], "hospital", full[1]), True, False, True)


def _bare_item(doc: Doc, pos: int, limit: int, prefix: str | None) -> _Item | None:
    """A short name with no head: "Chợ Rẫy", "Phụ sản T.Ư", "Thanh Hoá" (after "đa khoa tỉnh")."""
    text = doc.match
    if country_at(text, pos, ambiguous=True) or _person_here(text, pos, limit):
        return None
    walk = implied_walk(doc, pos, limit, "Bệnh viện", "hospital")
    if walk is None or walk.end <= pos:
        return None
    rest = re.sub(r"\s+", " ", " ".join(walk.parts))[len("Bệnh viện"):].strip()
    if not rest or rest in _GENERIC_ITEMS:
        return None
    place = place_at(text, pos)
    only_place = place is not None and place.end >= walk.end
    if prefix and (only_place or _place_like(text[pos:walk.end])):
        name = f"{prefix} {text[pos:walk.end]}"   # "bệnh viện đa khoa huyện Văn Yên và Thọ Xuân"
    elif only_place:
        return None   # "các bệnh viện Hà Nội": the hospitals of a place
    else:
        name = f"Bệnh viện {rest}"
    span = canonical(OrgSpan(pos, walk.end, _capitalised(name), "hospital", walk.province))
    known = span.canonical is not None or lookup(span.name, span.province) is not None
    return _Item(span, known, False, walk.proper or only_place)


_PLACE_LIKE = lazy_compile(UPPER + r"[^\W\d_]*(?: " + UPPER + r"[^\W\d_]*){0,2}")


def _place_like(words: str) -> bool:
    """One to three capitalised Vietnamese syllables: a district's name ("Thọ Xuân"), not
    a hospital's own ("Việt - Tiệp", "Vinmec")."""
    return bool(_PLACE_LIKE.fullmatch(words)) and all(is_vietnamese_syllable(w) for w in words.split())


def _person_here(text: str, pos: int, limit: int) -> bool:
    got = person_at(text, pos, limit)
    return bool(got) and len(got[1].split()) >= 3


def _capitalised(name: str) -> str:
    """"bệnh viện đa khoa tỉnh X" -> "Bệnh viện Đa khoa tỉnh X"."""
    name = "Bệnh viện" + name[len("bệnh viện"):] if name.lower().startswith("bệnh viện") else name
    return re.sub(r"^Bệnh viện (đa khoa|hữu nghị)", lambda m: f"Bệnh viện {m.group(1).capitalize()}", name)


def _accepted(items: list[_Item], direct: bool) -> list[OrgSpan]:
    """The items of a real list: two or more, or a known one; after a distant marker a
    known one at least; specialties alone ("Ung bướu") only beside named ones."""
    if not items:
        return []
    known = any(i.known for i in items)
    named = [i for i in items if i.known or i.explicit or i.proper]
    if not direct and not known:
        return []
    if len(items) < 2 and not known:
        return []
    if not named:
        return []
    return [_placed(items, k) for k in range(len(items))]


def _placed(items: list[_Item], k: int) -> OrgSpan:
    """A specialty named alone after a placed hospital ("Tim Hà Nội, Phụ sản, Ung bướu") is
    the one of that place."""
    item = items[k]
    if item.proper or item.known or item.span.province:
        return item.span
    near = [i for i in items[k - 1::-1] if i.span.province] if k else []
    if not near:
        return item.span
    province = near[0].span.province
    span = item.span
    return canonical(OrgSpan(span.start, span.end, f"{span.name} {province}", span.type, province))


def hospitals_after(doc: Doc, span: OrgSpan, limit: int) -> list[OrgSpan]:
    """"Bệnh viện Bạch Mai, Việt Đức, Phụ sản T.Ư": more hospitals named by the one head a
    singular hospital's name was written with; each one the gazetteer knows by its short name
    (an unknown capitalised word after the comma may be a place, a person or a ward)."""
    text = doc.match
    if span.type != "hospital" or not _SEPARATOR.match(text, span.end, limit) \
            or not _HOSPITAL_HEAD.match(text, span.start, limit):
        return []
    out: list[OrgSpan] = []
    cur = span.end
    while (sep := _SEPARATOR.match(text, cur, limit)) is not None:
        w = word_at(text, sep.end(), limit)
        if w is None or not w.is_cap or HEAD_RE.match(text, w.start):
            break
        item = _bare_item(doc, w.start, limit, None)
        if item is None or not item.known:
            break
        out.append(item.span)
        cur = item.span.end
    return out
