"""Reading one organisation name from its head noun: `org_at`.

A name starts at a head noun ("Bệnh viện", "Sở", "UBND", "Trường Đại học"…)
and runs over capitalised words, numbers, descriptor phrases ("đa khoa", "y
tế") and a final place name. Each kind of word is one small step below; the
walk stops at a verb, a person's name or punctuation. `finish` then decides
whether the words read are a name at all, and resolves bare mentions ("Sở Y
tế", "UBND tỉnh") with the article's province.
"""
from __future__ import annotations

import re
from functools import lru_cache
from enum import Enum

from ..doc import Doc
from ..gazetteer import city_provinces, old_city_provinces, with_level
from ..lexicon import word_start_branches
from ..coop_cues import CUE_WORDS
from ..foreign_names import foreign_name_at
from ..places import PlaceHit, country_at, find_places, place_at, places_in
from ..tokens import UPPER, Word, is_vietnamese_syllable, person_at, surnames, word_at
from .abbreviations import portfolio_abbreviation_at
from .branches import branch_end
from .business_lines import business_line_end, trade_line_end, trade_words_only
from .closers import closed_by_next
from .descriptors import CAP_DESC_RE, DESC_RE, ENDING_DESCRIPTORS
from .earlier import earlier_full_name
from .districts import DISTRICT_BODY_HEADS, DISTRICT_BODY_TYPES, district_near
from .heads import (CONTAINERS, HEAD_INFO, WHOLE_NAME_HEADS, HEAD_RE, LOWER_COUNTRY_OK, LOWER_NAMED, LOWER_OK, LOWER_OK_BEFORE, LOWER_OWNED,
                    LOWER_PLACED_OK,
                    NUMBERED_HEADS,
                    PERSON_NAMED_TYPES, SCHOOL_HEADS, head_at, party_head_at)
from .known import headless_at, known_at, lookup, mined_cut
from .joined_tails import joined_tail_to_place
from .missions import mission_at
from .country_runs import country_run_end, ends_in_country
from .school_fields import dashed_field_end, field_tail_end
from .school_kinds import school_kind_end, school_kind_heads
from .traffic_boards import REMIT as TRAFFIC_REMIT, food_board, traffic_board
from .person_names import NOT_IN_NAMES, dictionary, lowercase_bridge, name_part, person_starts_here
from .place_phrase import (ADMIN, LOCAL_ADMIN, RUN_ON_WORDS, TPHCM, admin_word, expand_abbreviations, miscased_next,
                           opens_person, place_phrase, runs_on)
from .regional import REGIONAL_TYPES, area_number, region_number
from .span import OrgSpan
from .stated_place import stated_province
from .truncated import (SENTENCE_CASE_HEADS, closed_tail, closes_here, continent_after, cut_at_first_syllable, cut_short,
                        national_run, scope_tail, tail_to_place, LOWER_WORD, VERBS)
from ..lazy import lazy_compile

# a title right before a head: "Giám đốc Bệnh viện Nguyễn Văn An" names the director
_TITLE_BEFORE = re.compile(r"(?:[Gg]iám đốc|[Tt]rưởng|[Cc]hủ tịch|[Bb]í thư|[Ll]ãnh đạo|[Đđ]ại diện|"
                           r"[Hh]iệu trưởng|[Cc]hủ nhiệm)\s+$")
# a rank after a dash starts a person ("Bộ Công an - Trung tướng Tô Lâm")
_RANK = re.compile(r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)(?![^\W\d_])")
# a caption's credit after a dash ("Bệnh viện Chợ Rẫy - Ảnh: T.T."): not part of the name
_CREDIT = frozenset({"Ảnh", "Video", "Clip", "Nguồn", "Đồ họa", "Đồ hoạ"})
# a person's degree or calling after a dash ("Trung tâm Chống độc, Bệnh viện Bạch Mai - TS Nguyễn
# Trung Nguyên cho biết"): the speaker, not the name going on; read on, the whole name was dropped
# as one ending in a degree
_PERSON_AFTER_DASH = re.compile(r"(?:GS|PGS|TS|TSKH|ThS|BS|BSCKI|BSCKII|DS|KS|LS|Bác[ \t]+sĩ|Dược[ \t]+sĩ|"
                                r"Điều[ \t]+dưỡng|Luật[ \t]+sư|Kỹ[ \t]+sư)(?![^\W\d_])")
# a number followed by these counts something; it is not part of a name ("… 500 triệu đồng")
_QUANTITY_AFTER = re.compile(
    r"\s*(?:[.,]\d|%|triệu|tỷ|tỉ|nghìn|ngàn|trăm|đồng|giường|người|ca|bệnh nhân|lượt|kỹ thuật|"
    r"bác sĩ|cán bộ|học viên|máy|chiếc|suất|năm|tháng|ngày|giờ|tuổi|phút)(?![^\W\d_])")
# what a number right after a name counts ("… tặng Bệnh viện Calmette 1 hệ thống nội soi");
# "Trung tâm Y tế Quận 8 ra quân" keeps its number
_COUNTED = re.compile(r"\s*(?:hệ thống|máy|bộ|chiếc|xe|tấn|kg|liều|hộp|thùng|suất|gói|phần quà|giường|"
                      r"phòng|cơ sở|trạm|tủ|dàn|lô|tỷ|triệu|nghìn|ngàn)(?![^\W\d_])")
_PAREN_ABBREV = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&.\-]{1,9}\s*\)")
_LEGAL_FORM = re.compile(r"Cổ phần|TNHH|Trách nhiệm hữu hạn|Một thành viên|MTV|Cổ phần Tập đoàn",
                         re.IGNORECASE)
# agencies with a body in every district: "Công an huyện X", "Viện KSND quận Y"
LOCAL_LEVEL_HEADS = frozenset({"Công an", "Viện Kiểm sát nhân dân", "Tòa án nhân dân", "Bảo hiểm xã hội", "Kho bạc Nhà nước",
                               "Ban Chỉ huy Quân sự",
                               # a district's farm-service stations ("Trạm Thú y huyện X")
                               "Trạm Chăn nuôi và Thú y", "Trạm Thú y", "Trạm Khuyến nông",
                               "Trạm Trồng trọt và Bảo vệ thực vật", "Trạm Bảo vệ thực vật"})
_STOP_WORDS = {"Giám", "Phó", "Chủ", "Bí", "Trưởng", "Thứ", "Ông", "Bà", "Đồng"}
# "Giám" starts a title ("Giám đốc"), except in "Trung tâm Giám định y khoa", "Viện Giám
# định Pháp y", "Trung tâm Giám sát Địa chấn": read on only when what follows is itself
# part of a name (a capital or a descriptor); "Vụ Giám sát, thẩm định và …" stays unread
_NAME_GIAM = re.compile(r"Giám\s+(?:định|sát)\s+(?=[A-ZĐÀ-Ỹ]|y\s+khoa|pháp\s+y)")


# a rank or "former" before a person or a title: "Bộ Công an Thượng tướng Tô Lâm", "Bệnh viện 108
# Trung tướng Mai Hồng Bàng", "Hội … Việt Nam - Nguyên Giám đốc …"
_RANK_OR_FORMER = lazy_compile(r"(?:(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tướng|tá|úy|uý)|Nguyên(?=[ \t]+(?:"
                             + "|".join(sorted(_STOP_WORDS - {"Ông", "Bà", "Đồng"})) + r")))"
                             r"[ \t]+(?=[A-ZĐÀ-Ỹ])")


def _stop_word(text: str, w: Word, limit: int) -> bool:
    if w.text == "Đồng" and (text.endswith("Hội ", 0, w.start) or person_starts_here(text, w.start, limit)):
        return True   # "Hội Đồng Quản trị" is "Hội đồng"; "bệnh viện Việt Đức Đồng Văn Hệ" a person
    if w.text in ("Đại", "Thượng", "Trung", "Thiếu", "Nguyên") and _RANK_OR_FORMER.match(text, w.start, limit):
        return True
    return w.text in _STOP_WORDS and not _NAME_GIAM.match(text, w.start) and opens_person(text, w, limit)


class Step(Enum):
    NEXT = "next"       # the word belongs to the name: read on
    STOP = "stop"       # the name ended before (or with) this word
    REJECT = "reject"   # what was read is no organisation name


class Walk:
    """What has been read of one name so far.

    `__init__` sets what a walk starts with; the other fields are read from the class defaults
    below until a step sets them (a generated `__init__` stored all 24 fields for each of the
    thousand walks of a pass, and `text` was a property call at every word it read)."""
    proper: bool = False    # saw a capitalised, non-descriptor word
    named: bool = False     # saw any capitalised word after the head
    placed: bool = False    # the name ends in a place ("… thành phố Vinh")
    province: str | None = None
    bare_admin: bool = False
    described: bool = False  # saw a descriptor ("đa khoa", "y tế")
    placed_done: bool = False  # a known name already ends in its place
    before_dash: int = 0
    last_place: tuple[int, str, str | None] | None = None   # the place step's reading of this word
    country: str | None = None   # the country that ended the name, as written
    known_end: int = -1     # where the gazetteer's name read from the head ended
    near_province: str | None = None   # a bare "tỉnh" that names the province just named, not the article's

    def __init__(self, doc: Doc, pos: int, limit: int, head: str, expanded: str, typ: str, end: int,
                 parts: list[str], implied: bool = False) -> None:
        self.doc = doc
        self.text = doc.match   # the matching text the walk reads
        self.pos = pos
        self.limit = limit
        self.head = head            # the head as written
        self.expanded = expanded    # the head written out ("UBND" -> "Ủy ban nhân dân")
        self.typ = typ
        self.end = end
        self.parts = parts
        self.implied = implied      # the head is not written: it comes from a title ("Cục trưởng …")

    @property
    def read(self) -> str:
        """The name as read so far, single-spaced."""
        return " ".join(" ".join(self.parts).split())   # re.sub(r"\s+", " ", …).strip(), in C

    def take(self, written: str, end: int) -> Step:
        self.parts.append(written)
        self.end = end
        return Step.NEXT

    def drop_dangling_dash(self) -> None:
        """Give back a dash nothing followed ("Bộ trưởng Công Thương - Trần Tuấn Anh")."""
        if self.parts[-1].endswith(" -"):
            self.parts[-1], self.end = self.parts[-1][:-2], self.before_dash

    def take_joined(self, written: str, end: int) -> Step:
        """Glue `written` to the last part without a space ("LG" + "-Display")."""
        self.parts[-1] += written
        self.end = end
        return Step.NEXT


def org_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The organisation whose name starts exactly at `pos` (matching text), if any."""
    m = head_at(doc.match, pos, limit)
    if not m:
        return None
    head = m.group(1)
    expanded, typ = HEAD_INFO[head.lower()]
    if head[0].islower() and not _lower_head_ok(doc.match, pos, head):
        return None
    walk = Walk(doc, pos, limit, head, expanded, typ, m.end(), [expanded])
    return finish(walk) if read(walk) else None


def implied_walk(doc: Doc, pos: int, limit: int, head: str, typ: str) -> Walk | None:
    """The name at pos read as if `head` were written before it ("Cục trưởng Quân y":
    "Quân y" names a Cục); None when nothing name-like follows."""
    walk = Walk(doc, pos, limit, head, head, typ, pos, [head], implied=True)
    return walk if read(walk) else None


def read(walk: Walk) -> bool:
    """Read words into the name until a step stops; False when a step rejects the name."""
    _start_from_gazetteer(walk, walk.end)
    walk.before_dash = walk.end
    while not walk.placed_done:
        w = word_at(walk.text, walk.end, walk.limit)
        if w is None:
            break
        if w.start > walk.end + 1 and "  " in walk.text[walk.end:w.start]:
            break   # baomoi joins a title to the next line with two spaces: "Bệnh viện E  Tiêm vắc xin …"
            # (1,553 corpus health articles: 2 names read across two spaces, both so joined)
        key = (walk.expanded, walk.typ, w.is_cap, w.is_alpha, w.text if w.text in _KEYED_WORDS else "")
        steps = _STEPS_FOR.get(key) or _steps_for(key)
        for f in steps:   # the first step that knows this kind of word decides
            step = f(walk, w)
            if step is not None:
                break
        else:
            step = Step.STOP
        if step is Step.REJECT:
            return False
        if step is Step.STOP:
            break
    return True


_PREV_TWO = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s+$")
# the same read backwards from the window's end: its spaces, its last word, maybe spaces and the word before
_PREV_TWO_REVERSED = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _lower_head_ok(text: str, pos: int, head: str) -> bool:
    """A head written in lower case opens a name only if it is not the end of a compound."""
    low = head.lower()
    if low in LOWER_OK:
        return True
    if low in LOWER_OK_BEFORE:
        return LOWER_OK_BEFORE[low].match(text, pos) is not None
    if low not in LOWER_NAMED:
        return False
    prev = _prev_two(text, max(0, pos - 24), pos)
    if prev is None:
        return True
    first = low.split()[0]
    words = dictionary()
    # "cán bộ Y tế" and "Câu lạc bộ Truyền thống": the head ends a compound
    return f"{prev[1].lower()} {first}" not in words and \
        not (prev[0] and f"{prev[0].lower()} {prev[1].lower()} {first}" in words)


def _prev_two(text: str, lo: int, pos: int) -> tuple[str | None, str] | None:
    """The groups of `_PREV_TWO.search(text, lo, pos)` (None: no match): the window read reversed,
    so one anchored match finds them (the search tried every position of the window; a loop
    back over its characters cost a Python call per letter)."""
    m = _PREV_TWO_REVERSED.match(text[lo:pos][::-1])
    if m is None:
        return None
    return (m.group(2)[::-1] if m.group(2) else None), m.group(1)[::-1]


_ENDS_IN_VIETNAM = re.compile(r"Việt[ \t]+Nam$")
# an admin word right after "… Việt Nam": the body's chapter in a province or district
# (mass organisations and associations have chapters: "Hội Chữ thập đỏ Việt Nam tỉnh Quảng Nam"; a
# ministry, agency or company does not)
_CHAPTER_TYPES = frozenset({"government", "other"})
_LOCAL_CHAPTER = re.compile(r"[ \t]+(?:tỉnh|thành[ \t]+phố|TP\.?|huyện|quận|thị[ \t]+xã|xã|phường)[ \t]+[A-ZĐÀ-Ỹ0-9]")


# the words after a mined name that end it (a function word, a predicate), not a longer name
_MINED_STOPS = NOT_IN_NAMES | VERBS


def _start_from_gazetteer(walk: Walk, head_end: int) -> None:
    """A name the gazetteer knows is taken whole ("Viện Vệ sinh dịch tễ Trung ương",
    "Bệnh viện 175"); capitalised words or a place may still follow."""
    text = walk.text
    known = known_at(text, walk.pos, walk.limit, walk.head + " " if walk.implied else "", head_end)
    if not known or known[0] <= head_end:
        return
    if mined_cut(text, known[1][0], known[0], walk.limit, _MINED_STOPS):
        return   # "Trung tâm Hỗ trợ thanh niên [công nhân Hà Nội]": the walker reads the longer name
    rest, placed, in_vietnam = _known_tail(text[max(0, head_end - 1):known[0]], min(1, head_end))
    if walk.head[0].islower() and not any(c.isupper() for c in rest):
        return
    walk.parts = [f"{walk.expanded} {rest}"]
    walk.end = walk.known_end = known[0]
    walk.proper = walk.named = True
    walk.province = known[1][2]
    walk.placed = walk.province is not None
    if in_vietnam and walk.typ in _CHAPTER_TYPES and _LOCAL_CHAPTER.match(text, known[0], walk.limit):
        return   # "Ủy ban MTTQ Việt Nam tỉnh Nghệ An": a national body's local chapter; its place follows
    if placed:
        walk.placed_done = True   # "Sở Y tế tỉnh Nghệ An": a place ends the name; so does the country
        # ("Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam quyết định …" goes on no further)


@lru_cache(maxsize=1 << 12)
def _known_tail(written: str, lead: int) -> tuple[str, bool, bool]:
    """What `_start_from_gazetteer` reads of a known name's words after its head: `written` is
    them with the `lead` characters before (the place scan's look-behind). Their text written out
    (abbreviations expanded), whether they end in a place (a province, TP.HCM, the country) and
    whether in "Việt Nam". Kept per writing: the same names come back in every story."""
    rest = expand_abbreviations(" ".join(written[lead:].split())).replace(" & ", " và ")
    in_vietnam = _ENDS_IN_VIETNAM.search(written, lead) is not None
    placed = any(h.end == len(written) for h in find_places(written, lead)) or in_vietnam \
        or TPHCM.search(written, lead) is not None
    return rest, placed, in_vietnam


# ----------------------------------------------------------------------- steps
# Each step looks at the next word and returns a Step, or None when the word is
# not its kind (the next step is asked).

def _container(walk: Walk, w: Word) -> Step | None:
    """Containers take a whole organisation: "Văn phòng UBND tỉnh", "Ban Tuyên giáo Tỉnh ủy"."""
    if not ((walk.expanded in CONTAINERS and not walk.named) or (
            walk.expanded in ("Ban", "Ủy ban") and walk.named and party_head_at(walk.text, w.start))):
        return None
    linked = _linked_police(walk, w)
    if linked is not None:
        w = linked
    inner = org_at(walk.doc, w.start, walk.limit) if head_at(walk.text, w.start) else None
    if inner is None:
        return None
    walk.parts.append(inner.name)
    walk.end, walk.province, walk.placed = inner.end, inner.province, True
    if linked is not None and walk.text[linked.start - 1:linked.start] == "(":
        close = _CLOSE.match(walk.text, walk.end, walk.limit)
        if close is None:
            return Step.REJECT
        walk.end = close.end()
    walk.named = walk.proper = True
    if walk.expanded == "Ủy ban" and inner.type == "party":
        walk.typ = "party"   # "Ủy ban Kiểm tra Tỉnh ủy X"
    return Step.STOP


# "Cơ quan CSĐT - Công an tỉnh X", "Cơ quan CSĐT, Công an TP Nha Trang", "Cơ quan CSĐT (Công an
# tỉnh X)": the police the agency belongs to after a dash, comma or bracket (VietNews: 78, 100
# and 22 times, beside 2,652 written without)
_INVESTIGATORS = frozenset({"Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra"})
_POLICE_LINK = re.compile(r"[ \t]*(?:[-–,]|\()[ \t]*(?=Công[ \t]+an[ \t])")
_CLOSE = re.compile(r"[ \t]*\)")


def _linked_police(walk: Walk, w: Word) -> Word | None:
    """The first word of the police force linked to an investigation agency by punctuation."""
    if walk.expanded not in _INVESTIGATORS or w.text not in ("-", "–", ",", "("):
        return None
    m = _POLICE_LINK.match(walk.text, w.start, walk.limit)
    return word_at(walk.text, m.end(), walk.limit) if m else None


def _place(walk: Walk, w: Word) -> Step | None:
    """Place names end the organisation name."""
    text = walk.text
    place = place_phrase(text, w.start, walk.limit) if (w.is_cap or ADMIN.match(text, w.start)) else None
    walk.last_place = place   # the admin step looks at it too
    if walk.expanded == "Quốc hội" and place and place[2] is not None:
        return Step.STOP   # "Đoàn đại biểu Quốc hội tỉnh Nghệ An": the delegation's place, not the assembly's
    if not place or (walk.typ in ("ministry", "agency") and not walk.proper and place[2] is None
                     and not (walk.expanded in LOCAL_LEVEL_HEADS and ADMIN.match(text, w.start))):
        return None   # "Công an huyện Bình Chánh" has a district's level; a "Cục" has none
    if place[2] is None and ADMIN.match(text, w.start) is None and not walk.proper:
        return None
    walk.end, written, walk.province = place[0], place[1], place[2] or walk.province
    walk.parts.append(written)
    walk.placed = True
    if walk.typ == "university":
        _campus_number(walk)
    if _NUMBERED_WARD.fullmatch(written):
        _ward_district(walk)
    return Step.STOP


_NUMBERED_WARD = re.compile(r"phường (\d{1,2})")
_WARD_LINK = re.compile(r"[ \t]*(,|\()[ \t]*")
_DISTRICT_LEVELS = frozenset({"quận", "thị xã", "thành phố"})
# a numbered ward written with its district anywhere in a text ("phường 12, quận 10", "P.16 (Q.4)")
_WARD_WITH_DISTRICT = re.compile(r"(?:[Pp]hường|P\.)[ \t]*(\d{1,2})(?=[ \t]*[,(])")


def _ward_district(walk: Walk) -> None:
    """"Công an phường 12, quận 10", "trạm y tế P.16 (Q.4)": a numbered ward is named with
    the district it is in, as every city numbers its wards from 1 (VietNews and baomoi: 287
    bodies of a numbered ward followed by its district or town, 586 without). Written without
    it ("Công an phường 12" later on), it takes the one district the story writes it with."""
    after = _district_after(walk.text, walk.end, walk.limit)
    if after is not None:
        walk.parts[-1] += f", {after[1]}"
        walk.end = after[0]
        return
    districts = walk.doc.derived("walker.wards_named", _wards_named).get(
        _NUMBERED_WARD.fullmatch(walk.parts[-1]).group(1), ())
    if len(districts) == 1:
        walk.parts[-1] += f", {next(iter(districts))}"


def _district_after(text: str, pos: int, limit: int) -> tuple[int, str] | None:
    """(end, written) of ", quận 10" or " (Q.4)" right after a ward's number."""
    link = _WARD_LINK.match(text, pos, limit)
    adm = ADMIN.match(text, link.end(), limit) if link else None
    if adm is None or admin_word(adm.group(1)) not in _DISTRICT_LEVELS or TPHCM.match(text, adm.start()):
        return None
    place = place_phrase(text, adm.start(), limit)
    end = place[0] if place else None
    if end is not None and link.group(1) == "(":
        close = _CLOSE.match(text, end, limit)
        end = close.end() if close else None
    return (end, place[1]) if end is not None else None


def _wards_named(doc: Doc) -> dict[str, set[str]]:
    """Each ward number the text writes with a district -> those districts (via `Doc.derived`:
    once per text)."""
    out: dict[str, set[str]] = {}
    text = doc.match
    for m in _WARD_WITH_DISTRICT.finditer(text):
        after = _district_after(text, m.end(), len(text))
        if after is not None:
            out.setdefault(m.group(1), set()).add(after[1])
    return out


# "Đại học Sư phạm Hà Nội 2", "ĐH Lille 2": a university's second school keeps its number
# (VietNews: "Sư phạm Hà Nội 2" 32 times, each the university); "ĐH Đà Nẵng 3 trường" counts
_CAMPUS_NUMBER = re.compile(r"[ \t]+([1-9])(?![\d/%-]|[.,]\d)(?!\s*(?:trường|lần|ha|điểm|khoa|ngành|cơ sở)(?![^\W\d_]))")


def _campus_number(walk: Walk) -> None:
    """Take a one-digit number right after a university's place, unless it counts something."""
    m = _CAMPUS_NUMBER.match(walk.text, walk.end, walk.limit)
    if m and not _QUANTITY_AFTER.match(walk.text, m.end()) and not _COUNTED.match(walk.text, m.end(), walk.limit):
        walk.parts[-1] += " " + m.group(1)
        walk.end = m.end()


def _country(walk: Walk, w: Word) -> Step | None:
    """A country ends a name: "Bộ Y tế Thái Lan", "Chính phủ Đức", "Bộ Ngoại giao Ấn Độ Raveesh Kumar".

    "Việt - Đức" and "Việt Nam - Cu Ba" go on after a dash; a country form that is also
    a common word ("Nhật", "Đức") does not end "Bệnh viện Nhật Tân"."""
    if not w.is_cap:
        return None
    text = walk.text
    hit = country_at(text, w.start, ambiguous=True)
    if hit is None or re.match(r"\s*[-–]\s*" + UPPER, text[hit.end:hit.end + 4]):
        return None
    if not _ends_as_country(walk, hit.end, ambiguous=country_at(text, w.start) is None):
        return None
    if hit.name == "Việt Nam" and walk.named and walk.typ in _CHAPTER_TYPES \
            and _LOCAL_CHAPTER.match(text, hit.end, walk.limit):
        return walk.take(text[hit.start:hit.end], hit.end)   # "Ủy ban MTTQ Việt Nam tỉnh Nghệ An": on to the place
    walk.country = text[hit.start:hit.end]
    walk.named = True
    walk.placed = True
    walk.take(walk.country, hit.end)
    return Step.STOP


def _ends_as_country(walk: Walk, end: int, ambiguous: bool) -> bool:
    """A country ends the name unless a Vietnamese name word follows ("Công ty cổ phần Việt
    Nam Kỹ nghệ Súc sản"); an ambiguous form ("Mỹ", "Đức") only after a portfolio ending in a
    lower-case word, and not as the first syllable of a place ("Mỹ Đức", "Anh Sơn")."""
    if ambiguous and not ((walk.named or walk.described) and walk.parts[-1].split()[-1][:1].islower()):
        return False   # "Bộ Quốc phòng Mỹ", but not "Bệnh viện Tâm Anh", "Bệnh viện Hoàn Mỹ"
    nxt = word_at(walk.text, end, walk.limit)
    return (nxt is None or not nxt.is_cap or not nxt.is_alpha or person_at(walk.text, nxt.start, walk.limit)
            is not None or not is_vietnamese_syllable(nxt.text) or bool(HEAD_RE.match(walk.text, nxt.start)))


def _admin(walk: Walk, w: Word) -> Step | None:
    """A bare admin word: "Bệnh viện Đa khoa tỉnh" / "UBND tỉnh" take the article's province."""
    text = walk.text
    adm = ADMIN.match(text, w.start)
    if not adm or adm.end() > walk.limit:
        return None
    after = word_at(text, adm.end(), walk.limit)
    if not (after is None or not after.is_cap or walk.last_place is None):
        return None
    level = admin_word(adm.group(1))
    if level in LOCAL_ADMIN:
        # a commune's body only capitalised: "ở trạm y tế xã" is mostly any commune's (real22)
        district = district_near(walk.doc, walk.pos, level) if (
            level == "huyện" or level == "xã" and text[walk.pos].isupper()) and \
            (walk.typ in DISTRICT_BODY_TYPES or walk.expanded in DISTRICT_BODY_HEADS) else None
        if district is None:
            return Step.REJECT   # "UBND phường", "Trung tâm Y tế huyện": which one is not said
        walk.parts.append(f"{level} {district}")   # the one district (commune) the article names
        walk.end, walk.placed, walk.placed_done = adm.end(), True, True
        return Step.STOP
    if _LEVELS_AFTER.match(text, adm.end(), walk.limit):
        return Step.REJECT   # "Bệnh viện Sản - Nhi tỉnh, thành phố trực thuộc Trung ương": a kind, not one body
    foreign = _foreign_province(walk, adm.group(1), after)
    if foreign is not None:
        walk.take(text[w.start:foreign], foreign)
        walk.placed = True
        return Step.STOP
    walk.parts.append(level)
    walk.end = adm.end()
    walk.bare_admin = True
    return Step.STOP


def _foreign_province(walk: Walk, admin: str, after: Word | None) -> int | None:
    """"Trung tâm Kiểm soát Dịch bệnh tỉnh Giang Tây", "Sở Y tế tỉnh Quảng Đông": a province the
    gazetteer does not hold (every Vietnamese one is in it) ends the name; cut before it, the
    name was a foreign body's with a bare "tỉnh" (real29). Where it ends, or None."""
    if after is None or not after.is_cap or admin_word(admin) not in ("tỉnh", "thành phố") or walk.last_place is not None \
            or walk.expanded in ("Ủy ban nhân dân", "Hội đồng nhân dân"):
        return None   # (a People's Committee is Vietnamese: "UBND tỉnh H'Lim Niê" names its vice-chair)
    text = walk.text
    person = person_at(text, after.start, walk.limit) if after.text in surnames() else None
    if after.text in _STOP_WORDS or head_at(text, after.start) or (
            person is not None and len(text[after.start:person[0]].split()) >= 3):
        return None   # "Bệnh viện tỉnh Giám đốc …", "UBND tỉnh Lê Văn B": a person, not a place
    run = [after]
    while len(run) < 3 and (nxt := word_at(text, run[-1].end, walk.limit)) is not None and nxt.is_cap \
            and nxt.is_alpha and nxt.start == run[-1].end + 1:
        run.append(nxt)
    nxt = word_at(text, run[-1].end, walk.limit)
    if len(run) < 2 or not all(is_vietnamese_syllable(x.text) for x in run) or \
            nxt is not None and not nxt.is_cap and f"{run[-1].text.lower()} {nxt.text}" in dictionary():
        return None   # "… tỉnh Hôm qua": the next sentence, run on
    return run[-1].end


# "tỉnh, thành phố (trực thuộc Trung ương)" after a name: every province's body (VietNews: 15
# after a capitalised name, "Ban An toàn giao thông tỉnh, thành phố", all generic); "tỉnh, TP Hà
# Nội" names a city
_LEVELS_AFTER = re.compile(r"\s*[,/]\s*(?:thành phố|TP)(?![^\W\d_])(?!\.?\s*[A-ZĐÀ-Ỹ])")


_ONE_MEMBER = re.compile(r"(?:[Mm]ột|1)[ \t]+thành[ \t]+viên(?![^\W\d_])")


def _one_member(walk: Walk, w: Word) -> Step | None:
    """"Công ty TNHH một thành viên Thái Sơn": the legal form written out (423 times in
    VietNews after "TNHH"), read whole so that "Một" does not end the name."""
    if walk.typ != "company" or not walk.parts[-1].endswith("TNHH"):
        return None
    m = _ONE_MEMBER.match(walk.text, w.start, walk.limit)
    return walk.take(m.group(0), m.end()) if m else None


def _business_line(walk: Walk, w: Word) -> Step | None:
    """"Công ty TNHH thương mại và dịch vụ Tóc Shine": the lower-case business lines after
    a company's legal form belong to its name when a brand closes them."""
    if walk.typ != "company" or w.is_cap or len(walk.parts) < 2:
        return None
    start = w.start
    if not all(_LEGAL_FORM.fullmatch(p) for p in walk.parts[1:]):
        # "Công ty TNHH Xây dựng và thương mại Thành Nam", "… Xây dựng - thương mại Công Lý": a
        # capitalised trade, then more in lower case after "và" or a dash
        read = " ".join(walk.parts[1:])
        if w.text not in _LINE_JOINERS or not _LEGAL_FORM.match(read) or \
                not trade_words_only(_LEGAL_FORM.sub("", read).strip()):
            return None
        nxt = word_at(walk.text, w.end, walk.limit)
        if nxt is None or nxt.is_cap:
            return None
        start = nxt.start
    end = business_line_end(walk.text, start, walk.limit)
    return walk.take(walk.text[w.start:end], end) if end is not None else None


_LINE_JOINERS = frozenset({"và", "&", "-", "–"})


def _trade_line(walk: Walk, w: Word) -> Step | None:
    """"Công ty tài chính Nam Long", "Cty dịch vụ bảo vệ Đông Á": a trade written in lower
    case straight after a bare "Công ty" belongs to the name when a brand closes it."""
    if walk.typ != "company" or walk.expanded != "Công ty" or w.is_cap or len(walk.parts) != 1:
        return None
    end = trade_line_end(walk.text, w.start, walk.limit)
    if end is None:
        return None
    walk.described = True
    return walk.take(walk.text[w.start:end], end)


# "Cục Công tác phía Nam", "Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam",
# "Trung tâm Y tế dự phòng Quân đội phía Nam": a region that ends a body's proper name
_REGION = re.compile(r"(?:khu[ \t]+vực[ \t]+)?(?:miền[ \t]+núi[ \t]+)?phía[ \t]+(?:Nam|Bắc)(?![^\W\d_])")


def _region(walk: Walk, w: Word) -> Step | None:
    """A body that serves one half of the country names it: part of the name."""
    if not walk.named or w.is_cap:
        return None
    m = _REGION.match(walk.text, w.start, walk.limit)
    return walk.take(m.group(0), m.end()) if m else None


# "Bệnh viện Nhi TƯ" (29 times in VietNews health), "Bệnh viện Bệnh nhiệt đới TƯ" (13), "BV ĐKTƯ Cần Thơ"
_CENTRAL = re.compile(r"(ĐK)?(?:TƯ|TW|T\.Ư\.?)(?![^\W\d_])")


def _abbreviation(walk: Walk, w: Word) -> Step | None:
    """"Sở GD&ĐT", "Bộ LĐ-TB&XH": a portfolio abbreviation, written out; "TƯ" is "Trung ương"."""
    if not w.text[:1].isupper() or not w.text[:2].isupper():
        return None
    central = _CENTRAL.match(walk.text, w.start, walk.limit) if walk.named or w.text[:2] == "ĐK" else None
    if central:
        walk.described = walk.named = walk.proper = True   # a central body: no province to add
        return walk.take("Đa khoa Trung ương" if central.group(1) else "Trung ương", central.end())
    if w.text == "CP" and walk.typ == "company" and len(walk.parts) == 1:
        return walk.take("Cổ phần", w.end)   # "Công ty CP Traphaco"
    if w.text == "ĐK" and walk.typ == "hospital" and len(walk.parts) == 1:
        walk.described = True
        return walk.take("Đa khoa", w.end)   # "Bệnh viện ĐK Quảng Ngãi", as "BVĐK" is
    hit = portfolio_abbreviation_at(walk.text, w.start, walk.limit, walk.typ in ("other", "company"))
    if hit is None:
        return None
    walk.named = walk.described = True
    return walk.take(hit[1], hit[0])


def _descriptor(walk: Walk, w: Word) -> Step | None:
    """"đa khoa", "y tế", "Kế hoạch và Đầu tư": words that describe what the body is."""
    lower = walk.doc.lower
    d = DESC_RE.match(lower, w.start, walk.limit) or (
        CAP_DESC_RE.match(lower, w.start, walk.limit) if w.is_cap else None)
    if not d or not (not w.is_cap or not head_at(walk.text, w.start) or
                     d.group(1) in ("đại học", "trung ương", "y tế", "y học", "y dược") or d.group(1).endswith("aids")):
        return None
    if not w.is_cap and walk.proper and _verb_compound(walk, d):
        return Step.STOP   # "do Công ty Minh Dân sản xuất": "sản" opens the verb, not a remit
    if not w.is_cap and walk.expanded == "Bộ" and walk.named:
        return Step.STOP   # "được Bộ Y tế kiểm nghiệm": a ministry's portfolio is whole, the verb follows
    walk.named = walk.named or w.is_cap
    walk.described = True
    step = walk.take(walk.text[d.start():d.end()], d.end())
    return Step.STOP if d.group(1) in ENDING_DESCRIPTORS else step   # "… chất lượng 3": the number ends the name


def _scope(walk: Walk, w: Word) -> Step | None:
    """A body's scope written in lower case closes its name: "Viện Bỏng quốc gia", "Tổ chức
    Thương mại thế giới", "Viện Hàn lâm Khoa học trẻ toàn cầu" (at most one other word before it)."""
    if w.is_cap or not walk.named or walk.typ == "company" or walk.expanded == "Quỹ":
        return None   # "Quỹ Bảo hiểm y tế quốc gia": the fund's gold name stops before its scope
    end = scope_tail(walk.text, w.start, walk.limit)
    if end is None:
        return None
    walk.take(walk.text[w.start:end], end)
    return Step.STOP


def _verb_compound(walk: Walk, d: re.Match[str]) -> bool:
    """A one-syllable remit ("sản", "nhi", "mắt") that makes a word with the next syllable
    ("sản xuất", "sản phẩm") after a proper name: the sentence goes on, the name has ended."""
    nxt = word_at(walk.text, d.end(), walk.limit)
    return " " not in d.group(1) and nxt is not None and nxt.start == d.end() + 1 and \
        f"{d.group(1)} {nxt.text.lower()}" in dictionary()


def _parenthesis(walk: Walk, w: Word) -> Step | None:
    """"(CDC)" inside a name: skipped when the name goes on with a place, or when it abbreviates
    the words read so far and the name goes on ("Bệnh viện (BV) Đa khoa tỉnh X", "Tòa án nhân dân
    (TAND) TP Y", "Đại học (ĐH) Duy Tân")."""
    if w.text != "(":
        return None
    text = walk.text
    paren = _PAREN_ABBREV.match(text, w.start, walk.limit)
    nxt = word_at(text, paren.end(), walk.limit) if paren else None
    if nxt is not None and nxt.start == paren.end() + 1 and nxt.is_alpha \
            and _initials(walk.read) == text[w.start + 1:paren.end() - 1].strip():
        walk.end = paren.end()
        return Step.NEXT
    if not (walk.named or walk.expanded == "Bảo hiểm xã hội"):
        return None
    if nxt is not None and (nxt.is_cap or TPHCM.match(text, nxt.start) or ADMIN.match(text, nxt.start)) \
            and (place_phrase(text, nxt.start, walk.limit) or _vietnam_at(walk, nxt)):
        walk.end = paren.end()
        return Step.NEXT
    return Step.STOP


def _initials(name: str) -> str:
    """"Bệnh viện Đa khoa" -> "BVĐK": each word's first letter, upper case."""
    return "".join(word[0] for word in name.split() if word[0].isalpha()).upper()


def _vietnam_at(walk: Walk, w: Word) -> bool:
    """"Bảo hiểm xã hội (BHXH) Việt Nam": the national agency's name goes on after its
    abbreviation (VietNews: 17 "Bảo hiểm xã hội (BHXH) Việt Nam/TP/tỉnh …", each the agency)."""
    return walk.expanded == "Bảo hiểm xã hội" and walk.text.startswith(("Việt Nam", "VN"), w.start)


def _dash(walk: Walk, w: Word) -> Step | None:
    """"Bệnh viện Sản - Nhi": a dash between two capitalised name parts."""
    if w.text not in ("-", "–") or not walk.named:
        return None
    text = walk.text
    nxt = word_at(text, w.end, walk.limit)
    paired = _paired_descriptor(walk, w, nxt)
    if paired is not None:
        return paired
    if nxt is not None and nxt.is_cap and nxt.text.isalpha() and len(nxt.text) > 1 \
            and nxt.text.capitalize() not in _CREDIT and nxt.text not in _STOP_WORDS \
            and not _RANK.match(text, nxt.start) and not _person_after_dash(walk, nxt) \
            and not (head_at(text, nxt.start)
                                                                      and not DESC_RE.match(walk.doc.lower, nxt.start)) \
            and not place_at(text, nxt.start) and not TPHCM.match(text, nxt.start):
        if _tight(text, w):
            return walk.take_joined("-" + nxt.text, nxt.end)
        walk.parts[-1] = walk.parts[-1] + " -"
        walk.before_dash, walk.end = walk.end, w.end
        return Step.NEXT
    end = dashed_field_end(text, nxt.start, walk.limit) if walk.typ == "university" and nxt is not None else None
    if end is not None:   # "Trường ĐH Y - dược Cần Thơ": a field's lower-case second half, then the place
        return walk.take(f"- {text[nxt.start:end]}", end)
    return Step.STOP


def _person_after_dash(walk: Walk, nxt: Word) -> bool:
    """A degree opens a person after the dash; but not after a degree read into the name already
    ("Thứ trưởng Bộ Y tế GS - TS Nguyễn Viết Tiến": the whole run is still left to the officials'
    reading of a degree-ended name, as before)."""
    return _PERSON_AFTER_DASH.match(walk.text, nxt.start) is not None \
        and not _PERSON_AFTER_DASH.fullmatch(walk.parts[-1].split()[-1])


def _paired_descriptor(walk: Walk, w: Word, nxt: Word | None) -> Step | None:
    """"Bệnh viện Sản - nhi tỉnh Quảng Ngãi", "Bệnh viện Truyền máu - huyết học": a second
    specialty after a dash, written in lower case (VietNews: 18 such names, each one hospital
    or institute; real26); only right after a capitalised specialty."""
    if nxt is None or nxt.is_cap or not walk.described or not walk.parts[-1][:1].isupper():
        return None
    d = DESC_RE.match(walk.doc.lower, nxt.start, walk.limit)
    if d is None or d.group(1) in ("y tế", "xã hội", "nhân dân", "khu vực", "quốc tế", "trung ương", "đại học"):
        return None
    walk.parts.append("- " + walk.text[d.start():d.end()])
    walk.end = d.end()
    return Step.NEXT


def _tight(text: str, w: Word) -> bool:
    """"Bệnh viện Bronx-Lebanon", "Công ty LG-Display": a hyphen with no space either side
    joins one name word; the name keeps it as written (gold in real12 and real21 does)."""
    return w.start > 0 and not text[w.start - 1].isspace() and w.end < len(text) and not text[w.end].isspace()


def _foreign_ministry(walk: Walk, w: Word) -> Step | None:
    """"Bộ Y tế công cộng Thái Lan", "Bộ Ngoại giao và thương mại Úc", "Bộ Năng lượng và mỏ Lào":
    a foreign ministry's portfolio goes on in lower case to its country (VietNews: 62 such
    names before a country, 30 read: each one ministry); read only when a country closes it."""
    if walk.typ != "ministry" or not walk.named or w.is_cap or not w.is_alpha:
        return None
    cur, text = w.start, walk.text
    for _ in range(6):
        nxt = word_at(text, cur, walk.limit)
        if nxt is None or not nxt.is_alpha:
            return None
        if nxt.is_cap:
            if not _portfolio_words(text[w.start:cur]) or not ends_in_country(text, nxt.start, walk.limit):
                return None
            walk.take(text[w.start:cur].strip(), cur)
            return Step.NEXT   # the country step closes the name
        if nxt.text in NOT_IN_NAMES and nxt.text != "và":
            return None
        cur = nxt.end
    return None


# a foreign portfolio's lower-case tail that is no verb ("Bộ An ninh nội địa Mỹ", "Bộ Y tế công
# cộng Thái Lan"); after "và" any compounds ("Bộ Lao động và chính sách xã hội Bulgaria"): VietNews
# before a country, the bare tails were half verbs ("Bộ Xây dựng khẳng định Việt Nam")
_PORTFOLIO_TAILS = frozenset({"công cộng", "công chính", "nội địa", "quốc gia", "xã hội"})


def _portfolio_words(run: str) -> bool:
    """Lower-case words of a portfolio: one known tail, or "và" then dictionary compounds, two
    by two ("và thương mại", "và chính sách xã hội"), not a clause ("và Thái Lan ký")."""
    words = run.split()
    if words and words[0] == "và":
        words = words[1:]
        return bool(words) and len(words) % 2 == 0 and "và" not in words and all(
            f"{words[i]} {words[i + 1]}" in dictionary() for i in range(0, len(words), 2))
    return " ".join(words) in _PORTFOLIO_TAILS


# a society's remit joined by "và" ("Hội Khoa học và Công nghệ Hàng không Việt Nam", "Hiệp hội
# Thực phẩm và Đồ uống"): VietNews, "Hội X và Y" read 40, all but festivals one society's name
_SOCIETY_HEADS = frozenset({"Hội", "Hiệp hội"})


# the second specialty of a hospital named for two ("Bệnh viện Lao và Phổi Cần Thơ", "… Bà mẹ và
# Trẻ em", "… Chỉnh hình và Phục hồi chức năng"); not a second hospital ("Bệnh viện K và Bệnh viện E")
_PAIRED_SPECIALTY = re.compile(r"(?:Bệnh[ \t]+[Pp]hổi|Phổi|Trẻ[ \t]+(?:em|sơ[ \t]+sinh)|Phục[ \t]+hồi[ \t]+chức[ \t]+năng|"
                               r"Truyền[ \t]+máu)(?![^\W\d_])")


def _conjunction(walk: Walk, w: Word) -> Step | None:
    """"Sở Tài nguyên và Môi trường" ("… Tài nguyên & Môi trường"): "và" inside an agency's name."""
    if w.text not in ("và", "&"):
        return None
    if walk.expanded == "Phòng khám" and walk.proper:
        return Step.STOP   # "phòng khám đa khoa Linh Xuân và Linh Trung": two clinics
    text = walk.text
    if walk.typ == "ministry" and walk.end == walk.known_end and _another_body_after(walk, w):
        return Step.STOP   # "Bộ Y tế và Bảo hiểm đã bất đồng", "Bộ Giáo dục và Y tế": a whole ministry, then another body
    nxt = word_at(text, w.end, walk.limit)
    pair = _PAIRED_SPECIALTY.match(text, nxt.start, walk.limit) if walk.typ == "hospital" and walk.named and nxt else None
    if pair is not None:   # "Bệnh viện Lao và Bệnh phổi", "Bệnh viện Phụ nữ và Trẻ sơ sinh …": one hospital
        return walk.take("và " + " ".join(pair.group(0).split()), pair.end())
    if (nxt is not None and nxt.is_cap and walk.named
            and (walk.typ in ("government", "ministry", "agency", "health_center", "company", "university")
                 or walk.expanded in _SOCIETY_HEADS and _society_run(text, nxt, walk.limit))
            and not head_at(text, nxt.start) and not place_at(text, nxt.start)
            and not headless_at(text, nxt.start, walk.limit).get(nxt.start)
            and not person_at(text, nxt.start, walk.limit) and not _police_force_at(text, nxt)
            and (walk.typ != "company" or _compound_at(text, nxt, walk.limit)
                 and (w.text == "&" or _line_before_and(walk)))   # "Hà Tây & Đối tác": "&" is a brand's own
            and (walk.typ != "university" or _field_pair(walk, text, nxt))):
        # a company's "Đầu tư và Xây dựng", not "Ngân hàng X và VietinBank"; "&" between two
        # letters is a brand's own ("Trung tâm R & D", "POSCO E & C": 1,814 times in VietNews)
        letters = w.text == "&" and len(walk.parts[-1].split()[-1]) == 1 and len(nxt.text) == 1
        return walk.take("&" if letters else "và", w.end)
    return Step.STOP


def _police_force_at(text: str, w: Word) -> bool:
    """"Sở Y tế và Cảnh sát giao thông kiểm tra …": a police force after "và" is another body (it
    has no head of its own for head_at to see), not the department's second field."""
    return w.text == "Cảnh" and text.startswith((" sát", " Sát"), w.end)


def _company_ampersand(walk: Walk, w: Word) -> Step | None:
    """"Công ty TNHH Ernst & Young Việt Nam", "Johnson & Johnson", "Tập đoàn Wyndham Hotels &
    Resorts", "Công ty … D & T Miền Nam": "&" inside a company's name joins two capitalised parts
    (a brand's own sign: no sentence joins two bodies with it; another body's head stops it)."""
    if w.text != "&" or walk.typ != "company" or not walk.named:
        return None
    nxt = word_at(walk.text, w.end, walk.limit)
    if nxt is None or not (nxt.is_cap and nxt.is_alpha) or head_at(walk.text, nxt.start) \
            or person_at(walk.text, nxt.start, walk.limit) or _compound_at(walk.text, nxt, walk.limit):
        return None   # "Đầu tư & Phát triển": a Vietnamese field, written "và" by the conjunction step
    return walk.take("&", w.end)


# a school's first word after "và" that starts another body or unit, not a second field
_NOT_A_FIELD = frozenset({"Khoa", "Phân", "Trường", "Viện", "Cơ", "Trung", "Thạc", "Tiến"})


def _line_before_and(walk: Walk) -> bool:
    """A company's "và" joins two business lines ("Xây dựng và Thương mại", "Dược và Trang thiết
    bị", "Đầu tư Phát triển Nhà và Xây dựng …"), not two brands: two capitalised words before it
    that are no trade or dictionary compound end a brand ("công ty Thiên Sơn và Trâm Anh", "tập đoàn
    Bảo Long và Bảo Sơn", "công ty điện Đông Hải và Hải Đảo": two companies). VietNews health
    sample (2,461 articles): 3 such pairs read as one company, every line kept."""
    first, last = walk.read.split()[-2:]
    if not (first[:1].isupper() and last[:1].isupper()):
        return True
    return trade_words_only(last) or f"{first.lower()} {last.lower()}" in dictionary()


def _field_pair(walk: Walk, text: str, nxt: Word) -> bool:
    """"Học viện Báo chí và Tuyên truyền", "Đại học Kinh doanh và Công nghệ Hà Nội": a school named
    for two fields, each a Vietnamese compound; not "Đại học Harvard và MIT", "Đại học Stanford và
    Georgetown" (two schools), nor "… Ngoại ngữ và Phân hiệu …" (a unit). VietNews, 300 articles
    with "Đại học/Học viện X và Y": 56 documents, every cut name completed, none joined to another body."""
    words = walk.read.split()
    return len(words) >= 2 and f"{words[-2].lower()} {words[-1].lower()}" in dictionary() \
        and nxt.text not in _NOT_A_FIELD and _compound_at(text, nxt, walk.limit)


def _society_run(text: str, w: Word | None, limit: int) -> bool:
    """The words after a society's "và" run to its place or country ("… và Giáo dục TP. HCM",
    "… và Thương hiệu Việt Nam"); another body ("và Mặt trận Tổ quốc", "và Chùa Hương") does not."""
    for _ in range(6):
        if w is None or not w.is_alpha or head_at(text, w.start) or w.text in _OTHER_BODIES:
            return False
        if w.is_cap and (country_at(text, w.start) is not None or place_at(text, w.start)):
            return True
        w = word_at(text, w.end, limit)
    return False


_OTHER_BODIES = frozenset({"Mặt", "Đoàn", "Chùa", "Đền", "Hợp", "Ủy", "Nhà"})


def _another_body_after(walk: Walk, w: Word) -> bool:
    """After a whole known ministry, "và" starts another body, unless a foreign ministry's name
    goes on to its country; with the head unwritten ("Thứ trưởng Công an và Y tế", "Bộ trưởng Y
    tế và Dịch vụ Con người") only when the words after "và" name a known ministry too."""
    if _foreign_after(walk.text, w.end, walk.limit):
        return False
    if not walk.implied:
        return True
    hit = known_at(walk.text, w.end, walk.limit, walk.head + " ")
    return hit is not None and hit[1][1] == "ministry"


def _foreign_after(text: str, pos: int, limit: int) -> bool:
    """Capitalised words after "và" that end in a country: a foreign ministry's own name goes on
    ("Bộ Y tế và Phúc lợi Hàn Quốc", "Bộ Ngoại giao và Thương mại Australia")."""
    w = word_at(text, pos, limit)
    for _ in range(6):
        if w is None or not w.is_alpha or head_at(text, w.start) or mission_at(text, w.start):
            return False   # "Bộ Ngoại giao và Đại sứ quán Việt Nam": another body
        if w.is_cap and country_at(text, w.start) is not None:
            return True
        w = word_at(text, w.end, limit)
    return False


def _compound_at(text: str, w: Word, limit: int) -> bool:
    nxt = word_at(text, w.end, limit)
    return nxt is not None and f"{w.text.lower()} {nxt.text.lower()}" in dictionary()


_NUMBERED = re.compile(r"\(?\s*(?:số|cấp)\s+\d{1,3}\s*\)?(?![^\W\d_])")


def _numbered(walk: Walk, w: Word) -> Step | None:
    """"Bệnh viện dã chiến cấp 2 (số 1)", "Bệnh viện số 2 Quảng Ninh": numbered hospitals."""
    if walk.typ != "hospital":
        return _numbered_unit(walk, w) if w.text == "số" else None
    if w.text not in ("số", "cấp", "("):
        return None
    m = _NUMBERED.match(walk.text, w.start, walk.limit)
    if not m or w.text == "cấp" and not walk.parts[-1].endswith("dã chiến"):
        return None
    walk.proper = walk.named = True
    return walk.take(" ".join(re.sub(r"[()]", " ", m.group(0)).split()), m.end())


# "số 4" that may end a company's name (_company_number_ends says whether it does), not an address
# going on ("số 12/3")
_NUMBER_ENDS = re.compile(r"số[ \t]+\d{1,3}(?![\d/.,]\d)(?![^\W\d_])")
_NUMBER_CLOSED = re.compile(r"[ \t]*(?:[,.;:)\-–]|$)")
# what a numbered company does that VERBS lacks (VietNews, 70,000 articles: "… số 8 nợ thuế", "… số 1
# cho biết", "… số 9 làm chủ đầu tư", "… số 9 bị phạt")
_COMPANY_VERBS = frozenset({"cho", "nợ", "làm", "bị", "được", "nằm", "phải"})
_NAME_AFTER_DASH = re.compile(r"[ \t]*[-–][ \t]*[A-ZĐÀ-Ỹ]")
_SCHOOL_NUMBER = re.compile(r"số[ \t]+\d{1,2}(?![\d/.,]\d)(?![^\W\d_])")


def _numbered_unit(walk: Walk, w: Word) -> Step | None:
    """"Trường Tiểu học số 1 Hồng Thủy" (a level's school numbered before its place), "Công ty Cổ phần
    Xây dựng số 4": a school or a company numbered with a lower-case "số", which the walker stopped at."""
    text = walk.text
    if walk.expanded in SCHOOL_HEADS and len(walk.parts) == 1:
        m = _SCHOOL_NUMBER.match(text, w.start, walk.limit)   # its place next, or nothing more
        nxt = word_at(text, m.end(), walk.limit) if m is not None else None
        if nxt is not None and not nxt.is_cap and nxt.text not in ("xã", "thị", "phường") and nxt.text not in VERBS \
                and nxt.start == m.end() + 1:
            m = None   # "trường tiểu học số 2 gần căn cứ …"; but "Trường THCS số 2 đã khai giảng"
    elif walk.typ == "company" and len(walk.parts) > 1:
        m = _NUMBER_ENDS.match(text, w.start, walk.limit)
        if m is not None and (not _company_number_ends(text, m.end(), walk.limit) or not walk.named
                              and not _NAME_AFTER_DASH.match(text, m.end(), walk.limit)):
            m = None   # a trade in lower case is named by its number only with a name after a dash
    else:
        return None
    if m is None:
        return None
    walk.named = True
    return walk.take(" ".join(m.group(0).split()), m.end())


def _company_number_ends(text: str, end: int, limit: int) -> bool:
    """Does a company's "số N" end its name at end: punctuation, a dash or the end, a verb ("… số 4
    đã", "… số 1 thực hiện") or "và" before the next body? A ranking goes on with any other word ("số 1 ngành thép", "số 1 thế
    giới", "số 1 hiện nay"), an address with a street ("số 4 đường …", "số 4 Lê Duẩn")."""
    if _NUMBER_CLOSED.match(text, end, limit):
        return True
    nxt = LOWER_WORD.match(text, end, limit)
    if nxt is None:
        return False
    word, after = nxt.group(1), LOWER_WORD.match(text, nxt.end(), limit)
    pair = f"{word} {after.group(1)}" if after is not None else ""
    return pair != "hiện nay" and (word in VERBS or word in _COMPANY_VERBS or pair in VERBS or word == "và")


_LETTERED = re.compile(r"\d{1,3}[A-Z]")


def _number(walk: Walk, w: Word) -> Step | None:
    """"Nhi đồng 1" is a specific hospital; "… 500 triệu đồng" counts something;
    "Bệnh viện 199" is named by its number alone."""
    first = len(walk.parts) == 1 and walk.expanded in NUMBERED_HEADS and (len(w.text) >= 2 or walk.typ != "hospital") \
        or walk.typ == "company" and walk.parts[-1].endswith(" số")   # "… đầu tư và xây dựng số [4] - Vạn Xuân"
    lettered = _LETTERED.fullmatch(w.text)   # "Bệnh viện Quân y 7A", "Bệnh viện 7A"
    if not ((w.text.isdigit() and len(w.text) <= 3 or lettered) and (walk.named or first)
            and walk.typ in ("hospital", "health_center", "other", "company", "university")):
        return None
    if _QUANTITY_AFTER.match(walk.text, w.end) or _COUNTED.match(walk.text, w.end, walk.limit):
        return None
    walk.proper = True
    if first:
        walk.named = True
    return walk.take(w.text, w.end)


# a foreign body written in sentence case, closed by its country: "Trung tâm kiểm soát bệnh
# truyền nhiễm Mỹ", "Viện nghiên cứu ung thư Pháp"
_FOREIGN_BODY_HEADS = frozenset({"Trung tâm", "Viện", "Cục"})


def _foreign_body_head(walk: Walk) -> bool:
    return walk.expanded in _FOREIGN_BODY_HEADS and walk.head[0].isupper()


def _foreign_body(walk: Walk, rest: str) -> bool:
    """"Trung tâm kiểm soát bệnh truyền nhiễm Mỹ": a capitalised head, a function of three
    words or more, then the country, names that country's body ("trung tâm thương mại Mỹ" does not)."""
    return _foreign_body_head(walk) and len(rest.split()) >= 4


def _branch(walk: Walk, w: Word) -> Step | None:
    """"Hội nông dân huyện Yên Thành", "Trung tâm dịch vụ việc làm tỉnh Nghệ An": a local
    branch's lower-case stem right after a capitalised head; the place step reads the place."""
    if w.is_cap or len(walk.parts) != 1 or not walk.head[0].isupper():
        return None
    end = branch_end(walk.doc.lower, w.start, walk.expanded, walk.limit)
    place = word_at(walk.text, end, walk.limit) if end is not None else None
    if place is None or place_phrase(walk.text, place.start, walk.limit) is None:
        return None
    walk.named = True
    return walk.take(walk.text[w.start:end], end)


def _field_tail(walk: Walk, w: Word) -> Step | None:
    """"Trường ĐH Sư phạm kỹ thuật Vĩnh Long": the lower-case rest of a university's field, closed
    by its place (`school_fields`); the place step reads the place."""
    if not walk.named or not any(part[:1].isupper() for part in walk.parts[1:][-2:]):
        return None   # ("Sư", "phạm": a field's capitalised word and its lower-case syllable)
    end = field_tail_end(walk.text, w.start, walk.limit)
    return walk.take(walk.text[w.start:end], end) if end is not None else None


def _lowercase_run(walk: Walk, w: Word) -> Step | None:
    """"Công ty TNHH Suất ăn công nghiệp Minh Phát", "Hiệp hội Doanh nghiệp dược Việt Nam":
    a short lower-case run inside a company's or association's proper name."""
    if w.is_cap or not w.is_alpha or walk.typ not in ("company", "other", "agency", "health_center"):
        return None
    association = len(walk.parts) == 1 and (walk.expanded in ("Hội", "Hiệp hội") or _foreign_body_head(walk))
    if walk.typ == "health_center" and not association:
        end = country_run_end(walk.text, w.start, walk.limit) if walk.named else None
        return walk.take(walk.text[w.start:end], end) if end is not None else None
    if not walk.named and not association:
        return None
    if walk.proper and _clause_opens(walk.text, w, walk.limit, walk.typ == "company"):
        return Step.STOP   # "Công ty … Thành Đô thi công giai đoạn I", "Trường … thời điểm trước Tết": a clause
    national = national_run(walk.text, w.start, walk.limit) if association and walk.typ != "other" else None
    if national is not None:
        walk.named = walk.proper = True
        walk.take(walk.text[w.start:national], national)
        return Step.STOP
    run_end = lowercase_bridge(walk.text, w.start, walk.limit, 7 if walk.typ == "health_center" else 5,
                               provinces_close=_province_may_close(walk, w))
    if run_end is None and walk.named:   # a sixth word: "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam"
        run_end = country_run_end(walk.text, w.start, walk.limit)
    if run_end is None:
        return None
    if association and walk.text[w.start:run_end].endswith(" châu") \
            and " ".join(walk.text[w.start:run_end].split()[:-1]) not in _HUB_OF:
        # "Trung tâm kiểm soát dịch bệnh châu Âu", "Cục hàng không châu Âu": a continent closes it
        continent = continent_after(walk.text, run_end - len(" châu"), walk.limit)
        if continent is not None:
            walk.named = walk.proper = True
            walk.take(walk.text[w.start:continent[0]], continent[0])
            return Step.STOP
    if not walk.named and not _closes_with_place(walk.text, run_end, countries_only=True) \
            and not (walk.typ != "other" and ends_in_country(walk.text, run_end, walk.limit)):
        return None   # "Hội giải phẫu bệnh Việt Nam"; "Hội hoa Đà Lạt" is a festival
    if walk.typ == "agency" and not _closes_with_place(walk.text, run_end):
        return None   # "Cục Gìn giữ hoà bình Việt Nam": a place closes the name
    walk.named = True
    return walk.take(walk.text[w.start:run_end], run_end)


# what a named company does, opening a lower-case run its name never holds (not VERBS: its
# "thông tin", "tổ chức", "xử lý" go inside names, "Công ty Hệ thống thông tin FPT")
_COMPANY_DOES = frozenset({"thi công", "ủng hộ", "tài trợ", "cung cấp", "phân phối", "nhập khẩu", "trúng thầu",
                           "bàn giao", "khẳng định", "thừa nhận", "cam kết", "xác nhận", "tiếp tục", "tiến hành",
                           "thực hiện", "chia sẻ", "cho biết"})


# what a body does to a province, opening a clause ("Công ty Formosa bồi thường Hà Tĩnh", "Công ty
# Samsung đầu tư Thái Nguyên", "Công ty Sông Đà xin Hà Nội …"), and VERBS and _COMPANY_DOES
_DOES_TO_PLACE = frozenset({"đầu tư", "bồi thường", "rót vốn", "kiến nghị", "xin", "giúp", "cử", "kiện", "mua",
                            "bán", "thuê", "tặng", "gửi", "đưa", "giao", "mời", "đề xuất"}) | VERBS | _COMPANY_DOES \
    | {" ".join(cue.split()[:2]) for cue in CUE_WORDS}   # what one body does for another: "đồng hành", "hỗ trợ"


def _province_may_close(walk: Walk, w: Word) -> bool:
    """May a province that reads as a person's name ("Hà Nội", "Hà Nam") close the lower-case run at
    w (`lowercase_bridge`)? Not after a known body's whole name ("Thanh tra Chính phủ kiến nghị Hà
    Nội …"), nor after a two-word proper name ("Công ty Xăng dầu Hà Tây chi viện Hà Nội", "… Hà Tây
    cùng Hà Nội": review_2 item 5), nor when the run opens with a verb."""
    if walk.end == walk.known_end or _ends_in_proper_pair(walk):
        return False
    return w.text not in _DOES_TO_PLACE and _word_pair(walk.text, w, walk.limit) not in _DOES_TO_PLACE


def _ends_in_proper_pair(walk: Walk) -> bool:
    """Does the name read so far end in two capitalised words after its head, a proper name ("…
    Dược phẩm Hà Tây", "… Sài Gòn"), not a capitalised field's first syllable ("Môi trường",
    "Người mù") nor a legal form ("MTV Thoát nước")? A lower-case run after it is a clause."""
    words = walk.read.split()
    return len(words) - len(walk.expanded.split()) >= 2 and words[-1].istitle() and words[-2].istitle()


# a time phrase after a proper name, bridged to a holiday's capital ("… Nam Trung Yên thời điểm trước Tết")
_TIME_PHRASES = frozenset({"thời điểm", "thời gian", "thời kỳ"})
# one word opening a clause after a proper name: a time ("dịp Tết") or its agent ("Ngân hàng Đại Tín do
# chính NHNN trình", "Quỹ Tiền tệ Quốc tế do ông X làm trưởng đoàn": 3 in 4,261 fresh VietNews articles)
_CLAUSE_WORDS = frozenset({"dịp", "do"})


def _clause_opens(text: str, w: Word, limit: int, company: bool) -> bool:
    """The lower-case word and the next open a clause (a company's verb, or a time phrase): the
    sentence goes on after the name."""
    if w.text in _CLAUSE_WORDS:
        return True
    pair = _word_pair(text, w, limit)
    return pair in _TIME_PHRASES or company and pair in _COMPANY_DOES


def _word_pair(text: str, w: Word, limit: int) -> str:
    """The lower-case word w and the word right after it ("thi công"), or "" when none follows."""
    nxt = word_at(text, w.end, limit)
    return f"{w.text} {nxt.text}" if nxt is not None and nxt.start == w.end + 1 else ""


# "trung tâm tài chính châu Á" (Hong Kong) is a city's role, not a body
_HUB_OF = frozenset({"tài chính", "thương mại", "kinh tế", "du lịch", "mua sắm", "công nghiệp", "sản xuất",
                     "giao thương", "văn hóa", "văn hoá"})


def _closes_with_place(text: str, pos: int, countries_only: bool = False) -> bool:
    w = word_at(text, pos)
    return w is not None and (country_at(text, w.start) is not None or
                              not countries_only and place_at(text, w.start) is not None)


def _capitalised(walk: Walk, w: Word) -> Step | None:
    """A capitalised word: part of the name, unless a title or a person's name starts here."""
    if not (w.is_cap and w.is_alpha):
        return None
    text, limit = walk.text, walk.limit
    if _opens_sentence(walk, w) or _word_after_number(walk, w) or _runs_on(walk, w):
        return Step.STOP   # "… tại BV Nhi đồng 1 Hiện tại bệnh viện …": a caption run into the next sentence
    if walk.typ == "company" and head_at(text, w.start) and \
            all(_LEGAL_FORM.fullmatch(p_) or p_.islower() for p_ in walk.parts[1:]):
        walk.named = True   # "Công ty Cổ phần (đa khoa) Bệnh viện Đa khoa Tâm Anh"
        return walk.take(w.text, w.end)
    if walk.typ == "company" and _title_cased_compound(walk, w):
        return walk.take(w.text, w.end)   # "Công ty TNHH Thương mại và Dịch Vụ …": "Vụ" opens no body
    if _stop_word(text, w, limit) or (head_at(text, w.start) and (walk.named or walk.head[0].islower())):
        return Step.STOP   # "phòng khám răng hàm mặt Bệnh viện …": the next organisation
    if head_at(text, w.start) and walk.expanded not in CONTAINERS:
        inner = org_at(walk.doc, w.start, limit)
        if inner is not None and inner.type == "ministry":
            # "Bảo hiểm xã hội Bộ Công an", "Bệnh viện 198 Bộ Công an": a ministry's own body
            walk.named = walk.proper = True
            walk.take(inner.name, inner.end)
            return Step.STOP
    if walk.named and walk.typ in ("ministry", "government", "agency") and foreign_name_at(text, w.start, limit) \
            and all(is_vietnamese_syllable(p) for p in " ".join(walk.parts).split() if p.isalpha()):
        return Step.STOP   # "Thứ trưởng Bộ Y tế Igor Lositsky": a foreign person follows
    person = person_at(text, w.start, limit) if not walk.proper else None
    if walk.proper and person_starts_here(text, w.start, limit) and not _compound_then_place(walk, w):
        return Step.STOP
    if walk.proper and walk.typ == "ministry" and person_at(text, w.start, limit) \
            and lookup(walk.read, None):
        return Step.STOP   # "Bộ Công an Tô Lâm": a known ministry is whole; its minister's short name follows
    if person and walk.expanded == "Sở" and len(walk.parts) == 2 and walk.parts[1].lower() == "y tế":
        return Step.STOP   # "Chánh thanh tra Sở Y tế Hồ Sơn, cho hay": no Sở is named after a person
    if person:
        # no proper name yet: "Bệnh viện Nguyễn Tri Phương" is named after a person,
        # but "Giám đốc Bệnh viện Nguyễn Văn An" names the director
        taken = name_part(text, w.start, limit, person)
        if (taken and (walk.expanded in SCHOOL_HEADS or not _TITLE_BEFORE.search(text, max(0, walk.pos - 30), walk.pos)
                       or walk.typ in PERSON_NAMED_TYPES and (_named_after_person(text, taken, limit) or lookup(
                           " ".join([walk.expanded, *walk.parts[1:], *(x.text for x in taken)]), None)))
                and (len(taken) <= 2 or ((walk.typ in PERSON_NAMED_TYPES or walk.expanded in SCHOOL_HEADS)
                                         and not walk.named) or _after_descriptors(walk))):
            walk.parts.extend(x.text for x in taken)
            walk.end = taken[-1].end
            walk.proper = walk.named = True
            return Step.NEXT
        if walk.named or walk.typ in ("hospital", "health_center") or len(person[1].split()) >= 3:
            return Step.STOP
    walk.take(w.text, w.end)
    walk.proper = walk.named = True
    if not _compound_after(walk, w):
        _miscased_syllable(walk, w)
    return Step.NEXT


def _title_cased_compound(walk: Walk, w: Word) -> bool:
    """A head's word that ends a compound with the word before it, in a company's Title Case name
    ("Dịch Vụ"): read as "Công ty … Dịch" and a "Vụ Hoàng Long" before (fresh VietNews and baomoi:
    "Dịch Vụ" in 5 of 37,900 articles, each in a company's name). Not a two-word head, which opens
    at the word before ("Công ty Cổ phần Tập Đoàn …" stays cut at "Tập")."""
    last = walk.parts[-1].rsplit(" ", 1)[-1]
    return walk.end == w.start - 1 and last[:1].isupper() and head_at(walk.text, w.start) is not None \
        and f"{last.lower()} {w.text.lower()}" in dictionary()


# a hospital named after a person is told from its director's name by the story: the name written
# after the head with no title before it elsewhere ("Bệnh viện Nguyễn Tri Phương cho biết"), after a
# street or ward word ("đường Nguyễn Tri Phương"), or with the hospital's place right after it
# ("Giám đốc Bệnh viện Lê Lợi, TP Vũng Tàu", "Bệnh viện đa khoa Đặng Thùy Trâm (huyện Đức Phổ)"); or the
# gazetteer knows the hospital ("Giám đốc BV Bạch Mai": "Bạch" is also a surname)
_PLACE_AFTER_NAME = re.compile(r"[ \t]*[,(][ \t]*(?:TP\.?|tỉnh|huyện|thành phố|quận|thị xã|Q\.|H\.)(?![^\W\d_])"
                               r"[ \t]*(?P<place>[^\W\d_])")
_HEAD_OR_STREET_BEFORE = re.compile(r"(?:(?:[Bb]ệnh viện|BV)(?:[ \t]+(?:[Đđ]a khoa|ĐK))?(?:[ \t]+(?:huyện|thị xã|quận))?|"
                                    r"[Đđ]ường|[Pp]hố|[Pp]hường)[ \t]+$")


def _named_after_person(text: str, taken: list[Word], limit: int) -> bool:
    """The person-like words after a title and a hospital's head name the hospital, not its director."""
    after = _PLACE_AFTER_NAME.match(text, taken[-1].end, limit)
    if after is not None and after.group("place").isupper():   # ", tỉnh cần …" opens a clause
        return True
    name = " ".join(x.text for x in taken)
    for m in re.finditer(re.escape(name) + r"(?![^\W\d_])", text):
        head = _HEAD_OR_STREET_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if head is not None and not _TITLE_BEFORE.search(text, max(0, head.start() - 30), head.start()):
            return True
    return False


def _compound_then_place(walk: Walk, w: Word) -> bool:
    """"Đại học Nông Lâm Bắc Giang": the word makes a word with the name's last syllable ("nông
    lâm") and a place follows it, so "Lâm Bắc Giang" is the name going on, not a person."""
    last = walk.parts[-1]
    if " " in last or f"{last.lower()} {w.text.lower()}" not in dictionary():
        return False
    nxt = word_at(walk.text, w.end, walk.limit)
    hit = place_at(walk.text, nxt.start) if nxt is not None and nxt.start == w.end + 1 else None
    person = person_at(walk.text, w.start, walk.limit)
    return hit is not None and person is not None and hit.end >= person[0]


# words that open a sentence, never a name: where a caption or a photo line runs into the next
# sentence with no full stop (baomoi: "Bệnh viện E trung ương Bệnh nhân cao khoảng …", "BV Nhi đồng 1
# Hiện tại bệnh viện …" in real28, "bệnh viện Thực hiện nhiệm vụ …" in real19)
_SENTENCE_OPENERS = frozenset({"bệnh nhân", "bệnh nhi", "hiện tại", "hiện nay", "ngoài ra", "trước đó", "sau đó",
                               "tuy nhiên", "thực hiện", "tiếp nhận", "được biết", "cùng ngày", "mới đây", "gần đây",
                               "công văn", "có thể"}) | frozenset(
    # a count opening a caption's next sentence ("… tại cơ quan công an Hai ngày sau, …"); a place
    # that opens with a number word goes on with a capital ("Năm Căn", "Ba Vì")
    f"{n} {unit}" for n in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài")
    for unit in ("ngày", "tháng", "năm", "giờ", "tuần", "hôm", "người", "lần", "tiếng", "phút"))
# nouns that also open such a sentence ("… Bệnh viện Nhi đồng 1 Nạn nhân đã …") but may start a name
# ("Hội Nạn nhân chất độc da cam", "Bệnh viện Gia đình"): an opener only after a proper name
_OPENERS_AFTER_NAME = frozenset({"sản phụ", "người dân", "người bệnh", "lãnh đạo", "bác sĩ", "thời gian", "dự kiến",
                                 "nạn nhân", "gia đình", "hiện trường", "năm nay", "tại đây", "cháu bé", "trong đó",
                                 "theo đó"})
# each pair's first word: a capitalised word that opens none is passed over before the next word is read
_OPENER_FIRST = frozenset(pair.split()[0] for pair in _SENTENCE_OPENERS | _OPENERS_AFTER_NAME)


# words that open a sentence and never go on a name, whatever follows in lower case: where a
# paragraph break is lost ("… tại Viện Dinh dưỡng Theo Bộ trưởng, …", "… Bộ Y tế Trong các bị
# can …"; 73 such joins in 1.1M characters of long baomoi health articles; 9 names there cut right,
# none changed in 3,442 VietNews health articles)
_OPENER_WORDS = frozenset({"theo", "trong", "đến", "tuy", "ngoài", "trước", "sau",
                           "khi", "nếu", "để", "hôm", "tại", "cùng", "mặc", "dù", "nhưng"})
# of them, these two are no syllable of any name: they open a sentence before a capital too
_ALWAYS_OPENS = frozenset({"theo", "trong"})


def _opens_sentence(walk: Walk, w: Word) -> bool:
    """A capitalised sentence opener ("Bệnh nhân", "Hiện tại", "Theo …") followed by a lower-case word."""
    lower = w.text.lower()
    if lower not in _OPENER_FIRST and lower not in _OPENER_WORDS:
        return False   # most name words: no word_at for the next one
    nxt = word_at(walk.text, w.end, walk.limit)
    if lower in _ALWAYS_OPENS and walk.named and nxt is not None and nxt.start == w.end + 1 and nxt.is_alpha:
        return True   # "… Viện Dinh dưỡng Theo Bộ trưởng, …"
    if nxt is None or nxt.start != w.end + 1 or nxt.is_cap or not nxt.is_alpha:
        return False
    pair = f"{lower} {nxt.text}"
    if lower in _OPENER_WORDS and walk.named and f"{walk.parts[-1].lower()} {lower}" not in dictionary():
        return True   # "Ánh Sáng" would be one word with the name's last syllable
    return pair in _SENTENCE_OPENERS or (walk.proper and pair in _OPENERS_AFTER_NAME)


def _runs_on(walk: Walk, w: Word) -> bool:
    """The word opens the next sentence run into the name (see `place_phrase.runs_on`); after a
    lower-case head with no name yet ("… đến bệnh viện Chiều ngày 1/7 …") a sentence opener too."""
    if not (walk.named or walk.head[0].islower()):
        return False
    words = RUN_ON_WORDS if walk.named else RUN_ON_WORDS | _OPENER_WORDS
    return runs_on(walk.text, w, walk.limit, walk.parts[-1].split()[-1], words)


def _word_after_number(walk: Walk, w: Word) -> bool:
    """"… Bệnh viện Nhi đồng 1 Tình trạng trẻ em bị tai nạn …": after a name's closing number, a
    capitalised common word written with its lower-case second syllable opens the next sentence
    (a place or a proper name goes on: "… 115 Nghệ An", "… số 1 Tân Lập")."""
    if not walk.parts[-1][-1:].isdigit():
        return False
    nxt = word_at(walk.text, w.end, walk.limit)
    return nxt is not None and nxt.start == w.end + 1 and nxt.is_alpha and not nxt.is_cap \
        and f"{w.text.lower()} {nxt.text}" in dictionary() and place_at(walk.text, w.start) is None


def _after_descriptors(walk: Walk) -> bool:
    """"Bệnh viện Đa khoa Nguyễn Đình Chiểu", "Trường Đại học Y khoa Phạm Ngọc Thạch",
    "Trường Đại học Tôn Đức Thắng": hospitals and universities named after a person, with
    or without descriptors first (VietNews: 'Đại học Tôn Đức Thắng' 61, 'Đại học Y khoa
    Phạm Ngọc Thạch' 23, 'Bệnh viện Đa khoa Nguyễn Đình Chiểu' 7, 'Đại học Nguyễn Tất Thành'
    4 …, each an institution); a health centre's bare "Trung tâm Y tế" stays unread."""
    return walk.typ in ("hospital", "university") and not walk.proper


# three-syllable words the dictionary lacks: "cảnh sát biển" (the coast guard, 803 times in
# VietNews: "Bộ Tư lệnh Vùng Cảnh sát biển 4")
_EXTRA_COMPOUNDS3 = frozenset({"cảnh sát biển"})


def _compound_after(walk: Walk, w: Word) -> bool:
    """A compound split by capitalisation: "Viện Dinh dưỡng", "Bộ Quốc phòng", "Hội Nữ hộ sinh"."""
    text, limit, lower = walk.text, walk.limit, walk.doc.lower
    nxt = word_at(text, walk.end, limit)
    if not (nxt is not None and nxt.start == walk.end + 1 and nxt.is_alpha and not nxt.is_cap
            and not ADMIN.match(text, nxt.start) and not DESC_RE.match(lower, nxt.start)):
        return False
    nxt2 = word_at(text, nxt.end, limit)
    three = f"{w.text.lower()} {nxt.text} {nxt2.text}" if nxt2 is not None else ""
    if (nxt2 is not None and nxt2.start == nxt.end + 1 and nxt2.is_alpha and not nxt2.is_cap
            and (three in _EXTRA_COMPOUNDS3 or three in dictionary())):
        walk.parts.extend((nxt.text, nxt2.text))
        walk.end = nxt2.end
        return True
    if f"{w.text.lower()} {nxt.text}" in dictionary() and not _opens_next_word(walk, nxt, nxt2):
        walk.take(nxt.text, nxt.end)
        return True
    return False


def _miscased_syllable(walk: Walk, w: Word) -> None:
    """"Bệnh viện Đa khoa Lương tài": a place's second syllable typed in lower case (see
    `miscased_next`); the name keeps the syllable as written."""
    nxt = word_at(walk.text, walk.end, walk.limit)
    if nxt is not None and miscased_next(walk.text, w, nxt):
        walk.take(nxt.text, nxt.end)


def _opens_next_word(walk: Walk, nxt: Word, nxt2: Word | None) -> bool:
    """"bệnh viện Thường Xuân quan hệ …", "Bệnh viện Đa khoa Củ Chi cấp cứu", "Trường Đại học
    Duy Tân liên tục …": after a two-word proper name ("Thường Xuân", a place) the lower-case
    word starts the next word of the sentence, not a compound with the name's last syllable
    (VietNews health: "Phú Phong thu hồi", "Quang Trung thực hiện", each a cut verb; a
    single capitalised word keeps its compound: "Viện Dinh dưỡng", "Bệnh viện Nhi đồng")."""
    prev = walk.parts[-2] if len(walk.parts) >= 3 else ""
    return (prev.isalpha() and prev[:1].isupper() and nxt2 is not None and nxt2.start == nxt.end + 1
            and f"{nxt.text} {nxt2.text.lower()}" in dictionary())


# "Ban An toàn giao thông tỉnh Nghệ An", "Ban ATGT TP.HCM": a province's traffic-safety board
# (its national one, "Ủy ban An toàn giao thông quốc gia", is in the gazetteer); written in
# sentence case, it is read as one word run up to the place that must follow it; its abbreviation
# may follow in brackets ("Ban An toàn giao thông (ATGT) tỉnh Thái Nguyên")
_TRAFFIC_SAFETY = re.compile(TRAFFIC_REMIT + r"(?=[ \t]+(?:tỉnh|thành[ \t]+phố|TP|[Tt]hành[ \t]+phố|huyện|quận|thị[ \t]+xã)(?![^\W\d_]))")


def _traffic_safety(walk: Walk, w: Word) -> Step | None:
    if walk.expanded != "Ban" or len(walk.parts) != 1:
        return None
    m = _TRAFFIC_SAFETY.match(walk.text, w.start, walk.limit)
    if m is None:
        return None
    walk.typ = "government"
    walk.named = True
    return walk.take("An toàn giao thông", m.end())


# "Hội Bảo vệ thiên nhiên và môi trường TP. HCM", "Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt
# Nam": a society's remit goes on in lower case past one "và" to the place or country that closes it
_REMIT_MAX = 8


def _society_remit(walk: Walk, w: Word) -> Step | None:
    """A society's lower-case remit with one "và" inside, read only when a province, TP.HCM or a
    country closes it (with neither, "… và …" may be the sentence going on)."""
    if walk.expanded not in _SOCIETY_HEADS or not walk.named or w.is_cap or not w.is_alpha or w.text == "và":
        return None
    text, cur, joined, last = walk.text, w.start, False, ""
    for _ in range(_REMIT_MAX):
        nxt = word_at(text, cur, walk.limit)
        if nxt is None or not nxt.is_alpha:
            return None
        if nxt.is_cap:
            closes = TPHCM.match(text, nxt.start) or place_phrase(text, nxt.start, walk.limit) \
                or country_at(text, nxt.start) is not None
            if not (joined and closes) or last == "và":
                return None
            return walk.take(" ".join(text[w.start:cur].split()), cur)
        last = nxt.text
        if nxt.text == "và":
            if joined:
                return None
            joined = True
        elif nxt.text in NOT_IN_NAMES:
            return None
        cur = nxt.end
    return None


def _school_kind(walk: Walk, w: Word) -> Step | None:
    """"Trường THPT chuyên Thái Bình", "Trường THCS và THPT Đông Du": a school's kind between its
    level and its name (orgs.school_kinds)."""
    end = school_kind_end(walk.text, w.start, walk.limit, walk.expanded, len(walk.parts) == 1)
    if end is None:
        return None
    return walk.take(" ".join(walk.text[w.start:end].split()), end)


def _traffic_board(walk: Walk, w: Word) -> Step | None:
    """"Ban an toàn giao thông tỉnh Gia Lai", "Ủy ban An toàn giao thông TP. HCM", "Ban ATGT quốc
    gia": a traffic-safety committee that a place or "quốc gia" closes (orgs.traffic_boards)."""
    found = traffic_board(walk.text, w.start, walk.limit, walk.expanded, len(walk.parts) == 1)
    if found is None:
        food = food_board(walk.text, w.start, walk.limit, walk.expanded, len(walk.parts) == 1 and not walk.implied)
        if food is None:   # (a title's implied "Ban" keeps the portfolio's reading)
            return None
        walk.typ, walk.named, walk.proper = "agency", True, True   # "Ban quản lý an toàn thực phẩm Bắc Ninh"
        written = " ".join(walk.text[w.start:food].split())
        return walk.take(written[:1].upper() + written[1:], food)
    walk.typ, walk.named = "government", True
    if found[1]:   # the nation's committee, however the press heads it
        walk.parts[0], walk.placed = "Ủy ban", True
        walk.take("An toàn giao thông quốc gia", found[0])
        return Step.STOP
    return walk.take("An toàn giao thông", found[0])


_STEPS = (_school_kind, _traffic_safety, _traffic_board, _container, _place, _country, _admin, _one_member, _business_line, _trade_line, _region, _abbreviation, _descriptor, _scope, _numbered, _parenthesis, _dash,
          _foreign_ministry, _company_ampersand, _conjunction, _number,
          _branch, _society_remit, _field_tail, _lowercase_run, _capitalised)

# Which steps can decide a word, by what their first test reads: the head written out, the type
# (both as they are when the word is reached: a step that changes them decides the word), the
# word's first letter (capital, letter) and the few words some steps look for. A step left out
# returns None there without changing the walk, so the chain decides as before with fewer calls
# (a walk asks 25 steps about each word; most return at their first test).
_KEYED_WORDS = frozenset({"(", "-", "–", "&", "và", "số", "cấp"})
_NUMBER_TYPES = frozenset({"hospital", "health_center", "other", "company", "university"})
_LOWER_RUN_TYPES = frozenset({"company", "other", "agency", "health_center"})
_SKIP: dict = {
    _school_kind: lambda expanded, typ, cap, alpha, word: not school_kind_heads(expanded),
    _traffic_safety: lambda expanded, typ, cap, alpha, word: expanded != "Ban",
    _traffic_board: lambda expanded, typ, cap, alpha, word: expanded not in ("Ban", "Ủy ban"),
    _container: lambda expanded, typ, cap, alpha, word: expanded not in CONTAINERS and expanded not in ("Ban", "Ủy ban"),
    _country: lambda expanded, typ, cap, alpha, word: not cap,
    _one_member: lambda expanded, typ, cap, alpha, word: typ != "company",
    _business_line: lambda expanded, typ, cap, alpha, word: typ != "company" or cap,
    _trade_line: lambda expanded, typ, cap, alpha, word: typ != "company" or expanded != "Công ty" or cap,
    _region: lambda expanded, typ, cap, alpha, word: cap,
    _abbreviation: lambda expanded, typ, cap, alpha, word: not cap,
    _scope: lambda expanded, typ, cap, alpha, word: cap or typ == "company" or expanded == "Quỹ",
    _numbered: lambda expanded, typ, cap, alpha, word: word not in ("số", "cấp", "(") or typ != "hospital" and (
        word != "số" or typ != "company" and expanded not in SCHOOL_HEADS),
    _parenthesis: lambda expanded, typ, cap, alpha, word: word != "(",
    _dash: lambda expanded, typ, cap, alpha, word: word not in ("-", "–"),
    _foreign_ministry: lambda expanded, typ, cap, alpha, word: typ != "ministry" or cap or not alpha,
    _company_ampersand: lambda expanded, typ, cap, alpha, word: word != "&" or typ != "company",
    _conjunction: lambda expanded, typ, cap, alpha, word: word not in ("và", "&"),
    # a number or a lettered number ("7A") starts with a digit, not a letter
    _number: lambda expanded, typ, cap, alpha, word: alpha or typ not in _NUMBER_TYPES,
    _branch: lambda expanded, typ, cap, alpha, word: cap,
    _society_remit: lambda expanded, typ, cap, alpha, word: expanded not in _SOCIETY_HEADS or cap or not alpha,
    _field_tail: lambda expanded, typ, cap, alpha, word: cap or not alpha or typ != "university",
    _lowercase_run: lambda expanded, typ, cap, alpha, word: cap or not alpha or typ not in _LOWER_RUN_TYPES,
    _capitalised: lambda expanded, typ, cap, alpha, word: not (cap and alpha),
}
_STEPS_FOR: dict[tuple, tuple] = {}


def _steps_for(key: tuple) -> tuple:
    """The steps that can decide a word of this kind (`_SKIP`), in chain order; kept per kind."""
    steps = _STEPS_FOR[key] = tuple(f for f in _STEPS if f not in _SKIP or not _SKIP[f](*key))
    return steps


# ---------------------------------------------------------------------- finish

_PLANNED_BEFORE = re.compile(word_start_branches(["thành lập", "xây dựng", "thành lập mới", "hình thành"],
                                                 not_after=None, ignorecase=True) + r"\s+(?:[\w,]+\s+){0,6}$",
                             re.IGNORECASE)
# after a bare head, a plural or a count makes the mention generic ("Sở Y tế các tỉnh")
_GENERIC_FOLLOW = re.compile(r"\s*(?:của\s+)?(?:các|những|\d+)\s")
# provincial public-health centres: one per province, so a bare mention is the article's
_PROVINCIAL_CENTRE = re.compile(r"(?:Kiểm soát bệnh tật|Pháp y|Giám định y khoa|Huyết học|Kiểm nghiệm|"
                                r"Truyền thông giáo dục sức khỏe|Y tế dự phòng|Chăm sóc sức khỏe sinh sản|"
                                r"Bảo vệ sức khỏe cán bộ|Phòng,? chống HIV)", re.IGNORECASE)
BAN_KINDS = re.compile(r"Tuyên giáo|Tổ chức|Dân vận|Nội chính|Kinh tế|Bảo vệ|Quản lý|Chỉ đạo|Dân tộc|Thường vụ|An toàn giao thông|ATGT")
_NEEDS_WORDS = ("Bộ", "Cục", "Vụ", "Viện", "Tổng cục", "Chi cục", "Sở", "Hội", "Quỹ", "Đảng ủy", "Quận ủy", "Thị ủy",
                "Công đoàn", "Liên đoàn", "Tỉnh đoàn", "Thành đoàn", "Phòng Y tế", "Công ty", "Tập đoàn", "Tổng công ty", "Học viện", "Đại học",
                "Trường Đại học", "Trường Cao đẳng", "Ủy ban", "Ngân hàng", "Công an", "Bộ Tư lệnh",
                "Bộ Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", "Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng", "Quân khu", "Quân đoàn",
                "Sư đoàn", "Lữ đoàn", "Trung đoàn", "Phân viện", "Tòa án nhân dân", "Cơ quan Cảnh sát điều tra",
                "Cơ quan An ninh điều tra", *SCHOOL_HEADS)


def finish(walk: Walk) -> OrgSpan | None:
    """The name read, if it is one; bare mentions get the article's province."""
    walk.drop_dangling_dash()
    if walk.head[0].islower() and not walk.proper and not (walk.placed and (walk.described or walk.head.lower() in LOWER_PLACED_OK
                                                                            or _district_hospital(walk))) \
            and not (walk.named and walk.head.lower() in LOWER_NAMED) and not _lower_bare(walk) \
            and not (walk.country and walk.head.lower() in LOWER_COUNTRY_OK):
        return None   # "bệnh viện đa khoa tỉnh Quảng Trị" is named, "bệnh viện tuyến tỉnh" is not
    if walk.head in LOWER_OWNED and not _owned(walk):
        return None   # "vụ Formosa": an affair
    if (not walk.proper and not walk.placed and walk.typ in ("health_department", "government", "party", "agency")
            and _GENERIC_FOLLOW.match(walk.text, walk.end)):
        return None   # "Sở Y tế các tỉnh", "Sở Y tế 13 tỉnh"
    name = walk.read
    if name.endswith(".") and walk.text[walk.end - 1] == ".":
        name, walk.end = name[:-1], walk.end - 1   # "… Bộ VH, TT & DL." ends a sentence
    rest = name[len(walk.expanded):].strip()
    if walk.typ == "government" and walk.expanded == "Sở" and rest.startswith("Y tế"):
        walk.typ = "health_department"
    if not _is_name(walk, rest):
        return None
    if cut_at_first_syllable(walk.text, walk.end, rest, walk.typ) and not lookup(name, walk.province):
        return None   # "Trung tâm Chống [độc]": cut after its first syllable
    regional = region_number(walk.text, walk.end, walk.limit) \
        if walk.typ in REGIONAL_TYPES and not walk.placed and rest else None
    if regional is not None:   # "Chi cục Thú y vùng VI": a numbered regional office, of no province
        return canonical(OrgSpan(walk.pos, regional[0], f"{name} {regional[1]}", walk.typ, None))
    area = area_number(walk.text, walk.end, walk.limit) \
        if walk.expanded == "Chi cục" and walk.placed and "Hải quan" in name else None
    if area is not None:   # "Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1": one office of the port's
        walk.end, name = area[0], f"{name} {area[1]}"
    if cut_short(walk.text, walk.end, walk.expanded, rest, walk.typ):
        tail = tail_to_place(walk.text, walk.end, walk.limit, open_end=walk.typ == "other") \
            or joined_tail_to_place(walk.text, walk.end, walk.limit)
        if tail is None and walk.expanded in SENTENCE_CASE_HEADS and walk.head[0].isupper():
            short = closed_tail(walk.text, walk.end, walk.limit)
            tail = (short[0], short[1], "", None) if short else None
        if tail is None and walk.typ != "ministry" and \
                (closed := closed_by_next(walk.doc, walk.text, walk.end, walk.limit)) is not None:
            # "Hiệp hội Vận tải [hàng không quốc tế] (IATA)", "Quỹ Phòng chống [tác hại thuốc lá] (Bộ Y tế)"
            name = " ".join(f"{name} {closed[1]} {closed[2]}".split())
            return canonical(OrgSpan(walk.pos, closed[0], name, walk.typ, None))
        if tail is None:
            return None   # "Cục Quản lý [xuất nhập cảnh] …": where the name ends is not known
        walk.end, walk.province, walk.placed = tail[0], tail[3] or walk.province, bool(tail[2])
        name = " ".join(f"{name} {tail[1]} {tail[2]}".split())
        rest = name[len(walk.expanded):].strip()
    return _resolve_bare(walk, name, rest)


_MINISTRY_AFTER = re.compile(r"[ \t]*(?:,|\(|-|–|thuộc|của)[ \t]*[Bb]ộ[ \t]")
_DEPARTMENT_TITLE_BEFORE = re.compile(r"(?:[Vv]ụ trưởng|[Vv]ụ phó)[ \t]+$")


def _owned(walk: Walk) -> bool:
    """A lower-case "vụ" names a department when its head's title comes before, or when its
    ministry follows and its name opens with a word ("Thi đua", "Sức khoẻ"), not an affair's
    proper name ("vụ Skripal, Bộ Ngoại giao Anh …", "vụ Asanzo, Bộ Công Thương …")."""
    if _DEPARTMENT_TITLE_BEFORE.search(walk.text, max(0, walk.pos - 12), walk.pos):
        return True
    words = walk.read.lower().split()[1:3]
    return len(words) == 2 and " ".join(words) in dictionary() and \
        bool(_MINISTRY_AFTER.match(walk.text, walk.end, walk.limit))


_DISTRICT_LEVEL = re.compile(r"(quận|huyện) (?=[A-ZĐÀ-Ỹ0-9])")


def _district_hospital(walk: Walk) -> bool:
    """"bệnh viện quận Thủ Đức", "bệnh viện quận 7": a lower-case hospital named by its urban
    district, as the city writes its district hospitals (VietNews: 181 "bệnh viện huyện/quận/…
    X"; a foreign town is no name: "bệnh viện quận Salisbury"). "bệnh viện huyện X" is left
    out: a district's hospital is often its Trung tâm Y tế or "Bệnh viện Đa khoa huyện X", and
    reading it cost a blind set; it is read only when the story writes that hospital out too
    ("Bệnh viện Đa khoa huyện Phú Lộc … bệnh viện huyện Phú Lộc")."""
    if walk.head.lower() != "bệnh viện" or len(walk.parts) != 2 or walk.placed_done:
        return False   # a bare "bệnh viện quận" is no name, even where the story names one district
    level = _DISTRICT_LEVEL.match(walk.parts[1])
    return level is not None and all(x.isdigit() or is_vietnamese_syllable(x) for x in walk.parts[1][level.end():].split()) \
        and (level.group(1) == "quận" or _written_out_elsewhere(walk.text, walk.parts[1]))


def _written_out_elsewhere(text: str, district: str) -> bool:
    """A capitalised hospital of this district in the story ("Bệnh viện (Đa khoa) huyện X")."""
    return re.search(r"(?:Bệnh viện|BV)(?:[ \t]+(?:[Đđ]a khoa|ĐK))?[ \t]+" + re.escape(district) + r"(?![^\W\d_])",
                     text) is not None


# "công an tỉnh, huyện", "bệnh viện đa khoa tỉnh và huyện": levels, not one body
_LEVEL_LIST = re.compile(r"\s*(?:,|/|-|và|hoặc)\s*(?:huyện|thành phố|thị xã|xã|quận|trung ương|tuyến|tỉnh)(?![^\W\d_])")


def _lower_bare(walk: Walk) -> bool:
    """"đã chuyển lên công an tỉnh", "cấp cứu tại bệnh viện đa khoa tỉnh": a lower-case head
    that says what it is, then a bare "tỉnh", is the article's province's body (VietNews, all
    articles: "công an tỉnh" so written 577 times, 25 read: each the story's province's police)."""
    if not (walk.bare_admin and (walk.described or walk.head.lower() in LOWER_PLACED_OK)
            and not _LEVEL_LIST.match(walk.text, walk.end)):
        return False
    province = walk.doc.province
    if walk.parts[-1] != "tỉnh" and (province is None or province not in city_provinces()):
        return False   # "công an TP" in a Thanh Hóa story is the city's police, not the province's
    # the province last named before must be the article's ("… ở Phú Yên … vào bệnh viện
    # đa khoa tỉnh" in a story mostly about TP.HCM is not TP.HCM's)
    before = places_in(walk.doc, max(0, walk.pos - 1500), walk.pos)
    if province is not None and (not before or before[-1].name == province):
        return True
    this = _place_this_names(walk)
    if this is not None:
        walk.near_province = this   # "cử trinh sát ra tỉnh Thanh Hóa phối hợp với công an tỉnh này"
        return True
    near = _province_just_named(walk, before)
    if near is not None and walk.parts[-1] == "tỉnh" and (province is None or province in city_provinces()):
        walk.near_province = near   # "một học sinh ở Phú Yên … được cấp cứu vào bệnh viện đa khoa
        return True                 # tỉnh" in a TP.HCM story: no city is a "tỉnh"; the one just named
    return False


def _province_just_named(walk: Walk, before: list[PlaceHit] | None = None, level: str = "tỉnh") -> str | None:
    """The province (not a city; a city when `level` says so) named last before the head, at most
    one full stop back."""
    if before is None:
        before = places_in(walk.doc, max(0, walk.pos - 1500), walk.pos)
    near = before[-1] if before else None
    if near is None or near.kind != level or walk.doc.match.count(".", near.end, walk.pos) > 1:
        return None
    return near.name


# "Công an tỉnh này", "Sở Y tế thành phố này": the level then "this" (checked first by a literal)
_THIS = " này"
_THIS_AFTER = re.compile(r"[ \t]+này(?![^\W\d_])")


def _place_this_names(walk: Walk) -> str | None:
    """"cử cán bộ đến tỉnh Hà Tĩnh phối hợp với Công an tỉnh này": "tỉnh này" ("thành phố này") is the
    place of that level named last, in this sentence or the one before, not the article's province.
    None when no such place is named (the article's province stands)."""
    level = walk.parts[-1].lower()
    if level not in ("tỉnh", "thành phố") or not walk.text.startswith(_THIS, walk.end) \
            or not _THIS_AFTER.match(walk.text, walk.end):
        return None
    return _province_just_named(walk, level=level)


_CITY_AFTER = re.compile(r"[ \t]*[,/][ \t]*(?:TP|[Tt]hành phố)(?![^\W\d_])")


def _tinh_in_city_story(walk: Walk) -> bool:
    """A bare "Công an tỉnh", "UBND tỉnh" in a story whose province is a city (Đà Nẵng, Hà Nội):
    no city is a "tỉnh", so it is the province just named ("Công an huyện Bình Sơn (Quảng Ngãi)
    … phối hợp với Công an tỉnh"), or one the story does not say (unread). "Sở Y tế tỉnh, TP Hà
    Nội" names the level and then the city: not this."""
    return walk.bare_admin and walk.parts[-1] == "tỉnh" and walk.near_province is None \
        and walk.doc.province in old_city_provinces() and not _CITY_AFTER.match(walk.text, walk.end)


def _lower_next(walk: Walk) -> bool:
    """A lower-case word right after the name read that goes on a phrase ("quảng cáo", "đô
    thị"), not a function word that ends it ("Công ty CP Nhựa y tế vào Tổng công ty")."""
    nxt = word_at(walk.text, walk.end, walk.limit)
    return nxt is not None and nxt.start == walk.end + 1 and nxt.is_alpha and not nxt.is_cap \
        and nxt.text not in NOT_IN_NAMES


def _is_name(walk: Walk, rest: str) -> bool:
    """Heads that need words after them, and the kinds of "Văn phòng" and "Ban" that are bodies."""
    expanded = walk.expanded
    if expanded in ("Ban", "Ủy ban", "Văn phòng") and lookup(f"{expanded} {rest}", walk.province):
        return True   # "Ban tổ chức Trung ương": a known body however its kind is written
    if expanded == "Văn phòng" and not re.search(r"Ủy ban|Tỉnh ủy|Thành ủy|Chính phủ|Quốc hội|Bộ|Sở", rest):
        return False
    if expanded == "Ban" and not BAN_KINDS.search(rest):
        return False
    if expanded == "Ban" and not walk.placed and not walk.bare_admin and not needs_place(expanded, rest):
        return False   # "Ban Tổ chức" (of an event), "Ban Chỉ đạo": whose is not said
    if not rest and expanded in _NEEDS_WORDS:
        return False
    if expanded == "Phòng" and not (walk.placed and walk.described and not walk.province):
        return False   # "Phòng Giáo dục và Đào tạo huyện X" is a district's; "Phòng Kế hoạch" a unit
    if expanded == "Ủy ban" and not (walk.placed or lookup(f"{expanded} {rest}", None)):
        return False   # "Ủy ban An toàn giao thông quốc gia" runs on in lower case: known or placed only
    if not rest and walk.typ in ("hospital", "health_center", "agency", "company", "university", "other") \
            and expanded not in WHOLE_NAME_HEADS:
        return False
    if walk.typ == "hospital" and (rest == "Vệ tinh" or len(rest) == 1 and "A" <= rest <= "Z") and not lookup(
            f"{walk.expanded} {rest}", None):
        return False   # "Đề án Bệnh viện Vệ tinh"; "Bệnh viện A … Bệnh viện B" (but Bệnh viện K, E)
    if walk.typ == "company" and not re.search(r"\d|" + UPPER, _LEGAL_FORM.sub("", rest)):
        return False   # "Công ty cổ phần", "Công ty TNHH đa khoa": whose is not said
    if expanded.startswith("Công ty") and trade_words_only(_LEGAL_FORM.sub("", rest).strip()) and _lower_next(walk):
        return False   # "Công ty TNHH Dịch vụ quảng cáo …", "CTCP Đầu tư Y tế để …": the name is cut in its trade
    if walk.country and walk.typ in ("hospital", "health_center", "company") and \
            _after_lower_words(rest, walk.typ) == walk.country and not _foreign_body(walk, rest):
        return False   # "bệnh viện Việt Nam", "bệnh viện dã chiến Việt Nam", "tập đoàn Brazil": generic
    if (walk.typ == "company" or walk.head[0].islower() and walk.typ in ("hospital", "health_center", "university")) and \
            (hit := country_at(rest, 0, ambiguous=True)) is not None and hit.end == len(rest):
        return False   # "công ty Mỹ", "bệnh viện Mỹ", "trường đại học Mỹ" (20/20 VietNews hits generic): of a country
    if walk.typ == "university" and walk.head[:2] == "ĐH" and (hit := country_at(rest, 0, ambiguous=True)) is not None \
            and hit.end == len(rest) and not lookup(f"{expanded} {rest}", None):
        return False   # "tỉ trọng của ĐH Việt Nam", "các ĐH Mỹ": a country's universities, no school of its own
    if expanded == "Vụ" and _AFFAIR_OF_BODY.match(rest):
        return False   # "Vụ Trung tâm Cấp cứu 115 Hà Nội bị tố …" (a headline): the affair of a body, read on its own
    if expanded == "Vụ" and rest and not any(is_vietnamese_syllable(x) for x in rest.split()):
        return False   # "Vụ Warmbier", "Vụ VN Pharma", "Vụ TNGT": an affair; departments are named in Vietnamese
    if expanded == "Bộ" and rest.split()[0] == "Luật" and rest.split()[1:2] != ["pháp"]:
        return False   # "Bộ Luật Hình sự" (47 times in 30,000 VietNews articles): a code of law; a
        # "Bộ Luật pháp và Công lý" is a ministry
    if expanded == "Vụ" and rest[:1].islower() and not lookup(f"Vụ {rest}", None):
        return False   # "Vụ sản phụ tử vong": an affair, not a department; "Vụ sức khỏe bà mẹ - trẻ em" is known
    if expanded == "Quỹ" and _INSURANCE_FUND.fullmatch(walk.text, walk.pos + len(walk.head), walk.end):
        return False   # "trục lợi Quỹ BHYT", "sử dụng Quỹ BHXH": a fund of money, written short; gold lists
        # the fund at most as optional (10 of 10 studied entries) and leaves it out as often (real27);
        # written out ("Quỹ Bảo hiểm y tế") it stays read
    if walk.typ == "hospital" and rest[-1:].isdecimal() and _FIELD_LEVEL.fullmatch(rest):
        return False   # "bệnh viện dã chiến cấp 2": a kind of hospital; "… cấp 2 số 1" is one
    return True


def _after_lower_words(rest: str, typ: str) -> str:
    """rest without its leading lower-case words ("dã chiến Việt Nam" -> "Việt Nam"). For a company
    a word opening in "Đ", "Ư", "Ơ", "Ă" (which [a-zđà-ỹ] takes in) is a capital: "Tổng công ty Đầu
    tư phát triển đường cao tốc Việt Nam" is one; a hospital keeps that range ("Bệnh viện Đại học
    Chile" is the university's, test_orgsb_s35)."""
    if typ != "company":
        return re.sub(r"^(?:[a-zđà-ỹ]+ )+", "", rest)
    words = rest.split()
    lower = next((i for i, word in enumerate(words) if not word.islower()), len(words))
    return " ".join(words[lower:])


# a field hospital's level alone ("bệnh viện dã chiến cấp 2"; the literal test before it: a digit ends it)
_FIELD_LEVEL = re.compile(r"dã chiến cấp \d", re.IGNORECASE)
# a body's head right after "Vụ": no department is named so (3,100 sample articles: 2 such, both affairs)
_AFFAIR_OF_BODY = re.compile(r"(?:Bệnh viện|Trung tâm|Công ty|Trường|Phòng khám|Viện|Tập đoàn)\s")
# the insurance funds written short: "Quỹ BHYT", "Quỹ BHXH", "Quỹ BHTN"
_INSURANCE_FUND = re.compile(r"[ \t]+BH(?:YT|XH|TN)")


def _resolve_bare(walk: Walk, name: str, rest: str) -> OrgSpan | None:
    """Placeless local bodies belong to the article's province ("Sở Y tế", "Bệnh viện Ung bướu")."""
    doc, typ, province = walk.doc, walk.typ, walk.province
    plain = not walk.proper and not walk.placed and not walk.bare_admin
    if typ == "health_center" and plain:
        if rest in ("Y tế", "y tế", "") or not doc.province:
            return None
        if _PROVINCIAL_CENTRE.match(rest) and not _planned(walk):
            # "Trung tâm Kiểm soát bệnh tật": the article's province has exactly one
            province = doc.province
            name = f"{name} {province}"
    if typ == "hospital" and plain:
        full = earlier_full_name(doc, name) if rest and rest[0].isupper() else None
        if full is not None:   # "Bệnh viện Nhi" after "Bệnh viện Nhi Trung ương": that hospital
            return canonical(OrgSpan(walk.pos, walk.end, full[0], typ, full[1]))
        # "Bệnh viện Ung bướu": a local specialty hospital of the article's province; but a
        # central one ("BV Mắt Trung ương", "Bệnh viện Răng hàm mặt Trung ương") is no province's
        if rest and rest[0].isupper() and doc.province and not _planned(walk) and not _central_specialty(rest):
            province = stated_province(walk.text, walk.end, walk.limit) or doc.province
            name = f"{name} {province}"
        elif not rest or not rest[0].isupper():
            return None
    if walk.expanded == "Huyện ủy" and plain and not rest:
        # "Huyện uỷ, UBND huyện Thường Xuân": the district the story names; none or several: unread
        district = district_near(doc, walk.pos)
        return OrgSpan(walk.pos, walk.end, f"Huyện ủy {district}", typ, doc.province) if district else None
    if walk.bare_admin and typ in ("hospital", "university") and _city_of_elsewhere(walk):
        # "… là vệ tinh của Bệnh viện Đại học Y dược TP." in a Đồng Tháp story: a city, not the
        # article's province; the placeless name joins the one the story names with its city
        name = re.sub(r"\s(?:thành phố|Thành phố)$", "", name)
        return canonical(OrgSpan(walk.pos, walk.end, name, typ, None)) if name != walk.expanded else None
    if walk.bare_admin and _city_of_elsewhere(walk) and not doc.province.startswith("Thành phố"):
        return None   # "Cơ quan CSĐT TP." in a Ninh Thuận story: a city of the province, not named
    if walk.bare_admin and walk.near_province is None:
        walk.near_province = _place_this_names(walk)
    if _tinh_in_city_story(walk):
        walk.near_province = _province_just_named(walk)
        if walk.near_province is None:
            return None
    if walk.bare_admin or (typ in ("health_department", "government", "party", "agency") and
                           province is None and needs_place(walk.expanded, rest)):
        if not (walk.near_province or doc.province):
            return None if not rest else OrgSpan(walk.pos, walk.end, name, typ, None)
        province = walk.near_province or doc.province
        name = _with_place(name, walk.expanded, province, walk.bare_admin)
    return canonical(OrgSpan(walk.pos, walk.end, name, typ, province))


def _planned(walk: Walk) -> bool:
    """"thành lập Bệnh viện Ung bướu": a body being set up, not the article's province's own (asked
    only where a bare name would take the province: the search reads back 40 characters)."""
    return _PLANNED_BEFORE.search(walk.text, max(0, walk.pos - 40), walk.pos) is not None


# a central specialty hospital: "… Mắt Trung ương", "… Nhi TW" (not "Đa khoa Trung ương", which each
# of several provinces has: "Bệnh viện Đa khoa Trung ương" in a Quảng Nam story is Quảng Nam's)
_CENTRAL_END = re.compile(r"(?<!Đa khoa )(?<!đa khoa )Trung ương$")


def _central_specialty(rest: str) -> bool:
    """VietNews and baomoi health sample (1,800 articles): 10 placeless "Bệnh viện X Trung ương"
    given the article's province ("Bệnh viện Nhi Trung ương Nghệ An"), 10 of 10 wrong."""
    return _CENTRAL_END.search(rest) is not None


def _city_of_elsewhere(walk: Walk) -> bool:
    """A bare "TP"/"thành phố" after a hospital's name in a story whose province is no city."""
    return walk.parts[-1].lower() == "thành phố" and walk.doc.province is not None \
        and walk.doc.province not in city_provinces()


def needs_place(head: str, rest: str) -> bool:
    """Local bodies named without their place ("Sở Y tế", "Tỉnh ủy", "BHXH tỉnh")."""
    if head in ("Sở", "Sở Y tế", "Chi cục"):
        return True   # a Chi cục is a provincial Sở's: "Chi cục Thú y" is the article's province's
    if head in ("Tỉnh ủy", "Thành ủy", "Ủy ban nhân dân", "Hội đồng nhân dân") and not rest:
        return True
    if head == "Ban" and re.search(r"Tỉnh ủy|Thành ủy", rest):
        return True
    if head == "Văn phòng" and re.search(r"Ủy ban nhân dân|Tỉnh ủy|Thành ủy", rest):
        return True
    return False


def _with_place(name: str, head: str, province: str, bare_admin: bool) -> str:
    if bare_admin:
        name = re.sub(r"\s(tỉnh|thành phố)$", "", name)
        if head in ("Sở", "Sở Y tế"):
            return f"{name} {province}"
        return f"{name} {with_level(province)}"
    if head in ("Ủy ban nhân dân", "Hội đồng nhân dân") or (head == "Văn phòng"):
        return f"{name} {with_level(province)}"
    if head == "Tỉnh ủy" and (province.startswith("Thành phố") or province in city_provinces()):
        return f"Thành ủy {province}"
    return f"{name} {province}"


_DESCRIPTOR_AFTER_HEAD = re.compile(r"^(Bệnh viện|Trung tâm) (đa khoa|hữu nghị)")
_DESCRIBED_HEADS = ("Bệnh viện ", "Trung tâm ")   # the literal test before it
_COUNCILS = ("Ủy ban nhân dân", "Hội đồng nhân dân")


# "Cục phòng chống HIV / AIDS": a corpus or page that spaces a slash inside a name; closed when
# the gazetteer knows the name, so that it meets its entry; a name it does not know keeps the
# slash as written ("Trung tâm phòng chống HIV / AIDS Thành phố Hồ Chí Minh", as gold writes it)
_SPACED_SLASH = re.compile(r"(?<=[^\W_]) / (?=[^\W_])")


def canonical(span: OrgSpan) -> OrgSpan:
    """Keep the form the text supports; note the gazetteer's official name and type."""
    if " / " in span.name:
        closed = _SPACED_SLASH.sub("/", span.name)
        if lookup(closed, span.province):
            span = OrgSpan(span.start, span.end, closed, span.type, span.province, span.canonical)
    known = lookup(span.name, span.province)
    if known:
        span = OrgSpan(span.start, span.end, span.name, known[1], known[2] or span.province,
                       known[0])
    # written forms: capitalise descriptor words right after the head ("Đa khoa")
    name, province = span.name, span.province
    if name.startswith(_DESCRIBED_HEADS):
        name = _DESCRIPTOR_AFTER_HEAD.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}", name)
    name = name.replace("Hữu nghị đa khoa", "Hữu nghị Đa khoa")
    # departments are named "Sở Y tế Nghệ An", not "Sở Y tế tỉnh Nghệ An" ("Sở Nội vụ TP Hà
    # Nội" is "Sở Nội vụ Hà Nội"; a province named "Thành phố …" keeps its name)
    if province and name.startswith("Sở "):
        for level in ("tỉnh", "thành phố"):
            if name.endswith(f" {level} {province}") and "," not in name[:-len(province)]:
                name = name[:-len(f" {level} {province}")] + f" {province}"
    # a province's People's Committee and Council are named with its level: "UBND Bình
    # Định" is "Ủy ban nhân dân tỉnh Bình Định", "HĐND Hải Phòng" "… thành phố Hải Phòng"
    if province and name.startswith(_COUNCILS):
        for council in _COUNCILS:
            if name == f"{council} {province}":
                name = _with_place(council, council, province, False)
    return span if name == span.name else OrgSpan(span.start, span.end, name, span.type, province, span.canonical)
