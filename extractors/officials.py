"""Officials: (person, title, organisation) for every role the text states.

Names come from `people` (surnames, foreign names, a NER second opinion); titles
from `titles`; organisations from `organizations.org_at`, so a role's
organisation is named exactly as the organisation itself. Roles attach to a
name either before it ("Thứ trưởng Bộ Y tế Lê Đức Luận", "Giám đốc Sở Y tế,
ông Tạc Văn Nam") or after it ("Lê Đức Luận - Thứ trưởng Bộ Y tế; …",
"ông Phạm Duy Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import gazetteer
from .council_heads import council_role, is_council_head
from .delegations import delegation
from .deputies import BODY, COUNCIL_TITLE, TITLE, council_deputies, deputies
from .doc import Doc, Official, Organization, provenance
from .insurance_boards import insurance_board
from .ministerial_bodies import heading_end, in_post_list, is_ministerial_body
from .ministers import holder_ministry, same_ministry
from .organizations import OrgSpan, home, org_at, with_campus, written_out
from .national_forces import national_force
from .orgs.descriptors import DESC_RE
from .orgs.known import known_at
from .orgs.place_phrase import place_phrase
from .orgs.police_units import UNITS
from .orgs.steering import steering_at
from .specialties import CENTRE_WORDS, DEPT_WORDS
from .orgs.walker import finish, implied_walk
from .party_central import CENTRAL_COMMITTEE, central_party_org
from .people import MINISTER_FIELDS, Person, find_people, found_at, real_person_at, ward_named_at
from .places import country_at, country_pattern, place_at
from .short_names import short_mentions
from .team_heads import is_team_head, team_role
from .textnorm import normalize_tones
from .titles import central_board_re, expansions, lower_titles, title_at, title_re, titled_sentences
from .tokens import UPPER, Word, is_vietnamese_syllable, person_at, word_at, word_start_alternation
from .unit_heads import head_of, title_closes, unit_after
from .lazy import lazy_compile

NAME = "officials"
VERSION = "42"

# Parts of a title that name the unit, so the organisation starts there.
# titles that end in the unit's own head: the organisation starts at that head.
# "Trưởng Ban …" and "Chánh Thanh tra …" keep the head in the title; "Giám đốc Trung tâm …" not.
# ("Phó Chi cục Thú y …", "phó Trạm Y tế xã …": a deputy written as "Phó" and the unit's head;
# VietNews ~70 after a name, each the unit's deputy head; real24)
_UNIT_ORG_TITLES = re.compile(r"(Trưởng|Phó Trưởng|Chánh|Phó Chánh|Phó(?= (?:[Tt]rạm|[Cc]ục|[Vv]ụ|[Vv]iện|[Cc]hi cục|[Bb]an)$)) "
                              r"(?:[Bb]an|Thanh tra|Văn phòng|[Tt]rạm|[Cc]ục|[Vv]ụ|[Vv]iện|[Cc]hi cục)$|"
                              r"((?:Giám đốc|Phó Giám đốc|GĐ|PGĐ|Phụ trách)(?= Trung tâm$)|Phụ trách(?= Sở$)) (?:Trung tâm|Sở)$", re.IGNORECASE)
_DEPT_TITLES = re.compile(r"(?:^|\s)(Trưởng|Phó Trưởng|Chủ nhiệm|Phó Chủ nhiệm|Phó|Phụ trách) ([Pp]hòng|[Kk]hoa|[Bb]ộ môn|[Đđ]ơn vị|[Đđ]ơn nguyên)$",
                          re.IGNORECASE)
# Titles whose organisation is implied ("Tỉnh ủy viên" -> the province's Tỉnh ủy).
_IMPLIED = {"tỉnh ủy viên": "Tỉnh ủy", "thành ủy viên": "Thành ủy"}
# Titles that already contain their organisation's head ("Bí thư Tỉnh ủy", "Chủ tịch UBND").
_SPLIT_TITLE = re.compile(r"^((?:Quyền )?(?:Phó )?(?:Bí thư|Chủ tịch|Trưởng Ban|Trưởng ban)(?: Thường trực)?)\s+"
                          r"(Tỉnh ủy|Thành ủy|Ủy ban nhân dân|UBND|HĐND|Hội đồng nhân dân|Tuyên giáo|"
                          r"Tổ chức|Dân vận)$", re.IGNORECASE)


@dataclass
class Role:
    title: str
    org: OrgSpan | None
    start: int
    end: int
    former: bool = False
    body: str | None = None       # "Đảng ủy" when the title says only "Bí thư Đảng ủy"
    shared: bool = False          # written once after a list of names ("đều là …")
    centre: str | None = None     # the bare title of a hospital centre's head, no hospital named
                                  # ("Giám đốc" of "Giám đốc Trung tâm Chống độc")
    read_unit: bool = False       # the organisation was read from the title's words (unit_heads)
    also: str | None = None       # a second name of the post's body ("Thanh tra Sở Y tế X" of "Sở Y tế X")


@dataclass
class _Draft:
    """A role being read: each step below may fill in the organisation or grow the title."""

    title: str
    end: int
    start: int                    # where the title's words start (after "nguyên")
    org: OrgSpan | None = None
    body: str | None = None
    unit: re.Match[str] | None = None
    split: bool = False
    dept: bool = False
    centre: str | None = None     # a clinical centre's head's bare title (see Role.centre)
    read_unit: bool = False       # see Role.read_unit
    also: str | None = None       # see Role.also


# a police chief's title written with the short form of the police it heads (baomoi crime news:
# "Trưởng CAQ Hoàn Kiếm", "Trưởng CAP Lý Thái Tổ"; the organisations stage reads the short forms),
# or with a bare "CA" before the kind of place ("Trưởng CA xã Ninh Sở", "Phó CA huyện Thanh Sơn":
# VietNews and baomoi, all articles, 24 with such a post, 16 of them holders we missed, all
# right); a lower-case "trưởng ca" is a shift's head, no post here
_POLICE_ABBR = re.compile(r"\s(CA[QPHX]?)$")
_SHIFT_HEAD = re.compile(r"\sca$")
_ACTING_ABBR = re.compile(r"^Q\.\s*")   # "Q. Trưởng khoa" is "Quyền Trưởng khoa"
_OWN_INITIALS = re.compile(r"\s*\(([A-ZĐ]{2,6})\)(?=\s)")


def _parse_role(doc: Doc, pos: int, limit: int) -> Role | None:
    """TITLE [ORG] starting at pos (after optional spaces).

    Three steps, each a small function: the organisation the title's own words
    start ("Chủ tịch UBND tỉnh X", "Giám đốc Trung tâm …", "Trưởng phòng …"),
    else the one written after the title, else the one the title implies."""
    m = title_at(doc.match, pos, limit)
    if not m:
        return None
    d = _Draft(title=_ACTING_ABBR.sub("Quyền ", doc.match[m.start(2):m.end(2)]), end=m.end(2), start=m.start(2))
    own = _OWN_INITIALS.match(doc.match, d.end, limit)
    if own and own.group(1) == "".join(w[0] for w in d.title.split()).upper():
        d.end = own.end()   # "Phó Thủ tướng (PTT) Chính phủ": the title's own initials, then its body
    whole = _whole_post(doc, d, limit)
    if whole is not None:
        return _finished(d, m) if whole else None
    remit, remit_end = _remit(doc, d.title, d.end, limit)
    if remit:
        # "Phó Giám đốc phụ trách chuyên môn bệnh viện Chợ Rẫy": the remit is part of the title
        d.title, d.end = f"{d.title} {remit}", remit_end
    split = _SPLIT_TITLE.match(d.title)
    unit = _UNIT_ORG_TITLES.search(d.title)
    dept = _DEPT_TITLES.search(d.title)
    d.dept = dept is not None
    if split:
        _split_title_org(doc, d, split, m.end(2), limit)
    elif unit:
        d.unit = unit
        _unit_title_org(doc, d, unit, limit)
    elif dept:
        _department_title(doc, d, dept, limit)
    if d.org is None and not d.unit:
        d.org = _org_after_title(doc, d, limit)
        if d.org is not None and head_of(d.title) == "Viện" and (hospital := _institute_hospital(doc, d.org, limit)):
            d.title, d.org = f"{d.title} {d.org.name}", hospital   # "Phó Viện trưởng Viện Tim mạch, BV X"
    if d.org is None and d.title.lower() in _UNION_SECRETARIES:
        d.org = _school_union(doc, d.end, limit)
    if d.org is None and d.title.lower().endswith("văn phòng đại diện"):
        d.org = _representative_office(doc, d.end, limit)
    if d.org is None and d.title.lower().endswith("văn phòng luật sư"):
        d.org = _law_office(doc, d.start, limit)
    if d.org is None and d.title.lower().endswith("tổng biên tập"):
        d.org = _periodical(doc, d.end, limit)
    if d.org is None and d.title.lower() in _ASSOCIATION_HEADS:
        d.org = _association(doc, d.end, limit)
    if d.org is None:
        _implied_org(doc, d, m.end(2), limit)
    return _finished(d, m)


def _whole_post(doc: Doc, d: _Draft, limit: int) -> bool | None:
    """A post read whole by its own reader (a police short form, an insurance board, a
    delegation, a team or a council of a body): True when `d` now holds it, False when the
    title holds no post here, None when the general steps read on."""
    police = _POLICE_ABBR.search(d.title)
    if police is not None and police.group(1) == "CA":
        unit = _LOCAL_UNIT.match(doc.match, d.end, limit)
        org = _police_of_place(doc, d.end + len(unit.group(0)) - len(unit.group(0).lstrip()), limit) if unit else None
        if org is None:
            return False   # "Trưởng CA" with no place after it: no police named
    elif police is None and _SHIFT_HEAD.search(d.title):
        return False   # "trưởng ca": the head of a shift
    if police is not None and (police.group(1) == "CA" or (org := _org_span_at(doc, d.start + police.start(1), limit))
                               is not None and org.name.startswith("Công an ")):
        # "Trưởng CAQ Hoàn Kiếm", "Phó CAP Lý Thái Tổ": the chief of the police the short form names
        d.title, d.org, d.end = f"{d.title[:police.start()]} Công an", org, org.end
        return True
    board = insurance_board(doc, d.title, d.end, limit)
    if board is not None:
        d.title, d.org, d.end = board.title, board.ban, board.parent.end   # "Trưởng ban Cấp sổ, thẻ của BHXH"
        return True
    team = is_team_head(d.title)
    post = delegation(doc.match, d.title, d.start, limit) or (   # "Trưởng đoàn ĐBQH tỉnh Quảng Nam"
        team_role(doc, d.title, d.end, limit) if team   # "Đội trưởng Đội CSHS - Công an huyện X"
        else council_role(doc, d.title, d.end, limit) if is_council_head(d.title)   # "Chủ tịch Hội đồng khoa học BV X"
        else None)
    if post is None:
        return False if team else None
    d.title, d.org = post
    d.end = d.org.end
    return True


def _split_title_org(doc: Doc, d: _Draft, split: re.Match[str], title_end: int, limit: int) -> None:
    """"Chủ tịch UBND tỉnh X"; "Trưởng ban Tổ chức Tỉnh ủy X" (a Ban the title names)."""
    d.split = True
    d.title = split.group(1)
    d.org = _org_span_at(doc, d.start + len(split.group(1)) + 1, limit)
    if d.org is None and split.group(2).lower() in ("tỉnh ủy", "thành ủy"):
        d.org = _committee_of(doc, split.group(2), title_end, limit)   # "Phó bí thư thành ủy Đà Nẵng"


_DEPUTY_HEADS = {"phó trạm": "Phó Trạm trưởng", "phó cục": "Phó Cục trưởng", "phó vụ": "Phó Vụ trưởng",
                 "phó viện": "Phó Viện trưởng", "phó chi cục": "Phó Chi cục trưởng"}


def _unit_title_org(doc: Doc, d: _Draft, unit: re.Match[str], limit: int) -> None:
    """A title that ends in its unit's head: "Giám đốc Trung tâm …", "Trưởng Ban …",
    "Chánh Thanh tra …"; the unit may belong to a parent named after it."""
    unit_pos = d.start + unit.start() + len(unit.group(1) or unit.group(2)) + 1
    # "Trưởng Ban Tuyên giáo …" keeps "Ban" in the title; "Giám đốc Trung tâm …" does not
    d.title = d.title if unit.group(1) else d.title[:unit_pos - d.start].strip()
    deputy = d.title.lower() in _DEPUTY_HEADS   # "phó Cục …" is its "Phó Cục trưởng", of a unit read whole
    d.title = _DEPUTY_HEADS.get(d.title.lower(), d.title)
    d.title = expansions().get(d.title.lower(), d.title)   # "PGĐ trung tâm Tim mạch"
    d.org = _org_span_at(doc, unit_pos, limit)
    inspectorate = doc.match.startswith(("thanh tra", "Thanh tra", "văn phòng", "Văn phòng"), unit_pos)
    if inspectorate:
        d.org, d.also = _inspectorate(doc, d.org, unit_pos, limit)
    if d.org is None:
        d.org = _central_board(doc, unit_pos, limit)
    if d.org is None and unit.group(1) and not inspectorate and not deputy:
        d.org = _named_ban(doc, unit_pos, limit)
    parent = _parent_of(doc, d.org, limit) if d.org is not None else None
    if parent is None and d.org is not None and unit.group(2) and doc.match.startswith(" và ", d.org.end) \
            and _inner_centre(doc, unit_pos, limit) is not None:
        d.org = None   # "Trung tâm Chăm sóc và điều trị sơ sinh, Bệnh viện X": read past "Chăm sóc"
    if d.org is None and unit.group(2):
        # "Giám đốc Trung tâm chống độc của bệnh viện": a centre of a hospital, in lower case
        inner = _inner_centre(doc, unit_pos, limit)
        if inner is not None:
            d.title, d.org, d.end = f"{d.title} {inner[0]}", inner[1], inner[1].end
            d.unit = None
        elif (bare := _clinical_centre(doc, unit_pos, limit)) is not None:
            # "Giám đốc Trung tâm Chống độc, …": its hospital is found later (see extract)
            d.title, d.end, d.unit, d.centre = f"{d.title} {bare[0]}", bare[1], None, d.title
        elif (named := _named_centre(doc, unit_pos, limit)) is not None:
            d.org, d.end, d.unit = named, named.end, None   # "Trung tâm khám tư vấn dinh dưỡng (Viện X)"
    if d.org is None and unit.group(2) and d.centre is None and d.unit is not None:
        d.org = _only_centre(doc, unit_pos, limit)   # "B, phó giám đốc trung tâm, nói"
    if parent is not None:
        # "Phó Giám đốc Trung tâm Sơ sinh, Bệnh viện Nhi Trung ương": a unit of the hospital
        d.title = f"{d.title} {doc.match[unit_pos:min(d.org.end, parent.start)]}".strip()
        d.org = parent
    elif d.org is None and d.unit is not None and unit.group(1) and not inspectorate and not deputy:
        # "Phó Trưởng ban Thực hiện chính sách BHYT, BHXH Việt Nam": an inner unit
        ban = word_at(doc.match, unit_pos, limit)
        council = _council_ban(doc, ban.end, limit) if ban is not None else None
        words, cur = _unit_words(doc, ban.end if ban is not None else unit_pos, limit)
        if council is not None:
            d.org, d.end, d.unit = council, council.end, None
        elif words:
            d.title, d.end, d.unit = f"{d.title} {' '.join(words)}", cur, None


_COUNCIL_BAN_WORDS = re.compile(r"\s*((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)(?:\s*[-–]\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+))?"
                                r"\s*(?:\(\s*|của\s+)?")


# bodies whose boards a "Trưởng ban"/"Phó ban" is written with: a People's Council, and a
# Party committee ("phó ban Dân vận Tỉnh ủy X": VietNews, all articles, ~60 "phó ban" of a Party
# committee's board, named as "Ban Dân vận Tỉnh ủy X" is)
_BAN_PARENTS = ("Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")


def _council_ban(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Trưởng Ban Văn hóa - Xã hội HĐND tỉnh X", "trưởng ban Pháp chế HĐND TP Y": a board of a
    People's Council is the body (as the gold names "Ban … Tỉnh ủy"); heldout2, VietNews
    health 8 such lines, each a council's board (Pháp chế, Đô thị, Văn hóa - Xã hội, Kinh tế -
    Ngân sách)."""
    m = _COUNCIL_BAN_WORDS.match(doc.match, pos, limit)
    if m is None:
        return None
    for cut in range(m.end(), pos, -1):   # the words may run into the council's name: try shorter
        nw = word_at(doc.match, cut, limit)
        council = org_at(doc, nw.start, limit) if nw is not None and nw.start == cut and nw.is_cap else None
        if council is not None and council.name.startswith(_BAN_PARENTS):
            words = doc.match[pos:cut].strip().rstrip("(").strip()
            words = re.sub(r"\s+của$", "", words)
            if not words or real_person_at(doc.match, pos + 1, limit):
                return None
            words = re.sub(r"\s*[-–]\s*", " - ", words)
            kind = "government" if council.name.startswith("Hội đồng") else "party"
            return OrgSpan(council.start, council.end, f"Ban {words[0].upper()}{words[1:]} {council.name}",
                           kind, council.province)
    return None


def _only_centre(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Giám đốc Trung tâm" with no name, then punctuation or the verb: the one centre the
    article names (VietNews: 4 such lines, each in an article about one centre)."""
    tam = _tam_at(doc, pos, limit)
    if tam is None or tam.text.lower() != "tâm" or not _CENTRE_END.match(doc.match, tam.end, limit):
        return None
    only = _only_named(doc, "Trung tâm ")
    return OrgSpan(pos, tam.end, only[0], only[1], only[2]) if only is not None else None


def _central_board(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Trưởng ban Tổ chức Trung ương Phạm Minh Chính": a board of the Central Committee."""
    board = central_board_re().match(doc.match, pos, limit)
    return OrgSpan(pos, board.end(), _board_name(board.group(1)), "party", None) if board else None


def _named_ban(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Trưởng ban Tổ chức Tỉnh ủy X": the Ban the title names, found as an organisation."""
    ban = word_at(doc.match, pos, limit)
    kind = word_at(doc.match, ban.end, limit) if ban is not None else None
    named = _org_span_at(doc, kind.start, limit) if kind is not None else None
    return named if named is not None and named.name.startswith("Ban ") else None


# a police department's first word: a unit's abbreviation (the orgs step's table), fire police, "Cảnh sát …", a "PC45" code
_POLICE_DEPT = re.compile("|".join(UNITS) + r"|PCCC|[Cc]ảnh$|PC\s?\d")
_POLICE_CODE = re.compile(r"\s*\(\s*P[A-Z]\s?\d{1,3}[A-Z]?\s*\)")


def _province_police_place(doc: Doc, pos: int, limit: int) -> tuple[int, str, str | None] | None:
    """The province or city after a police department's name ("CSGT Gia Lai", "CSGT tỉnh Bình Định")."""
    place = _titled_place(doc, pos, limit, after_name=True)
    return place if place is not None and place[1].split()[0].lower() in ("tỉnh", "thành") else None


def _department_title(doc: Doc, d: _Draft, dept: re.Match[str], limit: int) -> None:
    """"trưởng phòng Giáo dục và Đào tạo huyện Kỳ Sơn" is a district's office; otherwise
    the department's name belongs to the title ("Trưởng phòng Kế hoạch tổng hợp")."""
    d.org = district_office(doc, d.end, limit) if dept.group(2).lower() == "phòng" else None
    dept_words, cur = _department_words(doc, d.end, limit) if d.org is None else ([], d.end)
    if dept_words:
        title = f"{d.title} {' '.join(dept_words)}"
        d.title = re.sub(r"^(Trưởng|Phó Trưởng|Phó) phòng ([a-zđ])",
                         lambda x: f"{x.group(1)} phòng {x.group(2).upper()}", title)
        code = _POLICE_CODE.match(doc.match, cur, limit)
        d.end = code.end() if code else cur   # "Cảnh sát hình sự (PC45) Công an tỉnh X": the code, then the body
        if _POLICE_DEPT.match(dept_words[0]) and org_at(doc, d.end, limit) is None and \
                (place := _province_police_place(doc, d.end, limit)) is not None:
            # "Trưởng phòng CSGT Gia Lai", "phó Phòng Cảnh sát giao thông Quảng Ninh": a police
            # department of the province's police, written without "Công an" (a district's
            # "Phòng Cảnh sát PCCC quận X" belongs to the city's fire police: not read)
            d.org = OrgSpan(d.end, place[0], f"Công an {place[1]}", "agency", place[2])
            d.end = place[0]


# "Trưởng đại diện Văn phòng WHO tại Việt Nam": a representative heads the body's office there
# (baomoi health: 3 such, the body read after "Văn phòng")
_OFFICE_OF = re.compile(r"\s*[Vv]ăn phòng\s+(?=[A-ZĐ])")


def _org_after_title(doc: Doc, d: _Draft, limit: int) -> OrgSpan | None:
    """The organisation written after the title, maybe after a link word ("thuộc",
    "của", "tại", a comma or bracket; a dash only after a department)."""
    text, nxt = doc.match, d.end
    w = word_at(text, nxt, limit)
    links = ("thuộc", "của", "tại", ",", "(") + (("-", "–") if d.dept else ())
    if w is not None and w.text in links:
        w2 = word_at(text, w.end, limit)
        # "Trưởng khoa Nhi - Bệnh viện X": a dash only before the department's body
        if w2 is not None and (w.text not in (",", "(", "-", "–") or _org_span_at(doc, w2.start, limit)
                               or _short_hospital(doc, w2.start, limit)):
            nxt = w.end
    nw = word_at(text, nxt, limit)
    office = _OFFICE_OF.match(text, nxt, limit) if d.title.lower().endswith("đại diện") else None
    if office is not None and (body := _org_span_at(doc, office.end(), limit)) is not None:
        return body   # "Trưởng đại diện Văn phòng WHO tại Việt Nam": the body whose office it is
    org = _org_span_at(doc, nw.start, limit) if nw is not None else None
    return org if org is not None else _bare_head(doc, nxt, limit) or _short_hospital(doc, nxt, limit) or \
        _brand_of_company(doc, nxt, limit) or _defined_short_form(doc, nxt, limit)


# a short form the article defines in brackets after a body's name, written after a post: "Hiệp hội
# Chế biến và xuất khẩu thủy sản VN (VASEP) … ông A, Tổng thư ký VASEP"
_SHORT_FORM = re.compile(r"\s*([A-ZĐ][A-ZĐ0-9&]{1,7})(?![^\W_])")
_DEFINED = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ0-9&]{1,7})\s*\)")


def _defined_short_forms(doc: Doc) -> dict[str, OrgSpan]:
    out: dict[str, OrgSpan] = {}
    for o in doc.organizations:
        m = _DEFINED.match(doc.match, o.end)
        if m is not None:
            out.setdefault(m.group(1), o)
    return out


def _defined_short_form(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    m = _SHORT_FORM.match(doc.match, pos, limit)
    if m is None:
        return None
    o = doc.derived("officials.short_forms", _defined_short_forms).get(m.group(1))
    return OrgSpan(m.start(1), m.end(1), o.name, o.type, o.province) if o is not None else None


# a company's name without its head, after a post: "nguyên tổng giám đốc VN Pharma", "thành viên
# Hội đồng quản trị Siemens" (the article names "Công ty cổ phần VN Pharma", "Tập đoàn Siemens")
_BRAND = lazy_compile(r"\s*(" + UPPER + r"[^\W_]*(?:\s+" + UPPER + r"[^\W_]*){0,2})(?![^\W_])(?!\s+" + UPPER + ")")
_COMPANY_HEADS = frozenset({"công ty", "công ty cổ phần", "công ty tnhh", "công ty dược", "công ty cổ phần dược",
                            "tập đoàn", "tổng công ty"})


def _brand_of_company(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The company the article names whose name is a company head and the brand written here, a
    brand no Vietnamese word spells ("VN Pharma", "Siemens"; not "Quốc" of "Quốc phòng")."""
    m = _BRAND.match(doc.match, pos, limit)
    if m is None or all(is_vietnamese_syllable(w) and not w.isupper() for w in m.group(1).split()):
        return None
    brand = " " + " ".join(m.group(1).split())
    for o in doc.organizations:
        if o.name.endswith(brand) and o.name[:-len(brand)].lower() in _COMPANY_HEADS:
            return OrgSpan(m.start(1), m.end(1), o.name, o.type, o.province)
    return None


_LOWER_HOSPITAL = re.compile(r"\s*bệnh viện((?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})(?=\s*(?:[,.;:()\-–]|$))")


def _short_hospital(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"trưởng Khoa Tai mặt cổ - bệnh viện Tai Mũi Họng": a hospital written in lower case by the
    first words of its name, the one hospital of the article whose name starts with them
    ("Bệnh viện Tai Mũi Họng Thành phố Hồ Chí Minh", named in full elsewhere)."""
    m = _LOWER_HOSPITAL.match(doc.match, pos, limit)
    if m is None or person_at(doc.match, m.start(1) + len(m.group(1)) - len(m.group(1).lstrip()), limit):
        return None
    prefix = "bệnh viện " + " ".join(m.group(1).split()).lower()
    found = {o.name: o for o in doc.organizations if o.type == "hospital"
             and normalize_tones(o.name).lower().startswith(normalize_tones(prefix))}
    if len(found) != 1:
        return None
    o = next(iter(found.values()))
    return OrgSpan(m.start(), m.end(), o.name, o.type, o.province)


_UNION_SECRETARIES = frozenset({"bí thư", "phó bí thư"})
_SCHOOL_UNION = re.compile(r"\s*Đoàn\s+(?:[Tt]hanh niên\s+)?(?=[Tt]rường\s)")


def _school_union(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Bí thư Đoàn trường ĐH Y dược TP. HCM": the school's Youth Union, named "Đoàn" and the
    school's name (real22; VietNews: 14 such lines after a name, each a school named)."""
    m = _SCHOOL_UNION.match(doc.match, pos, limit)
    school = _org_span_at(doc, m.end(), limit) if m else None
    if school is None or not school.name.startswith("Trường "):
        return None
    return OrgSpan(m.start(), school.end, f"Đoàn {school.name}", "other", school.province)


def _implied_org(doc: Doc, d: _Draft, title_end: int, limit: int) -> None:
    """No organisation written: the one the title or the article implies, if any."""
    if not d.unit and not d.split:
        # a title that names its body: "Chủ tịch Quốc hội", "Thủ tướng Chính phủ",
        # "Ủy viên Bộ Chính trị"
        d.org, d.title = _org_in_title(doc, d.title, d.start, d.end, limit)
    key = d.title.lower().removeprefix("quyền ")   # an acting holder's body is the holder's
    if d.org is None and key in _MINISTERIAL and (foreign := _foreign_ministry(doc, d.end, limit)) is not None:
        d.org, d.end = foreign, foreign.end
    if d.org is None and key in _MINISTERIAL:
        d.org = _bare_minister_ministry(doc, d.start, d.end, limit)
    if d.org is None and (force := national_force(doc.match, key, d.end, limit)) is not None:
        d.org, d.end = force, force.end   # "Phó Tổng Tham mưu trưởng QĐND Việt Nam"
    if d.org is None and key in _SCHOOL_HEADS:
        d.org = _only_school(doc, d.end, limit)
    if d.org is None and key in _ONLY_BODY_HEADS:
        d.org = _only_body(doc, _ONLY_BODY_HEADS[key], d.end, limit)
    if d.org is None:
        d.org = central_party_org(doc, key, d.start, d.end, limit)   # "Tổng Bí thư NAME"
    for titles, finder in _OF_PLACE:
        if d.org is None and key in titles:
            d.org = finder(doc, d.end, limit, _AFTER_A_NAME.search(doc.match, max(0, d.start - 12), d.start) is not None)
    if d.org is None and key in _ENVOYS:
        d.org = _mission_of(doc, key, d.end, limit)
    if d.org is None and key in _POLICE_CHIEFS:
        d.org = _police_of_place(doc, d.end, limit)
    if d.org is None and key in _STATION_HEADS:
        d.org = _health_station_of_place(doc, d.end, limit)
    unit_head = head_of(key)
    if d.org is None and unit_head is not None:
        d.org = unit_after(doc, unit_head, d.end, limit)   # "Cục trưởng Năng lượng nguyên tử, …"
        d.read_unit = d.org is not None
    if d.org is None and unit_head is not None and title_closes(doc.match, d.end, limit):
        # a unit's head written bare ("ông A - phó viện trưởng, cho biết" in a story of one
        # institute, "Vụ trưởng B ký" after "Vụ Sức khỏe Bà mẹ - Trẻ em"): the one such unit
        # the article names, or the one its sentence names last before the title
        d.org = _only_body(doc, unit_head + " ", d.end, limit)
    if d.org is None and key in _DISTRICT_MEMBERS:
        d.org = _district_committee_after(doc, _DISTRICT_MEMBERS[key], d.end, limit)
        d.body = None if d.org is not None else _DISTRICT_MEMBERS[key]   # placed by `_chain`
    if d.org is None and not d.body:
        unnamed = _UNNAMED_BODY.match(doc.match, d.end, limit)
        if unnamed:
            d.end = unnamed.end()   # "Bí thư Đảng ủy, Giám đốc Sở Y tế": whose Đảng ủy is not said
            d.body = unnamed.group(0).strip()
    implied = _IMPLIED.get(key)
    if d.org is None and implied and doc.province:
        d.org = OrgSpan(d.start, title_end, f"{implied} {doc.province}", "party", doc.province)
    if d.org is None and key in _HEAD_OF_GOVERNMENT:
        d.org = _government(doc, d.start, d.end, limit)
    if d.org is None and key in _HEAD_OF_STATE and _holder_named(doc, d, limit):
        d.org = OrgSpan(d.start, d.start, STATE, "government", None)


# a title written after its holder's name: "Bà Trần Thị A, Phó Chủ tịch nước, …"
_AFTER_A_NAME = re.compile(r"[,\-–(]\s*(?:nguyên\s+)?\Z")


def _holder_named(doc: Doc, d: _Draft, limit: int) -> bool:
    """The holder's name is right after the title or the title right after a name's
    separator: "Báo cáo với Chủ tịch nước, bác sĩ A, Giám đốc …" gives A no such post."""
    if _AFTER_A_NAME.search(doc.match, max(0, d.start - 12), d.start):
        return True
    w = word_at(doc.match, d.end, limit)
    return w is not None and w.is_cap and person_at(doc.match, w.start, limit) is not None


def _finished(d: _Draft, m: re.Match[str]) -> Role:
    """The role as stored: the title capitalised and expanded ("PGĐ" -> "Phó Giám đốc")."""
    org, end = d.org, d.end
    if org is not None and org.end > end:
        end = org.end
    title = _spelled_title(d.title)
    if org is None and title.lower() == "đại biểu quốc hội":
        org = OrgSpan(d.start, d.start, "Quốc hội", "government", None)   # "ĐBQH Nguyễn Văn A"
    former = bool(m.group(1))
    if former:
        title = f"nguyên {title}"
    centre = d.centre
    if centre is not None:
        centre = f"nguyên {_spelled_title(centre)}" if former else _spelled_title(centre)
    return Role(title=title, org=org, start=m.start(), end=end, former=former, body=d.body,
                centre=centre if org is None else None, read_unit=d.read_unit,
                also=d.also if org is not None else None)


def _spelled_title(title: str) -> str:
    """The title capitalised, its abbreviation written out ("PGĐ" -> "Phó Giám đốc")."""
    title = title[0].upper() + title[1:]
    return re.sub(r"^(Phó\s+)?(.+)$", lambda x: (x.group(1) or "") + expansions().get(x.group(2).lower(), x.group(2)),
                  title)


# the field of an embassy's counsellor ("Tham tán thương mại Đại sứ quán Việt Nam tại Nhật Bản":
# VietNews, all articles: 53 articles with such a counsellor)
_ENVOY_FIELD = re.compile(r"\s+(thương mại|kinh tế|văn h(?:óa|oá)|quốc phòng|quân sự|chính trị|báo chí|giáo dục|y tế|nông nghiệp|"
                          r"khoa học(?: và)?(?: công nghệ)?)(?![^\W\d_])", re.IGNORECASE)
_ENVOY_RANKS = frozenset({"tham tán", "tùy viên", "tuỳ viên"})
# a diplomat's rank ("Bí thư thứ nhất Đại sứ quán Việt Nam tại Thái Lan")
_DIPLOMAT_RANK = re.compile(r"\s+(thứ (?:nhất|hai|ba))(?![^\W\d_])")
_PHU_TRACH = re.compile(r"\s+([Pp]hụ trách|[Cc]huyên trách|điều hành)(?![^\W\d_])")
# a director's field written right after the title, before the body ("Phó giám đốc chuyên môn
# Bệnh viện Bạch Mai", "giám đốc y khoa Bệnh viện X", "Giám đốc đối ngoại bệnh viện Y"; VietNews
# health: ~15 such posts, the body read after the field)
_DIRECTORS = frozenset({"giám đốc", "phó giám đốc"})
_DIRECTOR_FIELD = re.compile(r"\s+(chuyên môn|y khoa|đối ngoại|kinh doanh|marketing|truyền thông|tài chính|"
                             r"kỹ thuật|dự án|điều dưỡng|nhân sự|vận hành)(?![^\W\d_])", re.IGNORECASE)
_REMIT_STOP = frozenset({"của", "tại", "thuộc", "trực", "và", "kiêm", "cho", "từ", "ở", "với"})


def _remit(doc: Doc, title: str, pos: int, limit: int) -> tuple[str, int]:
    """"phụ trách chuyên môn", "phụ trách Quản lý - Điều hành" after a title: the words of
    the remit, up to an organisation, a preposition or punctuation ("" when none)."""
    text = doc.match
    lead = ""
    field = _ENVOY_FIELD.match(text, pos, limit) if title.lower() in _ENVOY_RANKS else None
    if field is None and title.lower() == "bí thư":
        field = _DIPLOMAT_RANK.match(text, pos, limit)
    if field is not None:
        # "Tham tán thương mại Đại sứ quán …", "Bí thư thứ nhất (phụ trách …) Đại sứ quán …"
        more, end = _remit(doc, "", field.end(1), limit)
        return (f"{field.group(1)} {more}", end) if more else (field.group(1), field.end(1))
    if title.lower() in _DIRECTORS and (f := _DIRECTOR_FIELD.match(text, pos, limit)) is not None:
        return f.group(1), f.end()   # "Phó giám đốc chuyên môn Bệnh viện X", "giám đốc y khoa của …"
    if not title.lower().endswith("phụ trách"):
        m = _PHU_TRACH.match(text, pos, limit)
        if not m:   # (a title that ends in its unit's head reads the unit's name itself)
            return ("", pos) if _UNIT_ORG_TITLES.search(title) or _DEPT_TITLES.search(title) \
                else _remit_before_body(doc, pos, limit)
        lead, pos = m.group(1), m.end()
        if lead.lower() != "phụ trách":   # "Phó Chủ tịch chuyên trách Ủy ban …", "Giám đốc điều hành": no remit
            return lead, pos
        longer, end = _remit_before_body(doc, pos, limit)
        if longer:
            return f"{lead} {longer}", end
    words: list[str] = []
    cur = pos
    while len(words) < 8:
        w = word_at(text, cur, limit)
        if w is None or w.text.lower() in _REMIT_STOP or org_at(doc, w.start, limit) \
                or _BARE.match(text, w.start, limit) or person_at(text, w.start, limit) \
                or title_at(text, w.start, limit) or w.text.lower() == "ban":
            break
        if not w.is_alpha:
            nxt = word_at(text, w.end, limit)
            if w.text in ("-", "–") and words and nxt is not None and nxt.is_alpha:
                words.append(w.text)
                cur = w.end
                continue
            break
        words.append(w.text)
        cur = w.end
    while words and words[-1] in ("-", "–"):
        words.pop()
    if not words:
        return (lead, pos) if lead and _heads_body(doc, pos, limit) else ("", pos)
    return " ".join(([lead] if lead else []) + words), cur if words else pos


# a remit's words end at the body the post belongs to: "của", "tại", "thuộc" and its name
_BODY_LINK = re.compile(r"\s+(?:của|tại|thuộc)\s+")
# a unit the title's own readers take ("giám đốc trung tâm …", "trưởng phòng …"), no remit
_UNIT_WORDS = frozenset({"trung", "phòng"})


def _remit_before_body(doc: Doc, pos: int, limit: int) -> tuple[str, int]:
    """"giám đốc chiến lược về dịch tễ học dinh dưỡng của Hội Ung thư Mỹ", "trưởng khối phẫu
    thuật tại Viện Ung thư quốc gia Mỹ", "giám đốc phụ trách về bệnh tâm thần và nghiện ma túy
    của WHO": lower-case words after the title that run to "của"/"tại"/"thuộc" and a body name
    the post's remit ("" when no body closes them: the sentence went on)."""
    text = doc.match
    words: list[Word] = []
    cur = pos
    while len(words) < 10:
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha or w.is_cap or (not words and w.text in _REMIT_STOP | _UNIT_WORDS) \
                or w.text in ("mới", "cũ") \
                or w.text in _RUN_STOP and w.text not in ("về",) or _BARE.match(text, w.start, limit) \
                or title_at(text, w.start, limit):
            break
        words.append(w)
        cur = w.end
    if not words or words[-1].text in ("và", "về"):
        return "", pos
    link = _BODY_LINK.match(text, cur, limit)
    nw = word_at(text, link.end(), limit) if link is not None else None
    if nw is None or (org_at(doc, nw.start, limit) or found_at(doc, nw.start, limit)) is None:
        return "", pos
    return text[pos:cur].strip(), cur


def _heads_body(doc: Doc, pos: int, limit: int) -> bool:
    """An organisation starts right after "phụ trách": "Phó Vụ trưởng phụ trách Vụ Chính sách cán
    bộ", "Phó Cục trưởng phụ trách Cục Hải quan TP. HCM" is the deputy in charge of that body, as
    "Phó Giám đốc phụ trách" is (heldout, heldout2; VietNews: 10 such lines of a Vụ or Cục)."""
    w = word_at(doc.match, pos, limit)
    return w is not None and w.is_cap and org_at(doc, w.start, limit) is not None


def _committee_of(doc: Doc, body: str, pos: int, limit: int) -> OrgSpan | None:
    """"tỉnh ủy Nghệ An" written in lower case: the Party committee of the place after it."""
    place = place_phrase(doc.match, pos, limit)
    if place is None or place[2] is None:
        return None
    return OrgSpan(pos, place[0], f"{body[0].upper()}{body[1:].lower()} {place[2]}", "party", place[2])


def _board_name(written: str) -> str:
    """"tổ chức" -> "Ban Tổ chức Trung ương": the board's name as the lexicon spells it."""
    boards = gazetteer.load("titles")["central_boards"]
    names = {normalize_tones(n).lower(): n for n in boards["names"]}
    names.update({normalize_tones(v).lower(): n for v, n in boards.get("variants", {}).items()})
    return f"Ban {names.get(written.lower(), written)} Trung ương"


def _inspectorate(doc: Doc, org: OrgSpan | None, pos: int, limit: int) -> tuple[OrgSpan | None, str | None]:
    """The body of "Chánh Thanh tra …" ("Chánh Văn phòng …") and, for a department's
    inspectorate, the inspectorate's own name as a second body of the post.

    A ministry's inspectorate is named as such ("Phó Chánh thanh tra Bộ Y tế" -> Thanh tra
    Bộ Y tế: heldout3, real5), and so is every office ("Chánh văn phòng Sở Y tế Nghệ An" ->
    Văn phòng Sở Y tế Nghệ An). A department's is both the department and its inspectorate:
    real2 and real22 annotate "Chánh thanh tra Sở Y tế X" at Sở Y tế X and mark Thanh tra Sở
    Y tế X optional, real12 the reverse (VietNews health: 10 such posts). A department's office
    likewise: real annotates "Văn phòng Sở Y tế Nghệ An" and marks the Sở optional, real31 the Sở only."""
    if org is None:
        w = word_at(doc.match, pos, limit)
        tra = word_at(doc.match, w.end, limit) if w is not None else None
        nxt = word_at(doc.match, tra.end, limit) if tra is not None else None
        body = _org_span_at(doc, nxt.start, limit) if nxt is not None else None
        if body is None or w.text.lower() != "văn" and not body.name.startswith(("Bộ ", "Sở ")):
            return None, None
        if w.text.lower() == "văn":
            # "Chánh văn phòng UBND huyện An Dương", "… Sở Y tế Nghệ An": the office of that body
            # (and a department's office is the department too, as its inspectorate is)
            return OrgSpan(body.start, body.end, f"Văn phòng {body.name}", body.type, body.province), \
                body.name if body.name.startswith("Sở ") else None
        if body.name.startswith("Bộ "):   # "Chánh thanh tra Bộ Y tế", in lower case
            return OrgSpan(body.start, body.end, f"Thanh tra {body.name}", "agency", body.province), None
        return body, f"Thanh tra {body.name}"
    if org.name.startswith("Thanh tra Sở "):
        name = org.name.split(" ", 2)[2]
        kind = "health_department" if name.startswith("Sở Y tế") else "government"
        return OrgSpan(org.start, org.end, name, kind, org.province), org.name
    if org.name.startswith("Văn phòng Sở "):
        return org, org.name.split(" ", 2)[2]   # the office, and its department as a second body
    return org, None


_REP_OFFICE = re.compile(r"\s+")
_REP_END = re.compile(r"\s*(?:[,;:(–]|\s-\s|\.\s*$|$)")


# "Văn phòng luật sư Tinh Thông Luật": a law office, named by its capitalised words after
# "luật sư" ("Trưởng văn phòng luật sư X" is its head; VietNews health and baomoi health, 4,354
# articles: 13 such heads, none read before)
_LAW_OFFICE = re.compile(r"[Vv]ăn phòng\s+[Ll]uật\s+[Ss]ư\s+")


def _law_office(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Trưởng Văn phòng luật sư Nguyễn Anh, Đoàn Luật sư Hà Nội": the law office the title
    starting at pos ends in, its name the capitalised words after "luật sư", up to five."""
    m = _LAW_OFFICE.search(doc.match, pos, limit)
    if m is None:
        return None
    cur, words = m.end(), 0
    while words < 5:
        w = word_at(doc.match, cur, limit)
        if w is None or not w.is_alpha or not w.is_cap or w.start != cur and doc.match[cur:w.start].strip():
            break
        cur, words = w.end, words + 1
    if not words:
        return None
    return OrgSpan(m.start(), cur, f"Văn phòng Luật sư {doc.text[m.end():cur]}", "company", None)


def _representative_office(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"trưởng văn phòng đại diện báo Tuổi Trẻ khu vực Trung Trung Bộ, cho biết": the office,
    named by the words after the title (at pos) up to punctuation or the verb (real6; VietNews: ~20 such heads of a
    paper's, a company's or an agency's office)."""
    m = _REP_OFFICE.match(doc.match, pos, limit)
    if m is None:
        return None
    cur, words = m.end(), 0
    while words < 14:
        w = word_at(doc.match, cur, limit)
        if w is None or _REP_END.match(doc.match, cur, limit) or not w.is_cap and w.text in _RUN_STOP - {"tại", "của"} \
                or person_at(doc.match, w.start, limit):
            break
        cur, words = w.end, words + 1
    text = doc.text[m.end():cur].strip()
    if not words or not any(c.isupper() for c in text):
        return None
    return OrgSpan(pos, cur, f"Văn phòng đại diện {text}", "other", None)


_PERIODICAL = re.compile(r"\s+([Bb]áo|[Tt]ạp chí)\s+(?:(điện tử)\s+)?")
_PERIODICAL_JOIN = frozenset({"và", "&", "-"})


def _periodical(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Tổng biên tập báo Tuổi Trẻ", "Phó Tổng biên tập Báo Sức khỏe và Đời sống": the paper,
    named by its words: each part a capitalised word and up to two lower-case ones ("Người cao
    tuổi"), parts joined by "và", "&" or a dash (VietNews, all articles: ~300 "tổng biên tập
    báo/tạp chí" then a name)."""
    m = _PERIODICAL.match(doc.match, pos, limit)
    if m is None:
        return None
    cur, end, caps = m.end(), None, 0
    while (w := word_at(doc.match, cur, limit)) is not None:
        if w.text in _PERIODICAL_JOIN and end is not None:
            cur, caps = w.end, 0
            continue
        if not w.is_cap or not w.is_alpha or person_at(doc.match, w.start, limit) is not None:
            break
        cur = end = w.end
        caps += 1
        tail = _lower_tail(doc, cur, limit) if caps == 1 else None
        if tail is not None:
            cur = end = tail   # "Sức khỏe", "Người cao tuổi"
    if end is None:
        return None
    kind = "Báo" if m.group(1).lower() == "báo" else "Tạp chí"
    head = f"{kind} điện tử" if m.group(2) else kind
    return OrgSpan(pos, end, f"{head} {doc.text[m.end():end]}", "other", None)


# an association's officers ("chủ tịch Hiệp hội chăn nuôi Đồng Nai", "Phó chủ tịch Hội nước mắm
# Phú Quốc"): its name is written in lower case, which the organisation reader does not take
_ASSOCIATION_HEADS = frozenset({"chủ tịch", "phó chủ tịch", "phó chủ tịch thường trực", "tổng thư ký",
                                "phó tổng thư ký"})
_ASSOCIATION = re.compile(r"\s*(?:của\s+)?((?:[Hh]iệp|[Tt]ổng|[Ll]iên) hội|[Hh]ội)\s+(?!(?:đồng|nghị|thảo|chợ|viên|thi|diễn|"
                          r"trường|ý|chẩn|nhập|đủ|tụ|họa|hoạ|chứng|quán|phí|sở|khỏe|khoẻ|thao|trại|làng|xuân|"
                          r"hè|lim|đua|báo|sách|trợ|đàm|kiến|ngộ)(?![^\W\d_]))")
_ASSOCIATION_STOP = frozenset("""các những này đó ông bà anh chị người năm tháng ngày sáng chiều tối
vừa qua lần đợt""".split())


def _association(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Hội|Hiệp hội <words>" after an association officer's title: the words up to a place
    ("… Đồng Nai", "… TP Đà Nẵng", "… Việt Nam", which ends the name) or up to punctuation or
    the sentence's verb; "và" joins two nouns ("phụ nữ và trẻ em"), not a second person."""
    m = _ASSOCIATION.match(doc.match, pos, limit)
    if m is None:
        return None
    end = _association_end(doc.match, m.end(), limit)
    if end is None or end <= m.end():
        return None
    name = doc.text[m.start(1):end]
    return OrgSpan(m.start(1), end, name[0].upper() + name[1:], "other", None)


# what closes an association's name when no place does
_ASSOCIATION_CLOSE = frozenset((",", ";", ".", "-", "–", "(", ")", ":", "\"", "“", "”"))


def _association_end(text: str, cur: int, limit: int) -> int | None:
    """Where the words of an association's name that start at cur end (at most 13 words),
    or None when nothing closes them."""
    count, dashed = 0, None
    while count <= 12:
        place = place_phrase(text, cur, limit) or _country_phrase(text, cur, limit)
        if place is not None and count:
            return place[0]
        w = word_at(text, cur, limit)
        inner = _inner_dash(text, w, limit) if count and dashed is None else None
        if inner is not None:
            dashed, cur = cur, inner
            continue
        if w is None or not w.is_alpha:
            closed = count and (w is None or w.text in _ASSOCIATION_CLOSE)
            return (dashed if dashed is not None else cur) if closed else None
        low = w.text.lower()
        if _ends_association(text, w, limit):
            return (dashed if dashed is not None else cur) if count and low in _RUN_STOP else None
        if low == "và" and not _joins_nouns(text, w.end, limit):
            return None
        cur = w.end
        count += 1
    return None


def _inner_dash(text: str, w: Word | None, limit: int) -> int | None:
    """"Hội Hồi sức - cấp cứu và chống độc Việt Nam": a dash before a lower-case word may sit
    inside the name, when a place closes it further on (else the name ends at the dash)."""
    if w is None or w.text not in ("-", "–"):
        return None
    nxt = word_at(text, w.end, limit)
    return w.end if nxt is not None and nxt.is_alpha and not nxt.is_cap else None


def _ends_association(text: str, w: Word, limit: int) -> bool:
    """A word no association's name holds: a determiner or address term, a verb, a name, a title."""
    low = w.text.lower()
    return low in _ASSOCIATION_STOP or low in _RUN_STOP or person_at(text, w.start, limit) is not None \
        or title_at(text, w.start, limit) is not None


def _joins_nouns(text: str, pos: int, limit: int) -> bool:
    """The word after "và" is a lower-case noun of the name, not a second body or person."""
    nxt = word_at(text, pos, limit)
    return nxt is not None and nxt.is_alpha and not nxt.is_cap and nxt.text.lower() not in _ASSOCIATION_STOP \
        and nxt.text.lower() not in _RUN_STOP


def _country_phrase(text: str, pos: int, limit: int) -> tuple[int, str, str | None] | None:
    """A country that ends an association's name ("Hội … Việt Nam")."""
    w = word_at(text, pos, limit)
    hit = country_at(text, w.start) if w is not None else None
    return (hit.end, text[hit.start:hit.end], None) if hit is not None else None


def _lower_tail(doc: Doc, pos: int, limit: int) -> int | None:
    """End of one or two lower-case words of a name that punctuation, a join or the verb
    closes ("khỏe và …", "cao tuổi đã …"), not the sentence going on ("Tuổi Trẻ trao quà")."""
    cur = pos
    for _ in range(2):
        w = word_at(doc.match, cur, limit)
        if w is None or w.is_cap or not w.is_alpha or w.text in _RUN_STOP or w.text in _PERIODICAL_JOIN:
            break
        cur = w.end
    nxt = word_at(doc.match, cur, limit)
    closed = nxt is None or not nxt.is_alpha or nxt.text in _PERIODICAL_JOIN or nxt.text in _RUN_STOP
    return cur if cur > pos and closed else None


def district_office(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Phòng <portfolio> huyện X" after "Trưởng phòng": the district's office, not a department."""
    w = word_at(doc.match, pos, limit)
    walk = implied_walk(doc, w.start, limit, "Phòng", "government") if w is not None and w.is_cap else None
    office = finish(walk) if walk is not None else None
    if office is not None and office.name.startswith("Phòng "):
        return office
    return _portfolio_office(doc, pos, limit)


# a district office's portfolio as the press writes it, in any case and abbreviated ("phòng
# giáo dục - đào tạo", "Phòng GD-ĐT", "phòng TN & MT", "phòng văn hoá thông tin") -> its name
PORTFOLIO_NAMES = (
    (r"giáo dục\s*(?:và|-|–|&)\s*đào tạo|gd\s*-\s*đt|gd\s*&\s*đt|gdđt", "Giáo dục và Đào tạo"),
    (r"giáo dục", "Giáo dục"), (r"y tế", "Y tế"),
    (r"văn ho[áa]\s*(?:và|-|–)?\s*thông tin", "Văn hóa và Thông tin"), (r"văn ho[áa]", "Văn hóa"),
    (r"lao động\s*[,\-–]?\s*thương binh\s*(?:và|&)\s*xã hội|lđ\s*-\s*tb\s*&\s*xh|lđtbxh",
     "Lao động - Thương binh và Xã hội"),
    (r"tài nguyên\s*(?:và|-|–|&)\s*môi trường|tn\s*(?:&|-)\s*mt|tnmt", "Tài nguyên và Môi trường"),
    (r"nội vụ", "Nội vụ"), (r"tư pháp", "Tư pháp"),
    (r"tài chính\s*(?:-|–|và)?\s*kế hoạch|tc\s*-\s*kh", "Tài chính - Kế hoạch"),
    (r"kinh tế\s*(?:và|-|–)?\s*hạ tầng", "Kinh tế và Hạ tầng"), (r"kinh tế", "Kinh tế"),
    (r"quản lý đô thị|qlđt", "Quản lý đô thị"),
    (r"nông nghiệp\s*(?:và|&|-)\s*phát triển nông thôn|nn\s*(?:&|-)\s*ptnt", "Nông nghiệp và Phát triển nông thôn"),
    (r"công thương", "Công thương"), (r"dân tộc", "Dân tộc"))
_PORTFOLIO = lazy_compile(r"\s*(?:" + "|".join(f"({p})" for p, _ in PORTFOLIO_NAMES) + r")(?![^\W\d_])\s+",
                        re.IGNORECASE)


def _portfolio_office(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"trưởng phòng giáo dục huyện Tư Nghĩa", "Trưởng phòng GD-ĐT quận Hải Châu": a district's
    office the organisation reader does not take (lower case, abbreviated), named by its
    portfolio and its district (VietNews, all articles: 858 "Trưởng phòng <portfolio> huyện/
    quận/thị xã/TP X" in 746 articles; 219 roles more there, 25 of 25 sampled right, and ~20
    misread ones gone, such as "Trưởng Phòng giáo" of the article's hospital)."""
    m = _PORTFOLIO.match(doc.match, pos, limit)
    if m is None or not _ANY_CASE_UNIT.match(doc.match, m.end() - 1, limit):
        return None
    place = place_phrase(doc.match, m.end(), limit)
    if place is None or place[1].split()[0].lower() not in ("huyện", "quận", "thị", "thành"):
        return None
    name = PORTFOLIO_NAMES[m.lastindex - 1][1]
    return OrgSpan(m.start(), place[0], f"Phòng {name} {place[1]}", "government", place[2])


def _department_words(doc: Doc, pos: int, limit: int) -> tuple[list[str], int]:
    """Words naming a department after "Trưởng phòng"/"Trưởng khoa": "Kế hoạch tổng hợp",
    "chấn thương chỉnh hình" (a specialty), "quy hoạch giao đất (Sở …)" (up to its body)."""
    text = doc.match
    words: list[str] = []
    cur = pos
    while True:
        if len(words) >= 7:   # a long name goes on only up to its body ("Cảnh sát điều tra tội phạm kinh tế và …")
            run = _run_before_body(doc, cur, limit)
            if run is not None:
                words.extend(text[cur:run].split())
                cur = run
            break
        w = word_at(text, cur, limit)
        if w is not None and words and (w.text in ("-", "–") or _ROMAN.fullmatch(w.text)):
            nxt = word_at(text, w.end, limit) if w.text in ("-", "–") else None
            if _ROMAN.fullmatch(w.text):   # "Phòng Nghiệp vụ III"
                words.append(w.text)
                cur = w.end
                continue
            if nxt is not None and nxt.is_cap and nxt.is_alpha and not org_at(doc, nxt.start, limit) \
                    and not person_at(text, nxt.start, limit):
                words.append(w.text)   # "Kế hoạch - Tài chính", "Chẩn đoán hình ảnh - Xét nghiệm"
                cur = w.end
                continue
            run = _run_before_body(doc, nxt.start, limit) if nxt is not None and nxt.is_alpha else None
            if run is not None:   # "Chấn thương - chỉnh hình, bệnh viện …": up to its body
                words.extend([w.text] + text[nxt.start:run].split())
                cur = run
                break
        if w is not None and words and _WARD_NUMBER.fullmatch(w.text) and _ends_unit(doc, w.end, limit):
            words.append(w.text)   # "Khoa Nội 1 - Bệnh viện Ung bướu", "khoa nội 5, Bệnh viện K"
            cur = w.end
            continue
        if w is not None and w.text == "," and words and (part := _comma_part(doc, w.end, limit)) is not None:
            words[-1] += ","   # "Phó Trưởng Khoa Cấp cứu, Chống độc, Bệnh viện X": a second specialty
            words.extend(text[w.end:part].split())
            cur = part
            break
        if w is None or not w.is_alpha or org_at(doc, w.start, limit) or \
                w.text in ("thuộc", "của", "tại") or _person_not_ward(doc, w, words, limit):
            break
        if words and w.is_cap and _POLICE_DEPT.match(words[0]) and _titled_place(doc, w.start, limit, True):
            break   # "Trưởng phòng CSGT Gia Lai": the place is the police's, not the department's
        pair = word_at(text, w.end, limit)
        if words and pair is not None and f"{w.text.lower()} {pair.text.lower()}" == _TRAFFIC:
            words.extend((w.text, pair.text))   # "Cảnh sát giao thông Quảng Ninh"
            cur = pair.end
            continue
        if not w.is_cap and (w.text in _RUN_STOP and w.text not in DEPT_WORDS and not _crimes_of(words, w.text)
                             or _BARE.match(text, w.start, limit)):
            break   # "có trưởng khoa là ông A", "trưởng khoa cấp cứu bệnh viện": not the ward's name
        if w.text == "gây" and not text.startswith(" mê", w.end):
            break   # "làm phó khoa gây xôn xao": the verb, not the ward of "gây mê hồi sức"
        d = DESC_RE.match(doc.lower, w.start, limit) if not w.is_cap else None
        if d:   # a specialty: "chấn thương chỉnh hình", "hồi sức cấp cứu"
            words.extend(text[w.start:d.end()].split())
            cur = d.end()
            continue
        if not w.is_cap and words and w.text not in DEPT_WORDS and not _crimes_of(words, w.text):
            run = _run_before_body(doc, w.start, limit)
            if run is not None:
                words.extend(text[w.start:run].split())
                cur = run
            break
        words.append(w.text)
        cur = w.end
    return words, cur


_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
# a comma-joined second specialty ends in its body after a comma or a dash
_PART_BODY = re.compile(r"\s*[,\-–(]\s*")


def _comma_part(doc: Doc, pos: int, limit: int) -> int | None:
    """End of a ward's second name after a comma when the ward's body follows it after a comma,
    dash or bracket: "Khoa Cấp cứu, Chống độc, Bệnh viện X" (1-3 capitalised words, no
    title, name or body among them)."""
    text, cur, n = doc.match, pos, 0
    first = word_at(text, pos, limit)
    if first is None or not first.is_cap or not first.is_alpha:
        return None
    while n < 3:
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha or org_at(doc, w.start, limit) or person_at(text, w.start, limit) \
                or title_at(text, w.start, limit) or w.text.lower() in _RUN_STOP:
            return None
        cur, n = w.end, n + 1
        link = _PART_BODY.match(text, cur, limit)
        body = word_at(text, link.end(), limit) if link and link.end() > cur else None
        if body is not None and (org := org_at(doc, body.start, limit)) is not None \
                and org.type in ("hospital", "health_center", "university"):
            return cur
    return None


def _person_not_ward(doc: Doc, w: Word, words: list[str], limit: int) -> bool:
    """A name starts at w, unless it is the ward's own capitalised name right after "khoa"
    with its body after it ("Trưởng khoa Khúc Xạ (Bệnh viện X)")."""
    got = person_at(doc.match, w.start, limit)
    return got is not None and (bool(words) or not ward_named_at(
        doc.match, w.start, got[0], lambda q: org_at(doc, q, limit) is not None))


def _run_before_body(doc: Doc, pos: int, limit: int) -> int | None:
    """End of 1-8 more words of a department's name when its body follows them ("(ORG",
    ", ORG", "- ORG", "ORG"): "chấn thương - chỉnh hình, bệnh viện X", "Vi phẫu Tạo hình
    Bệnh viện X", "Chấn thương chỉnh hình và cột sống, BV X" (two specialties joined by
    "và": VietNews sample, 5 more such roles at 6-8 words, all right); None when no body
    follows (the words may be the sentence's verb)."""
    text, cur, prev = doc.match, pos, ""
    for _ in range(10):
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha or _stops_run(text, prev, w, limit) or org_at(doc, w.start, limit) \
                or person_at(text, w.start, limit) or title_at(text, w.start, limit):
            return None
        prev = w.text.lower()
        cur = w.end
        nxt = word_at(text, cur, limit)
        if nxt is not None and nxt.text in ("-", "–"):
            after = word_at(text, nxt.end, limit)
            if after is not None and after.is_alpha and not after.is_cap and not _short_hospital(doc, after.start, limit):
                cur = nxt.end   # "chấn thương - chỉnh hình"
                continue
            if after is not None and after.is_cap and after.is_alpha and not org_at(doc, after.start, limit) \
                    and not person_at(text, after.start, limit) and not title_at(text, after.start, limit):
                cur = nxt.end   # "Phẫu thuật hàm mặt – Phẫu thuật tạo hình thẩm mỹ, bệnh viện X": a second part
                continue
        if _ends_unit(doc, cur, limit, bare=False) and nxt is not None and nxt.is_alpha:
            return cur
        code = _POLICE_CODE.match(text, cur, limit)
        if code is not None:   # "Cảnh sát giao thông đường thủy (PC 68) Công an …"
            after = word_at(text, code.end(), limit)
            return cur if after is not None and org_at(doc, after.start, limit) else None
        if nxt is not None and nxt.text in ("(", ",", "-", "–"):
            after = word_at(text, nxt.end, limit)
            return cur if after is not None and (org_at(doc, after.start, limit) or found_at(doc, after.start, limit) or
                                                 _short_hospital(doc, after.start, limit)) else None
    return None


# words that end a department's name: the sentence goes on ("… cho biết", "… và bà B")
_RUN_STOP = frozenset("""cho nói là đã đang được bị có cùng với khi trong ở về để thì mà nhưng vừa sẽ
chia xác khẳng thông trả phát kiêm đồng hiện nguyên tại của thuộc""".split())
# nouns one of whose words is a stop word above: "Phòng Cảnh sát giao thông Công an tỉnh X"
# (VietNews, all articles: ~140 "trưởng/phó phòng Cảnh sát giao thông|CSGT" then the
# province's police), "Phòng Công nghệ thông tin", "Trung tâm Truyền thông"
_TRAFFIC = "giao thông"   # also read whole inside a department's name ("Cảnh sát giao thông Quảng Ninh")
_NOUN_PAIRS = frozenset({_TRAFFIC, "truyền thông", "thông tin"})


def _stops_run(text: str, prev: str, w: Word, limit: int) -> bool:
    """w is a word that ends a department's name, unless it is part of a noun pair."""
    low = w.text.lower()
    if low not in _RUN_STOP or _crimes_of([prev], low):
        return False
    if f"{prev} {low}" in _NOUN_PAIRS:
        return False
    nxt = word_at(text, w.end, limit)
    return nxt is None or f"{low} {nxt.text.lower()}" not in _NOUN_PAIRS


_GOES_ON = {"về": "phạm"}


def _crimes_of(words: list[str], low: str) -> bool:
    """"về" after "tội phạm" goes on with the crimes' kind: "Phòng Cảnh sát điều tra tội phạm về ma túy"
    (VietNews 5,000 police/hospital articles: 6 such departments after a post, each so)."""
    return low in _GOES_ON and bool(words) and words[-1].lower() == _GOES_ON[low]


_WARD_NUMBER = re.compile(r"\d{1,2}")
_UNIT_LINK = re.compile(r"\s*(?:[,(\-–]|của|thuộc|tại)?\s*")


def _ends_unit(doc: Doc, pos: int, limit: int, bare: bool = True) -> bool:
    """A unit's name may end at pos: punctuation follows, or its body does (directly, or
    after "(", ",", "-", "của", "thuộc", "tại")."""
    w = word_at(doc.match, pos, limit)
    if w is None or bare and not w.is_alpha and w.text not in ("-", "–", "(", ","):
        return bare
    link = _UNIT_LINK.match(doc.match, pos, limit)
    nw = word_at(doc.match, link.end(), limit)
    return nw is not None and org_at(doc, nw.start, limit) is not None


_SUBUNIT_LINK = re.compile(r"\s*(?:,|-|–|thuộc|của|trực thuộc)\s*")
_CENTRE_LINK = re.compile(r"\s*\(?\s*")


def _parent_of(doc: Doc, org: OrgSpan, limit: int) -> OrgSpan | None:
    """The hospital or university a centre belongs to, when the text says so
    right after it ("Trung tâm Sơ sinh, Bệnh viện Nhi Trung ương") or elsewhere
    in the article."""
    if org.type != "health_center" or not org.name.startswith("Trung tâm"):
        return None
    inner = _hospital_within(doc, org)
    if inner is not None:
        return inner
    link = _SUBUNIT_LINK.match(doc.match, org.end, limit)
    if link:
        nw = word_at(doc.match, link.end(), limit)
        parent = org_at(doc, nw.start, limit) if nw is not None else None
        if parent is not None and parent.type in ("hospital", "university"):
            return parent
    return doc.__dict__.get("_subunits", {}).get(org.name)


# between a hospital's institute and the hospital: nothing, a comma, a dash or "thuộc"/"của"
_INSTITUTE_LINK = re.compile(r"\s*(?:(?:,|-|–|thuộc|của|trực thuộc)\s*)?")


def _institute_hospital(doc: Doc, org: OrgSpan, limit: int) -> OrgSpan | None:
    """The hospital an institute written right before it belongs to: "Phó Viện trưởng Viện
    Tim mạch Bệnh viện Bạch Mai" heads a unit of the hospital (gold: the unit in the title, the
    hospital as the body, as for a centre; VietNews, all articles: the 2 "Viện … Bệnh viện/BV X"
    after a Viện's head are both such units)."""
    if not org.name.startswith("Viện "):
        return None
    link = _INSTITUTE_LINK.match(doc.match, org.end, limit)
    nw = word_at(doc.match, link.end(), limit)
    parent = org_at(doc, nw.start, limit) if nw is not None else None
    return parent if parent is not None and parent.type == "hospital" else None


_HOSPITAL_HEAD = re.compile(r"\s(?:Bệnh viện|bệnh viện|BV)\s")


def _hospital_within(doc: Doc, org: OrgSpan) -> OrgSpan | None:
    """The hospital that ends a centre's span read whole: "Trung tâm tim mạch Bệnh viện Chợ
    Rẫy" is the hospital's centre (VietNews health: 10 "Trung tâm <specialty> Bệnh viện X" with
    no comma: chống độc, tim mạch, nhi khoa, each a unit of X)."""
    head = _HOSPITAL_HEAD.search(doc.match, org.start, org.end)
    parent = org_at(doc, head.start() + 1, org.end) if head is not None else None
    return parent if parent is not None and parent.type == "hospital" and parent.end == org.end else None


def _inner_centre(doc: Doc, pos: int, limit: int) -> tuple[str, OrgSpan] | None:
    """("Trung tâm Chống độc", the hospital) for "Trung tâm chống độc của bệnh viện [X]"."""
    tam = _tam_at(doc, pos, limit)
    if tam is None:
        return None
    words, cur = _unit_words(doc, tam.end, limit)
    joined = word_at(doc.match, cur, limit) if words else None
    if joined is not None and joined.text == "và":
        # "Trung tâm Phẫu thuật sọ mặt và tạo hình, Bệnh viện X": two specialties
        more, after = _unit_words(doc, joined.end, limit)
        if more:
            words, cur = words + ["và"] + more, after
    # "trung tâm ung bướu (Bệnh viện Chợ Rẫy)", "trung tâm Truyền máu bệnh viện Việt Đức"
    link = _SUBUNIT_LINK.match(doc.match, cur, limit) or _CENTRE_LINK.match(doc.match, cur, limit)
    if any(w.lower() in _RUN_STOP for w in words):
        return None   # "giám đốc trung tâm cho biết bệnh viện …": the sentence went on
    nw = word_at(doc.match, link.end(), limit) if words and link else None
    parent = (org_at(doc, nw.start, limit) or _bare_head(doc, nw.start, limit)) if nw is not None else None
    if parent is None or parent.type not in ("hospital", "university"):
        return None
    return _centre_name(words), parent


def _tam_at(doc: Doc, pos: int, limit: int) -> Word | None:
    """The second of the two words at pos ("Trung tâm", any case): the centre's name follows it."""
    centre = word_at(doc.match, pos, limit)
    return word_at(doc.match, centre.end, limit) if centre is not None else None


def _centre_name(words: list[str]) -> str:
    """"Trung tâm Chống độc" from ["chống", "độc"]: the centre's name as written, capitalised."""
    return "Trung tâm " + " ".join([words[0][0].upper() + words[0][1:], *words[1:]])


# what ends a clinical centre's name (its words: specialties.CENTRE_WORDS)
_CENTRE_END = re.compile(r"\s*(?:[,;:)\-–]|\(|$|(?:cho|nói|chia|thông|khẳng|giải|nhận|đánh|lý)\s)")


def _clinical_centre(doc: Doc, pos: int, limit: int) -> tuple[str, int] | None:
    """("Trung tâm Chống độc", end) for "Giám đốc Trung tâm chống độc, …" whose hospital is
    not written next to it: every word a clinical one, then punctuation or the verb."""
    tam = _tam_at(doc, pos, limit)
    if tam is None or tam.text.lower() != "tâm":
        return None
    read: list[Word] = []
    while len(read) < 10:
        w = word_at(doc.match, read[-1].end if read else tam.end, limit)
        if w is None or w.text.lower() not in CENTRE_WORDS:
            break
        read.append(w)
    while read and read[-1].text.lower() == "và":
        read.pop()
    cur = read[-1].end if read else tam.end
    if not read or not _CENTRE_END.match(doc.match, cur, limit):
        return None
    return _centre_name([w.text for w in read]), cur


# how a centre's name is joined to the body it belongs to: "(Viện X)", "(thuộc Sở X)", ", Bộ X",
# "- Bộ X", "thuộc Sở X", "của BHXH X"
_CENTRE_PARENT = re.compile(r"\s*(?:\(\s*(?:trực thuộc\s+|thuộc\s+)?|,\s*|[-–]\s*|(?:trực thuộc|thuộc|của)\s+)")
_CENTRE_HEALTH = re.compile(r"y tế|khám|bệnh|cấp cứu|dinh dưỡng|giám định|v[aắ]c\s?xin|sinh phẩm|dược|sức khỏe|"
                            r"xét nghiệm|điều trị|máu", re.IGNORECASE)


def _named_centre(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Giám đốc Trung tâm khám tư vấn dinh dưỡng trẻ em (Viện Dinh dưỡng Quốc gia)", "Phó giám
    đốc Trung tâm vận chuyển cấp cứu (thuộc Sở Y tế tỉnh X)", "Giám đốc Trung tâm Giám định và
    Thanh toán đa tuyến phía Bắc (BHXH Việt Nam)": a centre the organisation reader does not
    take (lower-case or long name), closed by the body it belongs to; the centre is the post's
    organisation. A hospital's centres are `_inner_centre`'s."""
    tam = _tam_at(doc, pos, limit)
    if tam is None or tam.text.lower() != "tâm":
        return None
    text, read = doc.match, []
    cur = tam.end
    while len(read) < 14:
        w = word_at(text, cur, limit)
        if w is not None and read and w.text in ("-", "–"):
            nxt = word_at(text, w.end, limit)
            if nxt is None or not nxt.is_alpha or org_at(doc, nxt.start, limit):
                break
            read.append(w)   # "Trung tâm Nghiên cứu Gen - Protein"
            cur = w.end
            continue
        if w is None or not w.is_alpha or w.text in _RUN_STOP or w.text in ("trực", "cùng") \
                or org_at(doc, w.start, limit) or person_at(text, w.start, limit) or title_at(text, w.start, limit):
            break
        read.append(w)
        cur = w.end
    if len(read) < 2 or read[-1].text in ("-", "–", "và"):
        return None
    link = _CENTRE_PARENT.match(text, cur, limit)
    nw = word_at(text, link.end(), limit) if link is not None else None
    parent = (org_at(doc, nw.start, limit) or found_at(doc, nw.start, limit)) if nw is not None else None
    if parent is None and _CENTRE_END.match(text, cur, limit) and any(w.is_cap for w in read[1:]) \
            and not any(w.text in ("-", "–") for w in read) and (nw is None or not _short_hospital(doc, nw.start, limit)):
        # "Giám đốc Trung tâm sát hạch lái xe Hoàng Gia, cho biết": a centre with a proper name,
        # no body after it, closed by punctuation or the verb
        name = _centre_name([w.text for w in read])
        return OrgSpan(pos, cur, name, "health_center" if _CENTRE_HEALTH.search(name) else "agency", None)
    if parent is None or parent.type == "hospital":
        return None
    name = _centre_name([w.text for w in read])
    kind = "health_center" if _CENTRE_HEALTH.search(name) else "agency"
    return OrgSpan(pos, cur, name, kind, parent.province)


# lower-case verbs that end an inner unit's name: "Trưởng ban Tuyên giáo trao quyết định của Ban Bí
# thư …" names no "Ban Tuyên giáo trao quyết định" of the Secretariat
_UNIT_VERBS = frozenset("trao cho nói là đã đang được bị có khi vừa sẽ chia xác khẳng trả kiêm cảm ký tặng "
                        "nhấn yêu nguyên".split())


def _unit_words(doc: Doc, pos: int, limit: int) -> tuple[list[str], int]:
    """Words naming an inner unit ("Thực hiện chính sách BHYT"), up to a comma or a body."""
    text = doc.match
    words: list[str] = []
    cur = pos
    while len(words) < 7:
        w = word_at(text, cur, limit)
        if w is None or not (w.is_alpha or w.text.isupper()) or org_at(doc, w.start, limit) or \
                w.text in ("thuộc", "của", "tại", "cùng", "và") or w.text in _UNIT_VERBS or person_at(text, w.start, limit):
            break
        words.append(w.text)
        cur = w.end
    return words, cur


_LOCAL_UNIT = re.compile(r"\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)\s")
# ... capitalised too after an office's portfolio ("Trưởng Phòng GD-ĐT Thành phố Vĩnh Long")
_ANY_CASE_UNIT = re.compile(_LOCAL_UNIT.pattern, re.IGNORECASE)


def _committee_of_place(doc: Doc, pos: int, limit: int, after_name: bool = False) -> OrgSpan | None:
    """"Chủ tịch xã Nhôn Mai", "Phó chủ tịch huyện Đà Bắc", "Chủ tịch tỉnh Cà Mau",
    "Phó chủ tịch TP Đà Nẵng", "Chủ tịch Hà Nội Nguyễn Văn A": the place's people's committee."""
    place = _titled_place(doc, pos, limit, after_name)
    if place is None:
        return None
    return OrgSpan(pos, place[0], f"Ủy ban nhân dân {place[1]}", "government", place[2])


def _titled_place(doc: Doc, pos: int, limit: int, after_name: bool = False) -> tuple[int, str, str | None] | None:
    """The place right after a bare "Chủ tịch"/"Bí thư": an admin word and its name, or a
    province or big city's bare name followed by the holder's name (not "Chủ tịch Hội …") or
    written after it ("ông A, Phó chủ tịch Đà Nẵng cho rằng")."""
    if _LOCAL_UNIT.match(doc.match, pos, limit):
        place = place_phrase(doc.match, pos, limit)
        return place if place is not None and place[1].split()[0].lower() in _ADMIN_HEADS else None
    w = word_at(doc.match, pos, limit)
    hit = place_at(doc.match, w.start) if w is not None and w.is_cap else None
    if hit is None or hit.kind == "country":
        return None
    nxt = word_at(doc.match, hit.end, limit)
    if not after_name and (nxt is None or person_at(doc.match, nxt.start, limit) is None):
        return None   # "Chủ tịch Hà Nội cho biết": who is not said here
    # a bare name is written with its kind, as a people's committee is named: "thành phố Đà Nẵng"
    # (a name with its kind already, "TP.HCM" -> "Thành phố Hồ Chí Minh", takes none more)
    kind = "" if hit.name.lower().startswith(hit.kind) else f"{hit.kind} "
    return hit.end, f"{kind}{hit.name}", hit.name


_ADMIN_HEADS = frozenset({"xã", "phường", "thị", "huyện", "quận", "tỉnh", "thành"})

# the Party committee of each kind of place ("Tỉnh ủy Nghệ An", "Đảng ủy xã Tân Lập")
_PARTY_BODY = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
               "thị xã": "Thị ủy", "thị trấn": "Đảng ủy thị trấn", "xã": "Đảng ủy xã",
               "phường": "Đảng ủy phường"}
_PLACE_KIND = re.compile(r"(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường)\s+(.+)", re.IGNORECASE)


def _party_committee_of_place(doc: Doc, pos: int, limit: int, after_name: bool = False) -> OrgSpan | None:
    """"Bí thư TP HCM Đinh Văn A", "Phó bí thư huyện Quỳnh Lưu", "Bí thư xã Tân Lập": the
    place's Party committee, a province or city by its official name."""
    place = _titled_place(doc, pos, limit, after_name)
    kind = _PLACE_KIND.fullmatch(place[1]) if place is not None else None
    if kind is None:
        return None
    end, _, province = place
    where = kind.group(1).lower()
    name = province if where in ("tỉnh", "thành phố") and province else kind.group(2)
    return OrgSpan(pos, end, f"{_PARTY_BODY[where]} {name}", "party", province)


# titles whose organisation is the place's own body when none is written after them
_OF_PLACE = ((frozenset({"chủ tịch", "phó chủ tịch"}), _committee_of_place),
             (frozenset({"bí thư", "phó bí thư", "phó bí thư thường trực"}), _party_committee_of_place))


# envoys and the mission they head: "Đại sứ Nhật Bản tại Việt Nam A" -> Đại sứ quán …
_ENVOYS = {"đại sứ": "Đại sứ quán", "phó đại sứ": "Đại sứ quán", "tổng lãnh sự": "Tổng Lãnh sự quán",
           "phó tổng lãnh sự": "Tổng Lãnh sự quán"}
_AT = re.compile(r"\s+tại\s+")


def _mission_of(doc: Doc, title: str, pos: int, limit: int) -> OrgSpan | None:
    """"Đại sứ Việt Nam tại Ai Cập", "Tổng Lãnh sự Mỹ tại TP.HCM": the mission, named as
    written ("Đại sứ quán Việt Nam tại Ai Cập"); with no host written, the one mission of
    that country the article names; a bare "Đại sứ" the one mission it names."""
    head = _ENVOYS[title.lower()]
    missions = {o.name: o for o in doc.organizations if o.name.startswith(head + " ")}
    w = word_at(doc.match, pos, limit)
    sender = country_at(doc.match, w.start, ambiguous=True) if w is not None and w.is_cap else None
    if sender is None:
        if w is not None and person_at(doc.match, w.start, limit) is not None and len(missions) == 1:
            (o,) = missions.values()   # "Đại sứ Trần Văn A" in a story about one embassy
            return OrgSpan(pos, pos, o.name, o.type, o.province)
        return None
    written = doc.match[sender.start:sender.end]
    at = _AT.match(doc.match, sender.end, limit)
    host_w = word_at(doc.match, at.end(), limit) if at else None
    host = None
    if host_w is not None and host_w.is_cap:
        host = country_at(doc.match, host_w.start, ambiguous=True)
        place = place_phrase(doc.match, host_w.start, limit) if host is None else None
        host_end, host_name = (host.end, doc.match[host.start:host.end]) if host is not None else \
            (place[0], place[1]) if place is not None else (None, None)
        if host_end is not None:
            return OrgSpan(pos, host_end, f"{head} {written} tại {host_name}", "other", None)
    same = [o for o in missions.values() if o.name.startswith(f"{head} {written}")]
    if len(same) == 1:
        return OrgSpan(pos, sender.end, same[0].name, same[0].type, same[0].province)
    return None


# "Phó Công an huyện X" is the deputy chief's usual short title (real18; VietNews, all articles:
# 53 "phó công an <place kind>" lines, every one a deputy police chief of that place)
_POLICE_CHIEFS = frozenset({"trưởng công an", "phó trưởng công an", "phó công an"})


def _police_of_place(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Trưởng Công an huyện Kỳ Anh": the police of the place the title names."""
    place = place_phrase(doc.match, pos, limit)
    if place is None:
        return None
    return OrgSpan(pos, place[0], f"Công an {place[1]}", "agency", place[2])


# "Trạm trưởng Y tế xã Hương Liên": the title names the station's head, the rest its
# portfolio and place (VietNews: ~20 such hits, every one a commune's health station)
_STATION_HEADS = frozenset({"trạm trưởng", "phó trạm trưởng", "trưởng trạm", "phó trưởng trạm"})
_HEALTH = re.compile(r"\s*[Yy] tế\s+")


def _health_station_of_place(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Trạm trưởng Y tế xã Hương Liên" -> Trạm Y tế xã Hương Liên."""
    m = _HEALTH.match(doc.match, pos, limit)
    place = place_phrase(doc.match, m.end(), limit) if m else None
    if place is None or not _LOCAL_UNIT.match(doc.match, m.end(), limit):
        return None
    return OrgSpan(pos, place[0], f"Trạm Y tế {place[1]}", "health_center", place[2])


_HEAD_OF_GOVERNMENT = frozenset({"thủ tướng", "phó thủ tướng", "phó thủ tướng thường trực"})
# the State's president and vice-president: their body is "Nhà nước", as the real14 gold
# writes it ("Chủ tịch nước Nguyễn Xuân Phúc"); VietNews: 33 "(Phó) Chủ tịch nước NAME" lines
_HEAD_OF_STATE = frozenset({"chủ tịch nước", "phó chủ tịch nước"})
STATE = "Nhà nước"


def _government(doc: Doc, start: int, end: int, limit: int) -> OrgSpan:
    """"Thủ tướng Nguyễn Xuân Phúc" heads the Chính phủ; "Thủ tướng Australia Scott
    Morrison" the government of Australia (the country then ends the title)."""
    w = word_at(doc.match, end, limit)
    hit = country_at(doc.match, w.start, ambiguous=True) if w is not None and w.is_cap else None
    if hit is not None and hit.name != "Việt Nam":
        return OrgSpan(hit.start, hit.end, f"Chính phủ {doc.match[hit.start:hit.end]}", "government", None)
    return OrgSpan(start, start, "Chính phủ", "government", None)


_UNNAMED_BODY = re.compile(r"\s+(?:Đảng ủy|Chi bộ|Công đoàn|Ban Giám đốc|Huyện ủy|Quận ủy|Thị ủy)(?=\s*(?:[,;]|[-–]\s))")
# a district's Party committee: the place kind it is named by, and its members' title ("huyện ủy viên")
_DISTRICT_KIND = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
_DISTRICT_MEMBERS = {f"{body.lower()} viên": body for body in _DISTRICT_KIND}
_DISTRICT_IN_NAME = lazy_compile(r"(?<![^\W\d_])(huyện|quận|thị xã)\s+((?:[A-ZĐÀ-Ỹ0-9][^\s,()]*)(?:\s+[A-ZĐÀ-Ỹ][^\s,()]*)*)")


def _district_committee_after(doc: Doc, body: str, pos: int, limit: int) -> OrgSpan | None:
    """"huyện ủy viên huyện Vạn Ninh": the committee of the district written right after."""
    place = place_phrase(doc.match, pos, limit)
    kind = _DISTRICT_IN_NAME.fullmatch(place[1]) if place is not None else None
    if kind is None or kind.group(1).lower() != _DISTRICT_KIND[body]:
        return None
    return OrgSpan(pos, place[0], _district_body_name(body, kind.group(2)), "party", place[2])


def _district_body_name(body: str, place: str) -> str:
    """"Huyện ủy Gia Viễn", "Quận ủy Quận 7": a numbered district keeps its kind."""
    return f"{body} Quận {place}" if place.isdigit() else f"{body} {place}"


def _district_committees(roles: list[Role]) -> None:
    """"huyện ủy viên, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa huyện Gia Viễn", "Ủy viên Ban
    Thường vụ Quận ủy, Phó Chủ tịch UBND quận Sơn Trà": a district committee named without its
    place is that of the district another post of the chain names (real19; VietNews, all
    articles: 27 "huyện/quận/thị ủy viên", 8 with the district in a later post, all the same)."""
    for role in roles:
        body = role.body or (role.org.name if role.org is not None and role.org.name in _DISTRICT_KIND else None)
        if body not in _DISTRICT_KIND:
            continue
        for other in roles:
            m = _DISTRICT_IN_NAME.search(other.org.name) if other.org is not None and other is not role else None
            if m is not None and m.group(1).lower() == _DISTRICT_KIND[body]:
                role.org = OrgSpan(other.org.start, other.org.end, _district_body_name(body, m.group(2)),
                                   "party", other.org.province)
                role.body = None
                break
_MINISTERIAL = frozenset({"bộ trưởng", "thứ trưởng", "thứ trưởng thường trực"})


def _org_in_title(doc: Doc, title: str, start: int, end: int, limit: int):
    """(organisation, title) when the title ends in an organisation's name."""
    text = doc.match
    cur = start
    first = True
    fallback = None
    while cur < end:
        w = word_at(text, cur, limit)
        if w is None or w.start >= end:
            break
        if not first and w.is_cap:
            org = org_at(doc, w.start, limit)
            if org is not None and org.end >= end:
                head = text[start:w.start].strip()
                if head.lower() in lower_titles():
                    return org, head        # "Phó Thủ tướng" + "Chính phủ"
                fallback = fallback or org  # "Đại biểu Quốc hội" stays whole
        first = False
        cur = w.end
    if fallback is not None and fallback.name == "Chính phủ" and _INSPECTOR_GENERAL.search(title):
        # "Phó tổng thanh tra Chính phủ" in lower case: the Government Inspectorate, as the
        # capitalised "Tổng Thanh tra Chính phủ" is read (VietNews + baomoi, 4,854 articles: 3
        # such roles, each so)
        return OrgSpan(fallback.start, fallback.end, "Thanh tra Chính phủ", "ministry",
                       None), title
    return fallback or _general_of_body(doc, title, start, end), title


_INSPECTOR_GENERAL = re.compile(r"(?i)tổng thanh tra\s+chính phủ$")
_GENERAL_OF = ("tổng ", "phó tổng ")


def _general_of_body(doc: Doc, title: str, start: int, end: int) -> OrgSpan | None:
    """"Tổng Kiểm toán Nhà nước", "Phó Tổng kiểm toán nhà nước": a chief called "Tổng" + the
    name of a body with no head noun, which the walker cannot read; the gazetteer knows it.
    VietNews: 160 "Tổng Kiểm toán Nhà nước" in every case of its letters, ~1 in 4 lower-case
    after "Tổng". Cost: a prefix test per title, a key lookup only after "Tổng"."""
    low = title.lower()
    prefix = next((p for p in _GENERAL_OF if low.startswith(p)), None)
    if prefix is None:
        return None
    pos = start + len(prefix)
    hit = known_at(doc.match, pos, end)
    if hit is None or hit[0] != end:
        return None
    name, typ, province = hit[1]
    return OrgSpan(pos, end, name, typ, province)


# a portfolio then a country and a foreign name the organisation reader ran into: "Bộ trưởng Y tế Mỹ
# Tom Price", "Thứ trưởng Ngoại giao Anh Mark Field" (a first name that spells a syllable of ours)
_FOREIGN_FIELD = re.compile(r"\s+(" + MINISTER_FIELDS + r")\s+(?=[A-ZĐÀ-Ỹ])")


def _foreign_ministry(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    m = _FOREIGN_FIELD.match(doc.match, pos, limit)
    hit = country_at(doc.match, m.end(), ambiguous=True) if m is not None else None
    nxt = word_at(doc.match, hit.end, limit) if hit is not None else None
    if hit is None or hit.name == "Việt Nam" or nxt is None or not nxt.is_cap:
        return None
    return OrgSpan(m.start(1), hit.end, f"Bộ {m.group(1)} {doc.text[hit.start:hit.end]}", "ministry", None)


def _bare_minister_ministry(doc: Doc, start: int, pos: int, limit: int) -> OrgSpan | None:
    """The ministerial-level body a minister heads as its "Chủ nhiệm" when the post says so
    (none for another body or a list of posts: `ministerial_bodies`); else a known holder's
    ministry at the article's date, over the article's only ministry ("Bộ Y tế … Bộ trưởng Tô
    Lâm"); the article's spelling when both name one ministry."""
    if (at := heading_end(doc.match, pos, limit)) is not None:
        body = _org_span_at(doc, at, limit)
        if body is None or not is_ministerial_body(body.name) or in_post_list(doc.match, start):
            return None
        return OrgSpan(-1, -1, body.name, body.type, body.province)
    only = _only_ministry(doc)
    holder = holder_ministry(doc, pos, limit)
    if holder is None or only is not None and same_ministry(holder.name, only.name):
        return only
    return holder


def _only_ministry(doc: Doc) -> OrgSpan | None:
    """"Thứ trưởng Nguyễn Văn A" with no ministry named: the one ministry of the article."""
    names = doc.derived("officials.ministries", lambda d: frozenset(
        (o.name, o.province) for o in d.organizations if o.type == "ministry"))
    if len(names) != 1:
        return None
    (name, province), = names
    return OrgSpan(-1, -1, name, "ministry", province)


_SCHOOL_HEADS = frozenset({"hiệu trưởng", "phó hiệu trưởng", "hiệu phó"})


def _only_school(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """"Hiệu phó Nguyễn Thị A", "hiệu trưởng trường Thanh Khương" with no school read: the one
    school the article names (by its short name when one is written)."""
    only = _only_named(doc, "Trường ")
    if only is None:
        return None
    name, kind, province = only
    text, end = doc.match, pos
    w = word_at(text, pos, limit)
    if w is not None and w.text.lower() == "trường":
        words = []
        cur = w.end
        while (nw := word_at(text, cur, limit)) is not None and nw.is_cap and nw.is_alpha:
            words.append(nw.text)
            cur = nw.end
        if not words or not normalize_tones(name).lower().endswith(normalize_tones(" ".join(words)).lower()):
            return None   # some other school, or none named
        end = cur
    elif w is not None and w.is_cap and w.is_alpha and person_at(text, w.start, limit) is None:
        return None       # "Hiệu trưởng Đại học X": a body we did not read
    return OrgSpan(pos, end, name, kind, province)


# heads whose bare title is of the one such body the article names: an office ("Văn phòng Bộ
# Y tế"), a board ("Trưởng ban Nguyễn A" after "thành viên Ban Bảo vệ sức khỏe Trung ương":
# real24; the VietNews health sample reads no role differently with it)
_ONLY_BODY_HEADS = {"chánh văn phòng": "Văn phòng ", "phó chánh văn phòng": "Văn phòng ",
                    "trưởng ban": "Ban ", "phó trưởng ban": "Ban ", "phó ban": "Ban "}


def _only_body(doc: Doc, head: str, pos: int, limit: int) -> OrgSpan | None:
    """"Phó Chánh văn phòng NAME" with no body written: the one office ("Văn phòng Bộ Y tế")
    the article names; "Trưởng ban NAME" the one board."""
    w = word_at(doc.match, pos, limit)
    if w is not None and w.is_cap and w.is_alpha and person_at(doc.match, w.start, limit) is None:
        return None   # a body we did not read
    only = _only_named(doc, head) or _named_before(doc, head, pos)
    return OrgSpan(pos, pos, *only) if only is not None else None


def _named_before(doc: Doc, head: str, pos: int) -> tuple[str, str, str | None] | None:
    """With several such bodies in the article, the one its sentence names last before pos
    ("A, thành viên Ban Bảo vệ sức khỏe Trung ương, cho biết Trưởng ban B …", real24, where the
    article also names Ban Nội chính)."""
    i = doc.sentence_at(pos)
    if i < 0:
        return None
    best = None
    for o in doc.starting_in(doc.organizations, doc.sentences[i].start, pos):
        if o.name.startswith(head) and o.end <= pos and (best is None or o.start >= best.start):
            best = o
    return (best.name, best.type, best.province) if best is not None else None


def _only_named(doc: Doc, head: str) -> tuple[str, str, str | None] | None:
    """(name, type, province) of the one organisation the article names with `head`
    ("Trường ", "Văn phòng "), or None when it names none or several."""
    names = doc.derived(f"officials.only:{head}", lambda d: frozenset(
        (o.name, o.type, o.province) for o in d.organizations if o.name.startswith(head)))
    return next(iter(names)) if len(names) == 1 else None


def _org_span_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The organisation starting at pos: parsed from a head, or found earlier in the
    document without one ("Ủy ban Văn hóa và Xã hội của Quốc hội", "WHO")."""
    org = steering_at(doc, pos, limit) if doc.match.startswith("Ban", pos) else None
    org = org or org_at(doc, pos, limit)
    if org is not None:
        org = with_campus(doc.match, org, limit)   # "Phó Giám đốc Bệnh viện X cơ sở 2"
        # the organisations stage read the same body longer, its place closed by a direction word
        # ("Trung tâm Y tế huyện Điện Biên Đông", "UBND xã Bình Định Bắc" cut before "Đông"/"Bắc"
        # here): its name (1,800 fresh articles: 2 such posts, both right, nothing else changed)
        found = found_at(doc, pos, limit)
        return found if found is not None and found.end > org.end and found.name.startswith(org.name + " ") else org
    return found_at(doc, pos, limit)


_BARE = re.compile(r"(Bệnh viện|[Ss]ở Y tế|Sở|Trung tâm|Trường|Bộ|Cục|bệnh viện|sở|BVĐK|BV)(?![^\W\d_])")


def _bare_head(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """'Giám đốc Bệnh viện' with no name: the hospital the article is about."""
    w = word_at(doc.match, pos, limit)
    if w is None:
        return None
    m = _BARE.match(doc.match, w.start, limit)
    if not m:
        return None
    head = m.group(1)
    general = head == "BVĐK"   # "nguyên giám đốc BVĐK": the article's general hospital
    head = "Bệnh viện" if head in ("BV", "BVĐK") else head[0].upper() + head[1:]   # "giám đốc bệnh viện", "Giám đốc BV"
    if head == "Sở":
        # "Giám đốc Sở" in a health article: its Sở Y tế (not "Sở Tài chính …");
        # "nguyên giám đốc sở Huỳnh Quốc Việt": the name follows
        nxt = word_at(doc.match, m.end(), limit)
        if nxt is not None and nxt.is_cap and not person_at(doc.match, nxt.start, limit):
            return None
        head = "Sở Y tế"
    elif m.group(1)[0].islower() or general:
        nxt = word_at(doc.match, m.end(), limit)
        if nxt is not None and nxt.is_cap and not person_at(doc.match, nxt.start, limit):
            return None   # "bệnh viện Mắt": a name, read as an organisation or not at all
    kind = {"Bệnh viện": "hospital", "Sở Y tế": "health_department", "Trung tâm": "health_center",
            "Trường": "university", "Bộ": "ministry", "Cục": "agency"}[head]
    if general:
        head = "Bệnh viện Đa khoa"
    home = _home_institution(doc)
    if home is not None and home.type == kind and home.name.startswith(head):
        return OrgSpan(m.start(), m.end(), home.name, home.type, home.province)
    best = None
    for org in doc.organizations:
        if org.type == kind and org.name.startswith(head):
            if best is None or (org.start < pos) >= (best.start < pos):
                best = org
            if org.start >= pos:
                break
    if best is None:
        return None
    return OrgSpan(m.start(), m.end(), best.name, best.type, best.province)


# titles every kind of body has, so one "kiêm" organisation may be theirs too
# (a company's board chair too: "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X", VietNews
# health articles: 24 such chains, every one both posts at the one company)
_SHARED_TITLE = re.compile(r"(?i)(?:nguyên )?(?:phó )?(?:chủ tịch(?: hội đồng quản trị| hđqt| hội đồng thành viên"
                           r"| hđtv)?|tổng giám đốc|giám đốc)")


# an office's head written bare before the body's next post ("Chánh Văn phòng – người phát ngôn
# Sở Y tế Đồng Tháp", "Chánh văn phòng, người phát ngôn Bộ Y tế"): the office is that body's
_OFFICE_HEAD = re.compile(r"(?i)(?:phó )?chánh văn phòng")
_OFFICE_LINK = re.compile(r"\s*(?:,|[-–]|kiêm|,\s*kiêm)\s*")


def _chain(doc: Doc, pos: int, limit: int) -> tuple[list[Role], int]:
    """TITLE [ORG] (, TITLE [ORG])* from pos; returns roles and the end.

    "Bí thư Đảng ủy, Giám đốc Bệnh viện X": the Đảng ủy is X's."""
    roles, end = _chain_roles(doc, pos, limit)
    _police_heads(roles)
    _own_investigators(doc, roles, limit)
    _district_committees(roles)
    for i, role in enumerate(roles):
        if role.org is None and not role.body and i + 1 < len(roles) and _SHARED_TITLE.fullmatch(role.title) \
                and re.search(r"\bkiêm\b", doc.match[role.end:roles[i + 1].start]):
            role.org = roles[i + 1].org   # "phó chủ tịch kiêm tổng giám đốc Tập đoàn X": both of X
        if role.org is None and not role.body and i + 1 < len(roles) and _OFFICE_HEAD.fullmatch(role.title) \
                and roles[i + 1].org is not None and _OFFICE_LINK.fullmatch(doc.match, role.end, roles[i + 1].start):
            role.org = roles[i + 1].org   # "Chánh Văn phòng, người phát ngôn Sở Y tế X": both of the Sở
        if role.former and i + 1 < len(roles) and not roles[i + 1].former \
                and re.search(r"\bkiêm\b", doc.match[role.end:roles[i + 1].start]):
            # "nguyên Chủ tịch HĐQT kiêm Tổng giám đốc X": both posts are former (VietNews 11 of 11)
            nxt = roles[i + 1]
            nxt.former, nxt.title = True, f"nguyên {nxt.title}"
        if role.org is None and role.body and role.body not in _DISTRICT_KIND:
            owner = next((r.org for r in roles[i + 1:] if r.org is not None), None)
            if owner is not None and owner.type not in ("party",):
                role.org = OrgSpan(owner.start, owner.end, f"{role.body} {owner.name}", "party",
                                   owner.province)
    return roles, end


def _chain_roles(doc: Doc, pos: int, limit: int) -> tuple[list[Role], int]:
    """The roles of a title chain from pos, and where it ends (each role after a separator
    is parsed once: the parse that tells the chain goes on is the next role)."""
    roles: list[Role] = []
    cur = pos
    role = _parse_role(doc, cur, limit)
    while role is not None:
        roles.append(role)
        cur = role.end
        place = place_phrase(doc.match, cur, limit) if role.title.startswith("Đại biểu") else None
        if place is not None:
            cur = place[0]   # "Đại biểu Quốc hội TP. HCM, Phó giám đốc Sở Y tế": the delegation's place
        w = word_at(doc.match, cur, limit)
        if w is not None and (w.text in (",", "kiêm", "và") or w.text in ("-", "–") and role.org is None):
            # (a dash only after a post with no body yet: "Chánh Văn phòng – người phát ngôn Sở X",
            # "Phó Bí thư Đảng ủy - Phó Giám đốc BV X")
            after = w.end
            w2 = word_at(doc.match, after, limit)
            if w.text == "," and w2 is not None and w2.text in ("kiêm", "đồng thời là"):
                after = w2.end   # "Phó Giám đốc Sở Y tế, kiêm Giám đốc CDC tỉnh"
            nxt = _parse_role(doc, after, limit)
            if nxt is not None:
                cur, role = after, nxt
                continue
        break
    return roles, cur


_INSTITUTIONS = frozenset({"hospital", "university", "agency", "health_center"})


def _home_institution(doc: Doc) -> OrgSpan | None:
    """The hospital, university or agency an article is mostly about."""
    o = home(doc, _INSTITUTIONS)
    return OrgSpan(o.start, o.end, o.name, o.type, o.province) if o is not None else None


# what may stand between a name and its title: a birth year or an age in brackets or between
# commas ("Trần Văn A (SN 1965), nguyên Trưởng phòng …", "bà B (54 tuổi, Trạm trưởng …)",
# "ông C, 38 tuổi, Chủ tịch UBND xã …": VietNews ~90 ", N tuổi," and ~50 ", SN YYYY," before a
# title, each the name's post), the separator, degrees written after the name ("ông C, Phó giáo sư, Tiến sỹ y học, Phó Giám
# đốc …", "Bác sĩ D - chuyên khoa II trưởng Khoa …") and a copula ("E hiện là Chủ tịch …")
_AFTER_NAME_HON = (r"(?:(?:Phó [Gg]iáo sư|[Gg]iáo sư|[Tt]iến s[ĩỹ]|[Tt]hạc s[ĩỹ]|[Bb]ác s[ĩỹ]|[Dd]ược s[ĩỹ]|"
                   r"PGS\.?\s?TS|GS\.?\s?TS|TS|ThS|BSCKI{1,2}|"
                   r"[Cc]huyên khoa (?:II|I|1|2))(?: y học| y khoa| chính| chuyên khoa (?:II|I|1|2))?"
                   r"(?:\s*\(hạng \d\))?(?:\s*,\s*|\s+)|"
                   # a civil-service rank before the post ("ông A, thanh tra viên cao cấp, Phó Vụ
                   # trưởng Vụ III …": VietNews, ~20 such chains after a name, every one a rank)
                   r"[Tt]hanh tra viên(?: cao cấp| chính)?\s*[,\-–]\s*|"
                   r"[Kk]iểm sát viên(?: cao cấp| chính)?\s*[,\-–]\s*|"
                   # a field of expertise ("GS A, chuyên gia sinh học – nguyên Phó hiệu trưởng …": real12;
                   # VietNews ~30 such asides before a post, each the name's post)
                   r"[Cc]huyên gia(?:\s+[^\W\d_]+){1,5}\s*[,\-–]\s*|"
                   # a doctor's specialty before the post ("BS A, chuyên khoa ngoại lồng ngực, Phó giám
                   # đốc Trung tâm …": baomoi+VietNews sample of 4,854 articles, 2 such, both the name's post;
                   # capitalised too, "chuyên khoa Ngoại Lồng ngực": real27)
                   r"[Cc]huyên (?:khoa|ngành)(?:\s+[^\W\d_]+){1,5}\s*,\s*)")
# a residence after the birth year or age, inside the bracket: "Bùi Mạnh Quốc (SN 1986, trú tại phường
# Đại Phúc, TP Bắc Ninh) - Giám đốc Công ty …", "ông A (60 tuổi, trú tại xã X, huyện Y) - phó giám đốc …"
_RESIDENCE = r"(?:trú|ở|ngụ|quê|thường trú)(?![^\W\d_])[^()]{1,80}\)"
_SEP_AFTER_NAME = lazy_compile(r"(?:\s*\((?:(?:SN|[Ss]inh năm)\s*\d{4}|\d{1,3}\s*tuổi)\s*(?:\)|[,;]\s*" + _RESIDENCE +
                             r"|[,;](?=\s))|"
                             r"\s*,\s*(?:(?:SN|[Ss]inh năm)\s*\d{4}|\d{1,3}\s*tuổi)(?=\s*,))?"
                             r"(?:\s*(?:[-–:(]|,)\s*|\s+)" + _AFTER_NAME_HON + r"*"
                             r"(?:(?:hiện|đều|đang|vẫn|hiện nay)\s+)*(?:là\s+)?")
# between a title chain and the name: a comma or dash, or a short bracket that names the
# parent or spells the body out ("Bộ trưởng Bộ NN và PTNT (NN & PTNT) X", "vụ trưởng Vụ
# Tổ chức cán bộ (Bộ Y tế) Y"), or "là" ("có trưởng khoa là ông Z")
# a short aside in brackets between a name and its title, a comma or dash after it: "GS A
# (bên trái), giám đốc Bệnh viện X", "ĐBQH B (đoàn Hà Nội), Giám đốc …", "C (Hung Chi Ting),
# trưởng khoa …" (VietNews: 13 such lines, 11 a role of the name before the bracket, the
# other two read no role)
_ASIDE = re.compile(r"\s*\([^()\d]{1,40}\)(?=\s*[,\-–])")
_JOIN_LEFT = re.compile(r"^\s*(?:[,:\-–]\s*|\([^()\d]{1,40}\)\s*|là\s+)?$")


def extract(doc: Doc) -> Doc:
    home = _home_institution(doc)
    read_units: set[str] = set()   # organisations read from a title's words, by name
    for s, titled in zip(doc.sentences, titled_sentences(doc)):
        if not titled:
            continue   # every role opens with a title: nobody here can be an official
        people = find_people(doc, s.start, s.end)
        taken: set[int] = set()
        side, side_end = _side_org(doc, s.start, s.end)
        last_org: OrgSpan | None = None
        stated = [_stated_roles(doc, people, i, s.start, s.end) for i in range(len(people))]
        for i, p in enumerate(people):
            roles = stated[i] or _shared_roles(doc, people, stated, i) or _listed_roles(doc, people, stated, i)
            for r in roles:
                if r.org is None and side is not None and p.start >= side_end:
                    r.org = side          # "về phía BV Bạch Mai có …; B - Trưởng phòng …"
                elif r.org is None and _DEPT_ROLE.match(r.title) and last_org is not None and \
                        (last_org.type in _WARDED or "khoa" not in r.title.lower()):
                    r.org = last_org      # "A - Giám đốc Sở Y tế; B - Trưởng phòng Nghiệp vụ"
                elif r.org is None and _HEAD_ROLE.fullmatch(r.title) and last_org is not None and \
                        _DIRECTED.match(last_org.name) and _CLOSED.match(doc.match, r.end):
                    r.org = last_org      # "A (SN 1962, cựu Giám đốc BV X), B (SN 1962, Phó giám đốc)"
                if r.org is None and _DEPT_ROLE.match(r.title):
                    # "bổ nhiệm bà X giữ chức Trưởng phòng Điều dưỡng": a department of the
                    # institution that one of the person's other roles, or the article, names
                    # (an office, "phòng", may be any body's: "Tổ công tác của Cục X do Thiếu tá A, Phó
                    # Trưởng phòng Quản lý công dân … đã đến")
                    r.org = next((o.org for o in roles if o.org is not None), None) or \
                        _sentence_hospital(doc, s.start, p.start, _OFFICE_BODIES if "phòng" in r.title.lower()
                                           else _WARDED) or home
                if r.org is None and _WARD_ROLE.match(r.title) and _own_ward(doc, r, p):
                    # "Tại Bệnh viện X, bác sĩ A, Trưởng khoa Cấp cứu cho biết": a ward of the
                    # hospital just named
                    r.org = _recent_hospital(doc, s.start, p.start)
                if r.org is None and r.centre is not None:
                    # "Giám đốc Trung tâm Chống độc" in a story about a hospital: the hospital's
                    # centre, the hospital a later role names or the one named just before
                    later = next((o.org for o in roles if o.org is not None and o.org.type == "hospital"), None)
                    r.org = later or _recent_hospital(doc, s.start, p.start) or \
                        (home if home is not None and home.type == "hospital" else None)
                    if r.org is None:
                        r.title = r.centre   # no hospital: read as the bare title, as before
                if r.org is None and home is not None and _HEAD_ROLE.fullmatch(r.title) and \
                        _DIRECTED.match(home.name) and _ends_bare(doc, r, s.end, home):
                    # "cảnh cáo giám đốc Bùi Văn A và phó giám đốc B" in a story about one centre
                    r.org = home
                if p.foreign and r.org is not None and r.org.name in _OWN_BODIES:
                    r.org = _foreign_body(doc, r.org, s.start, min(r.start, p.start))   # "Thủ tướng Shinzo Abe"
                if r.start in taken and not r.shared or r.org is None or _named_after(p, r.org) or \
                        (p.foreign and r.org.name in (STATE, CENTRAL_COMMITTEE)):
                    continue   # a foreign head of state with no country named heads some other state
                if not r.shared:
                    taken.add(r.start)
                if r.org.type in ("hospital", "health_center", "health_department", "agency"):
                    last_org = r.org
                doc.officials.append(Official(
                    name=p.name, title=r.title, organization=written_out(r.org.name), honorifics=p.honorifics,
                    former=r.former, surface=doc.text[p.start:p.end],
                    **provenance(doc, p.start, p.end, NAME, VERSION, 0.75)))
                if r.read_unit:
                    read_units.add(doc.officials[-1].organization)
                if r.also:
                    _add_also(doc, doc.officials[-1], r.also)
                _add_committee(doc, r.org)
    _short_name_roles(doc)
    _add_deputies(doc)
    _one_name_per_body(doc.officials)
    _one_unit_per_post(doc.officials, read_units)
    _one_form_per_post(doc.officials)
    _one_ward_per_post(doc.officials)
    _full_names(doc.officials)
    _schools_named_whole(doc.officials)
    return doc


# a university of ours written "Đại học X" is the school "Trường Đại học X", as the studied gold
# names every one (real2, real8, real12, real22, real31, real37: 18 of 18 posts; the press writes
# "Hiệu trưởng ĐH Y Hà Nội"); not the umbrella ones ("Đại học Quốc gia Hà Nội", "Đại học Huế")
# nor a foreign one ("Đại học Harvard", "Đại học Y Sydney": a syllable no Vietnamese word spells).
# Only posts: the organisations list keeps the form written ("Đại học Y Hà Nội"); the same renaming
# there (tried in session 36) lowered four sets (real5 .973->.969, blind real3/13/16), since the
# gold of organisations often keeps the written "Đại học …" and foreign ones spelt in Vietnamese
# syllables ("Đại học Bắc Kinh") became schools. The KB's resolver gives both the same head.
_UNIVERSITY = re.compile(r"Đại học (?!Quốc gia|(?:Huế|Đà Nẵng|Thái Nguyên)$)(\S.*)")
_UNIVERSITY_WORD = re.compile(r"[^\W\d_]+")


def _schools_named_whole(officials: list[Official]) -> None:
    for o in officials:
        m = _UNIVERSITY.fullmatch(o.organization or "")
        if m is not None and all(is_vietnamese_syllable(w) for w in _UNIVERSITY_WORD.findall(m.group(1))):
            o.organization = f"Trường {o.organization}"


# central bodies the press names bare for Việt Nam's own: a foreign holder's is his country's
_OWN_BODIES = frozenset({"Chính phủ", "Quốc hội"})


def _foreign_body(doc: Doc, org: OrgSpan, start: int, end: int) -> OrgSpan | None:
    """"Hội đàm Nhật Bản - Việt Nam, Thủ tướng Shinzo Abe …", "Tại Venezuela, Chủ tịch Quốc hội
    Juan Guaido …": a foreign holder of a bare "Chính phủ"/"Quốc hội" post holds it in the one
    foreign country his sentence names before him ("Chính phủ Nhật Bản"); None when it names
    none or several (a country named after him is often some other party's: "… nói với Thủ
    tướng Malcolm Turnbull về hải quân Thái Lan")."""
    hits = (country_at(doc.match, m.start(1)) for m in country_pattern().finditer(doc.match, start, end))
    found = {doc.match[h.start:h.end]: h.name for h in hits if h is not None and h.name != "Việt Nam"}
    if len(set(found.values())) != 1:
        return None   # "Anh", "Mỹ", "Đức" are also given names: only unambiguous forms count
    written = next(iter(found))
    return OrgSpan(org.start, org.end, f"{org.name} {written}", "government", None)


def _bare_ministry(org: OrgSpan) -> bool:
    """A ministry named with no country ("Bộ Y tế"): Việt Nam's, unless its holder is foreign."""
    return org.type == "ministry" and org.name.startswith("Bộ ") and country_pattern().search(org.name) is None


def _named_after(p: Person, org: OrgSpan) -> bool:
    """The "name" ends its own post's organisation's name: "Giám đốc Bệnh viện Lương Tài" (real24)
    names the district's hospital, not a director called Lương Tài."""
    return org.name.endswith(" " + p.name)


def _add_also(doc: Doc, official: Official, body: str) -> None:
    """The same post at its body's second name ("Chánh Thanh tra" of Sở Y tế X and of Thanh
    tra Sở Y tế X: see `_inspectorate`)."""
    doc.officials.append(Official(
        name=official.name, title=official.title, organization=written_out(body),
        honorifics=list(official.honorifics), former=official.former, surface=official.surface,
        **provenance(doc, official.start, official.end, NAME, VERSION, 0.7)))


def _full_names(officials: list[Official]) -> None:
    """"Thứ trưởng Thanh Long" after "ông Nguyễn Thanh Long - thứ trưởng Bộ Y tế": the press
    names a known official again by the given names alone; the mention keeps its place but
    takes the full name, so one person is not two."""
    by_tail: dict[str, list[Official]] = {}   # every tail after a space -> its names: linear
    for m in (o for o in officials if len(o.name.split()) >= 3):
        for i, c in enumerate(m.name):
            if c == " ":
                by_tail.setdefault(m.name[i + 1:], []).append(m)
    for o in officials:
        if len(o.name.split()) != 2:
            continue
        same = {m.name for m in by_tail.get(o.name, ()) if m.title.lower() == o.title.lower()
                and m.organization == o.organization}
        if len(same) == 1:
            o.name = same.pop()


_TITLE_BODIES = ("Ủy ban nhân dân ", "Quận ủy ", "Huyện ủy ", "Thị ủy ", "Tỉnh ủy ", "Thành ủy ")


def _add_committee(doc: Doc, org: OrgSpan) -> None:
    """A People's Committee that only a title names ("Chủ tịch xã Quảng Bị", "Phó chủ tịch
    huyện Thuận Thành") is an organisation the article states: add it, located at its
    place. So is a Party committee that "Bí thư quận Long Biên" names with its place (real24;
    VietNews, all articles: ~130 "Bí thư quận|huyện|thị xã X"), not one a member's title
    implies ("Tỉnh ủy viên"). Other bodies a role implies are left out: measured on the real
    sets, they cost more than they gave."""
    if not org.name.startswith(_TITLE_BODIES) or org.name in _org_names(doc):
        return
    written = doc.text[org.start:org.end]
    if not org.name.startswith("Ủy ban") and org.name.split(" ", 2)[2] not in normalize_tones(written):
        return
    start = org.start + len(written) - len(written.lstrip())
    at = next((i for i, o in enumerate(doc.organizations) if o.start > start), len(doc.organizations))
    doc.organizations.insert(at, Organization(   # in text order, as the organisations stage leaves them
        name=org.name, type=org.type, surface=doc.text[start:org.end], province=org.province,
        canonical=org.canonical, **provenance(doc, start, org.end, NAME, VERSION, 0.7)))
    seen = doc.__dict__["_org_names"]   # fresh: the test above read it
    seen[1] += 1
    seen[2].add(org.name)


def _org_names(doc: Doc) -> set[str]:
    """The names of `doc.organizations`, kept per document (this stage only adds to the list),
    so a title's committee is looked up, not compared with every organisation of a long one."""
    orgs = doc.organizations
    seen = doc.__dict__.get("_org_names")
    if seen is None or seen[0] is not orgs or seen[1] != len(orgs):
        seen = doc.__dict__["_org_names"] = [orgs, len(orgs), {o.name for o in orgs}]
    return seen[2]


def _one_unit_per_post(officials: list[Official], read: set[str]) -> None:
    """A unit read from a title's words ("Phó Vụ trưởng thanh tra khối văn hóa, xã hội (Vụ
    III)"; `read` holds their names) is dropped when the same person holds the same title at
    a unit the organisation reader named: one post, named twice."""
    if not read:
        return
    named = {(o.name, o.title.lower()) for o in officials if o.organization not in read}
    officials[:] = [o for o in officials if o.organization not in read or (o.name, o.title.lower()) not in named]


_UNIT_OF = ("Thanh tra ", "Văn phòng ")   # an office or inspectorate named with its body: two posts, by design


def _one_form_per_post(officials: list[Official]) -> None:
    """One person, one title, two names of the body, one the other's words and more ("GĐ Bệnh
    viện Việt Đức" after "giám đốc Bệnh viện Hữu nghị Việt Đức"; "Thứ trưởng Bộ Y tế" of a
    "Bộ Y tế Thái Lan"): the fuller name only (real26; sweep: 6 such, each one body)."""
    by_post: dict[tuple[str, str], set[str]] = {}
    for o in officials:
        by_post.setdefault((o.name, o.title.lower()), set()).add(o.organization)
    shorter: set[tuple[str, str, str]] = set()
    for (name, title), orgs in by_post.items():
        if len(orgs) < 2:
            continue
        words = {org: set(org.lower().split()) for org in orgs}
        for a in orgs:
            if any(words[a] < words[b] and not (b.startswith(_UNIT_OF) and b.endswith(a)) for b in orgs):
                shorter.add((name, title, a))
    if shorter:
        officials[:] = [o for o in officials if (o.name, o.title.lower(), o.organization) not in shorter]


_BARE_WARD_TITLE = re.compile(r"(?:nguyên )?(?:Phó )?(?:(?:Trưởng|Chủ nhiệm) )?(?:khoa|phòng)", re.IGNORECASE)


def _one_ward_per_post(officials: list[Official]) -> None:
    """A bare "phó khoa" is the post the same person holds at a named ward of the same body
    ("bổ nhiệm A làm phó khoa gây xôn xao … làm phó khoa Chẩn đoán hình ảnh", real18): one
    post, named twice, is kept once, by its full name."""
    bare = [_BARE_WARD_TITLE.fullmatch(o.title) is not None for o in officials]
    named: dict[tuple[str, str], set[str]] = {}   # (person, body) -> the titles held there, spelled out
    for o, is_bare in zip(officials, bare):
        if not is_bare:
            named.setdefault((o.name, o.organization), set()).add(o.title.lower())
    officials[:] = [o for o, is_bare in zip(officials, bare) if not is_bare or not any(
        t.startswith(o.title.lower() + " ") for t in named.get((o.name, o.organization), ()))]


def _short_name_roles(doc: Doc) -> None:
    """"Ông Nhật là trưởng trạm y tế xã Triệu Độ" after "ông Nguyễn Văn Nhật": the post of
    the full name (see `short_names`)."""
    have = {(o.name, o.title.lower(), o.organization) for o in doc.officials}
    for m in short_mentions(doc):
        roles, _ = _chain(doc, m.role_pos, m.sentence_end)
        for r in roles:
            org = written_out(r.org.name) if r.org is not None else None
            if org is None or (m.name, r.title.lower(), org) in have:
                continue
            have.add((m.name, r.title.lower(), org))
            doc.officials.append(Official(
                name=m.name, title=r.title, organization=org, honorifics=[], former=r.former,
                surface=doc.text[m.start:m.end], **provenance(doc, m.start, m.end, NAME, VERSION, 0.7)))


def _add_deputies(doc: Doc) -> None:
    """"Đại biểu NAME" in a story about the National Assembly or a People's Council
    session (see `deputies`)."""
    have = {(o.name, o.title) for o in doc.officials}
    council, members = council_deputies(doc)
    found = [(p, TITLE, BODY) for p in deputies(doc)] + [(p, COUNCIL_TITLE, council) for p in members]
    for p, title, body in found:
        if (p.name, title) in have:
            continue
        have.add((p.name, title))
        doc.officials.append(Official(
            name=p.name, title=title, organization=body, honorifics=p.honorifics, former=False,
            surface=doc.text[p.start:p.end], **provenance(doc, p.start, p.end, NAME, VERSION, 0.7)))


# a ward's head or deputy: a ward is a hospital's ("khoa" of a university is a faculty,
# and its university is named next to it)
_WARD_ROLE = re.compile(r"(?:nguyên )?(?:Phó )?(?:(?:[Tt]rưởng|[Cc]hủ nhiệm|[Pp]hụ trách) (?:khoa|Khoa|[Đđ]ơn vị \S|[Đđ]ơn nguyên \S)|(?:khoa|Khoa)(?: \S|$)|Điều dưỡng trưởng)")


_BARE_WARD = re.compile(r"(?:nguyên )?(?:Phó )?(?:Trưởng |Chủ nhiệm )?khoa", re.IGNORECASE)


def _own_ward(doc: Doc, role: Role, p: Person) -> bool:
    """A ward's title that is the person's for sure: it names the ward, or it is written
    after the name, or right before it ("phó khoa Nguyễn A", "trưởng khoa là ông A"); a
    bare "phó khoa" then a comma may end a clause about someone else ("… làm phó khoa,
    ông A bị cách chức")."""
    if not _BARE_WARD.fullmatch(role.title) or role.start > p.start:
        return True
    return re.fullmatch(r"\s*(?:là\s*)?", doc.match[role.end:p.hon_start]) is not None


def _sentence_hospital(doc: Doc, start: int, pos: int, types: frozenset[str] = frozenset({"hospital", "health_center"})
                       ) -> OrgSpan | None:
    """"Tại Bệnh viện X, tiến sĩ A, Trưởng phòng Kế hoạch tổng hợp cho biết": a department's
    head with no body written is the hospital's his sentence names before him, not the article's
    (real26; VietNews: 6 more such, each right)."""
    best = None
    for o in doc.starting_in(doc.organizations, start, pos):
        if o.type in types and (best is None or o.start >= best.start):
            best = o
    return OrgSpan(best.start, best.end, best.name, best.type, best.province) if best is not None else None


def _recent_hospital(doc: Doc, start: int, pos: int) -> OrgSpan | None:
    """The hospital a bare ward belongs to: the last one named earlier in its sentence
    (which starts at `start`), else the only one the article has named so far (with two
    named, "khoa Hồi sức" could be either's)."""
    found = _sentence_hospital(doc, start, pos, frozenset({"hospital"}))
    if found is not None:
        return found
    # "Trung tâm tim mạch Bệnh viện Chợ Rẫy" (a centre read whole) names its hospital too
    hospitals = (o if o.type == "hospital" else _hospital_within(doc, o) if o.type == "health_center" else None
                 for o in doc.starting_in(doc.organizations, 0, start))
    named = {o.name: o for o in hospitals if o is not None}
    best = next(iter(named.values())) if len(named) == 1 else None
    return OrgSpan(best.start, best.end, best.name, best.type, best.province) if best is not None else None


# words a hospital's name may go without: its place's kind and "đa khoa" ("Bệnh viện
# Thường Xuân" is "Bệnh viện Đa khoa huyện Thường Xuân", the same article's bare mention)
# (r"\b(?:huyện|tỉnh|thành phố|quận|thị xã|đa khoa) ", the word start tested after each first letter)
_ADMIN_WORDS = re.compile(word_start_alternation(("huyện", "tỉnh", "thành phố", "quận", "thị xã", "đa khoa"),
                                                 not_after=r"\w") + " ")


def _one_name_per_body(officials: list[Official]) -> None:
    """One person's one post at "Bệnh viện Thanh Bình" and at "Bệnh viện Đa khoa
    huyện Thanh Bình" is one post: the body takes its fullest name everywhere."""
    fullest: dict[tuple[str, str, str], str] = {}
    for o in officials:
        if o.organization:
            key = (o.name, o.title.lower(), _ADMIN_WORDS.sub("", o.organization.lower()))
            if len(o.organization) > len(fullest.get(key, "")):
                fullest[key] = o.organization
    for o in officials:
        if o.organization:
            o.organization = fullest[(o.name, o.title.lower(), _ADMIN_WORDS.sub("", o.organization.lower()))]


# a bare title closed right after it, as in a list of names with their posts in brackets
_CLOSED = re.compile(r"\s*[,;)]")
_HEAD_ROLE_TEXT = re.compile(r"(?:[Nn]guyên\s+)?(?:[Pp]hó\s+)?[Gg]iám đốc")
_OTHER_HEADS = frozenset("trung công cục sở ban phòng khoa viện chi tổng trường hội".split())


_LIST_JOIN = re.compile(r"\s*(?:,|và)\s*")
_BOTH = re.compile(r"\s*(?:[,(\-–]\s*)?(?:đều|cùng)\s+(?:(?:đang|là|đã)\s+)*")


def _shared_roles(doc: Doc, people: list[Person], stated: list[list[Role]], i: int) -> list[Role]:
    """"ông A, bà B (đều đang là phó giám đốc bệnh viện)": the roles written after the
    last name of a list that says "đều" (both, all) are every name's."""
    text = doc.match
    j = i
    while j + 1 < len(people) and _LIST_JOIN.fullmatch(text, people[j].end, people[j + 1].hon_start):
        j += 1
        if stated[j]:
            return [Role(r.title, r.org, r.start, r.end, r.former, r.body, True) for r in stated[j]] \
                if _BOTH.match(text, people[j].end) else []
    return []


# a count or a plural before a title whose holders are listed after it: "các Phó Giám đốc A, B
# và C", "hai Thứ trưởng Nội vụ A và B", "các Thứ trưởng: A, B, C" (VietNews, all articles: ~95
# such lists of full names after "các/hai/ba … <title>", each name a holder of the title)
_PLURAL = re.compile(r"(?<![^\W\d_])(các|những|hai|ba|bốn|năm|sáu)\s+(?:đồng chí\s+)?\Z", re.IGNORECASE)
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def _listed_roles(doc: Doc, people: list[Person], stated: list[list[Role]], i: int) -> list[Role]:
    """The roles of the first name of a list when a plural title opens it: every listed name
    holds it, as far as the count says ("hai phó giám đốc A, B và kế toán C": not C)."""
    text = doc.match
    j = i
    while j > 0 and i - j < 12 and not stated[j] and _LIST_NEXT.fullmatch(text, people[j - 1].end, people[j].hon_start):
        j -= 1   # at most 12 names back: a sentence's long list costs no more than its length
    first = people[j]
    left = [r for r in stated[j] if r.start < first.start] if j < i else []
    plural = _PLURAL.search(text, max(0, left[0].start - 24), left[0].start) if left else None
    if plural is None or i - j >= _COUNTS.get(plural.group(1).lower(), len(people)):
        return []
    return [Role(r.title, r.org, r.start, r.end, r.former, r.body, True) for r in left]


def _ends_bare(doc: Doc, role: Role, limit: int, home: OrgSpan) -> bool:
    """The title is followed by a name or punctuation, not by words naming some other body
    ("giám đốc Trung tâm giám định …" names one, only in lower case)."""
    head = _HEAD_ROLE_TEXT.match(doc.match, role.start, limit)
    w = word_at(doc.match, head.end() if head else role.end, limit)
    if w is None or not w.is_alpha or person_at(doc.match, w.start, limit) is not None:
        return True
    # "giám đốc Trung tâm …" read as no organisation: the home one if it is such a body
    if w.text.lower() in _OTHER_HEADS:
        return home.name.lower().startswith(w.text.lower() + " ")
    return not w.is_cap   # "Giám đốc Nhà thiếu nhi Cà Mau", "Giám đốc CTCP X": a body we do not read


def _stated_roles(doc: Doc, people: list[Person], i: int, start: int, end: int) -> list[Role]:
    """The roles written next to the i-th name of a sentence, on either side of it,
    and the post it is appointed to."""
    text, p = doc.match, people[i]
    nxt = people[i + 1] if i + 1 < len(people) else None
    # after the name: "NAME - TITLE ORG", "NAME, TITLE ORG", "NAME TITLE ORG"
    sep = _SEP_AFTER_NAME.match(text, p.end)
    right, right_end = _chain(doc, sep.end(), end) if sep else ([], p.end)
    aside = _ASIDE.match(text, p.end, end) if not right else None
    if aside is not None and (sep := _SEP_AFTER_NAME.match(text, aside.end())):
        right, right_end = _chain(doc, sep.end(), end)   # "NAME (bên trái), giám đốc …"
    if right and right[0].start >= (nxt.start if nxt else end):
        right = []
    if right and nxt and _IS_NEXT.fullmatch(text, right_end, nxt.hon_start):
        right = []   # "có trưởng khoa là ông A, phó khoa là ông B": the title after A is B's
    if len(right) > 1 and _runs_into(text, right_end, nxt) or \
            len(right) == 1 and _runs_into(text, right_end, nxt) and _holds_next(text, right[0], nxt):
        right = right[:-1]   # "ông A, Ủy viên Bộ Chính trị, …, Bộ trưởng Y tế B": the last title is B's
    # before the name: "TITLE ORG NAME", "TITLE ORG, ông NAME"
    left = [r for r in _left_roles(doc, people[i - 1].end if i else start, p.hon_start, end)
            if r.title.lower() != "thành viên"]   # "các thành viên Chính phủ, Bộ trưởng Y tế A": no post of A's
    if len(left) > 1 and i and _after_holder(text, people[i - 1], left[0].start):
        left = left[-1:]   # … and the titles before the last are A's
    if not left and p.hon_start < p.start and (c := country_at(text, p.hon_start, ambiguous=True)) is not None \
            and not text[c.end:p.start].strip():
        # "Thủ tướng Anh Theresa May": the "honorific" is the country the title's chain ends in
        inner = _left_roles(doc, people[i - 1].end if i else start, p.start, end)
        left = inner if any(r.end > p.hon_start for r in inner) else []
    if right and left and nxt and not text[right_end:nxt.hon_start].strip():
        right = []   # "Bộ trưởng Y tế A, Bộ trưởng Tài chính B": the second title is B's
    strong_right = bool(sep and sep.group(0).strip())
    chosen = right if (right and (strong_right or not left)) else left or right
    decided = bool(left) and _FOR_PERSON.fullmatch(text, left[-1].end, p.hon_start) is not None
    if right and left and strong_right and (sep.group(0).strip() == "," or decided or _dash_pair(text, sep, left[0], start)):
        # "Phó Thủ tướng A, Trưởng Ban Chỉ đạo …": both are A's; so are the post a decision gives
        # and the one held ("bổ nhiệm Giám đốc BV X cho ông A, Phó Giám đốc …", "cách chức Phó bí
        # thư Huyện ủy đối với ông B, hiện là …": VietNews, all articles, 9 roles more in the 131
        # articles with such a decision, each a post of the name's)
        chosen = left + right
    if all(r.org is None for r in chosen):
        chosen = _run_by(doc, p, start, nxt.start if nxt else end) or chosen
    return chosen + _same_body(_appointment(doc, p, nxt.start if nxt else end, nxt), chosen)


# a dash right before a title chain: the chain is the post of a name written before it ("Hà Ban -
# Phó Trưởng ban Tổ chức Trung ương, Nguyễn Đức Chung - Chủ tịch …", a name our readers missed)
_DASH_BEFORE = re.compile(r"[-–]\s*\Z")


def _dash_pair(text: str, sep: re.Match[str], first: Role, start: int) -> bool:
    """"Bộ trưởng Y tế A - Phó Chủ tịch thường trực Ủy ban …", "Phó Thủ tướng B – Trưởng Ban Chỉ
    đạo …": a post before the name and one after a dash are both the name's, as after a comma
    (baomoi, 56 articles with such a pair, and 2,461 fresh health: 19 posts more, 18 right, the
    other the post of a name before it, now left out), unless a dash comes right before the first
    title."""
    return sep.group(0).strip() in ("-", "–") and \
        _DASH_BEFORE.search(text, max(start, first.start - 3), first.start) is None


def _runs_into(text: str, end: int, nxt: Person | None) -> bool:
    """A title chain that ends right at the next name ("…, Bộ trưởng Y tế Nguyễn Thị B"): its
    last title is that name's, written before it."""
    return nxt is not None and end <= nxt.hon_start and not text[end:nxt.hon_start].strip()


_NEXT_GOES_ON = re.compile(r"\s+[a-zđà-ỹ]")


def _holds_next(text: str, role: Role, nxt: Person) -> bool:
    """A lone title after a name that runs into a full name going on with the sentence ("Trong
    lời từ biệt A, Bộ trưởng Bộ Y tế B nói …", "về lời C., phó giám đốc Bệnh viện X B cho rằng"):
    the post is B's. Not when the body's name may go on into that "name" ("Giám đốc Bệnh viện Đa
    khoa Hà Trung", "Trung tâm y tế quân dân y Bạch Long Vĩ", "Trường ĐH Y khoa Phạm Ngọc Thạch,")."""
    org = role.org
    # (a body the title implies, not written, cannot run into the name either)
    return org is not None and (org.type == "ministry" or org.start == org.end or org.name.split()[-1][:1].isupper()) and \
        len(nxt.name.split()) >= 3 and _NEXT_GOES_ON.match(text, nxt.end) is not None


def _after_holder(text: str, prev: Person, pos: int) -> bool:
    """The chain at pos starts right after the previous name and its separator ("A, Ủy viên …"):
    its titles are that name's, but for the last one, which runs into the next name."""
    sep = _SEP_AFTER_NAME.match(text, prev.end)
    return sep is not None and bool(sep.group(0).strip()) and sep.end() == pos


# "Công ty X (do ông A làm giám đốc)", "tập đoàn Y do bà B làm Chủ tịch", "bệnh viện Z, nơi ông C
# làm Chủ tịch HĐQT": the body, "do"/"nơi", the name, then "làm/là" and the title (VietNews, all
# articles: ~280 "do", 15 "nơi", the body each time the one written right before)
_RUN_BY_BEFORE = re.compile(r"\s*[,(]?\s*(?:do|mà|nơi)\s*\Z")
_RUN_BY_AFTER = re.compile(r"\s+(?:đang\s+)?(?:làm|là)\s+")


def _run_by(doc: Doc, p: Person, start: int, limit: int) -> list[Role]:
    """The post of "ORG do NAME làm TITLE": the title's body, when none is written, is ORG."""
    after = _RUN_BY_AFTER.match(doc.match, p.end, limit)
    if after is None:
        return []
    before = _RUN_BY_BEFORE.search(doc.match, max(start, p.hon_start - 12), p.hon_start)
    body = next((o for o in reversed(doc.starting_in(doc.organizations, start, p.hon_start))
                 if before is not None and o.end == before.start()), None)
    if body is None:
        return []
    roles, _ = _chain(doc, after.end(), limit)
    for r in roles:
        r.org = r.org or OrgSpan(body.start, body.end, body.name, body.type, body.province)
    return roles


_DEPUTY = re.compile(r"^(?:nguyên |quyền )?(?:phó )?", re.IGNORECASE)


def _same_body(appointed: list[Role], held: list[Role]) -> list[Role]:
    """A new post written bare whose title is the held one's or its deputy's ("ông A, giám
    đốc Bệnh viện X, bị giáng chức làm Phó giám đốc"; "… Giám đốc Trung tâm Y tế Y; điều ông
    này xuống làm Phó giám đốc"): a post of the same body (real2, real24; VietNews: 5 such
    demotions, each within its body)."""
    for r in appointed:
        if r.org is not None or r.body:
            continue
        base = _DEPUTY.sub("", r.title).lower()
        r.org = next((h.org for h in held if h.org is not None and _DEPUTY.sub("", h.title).lower() == base), None)
    return appointed


# the investigation police body of a police force, headed by one of its (deputy) directors
_INVESTIGATION = re.compile(r"Cơ quan (?:Cảnh sát|An ninh) điều tra (Công an .+)")
_POLICE_HEAD = re.compile(r"(?:Phó )?(?:[Gg]iám đốc|[Tt]rưởng [Cc]ông an)")


def _police_heads(roles: list[Role]) -> None:
    """"Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh X" (VietNews: ~90 such chains):
    the head of the investigation body is a (deputy) director of that police force."""
    for k, r in enumerate(roles[:-1]):
        nxt = roles[k + 1].org
        body = _INVESTIGATION.fullmatch(nxt.name) if r.org is None and nxt is not None else None
        if body is not None and _POLICE_HEAD.fullmatch(r.title):
            r.org = OrgSpan(nxt.start, nxt.end, body.group(1), "agency", nxt.province)


# the investigation body written bare after its head's title ("Giám đốc Công an tỉnh X, thủ
# trưởng Cơ quan CSĐT cho biết"): that police force's (VietNews 5,000 police/hospital articles: 4)
_BARE_INVESTIGATION = re.compile(r"\s*[Cc]ơ quan (?:[Cc]ảnh sát điều tra|CSĐT)(?:\s*\(CSĐT\))?(?![^\W\d_])")
_INVESTIGATION_HEADS = frozenset({"thủ trưởng", "phó thủ trưởng"})


def _own_investigators(doc: Doc, roles: list[Role], limit: int) -> None:
    """"Giám đốc Công an tỉnh X, thủ trưởng Cơ quan CSĐT": the second post heads X's police's
    investigation body, the body the first post names."""
    for prev, r in zip(roles, roles[1:]):
        if r.org is not None or r.title.lower() not in _INVESTIGATION_HEADS or prev.org is None \
                or not prev.org.name.startswith("Công an "):
            continue
        bare = _BARE_INVESTIGATION.match(doc.match, r.end, limit)
        nxt = word_at(doc.match, bare.end(), limit) if bare is not None else None
        if bare is not None and (nxt is None or org_at(doc, nxt.start, limit) is None):
            r.org = OrgSpan(bare.start(), bare.end(), f"Cơ quan Cảnh sát điều tra {prev.org.name}", "agency",
                            prev.org.province)


_IS_NEXT = re.compile(r"\s*là\s*")
# bodies with clinical wards ("khoa"): a ward's head is never a Sở's
_WARDED = frozenset({"hospital", "health_center"})
# bodies with offices ("phòng"): a hospital's, an agency's, a department's, a ministry's, a university's
_OFFICE_BODIES = _WARDED | frozenset({"agency", "health_department", "ministry", "university"})
# a head's bare title: with no body named, the institution the article is about
_HEAD_ROLE = re.compile(r"(?:nguyên )?(?:Phó )?[Gg]iám đốc")
# bodies a "Giám đốc" heads (a Cục or Tổng cục has a "Cục trưởng")
_DIRECTED = re.compile(r"Bệnh viện|Trung tâm|Học viện|Đại học|Viện|Bảo hiểm xã hội|Sở|Công ty")
_SIDE = re.compile(r"(?:[Vv]ề phía|[Pp]hía)\s+")
_SIDE_END = re.compile(r"\s*(?:có|gồm)(?![^\W\d_])")
_DEPT_ROLE = re.compile(r"(?:nguyên )?(?:Phó )?(?:(?:[Tt]rưởng|[Cc]hủ nhiệm|[Pp]hụ trách) (?:phòng|khoa|Phòng|Khoa)|"
                        r"(?:phòng|khoa|Phòng|Khoa) \S|Điều dưỡng trưởng)")


def _side_org(doc: Doc, start: int, end: int) -> tuple[OrgSpan | None, int]:
    """"Về phía Bệnh viện Bạch Mai có …": the organisation the listed people belong to."""
    if doc.match.find("hía", start, end) < 0:
        return None, end   # ("phía" or "Phía" in every match: looked for in C first)
    m = _SIDE.search(doc.match, start, end)
    if not m:
        return None, end
    org = org_at(doc, m.end(), end)
    if org is None:
        return None, end
    tail = _SIDE_END.match(doc.match, org.end, end)
    return (org, tail.end()) if tail else (None, end)


# a post taken or held, written as a verb and its noun: "đảm nhiệm chức vụ", "giữ cương vị",
# "đảm nhận vị trí", "với vai trò (là)" (VietNews, all articles: ~1,900 such verbs after a
# name then a title of the lexicon, each the name's post)
_HOLDS = (r"(?P<held>(?:đảm nhiệm|đảm nhận|nắm giữ)\s+(?:chức vụ|chức danh|cương vị|vị trí)|giữ\s+(?:cương vị|vị trí)|"
          r"(?:trên|ở|với)\s+cương vị|(?:với|trong)\s+vai trò|với tư cách)(?:\s+là)?|")
# "(?=[…])": the phrases' first letters tested once per position (one case fold) before the
# phrases are tried one by one; the same matches
_APPOINT = lazy_compile(r"(?=[đngtởvbxl])(?:" + _HOLDS + r"giữ chức vụ|giữ chức|bị cách chức|(?:bị )?giáng chức(?: xuống)? làm|xuống làm|bị giáng chức|được giao|được bổ nhiệm làm|được bổ nhiệm|bổ nhiệm làm|"
                      r"làm|được bầu giữ chức|được bầu làm|được bầu)\s+", re.IGNORECASE)
# where an _APPOINT match can start: the first word of one of its phrases, its first letter
# case-sensitive (one literal branch per case, so sre scans for those letters in C); _APPOINT
# is tried at these places only (13M instructions a pass over .eval/real when it ran at every
# position of each window)
_APPOINT_LEAD = lazy_compile("|".join(
    f"{c}(?i:{rest})" for first, rest in (("đ", "ảm|ược"), ("n", "ắm"), ("g", "iữ|iáng"), ("t", "rên|rong"),
                                           ("ở", ""), ("v", "ới"), ("b", "ị|ổ"), ("x", "uống"), ("l", "àm"))
    for c in (first, first.upper())))


def _appoint_finditer(text: str, pos: int, endpos: int):
    """_APPOINT.finditer(text, pos, endpos), the same matches, _APPOINT tried only where
    _APPOINT_LEAD finds the first word of a phrase."""
    while True:
        lead = _APPOINT_LEAD.search(text, pos, endpos)
        if lead is None:
            return
        m = _APPOINT.match(text, lead.start(), endpos)
        if m is None:
            pos = lead.start() + 1
        else:
            yield m
            pos = m.end()


_OTHER_PERSON = re.compile(r"(?<![^\W\d_])(?:ông|bà|anh|chị)\s+[A-ZĐÀ-Ỹ]")


def _appointment(doc: Doc, p: Person, limit: int, nxt: Person | None = None) -> list[Role]:
    """"bổ nhiệm bà X, Trưởng phòng…, giữ chức vụ Phó Giám đốc Sở Y tế": the new post; not
    one written right before the next name ("A tin tưởng ở cương vị Trưởng Ban X, bà B sẽ …")."""
    text = doc.match
    for m in _appoint_finditer(text, p.end, min(limit, p.end + 160)):
        if _OTHER_PERSON.search(text, p.end, m.start()):
            break   # "… tái bổ nhiệm bà Nam giữ chức giám đốc": someone else's post
        if m.group(0).strip().lower() == "làm" and not re.search(r"bổ nhiệm|bầu", text[max(0, p.start - 40):p.start]):
            continue
        roles, end = _chain(doc, m.end(), limit)
        if roles and m.group("held") and nxt is not None and _JOIN_LEFT.match(text[end:nxt.hon_start]):
            return []
        if roles:
            return roles
    return []


def _left_roles(doc: Doc, floor: int, name_start: int, limit: int) -> list[Role]:
    """Roles in a title chain that ends right before the name (or before ', ông')."""
    text = doc.match
    best: list[Role] = []
    for m in title_re().finditer(text, floor, name_start):
        roles, end = _chain(doc, m.start(), limit)
        if not roles:
            continue
        gap = text[end:name_start]
        if (len(roles) > 1 or gap.strip()) and _ON_BEHALF.search(text, max(floor, m.start() - 30), m.start()):
            continue   # "Thay mặt Bộ trưởng Bộ X, Thứ trưởng A": the first post is the principal's
        if end <= name_start and (_JOIN_LEFT.match(gap) or gap.strip() in (",",)):
            best = roles
            break
        if end <= name_start and _FOR_PERSON.fullmatch(gap) and \
                _DECISION_BEFORE.search(text, max(floor, m.start() - 40), m.start()):
            # "quyết định cách chức Giám đốc Bệnh viện X đối với ông Y",
            # "trao quyết định bổ nhiệm Giám đốc bệnh viện X cho ông Y"
            best = roles
            break
        if end <= name_start and (country := _country_gap(text, end, name_start)) is not None and \
                any(r.org is not None and _bare_ministry(r.org) for r in roles):
            # "Bộ trưởng Y tế Hoa Kỳ Tom Price": the country closes the ministry's name
            for r in roles:
                if r.org is not None and _bare_ministry(r.org):
                    r.org = OrgSpan(r.org.start, country.end, f"{r.org.name} {text[country.start:country.end]}",
                                    "ministry", None)
            best = roles
            break
        if end <= name_start and _host_gap(text, end, name_start):
            # "Trưởng đại diện WHO tại Việt Nam Kidong Park": the posting, then the name
            best = roles
            break
        parent = _parent_in_gap(doc, end, name_start, limit) if end <= name_start else None
        if parent is not None:
            # "Vụ trưởng Vụ Kế hoạch tài chính, Bộ Y tế Nguyễn Nam Liên"
            for r in roles:
                r.org = r.org or parent
            best = roles
            break
    return best


# a post named as whose behalf someone acts ("thay mặt Thủ tướng Chính phủ, Phó Thủ tướng A",
# "thừa ủy quyền của Bộ trưởng Bộ Y tế, Vụ trưởng B"): heldout2, VietNews health 4 such lines
# (3 read as the agent's own post before), the principal named right after it is kept
# ("Thay mặt Thủ tướng Dmitry Medvedev, …")
_ON_BEHALF = re.compile(r"(?:[Tt]hay mặt|[Tt]hừa (?:[uủ][ỷy] quyền|lệnh)(?: của)?|[Tt]heo [uủ][ỷy] quyền của)\s+\Z")
_FOR_PERSON = re.compile(r"\s*(?:đối với|cho)\s*")
_DECISION_BEFORE = re.compile(r"(?:bổ nhiệm(?: lại)?|cách chức|miễn nhiệm|giáng chức|điều động)"
                              r"(?:\s+(?:lại|chức danh|chức vụ|chức|làm|giữ chức))*\s*$")


def _country_gap(text: str, end: int, name_start: int):
    """The country that alone fills the gap between a title chain and the name after it."""
    w = word_at(text, end, name_start)
    hit = country_at(text, w.start, ambiguous=True) if w is not None else None
    return hit if hit is not None and hit.name != "Việt Nam" and not text[hit.end:name_start].strip() else None


def _host_gap(text: str, end: int, name_start: int) -> bool:
    """Is the gap " tại <country or province>" (and maybe a comma), a posting's place?"""
    at = _AT.match(text, end, name_start)
    if not at:
        return False
    hit = country_at(text, at.end(), ambiguous=True) or place_at(text, at.end())
    return hit is not None and _JOIN_LEFT.match(text[hit.end:name_start]) is not None


def _parent_in_gap(doc: Doc, end: int, name_start: int, limit: int) -> OrgSpan | None:
    """The organisation that fills ", ORG " between a title chain and the name after it."""
    comma = re.compile(r"\s*(,)?\s*").match(doc.match, end, name_start)
    org = org_at(doc, comma.end(), limit)
    if org is None or not _JOIN_LEFT.match(doc.match[org.end:name_start]):
        return None
    if comma.group(1) is None and org.type != "ministry":
        return None   # "vụ trưởng Vụ Pháp chế Bộ Y tế Nguyễn A": a ministry may follow its unit bare
    return OrgSpan(org.start, org.end, org.name, org.type, org.province)
