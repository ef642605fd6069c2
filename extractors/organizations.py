"""Organisations and hospitals: head noun + proper-name boundary + context.

A name starts at a head noun from the lexicon ("Bệnh viện", "Sở", "UBND",
"Trường Đại học"…) and runs over capitalised words, numbers, descriptor
phrases ("đa khoa", "y tế", "kiểm soát bệnh tật") and a final place name. It
stops at a verb, a person's name or punctuation. Abbreviations are expanded,
bare mentions ("Sở Y tế", "UBND tỉnh", "Bệnh viện Đa khoa tỉnh") take the
article's province, plurals ("các bệnh viện") are skipped, and names known to
the gazetteer are written in their official form.
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import gazetteer
from .doc import Doc, Organization, provenance
from .places import find_places, place_at
from .textnorm import match_text
from .tokens import person_at, word_at

NAME = "organizations"
VERSION = "6"

# head (as written, matching text) -> (expanded head, type, needs_place)
_HEADS: list[tuple[str, str, str]] = [
    ("Ủy ban nhân dân", "Ủy ban nhân dân", "government"),
    ("UBND", "Ủy ban nhân dân", "government"),
    ("Hội đồng nhân dân", "Hội đồng nhân dân", "government"),
    ("HĐND", "Hội đồng nhân dân", "government"),
    ("Văn phòng", "Văn phòng", "government"),
    ("Sở", "Sở", "government"),
    ("SYT", "Sở Y tế", "health_department"),
    ("Bộ Chính trị", "Bộ Chính trị", "party"),
    ("Bộ", "Bộ", "ministry"),
    ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương", "party"),
    ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ", "party"),
    ("Ban Bí thư", "Ban Bí thư", "party"),
    ("Ban", "Ban", "party"),
    ("Tỉnh ủy", "Tỉnh ủy", "party"),
    ("Thành ủy", "Thành ủy", "party"),
    ("Huyện ủy", "Huyện ủy", "party"),
    ("Đảng ủy", "Đảng ủy", "party"),
    ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "government"),
    ("Chính phủ", "Chính phủ", "government"),
    ("Quốc hội", "Quốc hội", "government"),
    ("Bệnh viện", "Bệnh viện", "hospital"),
    ("BVĐKTW", "Bệnh viện Đa khoa Trung ương", "hospital"),
    ("BVĐK", "Bệnh viện Đa khoa", "hospital"),
    ("BV", "Bệnh viện", "hospital"),
    ("Trung tâm", "Trung tâm", "health_center"),
    ("TTYT", "Trung tâm Y tế", "health_center"),
    ("CDC", "Trung tâm Kiểm soát bệnh tật", "health_center"),
    ("Trạm Y tế", "Trạm Y tế", "health_center"),
    ("Phòng khám", "Phòng khám", "health_center"),
    ("Phòng Y tế", "Phòng Y tế", "health_department"),
    ("Trường Đại học", "Trường Đại học", "university"),
    ("Trường Cao đẳng", "Trường Cao đẳng", "university"),
    ("Đại học", "Đại học", "university"),
    ("Học viện", "Học viện", "university"),
    ("Bảo hiểm xã hội", "Bảo hiểm xã hội", "agency"),
    ("BHXH", "Bảo hiểm xã hội", "agency"),
    ("Tổng cục", "Tổng cục", "agency"),
    ("Chi cục", "Chi cục", "agency"),
    ("Cục", "Cục", "agency"),
    ("Vụ", "Vụ", "agency"),
    ("Viện", "Viện", "agency"),
    ("Thanh tra", "Thanh tra", "agency"),
    ("Tập đoàn", "Tập đoàn", "company"),
    ("Tổng công ty", "Tổng công ty", "company"),
    ("Công ty", "Công ty", "company"),
    ("Hiệp hội", "Hiệp hội", "other"),
    ("Hệ thống Bệnh viện", "Hệ thống Bệnh viện", "hospital"),
    ("Hội", "Hội", "other"),
    ("Công đoàn", "Công đoàn", "other"),
    ("Quỹ", "Quỹ", "other"),
]
_HEAD_INFO = {h.lower(): (exp, typ) for h, exp, typ in _HEADS}
_HEAD_RE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(re.escape(h) for h, _, _ in
                                 sorted(_HEADS, key=lambda x: -len(x[0]))) + r")(?![^\W\d_])",
    re.IGNORECASE)
# heads that may be written in lower case and still open a name ("bệnh viện Bạch Mai")
_LOWER_OK = {"bệnh viện", "trung tâm", "trường đại học", "công ty"}

# Descriptor phrases that belong inside names, longest first. The first set
# may be written in lower case ("Bệnh viện đa khoa tỉnh"); the second only
# counts when capitalised ("Sở Kế hoạch và Đầu tư"), since in lower case those
# words are ordinary verbs and nouns ("Sở Y tế tổ chức…").
_LOWER_DESCRIPTORS = """
y tế|y khoa|y học|y dược|đa khoa trung tâm|đa khoa|đại học|nhi đồng|hữu nghị|nhân dân|xã hội|trung ương|khu vực|
quốc tế|y học cổ truyền|phục hồi chức năng|kiểm soát bệnh tật|huyết học truyền máu|huyết học|
truyền máu|ung bướu|sản nhi|phụ sản|sản|nhi|quản lý khám chữa bệnh|quản lý khám, chữa bệnh|
quản lý khám bệnh, chữa bệnh|quản lý dược|y tế dự phòng|an toàn thực phẩm|dân số|pháp y|
giám định y khoa|kiểm nghiệm|chấn thương chỉnh hình|tâm thần|da liễu|nội tiết|lao và bệnh phổi|
bệnh phổi|phổi|mắt|răng hàm mặt|tai mũi họng|tim mạch|truyền nhiễm|bệnh nhiệt đới|nhiệt đới|
lão khoa|chuyên sâu|bảo vệ sức khỏe cán bộ|hỗ trợ sinh sản|sinh sản|chăm sóc sức khỏe sinh sản|sức khỏe sinh sản|
trung ương quân đội|quân y|cổ phần|trách nhiệm hữu hạn|dược phẩm|thiết bị y tế|ghép mô tạng|
quản lý thị trường|quản lý chất lượng|an toàn vệ sinh thực phẩm|vệ sinh an toàn thực phẩm|
bảo vệ thực vật|thú y|dân số - kế hoạch hóa gia đình|dân số và phát triển|phòng chống HIV/AIDS|
vệ sinh dịch tễ|dinh dưỡng|an toàn vệ sinh thực phẩm|vệ sinh an toàn thực phẩm|vệ sinh thực phẩm|
bảo trợ trẻ em|chữ thập đỏ|kế hoạch hóa gia đình|sốt rét|ký sinh trùng|côn trùng|y tế công cộng
"""
_CAP_DESCRIPTORS = """
kế hoạch và đầu tư|giáo dục và đào tạo|khoa học và công nghệ|lao động - thương binh và xã hội|
tài nguyên và môi trường|thông tin và truyền thông|văn hóa, thể thao và du lịch|kế hoạch|tài chính|
tổng hợp|tổ chức|cán bộ|nội vụ|tư pháp|công thương|xây dựng|giao thông vận tải|ngoại vụ|
nông nghiệp và phát triển nông thôn|nông nghiệp và môi trường|khoa học|công nghệ|kỹ thuật|
thông tin|truyền thông|giáo dục|sức khỏe|môi trường|đào tạo|điều dưỡng|cấp cứu|quản lý|dược|
tuyên giáo|dân vận|nội chính|tuyên giáo và dân vận|chỉ đạo
"""


def _alternation(block: str) -> list[str]:
    items = {d.strip() for d in block.replace("\n", "").split("|") if d.strip()}
    return sorted(items, key=len, reverse=True)


_DESC_RE = re.compile(r"(" + "|".join(re.escape(d) for d in _alternation(_LOWER_DESCRIPTORS))
                      + r")(?![^\W\d_])")
_CAP_DESC_RE = re.compile(r"(" + "|".join(re.escape(d) for d in _alternation(_CAP_DESCRIPTORS))
                          + r")(?![^\W\d_])")
_ADMIN = re.compile(r"(tỉnh|thành phố|Thành phố|TP\.?|huyện|quận|thị xã|xã|phường)(?![^\W\d_])")
_LOCAL_ADMIN = ("huyện", "quận", "thị xã", "xã", "phường")
_PLURAL_BEFORE = re.compile(
    r"(?:các|những|nhiều|mỗi|một|một số|số|tất cả|hai|ba|bốn|năm|vài|\d+|các đơn vị|cả|hàng chục|hàng trăm|hàng loạt|cơ)\s*$",
    re.IGNORECASE)
_PLANNED_BEFORE = re.compile(r"(?:thành lập|xây dựng|thành lập mới|hình thành)\s+(?:[\w,]+\s+){0,6}$",
                             re.IGNORECASE)
# Words after a head that make the phrase generic, not a name.
_GENERIC_AFTER = re.compile(
    r"(tuyến|vệ tinh|hạng|công lập|ngoài công lập|tư nhân|trong|trên|các|này|đó|của|và|với|"
    r"thuộc|đầu ngành|chuyên khoa|trực thuộc|cơ sở|địa phương|bạn|lớn|tỉnh,|ngành)(?![^\W\d_])")
_TPHCM = re.compile(r"TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh|Thành phố Hồ Chí Minh|thành phố Hồ Chí Minh")
_STOP_WORDS = {"Giám", "Phó", "Chủ", "Bí", "Trưởng", "Thứ", "Ông", "Bà", "Đồng"}


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    name: str
    type: str
    province: str | None
    canonical: str | None = None


def _known_key(name: str) -> str:
    text = match_text(name).lower().replace("–", "-")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@cache
def _known() -> dict[str, tuple[str, str, str | None]]:
    """Official names of known organisations by key, for every alias."""
    out: dict[str, tuple[str, str, str | None]] = {}
    for org in gazetteer.known_orgs():
        for variant in (org.name, *org.aliases):
            out.setdefault(_known_key(variant), (org.name, org.type, org.province))
    return out


def _place_phrase(text: str, pos: int, limit: int) -> tuple[int, str, str | None] | None:
    """'tỉnh Nghệ An' / 'Nghệ An' / 'TP.HCM' / 'thành phố Vinh' at pos -> (end, written, province)."""
    w = word_at(text, pos, limit)
    if w is None:
        return None
    m = _TPHCM.match(text, w.start)
    if m:
        return m.end(), "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"
    hit = place_at(text, w.start)
    if hit:
        return hit.end, text[hit.start:hit.end], hit.name
    a = _ADMIN.match(text, w.start)
    if a:
        nxt = word_at(text, a.end(), limit)
        if nxt is not None and nxt.is_cap:
            m = _TPHCM.match(text, nxt.start)
            if m:
                return m.end(), "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"
            hit = place_at(text, nxt.start)
            admin = a.group(1).lower().rstrip(".")
            admin = "thành phố" if admin == "tp" else admin
            if hit:
                return hit.end, f"{admin} {text[hit.start:hit.end]}", hit.name
            if admin == "tỉnh":
                return None  # every province is in the gazetteer: "tỉnh H'Lim Niê" is no place
            # a district or town name: capitalised words after the admin word
            end, parts = a.end(), []
            cur = nxt
            while cur is not None and cur.is_cap and cur.is_alpha and len(parts) < 4 \
                    and cur.text not in _STOP_WORDS and not _person_after_place(text, cur.start,
                                                                                 limit, parts):
                parts.append(cur.text)
                end = cur.end
                cur = word_at(text, end, limit)
            if parts:
                return end, f"{admin} {' '.join(parts)}", None
    return None


_ABBREVIATIONS = [(re.compile(r"(?<![^\W\d_])(?:TW|TƯ|T\.Ư)(?![^\W\d_])"), "Trung ương"),
                  (re.compile(r"(?<![^\W\d_])ĐK(?![^\W\d_])"), "Đa khoa")]


def _expand_abbreviations(name: str) -> str:
    """'TP.HCM' / 'TW' / 'ĐK' inside a written name -> full words (names are compared expanded)."""
    name = _TPHCM.sub("Thành phố Hồ Chí Minh", name)
    for pattern, full in _ABBREVIATIONS:
        name = pattern.sub(full, name)
    return name


def _person_after_place(text: str, pos: int, limit: int, parts: list[str]) -> bool:
    """A personal name starts at pos, after an admin word ("huyện Hoàng Mai" is a place).

    The first word after "huyện"/"quận"/… names the place, so a two-syllable
    "name" there ("Hoàng Mai") is the place; a three-syllable one is a person
    ("UBND xã Lê Văn Hùng" is not written so, but "Chủ tịch UBND xã Lê Văn Hùng" is).
    """
    got = person_at(text, pos, limit)
    if not got:
        return False
    n = len(got[1].split())
    if parts:
        return _person_starts_here(text, pos, limit)
    if n == 2:
        return False
    if n >= 5:
        # "huyện Hoàng Mai Nguyễn Văn An": a place, then a three-syllable name
        words = got[1].split()
        later = re.search(r"\b" + re.escape(" ".join(words[-3:])) + r"$", got[1])
        offset = pos + later.start() if later else -1
        tail = person_at(text, offset, limit) if offset > pos else None
        if tail and len(tail[1].split()) == 3:
            return False
    return True


@cache
def _dictionary() -> frozenset[str]:
    """Two- and three-syllable Vietnamese words (underthesea's word list), to keep compounds whole."""
    spec = importlib.util.find_spec("underthesea")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    for root in roots:
        path = root / "corpus" / "data" / "Viet74K.txt"
        if path.is_file():
            words = path.read_text(encoding="utf-8").splitlines()
            return frozenset(match_text(w.strip()).lower() for w in words if 1 <= w.count(" ") <= 2)
    return frozenset()


_NON_WORD = re.compile(r"[^\w\s]")


def _fast_key(lowered_match: str) -> str:
    """`_known_key` for text that is already matching text in lower case."""
    return " ".join(_NON_WORD.sub(" ", lowered_match.replace("–", "-")).split())


@cache
def _known_prefixes() -> frozenset[str]:
    """Every word prefix of a known key, so the longest-match walk stops early."""
    out = set()
    for key in _known():
        words = key.split()
        out.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return frozenset(out)


def _known_at(text: str, pos: int, limit: int) -> tuple[int, tuple[str, str, str | None]] | None:
    """The longest gazetteer name (or alias) written at pos: (end, (name, type, province))."""
    table = _known()
    prefixes = _known_prefixes()
    best = None
    cur = pos
    for _ in range(16):
        w = word_at(text, cur, limit)
        if w is None:
            break
        cur = w.end
        if not w.text[:1].isalnum():
            continue
        key = _fast_key(text[pos:cur].lower())
        if key not in prefixes:
            break
        hit = table.get(key)
        if hit:
            best = (cur, hit)
    return best


# a title right before a head: "Giám đốc Bệnh viện Nguyễn Văn An" names the director
_TITLE_BEFORE = re.compile(r"(?:Giám đốc|[Tt]rưởng|Chủ tịch|Bí thư|[Ll]ãnh đạo|[Đđ]ại diện|"
                           r"Hiệu trưởng|Chủ nhiệm)\s+$")
# heads that take a whole organisation: "Văn phòng UBND tỉnh", "Thanh tra Sở Y tế"
_CONTAINERS = ("Văn phòng", "Thanh tra", "Đảng ủy", "Công đoàn")
_PARTY_HEAD = re.compile(r"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy)(?![^\W\d_])")
# provincial public-health centres: one per province, so a bare mention is the article's
_PROVINCIAL_CENTRE = re.compile(r"(?:Kiểm soát bệnh tật|Pháp y|Giám định y khoa|Huyết học|Kiểm nghiệm|"
                                r"Truyền thông giáo dục sức khỏe|Y tế dự phòng|Chăm sóc sức khỏe sinh sản|"
                                r"Bảo vệ sức khỏe cán bộ)", re.IGNORECASE)
# a number followed by these counts something; it is not part of a name ("… 500 triệu đồng")
_QUANTITY_AFTER = re.compile(
    r"\s*(?:[.,]\d|%|triệu|tỷ|tỉ|nghìn|ngàn|trăm|đồng|giường|người|ca|bệnh nhân|lượt|kỹ thuật|"
    r"bác sĩ|cán bộ|học viên|máy|chiếc|suất|năm|tháng|ngày|giờ|tuổi|phút)(?![^\W\d_])")
_PAREN_ABBREV = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&.\-]{1,9}\s*\)")
# an abbreviation inside a document code ("123/SYT-NVY") is no mention
_IN_CODE = re.compile(r"[A-ZĐ]+[/-]")
# after a bare head, a plural or a count makes the mention generic ("Sở Y tế các tỉnh")
_GENERIC_FOLLOW = re.compile(r"\s*(?:của\s+)?(?:các|những|\d+)\s")


def org_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The organisation whose name starts exactly at `pos` (matching text), if any."""
    text = doc.match
    m = _HEAD_RE.match(text, pos, limit)
    if not m:
        return None
    head = m.group(1)
    expanded, typ = _HEAD_INFO[head.lower()]
    if head[0].islower() and head.lower() not in _LOWER_OK:
        return None
    parts: list[str] = [expanded]
    end = m.end()
    proper = False          # saw a capitalised, non-descriptor word
    named = False           # saw any capitalised word after the head
    placed = False          # the name ends in a place ("… thành phố Vinh")
    province: str | None = None
    bare_admin = False
    described = False       # saw a descriptor ("đa khoa", "y tế")
    placed_done = False     # a known name already ends in its place
    known = _known_at(text, pos, limit)
    if known and known[0] > m.end():
        # a name the gazetteer knows is taken whole ("Viện Vệ sinh dịch tễ Trung ương",
        # "Bệnh viện 175"); capitalised words or a place may still follow
        rest = _expand_abbreviations(" ".join(text[m.end():known[0]].split()))
        if not head[0].islower() or any(c.isupper() for c in rest):
            parts = [f"{expanded} {rest}"]
            end = known[0]
            proper = named = True
            province = known[1][2]
            placed = province is not None
            ends_in_place = any(h.end == known[0] for h in find_places(text, m.end(), known[0]))
            if ends_in_place or _TPHCM.search(text, m.end(), known[0]):
                placed_done = True   # "Sở Y tế tỉnh Nghệ An": a place ends the name
    before_dash = end
    while not placed_done:
        w = word_at(text, end, limit)
        if w is None:
            break
        # containers take a whole organisation: "Văn phòng UBND tỉnh", "Ban Tuyên giáo Tỉnh ủy"
        if (expanded in _CONTAINERS and not named) or (
                expanded == "Ban" and named and _PARTY_HEAD.match(text, w.start)):
            inner = org_at(doc, w.start, limit) if _HEAD_RE.match(text, w.start) else None
            if inner is not None:
                parts.append(inner.name)
                end, province, placed = inner.end, inner.province, True
                named = proper = True
                break
        # place names end the organisation name
        place = _place_phrase(text, w.start, limit) if (w.is_cap or _ADMIN.match(text, w.start)) else None
        if place and not (typ in ("ministry", "agency") and not proper and place[2] is None):
            if place[2] is None and _ADMIN.match(text, w.start) is None and not proper:
                pass
            else:
                end, written, province = place[0], place[1], place[2] or province
                parts.append(written)
                placed = True
                break
        adm = _ADMIN.match(text, w.start)
        if adm and adm.end() <= limit:
            after = word_at(text, adm.end(), limit)
            if after is None or not after.is_cap or place is None:
                if adm.group(1).lower() in _LOCAL_ADMIN:
                    return None   # "UBND xã", "Trung tâm Y tế huyện": which one is not said
                # "Bệnh viện Đa khoa tỉnh" / "UBND tỉnh": bare, the article's province
                parts.append(adm.group(1).rstrip(".").replace("TP", "thành phố").lower())
                end = adm.end()
                bare_admin = True
                break
        d = _DESC_RE.match(doc.lower, w.start, limit) or (
            _CAP_DESC_RE.match(doc.lower, w.start, limit) if w.is_cap else None)
        if d and (not w.is_cap or not _HEAD_RE.match(text, w.start) or
                  d.group(1) in ("đại học", "trung ương", "y tế", "y học", "y dược")):
            parts.append(text[d.start():d.end()])
            end = d.end()
            named = named or w.is_cap
            described = True
            continue
        if w.text == "(" and named:
            paren = _PAREN_ABBREV.match(text, w.start, limit)
            nxt = word_at(text, paren.end(), limit) if paren else None
            if nxt is not None and (nxt.is_cap or _TPHCM.match(text, nxt.start)
                                    or _ADMIN.match(text, nxt.start)) and \
                    _place_phrase(text, nxt.start, limit):
                end = paren.end()   # the name goes on after "(CDC)": skip the abbreviation
                continue
            break
        if w.text in ("-", "–") and named:
            nxt = word_at(text, w.end, limit)
            if nxt is not None and nxt.is_cap and not (_HEAD_RE.match(text, nxt.start)
                                                      and not _DESC_RE.match(doc.lower, nxt.start)) \
                    and not place_at(text, nxt.start) and not _TPHCM.match(text, nxt.start):
                parts[-1] = parts[-1] + " -"
                before_dash, end = end, w.end
                continue
            break
        if w.text == "và":
            nxt = word_at(text, w.end, limit)
            if (nxt is not None and nxt.is_cap and typ in ("government", "ministry", "agency",
                                                            "health_center")
                    and not _HEAD_RE.match(text, nxt.start) and not place_at(text, nxt.start)
                    and not person_at(text, nxt.start, limit)):
                parts.append("và")
                end = w.end
                continue
            break
        if w.text.isdigit() and named and len(w.text) <= 3 and typ in ("hospital", "health_center",
                                                                      "other", "company") \
                and not _QUANTITY_AFTER.match(text, w.end) and not _counted_after(text, w.end, limit):
            parts.append(w.text)
            end = w.end
            proper = True   # "Nhi đồng 1" is a specific hospital
            continue
        if not w.is_cap and w.is_alpha and named and typ in ("company", "other"):
            # "Công ty TNHH Suất ăn công nghiệp Minh Phát", "Hiệp hội Doanh nghiệp dược Việt Nam":
            # a short lower-case run inside a company's or association's proper name
            run_end = _lowercase_bridge(text, w.start, limit)
            if run_end is not None:
                parts.append(text[w.start:run_end])
                end = run_end
                continue
        if w.is_cap and w.is_alpha:
            if typ == "company" and _HEAD_RE.match(text, w.start) and \
                    all(_LEGAL_FORM.fullmatch(p_) for p_ in parts[1:]):
                parts.append(w.text)   # "Công ty Cổ phần Bệnh viện Đa khoa Tâm Anh"
                end = w.end
                named = True
                continue
            if w.text in _STOP_WORDS or (_HEAD_RE.match(text, w.start) and named):
                break
            person = person_at(text, w.start, limit) if not proper else None
            if proper and _person_starts_here(text, w.start, limit):
                break
            if person:
                # no proper name yet: "Bệnh viện Nguyễn Tri Phương" is named after a person,
                # but "Giám đốc Bệnh viện Nguyễn Văn An" names the director
                taken = _name_part(text, w.start, limit, person)
                if (taken and not _TITLE_BEFORE.search(text, max(0, pos - 30), pos)
                        and (len(taken) <= 2 or (typ in ("hospital", "health_center") and not named))):
                    parts.extend(x.text for x in taken)
                    end = taken[-1].end
                    proper = named = True
                    continue
                if named or typ in ("hospital", "health_center") or len(person[1].split()) >= 3:
                    break
            parts.append(w.text)
            end = w.end
            proper = named = True
            nxt = word_at(text, end, limit)
            if (nxt is not None and nxt.start == end + 1 and nxt.is_alpha and not nxt.is_cap
                    and not _ADMIN.match(text, nxt.start) and not _DESC_RE.match(doc.lower, nxt.start)):
                # a compound split by capitalisation: "Viện Dinh dưỡng", "Bộ Quốc phòng",
                # "Hội Nữ hộ sinh"
                nxt2 = word_at(text, nxt.end, limit)
                if (nxt2 is not None and nxt2.start == nxt.end + 1 and nxt2.is_alpha and not nxt2.is_cap
                        and f"{w.text.lower()} {nxt.text} {nxt2.text}" in _dictionary()):
                    parts.extend((nxt.text, nxt2.text))
                    end = nxt2.end
                elif f"{w.text.lower()} {nxt.text}" in _dictionary():
                    parts.append(nxt.text)
                    end = nxt.end
            continue
        break
    if parts[-1].endswith(" -"):
        parts[-1], end = parts[-1][:-2], before_dash   # nothing followed the dash
    if head[0].islower() and not proper and not (placed and described):
        return None   # "bệnh viện đa khoa tỉnh Quảng Trị" is named, "bệnh viện tuyến tỉnh" is not
    if (not proper and not placed and typ in ("health_department", "government", "party", "agency")
            and _GENERIC_FOLLOW.match(text, end)):
        return None   # "Sở Y tế các tỉnh", "Sở Y tế 13 tỉnh"
    name = " ".join(parts)
    name = re.sub(r"\s+", " ", name).strip()
    words_after_head = name[len(expanded):].strip()
    if typ == "government" and expanded == "Sở" and words_after_head.startswith("Y tế"):
        typ = "health_department"
    if expanded == "Văn phòng" and not re.search(r"Ủy ban|Tỉnh ủy|Thành ủy|Chính phủ|Quốc hội|Bộ|Sở",
                                                 words_after_head):
        return None
    if expanded == "Ban" and not re.search(r"Tuyên giáo|Tổ chức|Dân vận|Nội chính|Kinh tế|Bảo vệ|"
                                           r"Quản lý|Chỉ đạo|Dân tộc", words_after_head):
        return None
    if expanded == "Ban" and not placed and not bare_admin and not _needs_place(expanded, words_after_head):
        return None   # "Ban Tổ chức" (of an event), "Ban Chỉ đạo": whose is not said
    if expanded in ("Bộ", "Cục", "Vụ", "Viện", "Tổng cục", "Chi cục", "Sở", "Hội", "Quỹ", "Đảng ủy", "Công đoàn",
                    "Phòng Y tế",
                    "Công ty", "Tập đoàn", "Tổng công ty", "Học viện", "Đại học",
                    "Trường Đại học", "Trường Cao đẳng") and not words_after_head:
        return None
    if not words_after_head and typ in ("hospital", "health_center", "agency", "company",
                                        "university", "other"):
        return None
    if typ == "health_center" and not proper and not placed and not bare_admin:
        if words_after_head in ("Y tế", "y tế", "") or not doc.province:
            return None
        if _PROVINCIAL_CENTRE.match(words_after_head) and \
                not _PLANNED_BEFORE.search(text, max(0, pos - 40), pos):
            # "Trung tâm Kiểm soát bệnh tật": the article's province has exactly one
            province = doc.province
            name = f"{name} {province}"
    if typ == "hospital" and not proper and not placed and not bare_admin:
        # "Bệnh viện Ung bướu": a local specialty hospital of the article's province
        if words_after_head and words_after_head[0].isupper() and doc.province and \
                not _PLANNED_BEFORE.search(text, max(0, pos - 40), pos):
            province = doc.province
            name = f"{name} {_short(province)}"
        elif not words_after_head or not words_after_head[0].isupper():
            return None
    if bare_admin or (typ in ("health_department", "government", "party", "agency") and
                      province is None and _needs_place(expanded, words_after_head)):
        if not doc.province:
            return None if not words_after_head else OrgSpan(pos, end, name, typ, None)
        province = doc.province
        name = _with_place(name, expanded, province, bare_admin)
    return _canonical(OrgSpan(pos, end, name, typ, province))


def _name_part(text: str, pos: int, limit: int, person: tuple[int, str]) -> list:
    """Words of a person-like name that belong to an organisation name.

    Up to three syllables are the name ("Bệnh viện Nguyễn Tri Phương"); from four,
    a trailing three-syllable personal name is split off ("Bệnh viện Hồng Ngọc
    Nguyễn Văn An" -> "Hồng Ngọc").
    """
    out = []
    cur = pos
    n = len(person[1].split())
    for i in range(n):
        w = word_at(text, cur, limit)
        if w is None:
            break
        if i and n > 3:
            later = person_at(text, w.start, limit)
            if later and len(later[1].split()) == 3:
                break
        out.append(w)
        cur = w.end
    return out


# what a number right after a name counts ("… tặng Bệnh viện Calmette 1 hệ thống nội soi");
# "Trung tâm Y tế Quận 8 ra quân" keeps its number
_COUNTED = re.compile(r"\s*(?:hệ thống|máy|bộ|chiếc|xe|tấn|kg|liều|hộp|thùng|suất|gói|phần quà|giường|"
                      r"phòng|cơ sở|trạm|tủ|dàn|lô|tỷ|triệu|nghìn|ngàn)(?![^\W\d_])")


def _counted_after(text: str, pos: int, limit: int) -> bool:
    return bool(_COUNTED.match(text, pos, limit))


_LEGAL_FORM = re.compile(r"Cổ phần|TNHH|Trách nhiệm hữu hạn|Một thành viên|MTV|Cổ phần Tập đoàn",
                         re.IGNORECASE)
# words that end a name when they follow it: verbs, prepositions, conjunctions
_NOT_IN_NAMES = frozenset("""đã đang sẽ vừa cũng và với cho của tại là có được đến về từ trong trên
ngày năm tháng tổ chức triển khai đạt tiến hoàn thành nhận chuyển hỗ trợ phối hợp ký kết làm trao
tặng các những này đó khi để theo như thì mà nên nhưng hoặc""".split())


def _lowercase_bridge(text: str, pos: int, limit: int) -> int | None:
    """End of a run of 1-4 lower-case name words at pos that a capitalised word closes."""
    cur = pos
    for _ in range(4):
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha:
            return None
        if w.is_cap:
            if _HEAD_RE.match(text, w.start) or person_at(text, w.start, limit):
                return None
            return cur
        if w.text in _NOT_IN_NAMES:
            return None
        cur = w.end
    return None


def _person_starts_here(text: str, pos: int, limit: int) -> bool:
    """A personal name starts at pos, and not one syllable later.

    "Bệnh viện Bạch Mai Đào Xuân Cơ": "Mai Đào Xuân Cơ" and "Đào Xuân Cơ" both
    look like names (Mai is a surname); full names are usually three syllables,
    so the later start wins when it leaves a three-syllable name.
    """
    here = person_at(text, pos, limit)
    if not here or len(here[1].split()) < 3:
        return False   # full names in the news have three syllables or more; "Phương Đông" is a name part
    w = word_at(text, pos, limit)
    nxt = person_at(text, w.end + 1, limit) if w else None
    if nxt and len(nxt[1].split()) == 3 and len(here[1].split()) > 3:
        return False
    return True


def _needs_place(head: str, rest: str) -> bool:
    """Local bodies named without their place ("Sở Y tế", "Tỉnh ủy", "BHXH tỉnh")."""
    if head in ("Sở", "Sở Y tế"):
        return True
    if head in ("Tỉnh ủy", "Thành ủy", "Ủy ban nhân dân", "Hội đồng nhân dân") and not rest:
        return True
    if head == "Ban" and re.search(r"Tỉnh ủy|Thành ủy", rest):
        return True
    if head == "Văn phòng" and re.search(r"Ủy ban nhân dân|Tỉnh ủy|Thành ủy", rest):
        return True
    return False


def _short(province: str) -> str:
    return province


def _with_place(name: str, head: str, province: str, bare_admin: bool) -> str:
    city = province.startswith("Thành phố") or province in ("Hà Nội", "Hải Phòng", "Đà Nẵng",
                                                            "Cần Thơ", "Huế")
    if bare_admin:
        name = re.sub(r"\s(tỉnh|thành phố)$", "", name)
        if head in ("Sở", "Sở Y tế"):
            return f"{name} {province}"
        if province.startswith("Thành phố"):
            return f"{name} {province}"
        return f"{name} {'thành phố' if city else 'tỉnh'} {province}"
    if head in ("Ủy ban nhân dân", "Hội đồng nhân dân") or (head == "Văn phòng"):
        if province.startswith("Thành phố"):
            return f"{name} {province}"
        return f"{name} {'thành phố' if city else 'tỉnh'} {province}"
    if head == "Tỉnh ủy" and city:
        return f"Thành ủy {province}"
    return f"{name} {province}"


def _lookup(name: str, province: str | None) -> tuple[str, str, str | None] | None:
    table = _known()
    candidates = [name, re.sub(r"\b(tỉnh|thành phố)\s", "", name)]
    if province and name.endswith(" " + province):
        candidates.append(name[: -len(province) - 1])
    for cand in candidates:
        hit = table.get(_known_key(cand))
        if hit:
            return hit
    return None


def _canonical(span: OrgSpan) -> OrgSpan:
    """Keep the form the text supports; note the gazetteer's official name and type."""
    known = _lookup(span.name, span.province)
    if known:
        span = OrgSpan(span.start, span.end, span.name, known[1], known[2] or span.province,
                       known[0])
    # written forms: capitalise descriptor words right after the head ("Đa khoa")
    name = re.sub(r"^(Bệnh viện|Trung tâm) (đa khoa|hữu nghị)",
                  lambda m: f"{m.group(1)} {m.group(2).capitalize()}", span.name)
    name = re.sub(r"Hữu nghị đa khoa", "Hữu nghị Đa khoa", name)
    # departments are named "Sở Y tế Nghệ An", not "Sở Y tế tỉnh Nghệ An"
    if span.province:
        name = re.sub(r"^(Sở [^,]+?) tỉnh (?=" + re.escape(span.province) + r"$)", r"\1 ", name)
    return OrgSpan(span.start, span.end, name, span.type, span.province, span.canonical)


def _heads_in(text: str, start: int, end: int):
    for m in _HEAD_RE.finditer(text, start, end):
        yield m.start(1)


@cache
def _headless_re() -> re.Pattern[str] | None:
    """Gazetteer names that start with no head noun ("Tổ chức Y tế Thế giới", "UNICEF").

    Only names of three words or more, and upper-case acronyms of four letters or
    more (and WHO), so that short aliases ("Bạch Mai") and common abbreviations
    ("BTC" is also "Ban Tổ chức") do not fire on their own.
    """
    forms = set()
    for org in gazetteer.known_orgs():
        for variant in (org.name, *org.aliases):
            v = " ".join(match_text(variant).split())
            if not v or _HEAD_RE.match(v) or place_at(v, 0):
                continue
            acronym = v.isupper() and " " not in v and v.isalpha()
            if acronym and (len(v) >= 4 or v == "WHO"):
                forms.add(v)
            elif not acronym and len(v.split()) >= 3 and v[0].isupper():
                forms.add(v)
    if not forms:
        return None
    alts = sorted(forms, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in a.split(" ")) for a in alts)
    return re.compile(r"(?<![^\W\d_])(" + body + r")(?![^\W\d_])")


def _headless_at(doc: Doc, start: int, end: int) -> dict[int, OrgSpan]:
    pattern = _headless_re()
    out: dict[int, OrgSpan] = {}
    if pattern is None:
        return out
    for m in pattern.finditer(doc.match, start, end):
        hit = _known().get(_known_key(m.group(1)))
        if hit:
            out[m.start(1)] = OrgSpan(m.start(1), m.end(1), hit[0], hit[1], hit[2], hit[0])
    return out


def find(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """All organisations in [start, end) of the matching text, left to right, non-nested."""
    out: list[OrgSpan] = []
    covered = start
    text = doc.match
    headless = _headless_at(doc, start, end)
    for pos in sorted(set(_heads_in(text, start, end)) | set(headless)):
        if pos < covered:
            continue
        if pos in headless:
            out.append(headless[pos])
            covered = headless[pos].end
            continue
        if _IN_CODE.match(text, pos) or (pos > 0 and text[pos - 1] in "/-"):
            continue   # "Công văn số 123/SYT-NVY": a code, not a mention
        if _PLURAL_BEFORE.search(text, max(start, pos - 14), pos):
            continue
        after = word_at(text, _HEAD_RE.match(text, pos).end(), end)
        if after is not None and _GENERIC_AFTER.match(text, after.start):
            continue
        span = org_at(doc, pos, end)
        if span is None:
            continue
        surface = doc.text[span.start:span.end]
        if surface.isupper() and len(surface.split()) >= 4:
            covered = span.end
            continue  # an all-caps headline or byline, not a mention in running text
        if span.name in _GENERIC_NAMES:
            covered = span.end
            continue
        parent = _unit_of(doc, span, end)
        if parent is not None:
            # "Trung tâm Tim mạch và Lồng ngực, Bệnh viện Hữu nghị Việt Đức": a unit of
            # the hospital, not an organisation of its own; the hospital comes next
            doc.__dict__.setdefault("_subunits", {})[span.name] = parent
            covered = span.end
            continue
        out.append(span)
        covered = span.end
    return out


# bodies every organisation has, named without saying whose
_GENERIC_NAMES = frozenset({"Thanh tra nhân dân", "Ban Thanh tra nhân dân", "Ban Giám đốc",
                            "Công đoàn Bệnh viện", "Đảng ủy Bệnh viện", "Hội đồng Khoa học"})
_UNIT_LINK = re.compile(r"\s*(?:,|-|thuộc|trực thuộc|của)\s*")


def _unit_of(doc: Doc, span: OrgSpan, limit: int) -> OrgSpan | None:
    """The hospital or university that a placeless centre is written as part of."""
    if span.type != "health_center" or not span.name.startswith("Trung tâm") or span.province:
        return None
    link = _UNIT_LINK.match(doc.match, span.end, limit)
    if not link:
        return None
    nw = word_at(doc.match, link.end(), limit)
    parent = org_at(doc, nw.start, limit) if nw is not None else None
    return parent if parent is not None and parent.type in ("hospital", "university") else None


def _merge_within_document(orgs: list[Organization]) -> None:
    """One name per organisation in a document.

    Mentions group by the gazetteer's official name when known, else by a loose
    key (a provincial general hospital is one whether or not "Hữu nghị" or
    "tỉnh" is written). Each group is named by its shortest written form, the
    one the text itself supports.
    """
    def loose(name: str) -> str:
        key = _known_key(name)
        return " ".join(w for w in key.split()
                        if w not in ("tỉnh", "hữu", "nghị", "thành", "phố", "huyện", "quận", "thị", "xã",
                                     "hệ", "thống"))

    groups: dict[str, list[Organization]] = {}
    for org in orgs:
        groups.setdefault("k:" + org.canonical if org.canonical else "l:" + loose(org.name),
                          []).append(org)
    for members in groups.values():
        best = min((m.name for m in members), key=lambda n: (len(n), n))
        full = max((m.name for m in members), key=lambda n: (len(n), n))
        canonical = next((m.canonical for m in members if m.canonical), None)
        for m in members:
            m.name = best
            m.full = full
            m.canonical = canonical


def home(doc: Doc, types: frozenset[str]) -> Organization | None:
    """The organisation of these types an article is about: named at least three
    times and at least twice as often as any other (None when no clear one).
    Bare mentions ("Bệnh viện", "Phó Giám đốc Bệnh viện") refer to it."""
    cache = doc.__dict__.setdefault("_home", {})
    if types not in cache:
        counts: dict[str, int] = {}
        first: dict[str, Organization] = {}
        for o in doc.organizations:
            if o.type in types:
                counts[o.name] = counts.get(o.name, 0) + 1
                first.setdefault(o.name, o)
        ranked = sorted(counts.values(), reverse=True)
        clear = ranked and ranked[0] >= 3 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1])
        cache[types] = first[max(counts, key=counts.get)] if clear else None
    return cache[types]


def extract(doc: Doc) -> Doc:
    for s in doc.sentences:
        for span in find(doc, s.start, s.end):
            doc.organizations.append(Organization(
                name=span.name, type=span.type, surface=doc.text[span.start:span.end],
                province=span.province, canonical=span.canonical,
                **provenance(doc, span.start, span.end, NAME, VERSION, 0.8)))
    _merge_within_document(doc.organizations)
    return doc
