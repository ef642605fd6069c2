"""Organisations and hospitals: the pipeline component.

Every head noun in a sentence ("Bệnh viện", "Sở", "UBND", "Trường Đại học"…)
is read into a name by `orgs.walker.org_at`; names the gazetteer knows without
a head ("Tổ chức Y tế Thế giới", "WHO") come from `orgs.known`. Here mentions
are filtered (plurals, codes, headlines, units of a hospital) and merged into
one name per organisation per document.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import wordhits
from .doc import Doc, Organization, provenance
from .gazetteer import city_provinces
from .insurance_boards import insurance_boards_in
from .lexicon import lower_usable, odd_letters, word_start_branches
from .orgs.airlines import airlines_in
from .orgs.associations import associations_in
from .orgs.bare_heads import drop_bare_heads
from .orgs.boards import board_at
from .orgs.brand_tails import with_brand_tail
from .orgs.brands import brand_word, brands_in, is_brand
from .orgs.central_boards import central_boards_in
from .orgs.council_boards import council_boards_in
from .orgs.defined_names import defined_names_in, procuracies_in
from .orgs.executive_brands import executive_brands_in
from .orgs.district_offices import district_offices_in
from .orgs.false_reads import (country_only, downtown, half_a_name, in_place_name, not_a_ministry, with_general,
                               without_city_joined, without_credit, without_dangling_and, without_person_after)
from .orgs.foreign_bodies import foreign_bodies_in, latin_named_in
from .orgs.foreign_twins import name_bare_by_foreign_twin
from .orgs.gates import document_gates, unspelt
from .orgs.national_names import national_names_in
from .orgs.generic_heads import generic_heads_in
from .orgs.heads import HEAD_LOWER_RE, HEAD_RE, head_at
from .orgs.high_courts import with_seat
from .orgs.hospital_lists import hospital_list, hospitals_after
from .orgs.initials import join_initials
from .orgs.inspection_committees import inspection_committees_in
from .orgs.known import CENTRAL_SHORT, headless_at, known_at, known_key
from .orgs.military_units import military_units_in
from .orgs.ministry_lists import ministry_lists_in
from .orgs.missions import missions_in
from .orgs.officer_schools import officer_schools_in
from .orgs.party_blocs import party_blocs_in
from .orgs.place_lookalikes import is_place
from .orgs.place_tails import with_law_word, with_place_ba, with_place_tail
from .orgs.place_phrase import written_in_full
from .orgs.police_units import UNITS, is_police_unit, police_units_in
from .orgs.placed_bodies import placed_bodies_in
from .orgs.portfolio import portfolio_orgs
from .orgs.regional import regional_offices_in
from .orgs.research_institutes import research_institutes_in
from .orgs.schools import schools_in
from .orgs.school_kinds import kind_after_head
from .orgs.saint_names import with_saint
from .orgs.short_ministries import name_short_departments, name_short_ministries
from .orgs.social_insurance import NAME as SOCIAL_INSURANCE, bare_social_insurance_in, drop_bare_when_named
from .orgs.steering import steering_at
from .orgs.story_names import join_prefixes
from .orgs.title_offices import office_body, title_offices_in
from .orgs.titled_bodies import titled_bodies_in
from .orgs.span import OrgSpan
from .orgs.walker import org_at
from .places import place_at
from .tokens import word_at

NAME = "organizations"
VERSION = "50"

__all__ = ["NAME", "VERSION", "OrgSpan", "extract", "find", "home", "org_at", "with_campus", "written_out"]

# a count or quantifier right before a head ("các Sở Y tế"); each word's first letter one
# case-sensitive branch, passed over on one comparison (`word_start_branches`); a search
# only tells whether one ends the window
_PLURALS = "các|những|nhiều|mỗi|một|một số|số|tất cả|hai|ba|bốn|năm|vài|các đơn vị|cả|hàng chục|hàng trăm|hàng loạt|cơ"
_PLURAL_BEFORE = re.compile("(?:" + word_start_branches(_PLURALS.split("|"), not_after=None, ignorecase=True)
                            + r"|\d+)\s*$", re.IGNORECASE)
# a number before a head that counts nothing: a date's ("ngày 24/5 Công ty …", "hôm 19-7 Sở Y tế
# …"), a year ("năm 2015 Quốc hội …"), an ordinal, class, floor or article ("kỳ họp thứ 3 Quốc
# hội", "lớp 10 Trường …", "lầu 4 Bệnh viện …"), a code ("PC02 Công an …")
_NOT_A_COUNT = re.compile(r"(?:\d[/.-]|[^\W\d_]|(?<![^\W\d_])(?:thứ|lớp|lầu|tầng|điều|khoản|khóa|khoá|top)[ \t]+)\d+[ \t]*$"
                          r"|(?<!\d)(?:19|20)\d\d[ \t]*$", re.IGNORECASE)


def _not_a_count(text: str, plural: re.Match[str], pos: int) -> bool:
    """The plural cue before a head is a number that counts nothing (see _NOT_A_COUNT)."""
    return plural.group(0).strip().isdigit() and \
        _NOT_A_COUNT.search(text, max(0, plural.start() - 12), pos) is not None


# Words after a head that make the phrase generic, not a name.
_GENERIC_AFTER = re.compile(
    r"(tuyến|vệ tinh|hạng|công lập|ngoài công lập|tư nhân|trong|trên|các|này|đó|của|và|với|"
    r"thuộc|đầu ngành|chuyên khoa|trực thuộc|cơ sở|địa phương|bạn|lớn|ngành|"
    # "bệnh viện tỉnh, huyện": levels; "thuộc Công an tỉnh, Cục Hải quan" is the province's police
    r"tỉnh\s*,\s*(?:huyện|xã|quận|thành|thị xã|trung ương|tuyến|cấp|thôn|phường)(?![^\W\d_]))(?![^\W\d_])")
# heads that are whole names: "và" and another body after them ("Bộ Chính trị và Ban Bí thư",
# "Chính phủ và Bộ Y tế") start the next name, not a generic use; "Chính phủ và nhân dân Cu
# Ba", "Chính phủ và Thông tư" stay unread
_WHOLE_HEADS = frozenset({"Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"})
_AND_NAME = re.compile(r"và\s+(?=[A-ZĐÀ-Ỹ])")


def _and_body(text: str, pos: int, end: int) -> bool:
    """"và" then another body's head ("và Bộ Y tế", "và UBND tỉnh"), not "và Thông tư"."""
    m = _AND_NAME.match(text, pos, end)
    return m is not None and head_at(text, m.end(), end) is not None
# "trái phiếu Chính phủ" (government bonds) names no actor
_NOT_AN_ACTOR_BEFORE = re.compile(r"(?:trái phiếu|công trái)\s+$", re.IGNORECASE)
# what the lower-cased text before a head must end with (trailing spaces cut) for either search above
# to match: a cheap test that skips both searches before most heads
_PLURAL_ENDS = tuple(_PLURALS.split("|"))
_NOT_AN_ACTOR_ENDS = ("trái phiếu", "công trái")
_BEFORE_ODD = odd_letters(_PLURAL_ENDS + _NOT_AN_ACTOR_ENDS)
# an abbreviation inside a document code ("123/SYT-NVY") is no mention
_IN_CODE = re.compile(r"[A-ZĐ]+[/-]")


def _heads_in(doc: Doc, start: int, end: int):
    """Where a head noun starts (scanning the lower-cased matching text: no case folding)."""
    if doc.lower is doc.match:   # lower-casing changed the length: fold case while matching
        yield from (m.start() for m in HEAD_RE.finditer(doc.match, start, end))
        return
    found = wordhits.hits(doc)
    if found is None:
        for m in HEAD_LOWER_RE.finditer(doc.lower, start, end):
            yield m.start()
        return
    # what HEAD_LOWER_RE.finditer finds, read from the document's word hits: at each start
    # the longest head a non-letter (or `end`) follows, the next search after its end
    starts, sizes = found["heads"]
    lower, covered = doc.lower, start
    for i in range(bisect_left(starts, start), len(starts)):
        pos = starts[i]
        if pos >= end:
            return
        if pos < covered:
            continue
        for size in sizes[i]:
            stop = pos + size
            if stop < end and wordhits.is_letter(lower[stop]) or stop > end:
                continue
            yield pos
            covered = stop
            break


def find(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """All organisations in [start, end) of the matching text, left to right, non-nested."""
    out: list[OrgSpan] = []
    covered = start
    text = doc.match
    lower = doc.lower if lower_usable(doc, _BEFORE_ODD) else None
    # names written without a head: known ones ("WHO") and portfolios ("Bộ trưởng Y tế")
    found = wordhits.hits(doc)
    headless = headless_at(doc.match, start, end, found)
    headless.update(portfolio_orgs(doc, start, end))
    unwritten = _unwritten(doc, start, end)
    for span in (airlines_in(text, doc.lower, start, end) if "airlines" not in unwritten else []) \
            + (missions_in(text, start, end) if "missions" not in unwritten else []) \
            + (central_boards_in(text, start, end, _aligned_lower(doc)) if "central" not in unwritten else []) \
            + (generic_heads_in(text, start, end) if "generic" not in unwritten else []) \
            + (police_units_in(text, doc.lower, start, end) if "police" not in unwritten else []) \
            + brands_in(text, start, end, found) \
            + (bare_social_insurance_in(text, start, end) if "insurance" not in unwritten else []) \
            + (research_institutes_in(text, start, end) if "institutes" not in unwritten else []) \
            + (party_blocs_in(text, start, end) if "blocs" not in unwritten else []) \
            + (schools_in(text, start, end, found) if "schools" not in unwritten else []) \
            + (placed_bodies_in(text, start, end) if "placed" not in unwritten else []) \
            + (officer_schools_in(text, start, end) if "officers" not in unwritten else []) \
            + (military_units_in(text, start, end) if "military" not in unwritten else []) \
            + (council_boards_in(doc, start, end) if "council" not in unwritten else []) \
            + (regional_offices_in(text, start, end) if "regional" not in unwritten else []) \
            + (inspection_committees_in(doc, start, end) if "inspection" not in unwritten else []) \
            + (defined_names_in(doc, start, end) if "defined" not in unwritten else []) \
            + (procuracies_in(text, start, end) if "procuracies" not in unwritten else []) \
            + (national_names_in(doc, start, end) if "national" not in unwritten else []) \
            + (foreign_bodies_in(doc, start, end) if "foreign" not in unwritten else []) \
            + (latin_named_in(text, start, end, found) if "latin" not in unwritten else []) \
            + (district_offices_in(doc, start, end) if "district" not in unwritten else []) \
            + (title_offices_in(doc, start, end) if "title_offices" not in unwritten else []) \
            + (associations_in(doc, start, end) if "associations" not in unwritten else []) \
            + titled_bodies_in(doc, start, end) \
            + (insurance_boards_in(doc, start, end) if "boards" not in unwritten else []) \
            + (executive_brands_in(text, start, end) if "executive_brands" not in unwritten else []):
        headless.setdefault(span.start, span)
    for span in ministry_lists_in(text, start, end) if "ministry_lists" not in unwritten else ():
        headless[span.start] = span   # "Bộ Y tế - Tài chính": each ministry, not one the walker reads whole
    for pos in sorted(set(_heads_in(doc, start, end)) | set(headless)):
        if pos < covered:
            continue
        if pos in headless:
            out.append(headless[pos])
            covered = headless[pos].end
            if is_police_unit(headless[pos].name):
                out.extend(_inner_police(doc, headless[pos], end))
            out.extend(office_body(doc, headless[pos], end))
            continue
        if _IN_CODE.match(text, pos) or (pos > 0 and text[pos - 1] in "/-"):
            continue   # "Công văn số 123/SYT-NVY": a code, not a mention
        tail = lower[max(start, pos - 14):pos].rstrip() if lower is not None else None
        if (tail is None or tail.endswith(_NOT_AN_ACTOR_ENDS)) and \
                _NOT_AN_ACTOR_BEFORE.search(text, max(start, pos - 12), pos):
            continue
        plural = (_PLURAL_BEFORE.search(text, max(start, pos - 14, covered), pos)
                  if tail is None or tail.endswith(_PLURAL_ENDS) or tail[-1:].isdecimal() else None)
        if plural and not _not_a_count(text, plural, pos):
            # (a number that ends the previous name counts nothing: "Bệnh viện 175 Bộ Quốc phòng")
            # "các bệnh viện tuyến tỉnh" is generic; "5 bệnh viện Việt Đức, Xanh Pôn…" a list
            listed = hospital_list(doc, pos, end)
            out.extend(listed)
            covered = listed[-1].end if listed else covered
            continue
        head_end = HEAD_RE.match(text, pos).end()
        after = word_at(text, head_end, end)
        if after is not None and _GENERIC_AFTER.match(text, after.start) and \
                (known_at(text, pos, end, head_end=head_end) or (0,))[0] <= head_end and \
                not (text[pos:head_end] in _WHOLE_HEADS and _and_body(text, after.start, end)) and \
                not kind_after_head(text, pos, head_end, end):
            continue   # "bệnh viện tuyến tỉnh"; but "Ủy ban các vấn đề xã hội" is a known name
        span = ((steering_at(doc, pos, end) or board_at(doc, pos, end)) if text.startswith(("Ban", "ban"), pos)
                else None) or org_at(doc, pos, end)
        if span is None:
            continue
        for fix in _EXTENT_FIXES:
            span = fix(text, span)
        surface = doc.text[span.start:span.end]
        if surface.isupper() and len(surface.split()) >= 4:
            covered = span.end
            continue  # an all-caps headline or byline, not a mention in running text
        if span.name in _GENERIC_NAMES or _KIND_ONLY.match(span.name) or is_place(surface) or _ENDS_IN_DEGREE.search(surface) \
                or _LOCAL_AFTER.match(text, span.end, end) or _unplaced_department(doc, span) \
                or in_place_name(text, span) or country_only(span) or not_a_ministry(text, span) or half_a_name(span) \
                or downtown(text, span):
            covered = span.end
            continue   # "… của bệnh viện TS.BS Phan Văn Báu": a degree starts a person, not a name
        parent = _unit_of(doc, span, end)
        if parent is not None:
            # "Trung tâm Tim mạch và Lồng ngực, Bệnh viện Hữu nghị Việt Đức": a unit of
            # the hospital, not an organisation of its own; the hospital comes next
            doc.__dict__.setdefault("_subunits", {})[span.name] = parent
            covered = span.end
            continue
        span = with_campus(text, span, end)
        out.append(span)
        covered = span.end
        listed = hospitals_after(doc, span, end)   # "Bệnh viện Bạch Mai, Việt Đức": one head, two names
        if listed:
            out.extend(listed)
            covered = listed[-1].end
        if span.name.startswith(_INVESTIGATORS):
            out.extend(_inner_police(doc, span, end))
    return out


# The extent a read name's context supports, each fix given the one before's result, in this order
# ("Tổng" first, then cuts at a credit, a dangling "và", a joined city or a person after "Quốc hội",
# then a place's or a law's last word given back, a high court's seat, a saint's name and a company's Latin brand taken)
_EXTENT_FIXES = (with_general, without_credit, without_dangling_and, without_city_joined, without_person_after,
                 with_place_tail, with_law_word, with_place_ba, with_seat, with_saint, with_brand_tail)


# Scanners whose first test is a C find of literals in [start, end) of the matching text "t" or
# its lower-cased copy "l" (`doc.lower`, which those scanners are given; "L": only when it is as
# long as the matching text, as `central_boards_in` reads it only then), with no other work before
# it: a sentence that holds none of a group's literals feeds the scanner nothing, and it is not
# called there (`orgs.gates`: most sentences lack most of them, ~14,000 calls a pass over
# .eval/real). Each entry is one or more groups: every literal of one group missing, no call.
_GATES = {"airlines": ((("l", "hàng không"), ("t", "Air")),), "missions": ((("t", "quán"), ("t", "hái đoàn")),),
          "police": ((("l", "phòng "),),), "insurance": ((("t", SOCIAL_INSURANCE),),),
          "institutes": ((("t", "Viện"),),), "procuracies": ((("t", "Viện"),),),
          "blocs": ((("t", "ủy"),),), "officers": ((("t", "quan"),),),
          "military": ((("t", "uân"), ("t", "Hải"), ("t", "Hạm"), ("t", "vùng")),),
          "generic": ((("t", "Tổ chức"), ("t", "Cơ quan")),), "council": ((("t", "Ban "),),),
          "regional": ((("t", "ùng"),),), "inspection": ((("t", "kiểm tra"), ("t", "UBKT")),),
          # "quốc gia": no "gia", or neither "quốc" nor "Quốc"
          "national": ((("t", "gia"),), (("t", "quốc"), ("t", "Quốc"))),
          "title_offices": ((("t", "hánh"),), (("t", "phòng"), ("t", "thanh"))),
          "boards": ((("t", "rưởng"),),), "central": ((("L", "ban"),),),
          # a party needs "ộng" and "sản", a bar "uật" and "sư" (each with a third literal)
          "placed": ((("t", "ộng"), ("t", "uật")), (("t", "sản"), ("t", "sư"))),
          "defined": ((("t", "("),),), "district": ((("t", "phòng"), ("t", "Phòng")),),
          "ministry_lists": ((("t", "Bộ"),),),
          "executive_brands": ((("l", "giám đốc "), ("t", "CEO ")),)}
# literals a scanner needs somewhere in the document, not always in the sentence: the document
# without them skips it
_DOC_GATES = {"boards": ((("l", "trưởng ban"),), (("t", "BHXH"), ("t", SOCIAL_INSURANCE)))}
# scanners that try their pattern only where a word of a `wordhits` lexicon starts (when the
# document has word hits): a sentence where none starts feeds them nothing
_WORD_GATES = {"schools": "levels", "foreign": "foreign_heads", "latin": "latin_heads",
               "associations": "association_heads"}


def _aligned_lower(doc: Doc) -> str | None:
    """`doc.lower` when it is a lower-cased copy as long as the matching text (offsets agree),
    else None: what `central_boards_in` is given, and its gate ("L") reads."""
    return doc.lower if len(doc.lower) == len(doc.match) and doc.lower is not doc.match else None


def _unwritten(doc: Doc, start: int, end: int) -> set[str]:
    """The gated scanners [start, end) of the matching text cannot feed (the literal pass kept
    per document and lower-cased text: the lower-case gates read `doc.lower`)."""
    kept = doc.derived("organizations.unwritten", lambda d: {})
    hit = kept.get(id(doc.lower))
    if hit is None or hit[0] is not doc.lower:
        texts = {"t": doc.match, "l": doc.lower, "L": _aligned_lower(doc)}
        found = wordhits.hits(doc)
        words = {name: found[lexicon][0] if found is not None else None for name, lexicon in _WORD_GATES.items()}
        hit = kept[id(doc.lower)] = (doc.lower, document_gates(texts, _GATES, _DOC_GATES, words))
    return unspelt(*hit[1], start, end)


# "Cơ quan CSĐT Công an TP Tân An": the investigation agency and the police it belongs to are
# two organisations (gold in real6, real12, real24 lists both, though the police is written only
# inside the agency's name)
_INVESTIGATORS = ("Cơ quan Cảnh sát điều tra Công an ", "Cơ quan An ninh điều tra Công an ")


# "Phòng CSGT Công an tỉnh X": the unit's police is listed too (gold in real26 and real28; optional
# in real12), as the investigation agency's is (`is_police_unit`)
_FORCE = re.compile(r"[Cc]ông[ \t]+an[ \t]")


def _inner_police(doc: Doc, span: OrgSpan, limit: int) -> list[OrgSpan]:
    """The police force that ends a unit's or an investigation agency's name ("… - Công an tỉnh
    X", "… (Công an tỉnh X)"), read from its own head; "… Bộ Công an" ends in no force."""
    force = None
    for force in _FORCE.finditer(doc.match, span.start, span.end):
        pass   # the last one: the unit's own words hold no "công an"
    inner = org_at(doc, force.start(), limit) if force is not None else None
    closed = inner is not None and not doc.match[inner.end:span.end].strip(" \t)")
    return [inner] if closed and inner.name.startswith("Công an") else []


# "Bệnh viện Trung ương Huế cơ sở 2", "Bệnh viện Bạch Mai cơ sở 2": every gold set names a
# hospital's numbered campus with its number
_CAMPUS = re.compile(r"\s+[Cc]ơ\s+sở\s+(\d{1,2})(?![^\W\d_])")


def with_campus(text: str, span: OrgSpan, limit: int) -> OrgSpan:
    m = _CAMPUS.match(text, span.end, limit) if span.type == "hospital" else None
    if m is None:
        return span
    return OrgSpan(span.start, m.end(), f"{span.name} cơ sở {m.group(1)}", span.type, span.province)


_DEGREE = r"(?:GS|PGS|TS|TSKH|ThS|BS|DS|BSCKI|BSCKII|CKI|CKII)"
_ENDS_IN_DEGREE = re.compile(r"\s" + _DEGREE + r"(?:\.\s?" + _DEGREE + r")*\.?$")
# bodies every organisation has, named without saying whose
_GENERIC_NAMES = frozenset({"Thanh tra nhân dân", "Ban Thanh tra nhân dân", "Ban Giám đốc",
                            "Công đoàn Bệnh viện", "Đảng ủy Bệnh viện", "Hội đồng Khoa học",
                            # "Đảng ủy Khối nhiệm kỳ …": which bloc is not said (see orgs.party_blocs)
                            "Đảng ủy Khối",
                            # a bare "UBMTTQ": which level's Front committee is not said
                            "Ủy ban Mặt trận Tổ quốc"})
# a kind of body with no name or place: "các bệnh viện và Trung tâm Y tế khu vực của tỉnh", "tổ chức lại
# thành Trung tâm Y tế khu vực", "Giấy phép hoạt động Phòng khám đa khoa", a name cut short ("Bệnh viện
# Đa khoa khu vực cửa khẩu Cầu Treo", "Bệnh viện Đa khoa tỉnh Bolykhamxay"): no gold names one so
# (12 in the 15 bundled articles and a 3,136-article health sample, none a body); a central one
# unnamed too ("Bệnh viện TW chuyển giao cho bệnh viện tỉnh", "một số cơ sở của BV TƯ": 2 in a fresh
# 1,500-article health sample, both the central level, no gold name)
_KIND_ONLY = re.compile(r"(?:Bệnh viện|Trung tâm Y tế|Phòng khám)(?: [Đđ]a khoa)?"
                        r"(?: (?:khu vực|tỉnh|huyện|quận|thị xã|thành phố|Trung ương|"
                        + "|".join(map(re.escape, CENTRAL_SHORT)) + "))?$")
# "giao sở Y tế phối hợp với cục Thống kê địa phương", "Sở GTVT địa phương": each place's body,
# not one (VietNews: ~20 "Sở GTVT/TN-MT/Cục QLTT … địa phương", all generic)
_LOCAL_AFTER = re.compile(r"[ \t]+địa[ \t]+phương(?![^\W\d_])")


def _unplaced_department(doc: Doc, span: OrgSpan) -> bool:
    """"chỉ đạo Sở Y tế …" in a story that names no province: each province's department, or
    one we cannot name (gold names every Sở Y tế with its province; VietNews health: 12 of 12
    so read). Officials still read the role's body ("Giám đốc Sở Y tế Lê Văn A")."""
    return span.province is None and doc.province is None and known_key(span.name) == "sở y tế"


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


# "BV TW Thái Nguyên" beside "bệnh viện Đa khoa Trung ương Thái Nguyên": the group is named
# by a form that writes "Trung ương" out (names are compared written out)
# (the word-start test after the first letter: a search skips to that letter in C)
_CENTRAL_SHORT = re.compile(word_start_branches(map(re.escape, CENTRAL_SHORT)) + r"(?![^\W\d_])")


def _merge_within_document(orgs: list[Organization], text: str | None = None) -> None:
    """One name per organisation in a document.

    Mentions group by the gazetteer's official name when known, else by a loose
    key (a provincial general hospital is one whether or not "Hữu nghị", "Đa
    khoa" or "tỉnh" is written); a hospital named without its place joins the one
    named with it ("Bệnh viện Mắt", "Bệnh viện Mắt TP.HCM"). Each group is named
    by its shortest written form, the one the text itself supports.
    """
    groups: dict[str, list[Organization]] = {}
    for org in orgs:
        groups.setdefault("k:" + org.canonical if org.canonical else "l:" + _loose(org.name),
                          []).append(org)
    _join_loose(groups)
    _join_placeless(groups)
    join_prefixes(groups, _join)
    _join_short_companies(groups)
    _join_brands(groups, text)
    _join_prime_minister(groups)
    if text is not None:
        _join_defined_abbreviations(groups, text)
        _join_inner_abbreviations(groups)
    join_initials(groups, _join)
    for members in groups.values():
        # a hospital written with a capital names the group before a lower-case description of it
        # ("Bệnh viện Đa khoa quận Thủ Đức" … "bệnh viện quận Thủ Đức"); so does a clinic written
        # with its kind ("Phòng khám đa khoa MAYO" … "phòng khám MAYO")
        proper = [m for m in members if not _described(m.surface)] or members
        written = [m.name for m in proper if not _CENTRAL_SHORT.search(m.name)] or [m.name for m in proper]
        written = _as_written(written, members)
        best = _with_school(_with_level(min(written, key=lambda n: (len(n), n)), members), members)
        best = _foreign_acronym(members) or best
        full = max((m.name for m in members), key=lambda n: (len(n), n))
        canonical = next((m.canonical for m in members if m.canonical), None)
        for m in members:
            m.name = best
            m.full = full
            m.canonical = canonical


def _as_written(names: list[str], members: list[Organization]) -> list[str]:
    """The names some mention writes out as they are ("Bệnh viện Đa khoa tỉnh Bình Định"), when
    there are any: a form the extractor built from an abbreviation or a bare mention ("BV tỉnh"
    read as "Bệnh viện tỉnh Bình Định") is in no gold list, where the written form is."""
    literal = {m.name for m in members if known_key(m.name) == known_key(m.surface)}
    shortest = min(names, key=lambda n: (len(n), n))
    if shortest in literal or any(_level_free(n) == _level_free(shortest) for n in literal):
        return names   # the form built is one written, up to case, a dash or its level ("Sở Y tế tỉnh X")
    return [n for n in names if n in literal] or names


_LEVEL_WORDS = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố)(?![^\W\d_])")


def _level_free(name: str) -> str:
    return " ".join(_LEVEL_WORDS.sub(" ", known_key(name)).split())


_ACRONYM_TYPES = frozenset({"other", "agency", "company"})


def _foreign_acronym(members: list[Organization]) -> str | None:
    """"WHO", "WTO", "ASEAN", "UNICEF" written alone in a story: the body is named by its acronym,
    as gold names it when the story never writes the name out (real8 "WTO", real29 "WHO"; where
    both are written the acronym is an alias). A Vietnamese abbreviation, the initials of the
    name ("LHQ" for "Liên Hợp Quốc"), is written out as before."""
    surfaces = {m.surface for m in members}
    if len(surfaces) != 1 or any(m.type not in _ACRONYM_TYPES for m in members):
        return None
    acronym = next(iter(surfaces))
    if not (acronym.isascii() and acronym.isalpha() and acronym.isupper() and 3 <= len(acronym) <= 8):
        return None
    name = members[0].name
    initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return acronym if initials != acronym and not name.isupper() else None


_DESCRIBED = ("bệnh viện quận ", "bệnh viện huyện ")   # lower-case descriptions of a district hospital
_CLINIC_KIND = re.compile(r"phòng khám (?!(?:đa khoa|Đa khoa|ĐK|chuyên khoa|Chuyên khoa)(?![^\W\d_]))")


def _described(surface: str) -> bool:
    """A lower-case mention that describes a body another mention names in full: "bệnh viện quận
    X" / "bệnh viện huyện X", or "phòng khám X" without its kind (gold names the clinic as its
    fuller mention writes it)."""
    return surface.startswith(_DESCRIBED) or _CLINIC_KIND.match(surface) is not None
# an administrative level written before a place: "Công an tỉnh Hà Tĩnh", "BVĐK huyện Việt Yên"
_LEVEL = re.compile(r" (?:tỉnh|huyện|thành phố|thị xã|quận) (?=[A-ZĐÀ-Ỹ])")
LEVEL = _LEVEL   # public: the cooperation step reads it too


def _with_level(best: str, members: list[Organization]) -> str:
    """The shortest form, but with its level when another mention writes it ("Phòng CSGT Công
    an Hà Tĩnh" … "công an tỉnh Hà Tĩnh" is "Công an tỉnh Hà Tĩnh"; "Trung ương" too): names
    keep their level, unless most mentions leave it out."""
    central = best + " Trung ương"
    if any(m.name == central and m.type == "hospital" and m.canonical in (None, central) for m in members):
        return central   # "bệnh viện GTVT" after "… Giao thông vận tải Trung ương" (real28); but
        # "Bệnh viện K Trung ương" is the gazetteer's "Bệnh viện K" (a blind set fell on it)
    if _LEVEL.search(best):
        return best
    leveled = sorted((m.name for m in members if _LEVEL.search(m.name) and _LEVEL.sub(" ", m.name) == best),
                     key=lambda n: (len(n), n))
    if not leveled or 2 * len(leveled) < sum(m.name == best for m in members):
        return best   # "Trung tâm Y tế Dự phòng Hải Phòng" thrice, "… TP Hải Phòng" once (real10)
    return leveled[0]


def _with_school(best: str, members: list[Organization]) -> str:
    """"ĐH Y Hà Nội" beside "Trường ĐH Y Hà Nội" is named with "Trường", as gold names a
    university whose school the story writes out (real37; real8, real2 write it so too)."""
    if not best.startswith("Đại học "):
        return best
    school = ("Trường " + best).lower()
    return next((m.name for m in members if m.name.lower() == school), best)


# words a name may drop or add and stay one body's; "và" too ("Vụ Kế hoạch (và) Tài chính", "Bệnh viện
# Lao (và) Phổi", "Sở Tài nguyên (và) Môi trường": one body written both ways in a story)
_LOOSE_DROP = frozenset(("tỉnh", "hữu", "nghị", "thành", "phố", "huyện", "quận", "thị", "xã", "hệ", "thống", "và"))


@lru_cache(maxsize=1 << 14)
def _loose(name: str) -> str:
    key = f" {known_key(name)} ".replace(" đa khoa ", " ")
    if key.startswith(" trường đại học "):
        key = key[len(" trường"):]   # "Trường ĐH Bách khoa Hà Nội" is the "ĐH Bách khoa Hà Nội" named later
    elif " quân dân y " in key:   # "… quân dân y (kết hợp) (huyện đảo) Lý Sơn": one island centre
        key = key.replace(" quân dân y kết hợp ", " quân dân y ").replace(" huyện đảo ", " huyện ")
    elif key.startswith(" ban chỉ đạo "):
        key = key.replace(" về ", " ")   # "Ban Chỉ đạo Trung ương (về) phòng chống thiên tai": one committee
    key = re.sub(r" dã chiến(?: cấp \d)? ", " ", key)   # "Bệnh viện dã chiến cấp 2 số 1" = "Bệnh viện số 1"
    if " khu vực " in key and _regional_of_district(name):
        key = key.replace(" khu vực ", " ")
    if key.startswith(" bộ ") and key.endswith(" việt nam "):
        key = key[:-len("việt nam ")]   # "Bộ Y tế Việt Nam" is the Bộ Y tế
    scoped = _SCOPE_END.search(key)
    if scoped and len(key[:scoped.start()].split()) >= 2:
        key = key[:scoped.start()] + " "   # "Viện Bỏng quốc gia" is the "Viện Bỏng" named later
    loose = " ".join(w for w in key.split() if w not in _LOOSE_DROP)
    return loose + " (city)" if _provincial_city(name) else loose


_SCOPE_END = re.compile(r" (?:quốc gia|toàn cầu|thế giới) $")


# a city or town named as its province is ("thành phố Cà Mau", "thị xã Quảng Trị")
_TOWN = re.compile(r"\b[Tt](?:hành phố|hị xã) (?=[A-ZĐÀ-Ỹ])")


def _provincial_city(name: str) -> bool:
    """"Ủy ban nhân dân thành phố Cà Mau" is the provincial capital's, not "Ủy ban nhân dân
    tỉnh Cà Mau": a town written with the name of a province (not a centrally-run city)
    is a body of its own, whatever else "tỉnh" and "thành phố" leave loose."""
    m = _TOWN.search(name)
    hit = place_at(name, m.end()) if m else None
    return hit is not None and hit.kind == "tỉnh" and hit.end == len(name) and hit.name == name[m.end():]


# "Bệnh viện Đa khoa khu vực Bồng Sơn" is "Bệnh viện Bồng Sơn" later in the story; but a
# regional hospital named after a province is not that province's general hospital
# ("Bệnh viện Đa khoa khu vực Quảng Nam" beside "Bệnh viện Đa khoa Quảng Nam")
def _regional_of_district(name: str) -> bool:
    i = name.lower().find("khu vực ")
    rest = name[i + len("khu vực "):] if i >= 0 else ""
    hit = place_at(rest, 0) if rest else None
    return not (hit is not None and hit.end == len(rest))


def _join(groups: dict[str, list[Organization]], key: str, homes: set[str]) -> None:
    if len(homes) == 1:
        groups[homes.pop()].extend(groups.pop(key))


def _join_loose(groups: dict[str, list[Organization]]) -> None:
    """An unknown spelling joins the known organisation it loosely equals
    ("Bệnh viện Đa khoa Trung ương Huế" and the gazetteer's "Bệnh viện Trung ương Huế")."""
    known: dict[str, set[str]] = {}
    for k, members in groups.items():
        if k.startswith("k:"):
            for m in members:
                known.setdefault(_loose(m.name), set()).add(k)
    for key in [k for k in groups if k.startswith("l:")]:
        _join(groups, key, set(known.get(key[2:], ())))


def _join_prime_minister(groups: dict[str, list[Organization]]) -> None:
    """"Thủ tướng Chính phủ" in a story that also names "Chính phủ" is that government (every
    gold set lists the two as one organisation, "Thủ tướng Chính phủ" as an alias)."""
    by_name = {m.name: k for k, ms in groups.items() for m in ms}
    pm, gov = by_name.get("Thủ tướng Chính phủ"), by_name.get("Chính phủ")
    if pm is not None and gov is not None and pm != gov:
        _join(groups, pm, {gov})


_COMPANY_FORM = re.compile(r"\b(?:cổ phần|tnhh|trách nhiệm hữu hạn|một thành viên|mtv)\b")


def _join_short_companies(groups: dict[str, list[Organization]]) -> None:
    """"Công ty Hồng Đức" after "Công ty Cổ phần đa khoa Bệnh viện Hồng Đức", "công ty Novo
    Nordisk" after "Công ty dược phẩm Novo Nordisk": the same company."""
    # each group's companies, kept as `_join` moves members (not every member per key:
    # quadratic in one long document)
    companies = {k: cs for k, ms in groups.items() if (cs := [m for m in ms if m.type == "company"])}
    for key in [k for k in groups if k.startswith("l:")]:
        members = groups[key]
        if any(m.type != "company" for m in members) or _COMPANY_FORM.search(key):
            continue
        tail = key[2:].split(" ", 2)[-1] if key[2:].startswith("công ty ") else None
        if not tail:
            continue
        homes = {k for k, cs in companies.items() if k != key for m in cs
                 if _loose(m.name).endswith(" " + tail)
                 and (_COMPANY_FORM.search(_loose(m.name)) or _business_line_before(m.name, tail))}
        home = next(iter(homes)) if len(homes) == 1 else None
        _join(groups, key, homes)
        if home is not None:
            companies.setdefault(home, []).extend(companies.pop(key, []))


def _join_brands(groups: dict[str, list[Organization]], text: str | None = None) -> None:
    """"Sanofi" in a story that names "Công ty Sanofi" (or "hãng dược phẩm Pfizer") is that
    company, under the name written with its head; "Vietcombank" in a story that wrote
    "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)" is that bank."""
    for key in [k for k in groups if k.startswith("l:")]:
        members = groups[key]
        if not all(is_brand(m.name) for m in members):
            continue
        word = re.compile(r"(?<![^\W\d_])" + re.escape(brand_word(members[0].name)) + r"(?![^\W\d_])",
                          re.IGNORECASE)
        homes = {k: m.name for k, ms in groups.items() if k != key for m in ms
                 if m.type == "company" and not is_brand(m.name) and word.search(m.name)}
        if not homes and text is not None:
            homes = _defining(groups, key, members[0].name, text)
        if len(homes) == 1:
            for m in members:
                m.name = next(iter(homes.values()))
            _join(groups, key, set(homes))


def _defining(groups: dict[str, list[Organization]], key: str, brand: str, text: str) -> dict[str, str]:
    """The groups with a mention written right before "(brand)": the full name it stands for."""
    paren = re.compile(r"[ \t]*\([ \t]*" + re.escape(brand) + r"[ \t]*[),;]")   # "(Vinamilk, mã CK: VNM)"
    return {k: m.name for k, ms in groups.items() if k != key for m in ms if paren.match(text, m.end)}


_LINE_WORDS = re.compile(r"[Cc]ông ty((?: [a-zđà-ỹ]+){1,4}) ")


def _business_line_before(name: str, tail: str) -> bool:
    """"Công ty dược phẩm Novo Nordisk": a company's brand after its line of business written
    in lower case (VietNews: "công ty dược phẩm Eco", "công ty sữa Meiji", "công ty thực
    phẩm Delori", each later "công ty Eco", "công ty Delori")."""
    m = _LINE_WORDS.match(name)
    return m is not None and _loose(name[m.end():]) == tail


# "tập đoàn Bưu chính viễn thông Việt Nam (VNPT)": the story defines a short form
_DEFINED = re.compile(r"[ \t]*\([ \t]*([A-ZĐ][A-ZĐ0-9]{2,9})[ \t]*\)")


def _join_defined_abbreviations(groups: dict[str, list[Organization]], text: str) -> None:
    """"Tập đoàn VNPT" after "tập đoàn Bưu chính viễn thông Việt Nam (VNPT)": the abbreviation
    a story defines right after a name, written after the same head, is that organisation.
    The short form takes the name it stands for: names are written out (gold rule)."""
    defined: dict[str, dict[str, str]] = {}
    for key, members in groups.items():
        for m in members:
            d = _DEFINED.match(text, m.end)
            if d:
                defined.setdefault(d.group(1), {})[key] = m.name
    for key in [k for k in groups if k.startswith("l:")]:
        homes: set[str] | None = None
        for m in groups[key]:
            *head, abbr = m.name.split()
            found = {k for k, long in defined.get(abbr, {}).items() if head and k != key
                     and long.lower().startswith(" ".join(head).lower() + " ")}
            homes = found if homes is None else homes & found
        if homes and len(homes) == 1:
            home = next(iter(homes))
            for m in groups[key]:
                m.name = defined[m.name.split()[-1]][home]
            _join(groups, key, homes)


_INNER_DEFINED = re.compile(r"[ \t]*\([ \t]*([A-ZĐ][A-ZĐ0-9]{2,9})[ \t]*\)[ \t]+\S")


def _join_inner_abbreviations(groups: dict[str, list[Organization]]) -> None:
    """"Chi cục VSATTP tỉnh Quảng Bình" after "Chi cục An toàn vệ sinh thực phẩm (VSATTP) tỉnh
    Quảng Bình": an abbreviation defined inside a name, then written in its place with the
    same words before and after it, is that organisation (it takes the written-out name)."""
    defined: dict[str, list[tuple[str, str]]] = {}
    for key, members in groups.items():
        for m in members:
            if "(" not in m.surface:
                continue   # (a C test for the bracket first: the search tries every position)
            for d in _INNER_DEFINED.finditer(m.surface):
                defined.setdefault(d.group(1), []).append((key, m.name))
    if not defined:
        return
    for key in [k for k in groups if k.startswith("l:")]:
        homes: dict[str, str] = {}
        for m in groups[key]:
            words = m.name.split()
            for i, word in enumerate(words):
                for home, long in defined.get(word, ()):
                    before, after = " ".join(words[:i]).lower(), " ".join(words[i + 1:]).lower()
                    if home != key and before and after and long.lower().startswith(before + " ") \
                            and long.lower().endswith(" " + after):
                        homes[home] = long
        if len(homes) == 1:
            home, long = next(iter(homes.items()))
            for m in groups[key]:
                m.name = long
            _join(groups, key, {home})


def _join_placeless(groups: dict[str, list[Organization]]) -> None:
    """Move a placeless hospital's (or university's: "Trường ĐH Y dược" after "Trường ĐH Y dược
    Cần Thơ") group into the one group naming it with a place."""
    by_stem: dict[str, list[tuple[str, str]]] | None = None
    for key in [k for k in groups if k.startswith("l:")]:
        members = groups[key]
        if any(m.province or m.type not in ("hospital", "health_center", "university") for m in members):
            continue
        by_stem = _placed_by_stem(groups) if by_stem is None else by_stem
        placed = dict(by_stem.get(key[2:] + " ", ()))
        if len(placed) == 1 and members[0].type == "university":
            for m in members:   # a university is named in full ("… Y dược Cần Thơ"); a hospital keeps its short form
                m.name = next(iter(placed.values()))
        _join(groups, key, set(placed))


def _placed_by_stem(groups: dict[str, list[Organization]]) -> dict[str, list[tuple[str, str]]]:
    """(group key, name) of every member named with its province, under the loose name before
    that province ("bệnh viện y dược " for "Bệnh viện Y dược Cần Thơ"), in group order. Built
    once per document: scanning every group for each placeless one grew with the square of a
    long document's length, and the loop above moves and renames only placeless members."""
    out: dict[str, list[tuple[str, str]]] = {}
    for k, ms in groups.items():
        for m in ms:
            if m.province:
                name, place = _loose(m.name), _loose(m.province)
                if name.endswith(place):
                    out.setdefault(name[:len(name) - len(place)], []).append((k, m.name))
    return out


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


_VN_END = re.compile(r" VN$")
# "Ủy ban ATGT Quốc gia", the gazetteer's alias, kept as written: 17 mentions in 2,800 health
# articles (VietNews, baomoi); gold writes the committee out ("Ủy ban An toàn giao thông quốc gia")
_NATIONAL_ATGT = re.compile(r"(?<=Ủy ban )ATGT(?= [Qq]uốc gia)")
# a national police department and the Front written short and kept so ("Cục CSGT", "Cục CSĐT",
# "Ủy ban T.Ư MTTQ Việt Nam": 6 mentions in 2,800 health articles); gold writes them out
_POLICE_DEPARTMENT = re.compile(r"(?<=^Cục )(?:" + "|".join(UNITS) + r")(?![^\W\d_])")
_FRONT = re.compile(r"(?<![^\W\d_])MTTQ(?![^\W\d_])")
_CENTRAL_BEFORE_FRONT = re.compile(r"(?<=^Ủy ban )(?:T\.Ư\.?|TƯ|TW)(?= Mặt trận)")
# the Front's central committee without its country ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc",
# "… Mặt trận Tổ quốc (MTTQ) Việt Nam": ~10 of 60 baomoi mentions); gold names it in full (real22)
_CENTRAL_FRONT = "Ủy ban Trung ương Mặt trận Tổ quốc"


def written_out(name: str) -> str:
    """The name an organisation record carries: "BHXH VN", "Bảo hiểm xã hội VN" end in
    "Việt Nam"; "Ủy ban ATGT Quốc gia" is the "Ủy ban An toàn giao thông Quốc gia", "Cục CSGT"
    the "Cục Cảnh sát giao thông", "Ủy ban T.Ư MTTQ Việt Nam" (or with no country) the "Ủy ban
    Trung ương Mặt trận Tổ quốc Việt Nam". Officials name their organisation the same way."""
    if "ATGT" in name:
        name = _NATIONAL_ATGT.sub("An toàn giao thông", name)
    if name.startswith("Cục CS"):
        name = _POLICE_DEPARTMENT.sub(lambda m: UNITS[m.group(0)], name)
    if "MTTQ" in name:
        name = _CENTRAL_BEFORE_FRONT.sub("Trung ương", _FRONT.sub("Mặt trận Tổ quốc", name))
    if name == _CENTRAL_FRONT:
        name += " Việt Nam"
    return written_in_full(_VN_END.sub(" Việt Nam", name))


# "tổ chức phi chính phủ Mũ Trắng", "tổ chức phi chính phủ EU": "phi chính phủ" is "non-governmental",
# no government (3 of 3 such "chính phủ X" in a 3,100-article health sample; "châu Phi Chính phủ
# Tanzania …", a lost full stop, keeps its capital)
_NON_GOVERNMENTAL = re.compile(r"(?<![^\W\d_])phi[ \t]+$")


def _non_governmental(text: str, span: OrgSpan) -> bool:
    return text.startswith("chính phủ", span.start) and _NON_GOVERNMENTAL.search(text, max(0, span.start - 8),
                                                                               span.start) is not None


def extract(doc: Doc) -> Doc:
    for s in doc.sentences:
        for span in find(doc, s.start, s.end):
            if _non_governmental(doc.text, span):
                continue
            doc.organizations.append(Organization(
                name=written_out(span.name), type=span.type, surface=doc.text[span.start:span.end],
                province=span.province, canonical=span.canonical,
                **provenance(doc, span.start, span.end, NAME, VERSION, 0.8)))
    drop_bare_when_named(doc.organizations)
    drop_bare_heads(doc.organizations)
    _name_bare_ministry_units(doc.organizations)
    name_short_ministries(doc)
    name_short_departments(doc)
    _name_bare_city_committee(doc.organizations)
    _placed_by_the_story(doc.organizations)
    name_bare_by_foreign_twin(doc)
    _merge_within_document(doc.organizations, doc.text)
    return doc


_SHORT_HOSPITAL = re.compile(r"^(?:BV|[Bb]ệnh viện)(?=\s)")
# words that name no hospital of their own: a bare "Bệnh viện Đa khoa (tỉnh)" is the province's
_LEVEL_ONLY = frozenset({"bệnh", "viện", "đa", "khoa", "tỉnh", "huyện", "thành", "phố", "khu", "vực"})


# a level or scope closing the longer name: the central/national hospital a patient is sent to
# ("Bệnh viện Nhi đã chuyển bé lên Bệnh viện Nhi Trung ương"), not the short one re-mentioned
_LEVEL_TAIL = re.compile(r"(?:Trung[ \t]+ương|TƯ|T\.Ư|TW|Quốc[ \t]+gia|Việt[ \t]+Nam)$", re.IGNORECASE)


def _placed_by_the_story(orgs: list[Organization]) -> None:
    """A hospital written short ("BV Mắt Quốc tế", "Bệnh viện Nhi", "Bệnh viện Thẩm mỹ" before a
    name the walker cut) and given the article's province is the one hospital the story names
    in full as that short form and another place or name ("Bệnh viện Mắt Quốc tế Hà Nội", "Bệnh
    viện Thẩm mỹ Kim Cương A&B"), before or after it (earlier.py reads only the one named before).
    Fresh 3,136-article health sample: 4 such, each that hospital; a bare "Bệnh viện Đa khoa" stays
    the province's. Not a central/national one ("Bệnh viện Nhi đã chuyển bé lên Bệnh viện Nhi Trung
    ương": the province's own sends the patient there), and only a name made from the article's
    province that the story does not name in full itself."""
    hospitals = [o for o in orgs if o.type == "hospital"]
    names = {o.name: o for o in hospitals}
    named_in_full = {o.name for o in hospitals if " ".join(o.surface.split()).lower() == o.name.lower()}
    for o in hospitals:
        short = _SHORT_HOSPITAL.sub("Bệnh viện", o.surface.strip())
        if not o.province or not o.name.lower().startswith(short.lower() + " ") \
                or not set(short.lower().split()) - _LEVEL_ONLY:
            continue
        if o.name != f"{o.name[:len(short)]} {o.province}" or o.name in named_in_full:
            continue   # placed by earlier.py, or the story names the province's own one in full
        base = o.name[:len(short)].lower() + " "
        longer = {n for n in names if n != o.name and n.lower().startswith(base) and n[len(base):][:1].isupper()
                  and not n.endswith(" " + o.province) and not _LEVEL_TAIL.match(n[len(base):])}
        if len(longer) == 1:
            full = names[next(iter(longer))]
            o.name, o.province, o.canonical = full.name, full.province, full.canonical


def _name_bare_city_committee(orgs: list[Organization]) -> None:
    """"Bí thư Thành ủy Vinh … thuộc diện Ban thường vụ Thành ủy quản lý" in a Nghệ An story: the
    bare "Thành ủy" is the one city's committee the story names, not "Thành ủy Nghệ An" (a province
    has a Tỉnh ủy). Only when the article's province is no city and the story names one city."""
    placed = [o for o in orgs if o.name.startswith("Thành ủy ") and o.province
              and " ".join(o.surface.split()).lower() in ("thành ủy", "thành uỷ")
              and o.name == f"Thành ủy {o.province}" and o.province not in city_provinces()]
    if not placed:
        return
    named = {o.name: o for o in orgs if o.name.startswith("Thành ủy ") and o not in placed
             and " ".join(o.surface.split()).lower() not in ("thành ủy", "thành uỷ")}
    if len(named) == 1:
        city = next(iter(named.values()))
        if city.province in city_provinces() or (city.province and city.province != placed[0].province):
            # "Thành ủy Hà Nội" is another province's committee, not a city of this one; a province
            # has no Thành ủy, so the bare one names no committee the story makes clear
            orgs[:] = [o for o in orgs if o not in placed]
            return
        for o in placed:
            o.name, o.province, o.canonical = city.name, city.province, city.canonical


# a ministry's inspectorate and office, re-mentioned without the ministry's name
_BARE_MINISTRY_UNITS = ("Thanh tra Bộ", "Văn phòng Bộ")


def _name_bare_ministry_units(orgs: list[Organization]) -> None:
    """"Thanh tra Bộ Y tế … Thanh tra Bộ cũng buộc tạm dừng …": the bare re-mention is the one
    ministry's unit the story names in full (VietNews: 31 stories write both, each naming one
    ministry's; real8); with none or two ministries named it stays as written."""
    for bare in _BARE_MINISTRY_UNITS:
        if not any(o.name == bare for o in orgs):
            continue
        full = {o.name for o in orgs if o.name.startswith(bare + " ")}
        if len(full) == 1:
            named = next(iter(full))
            for o in orgs:
                if o.name == bare:
                    o.name = named
