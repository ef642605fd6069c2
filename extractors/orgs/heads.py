"""Head nouns that open an organisation name, with the type they introduce."""
from __future__ import annotations

import re

from ..lexicon import word_start_lexicon
from ..specialties import CENTRE_WORDS, DEPARTMENT_PAIRS
from ..tokens import UPPER, word_start_alternation
from ..lazy import lazy_compile
from .bracketed_heads import restates_name

# head (as written, matching text) -> (expanded head, type)
HEADS: list[tuple[str, str, str]] = [
    ("Ủy ban nhân dân", "Ủy ban nhân dân", "government"),
    ("UBND", "Ủy ban nhân dân", "government"),
    ("Hội đồng nhân dân", "Hội đồng nhân dân", "government"),
    ("HĐND", "Hội đồng nhân dân", "government"),
    # "UBMTTQ tỉnh Nghệ An", "Chủ tịch UBMTTQVN TPHCM": a local Fatherland Front committee (baomoi: ~20)
    ("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam", "government"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc", "government"),
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
    ("Quận ủy", "Quận ủy", "party"),   # a district's and a town's Party committees, as Huyện ủy
    ("Thị ủy", "Thị ủy", "party"),
    ("Đảng ủy", "Đảng ủy", "party"),
    ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "government"),
    ("Chính phủ", "Chính phủ", "government"),
    ("Quốc hội", "Quốc hội", "government"),
    # a province's delegation to the National Assembly ("Đoàn đại biểu Quốc hội tỉnh Đồng Tháp",
    # "đoàn ĐBQH TP HCM": 563 times in VietNews, 8 of 10 health ones with a place); named only
    # with its place, so "59 đoàn đại biểu Quốc hội" and a bare "đoàn" stay unnamed
    ("Đoàn đại biểu Quốc hội", "Đoàn đại biểu Quốc hội", "other"),
    ("Đoàn ĐBQH", "Đoàn đại biểu Quốc hội", "other"),
    ("Bệnh viện", "Bệnh viện", "hospital"),
    ("Bệnh viên", "Bệnh viện", "hospital"),   # a typo: 18 times in VietNews health, each a hospital
    ("BVĐKTW", "Bệnh viện Đa khoa Trung ương", "hospital"),
    ("BVĐK", "Bệnh viện Đa khoa", "hospital"),
    ("BV", "Bệnh viện", "hospital"),
    ("Trung tâm", "Trung tâm", "health_center"),
    ("TTYT", "Trung tâm Y tế", "health_center"),
    # "TT" spaced before the centre's field, as "TTYT" is tight ("TT Y tế huyện X", "TT YT X", "TT Kiểm
    # soát bệnh tật tỉnh X": 22 times in VietNews health, each that centre)
    ("TT Y tế", "Trung tâm Y tế", "health_center"),
    ("TT YT", "Trung tâm Y tế", "health_center"),
    ("TT Kiểm soát bệnh tật", "Trung tâm Kiểm soát bệnh tật", "health_center"),
    ("CDC", "Trung tâm Kiểm soát bệnh tật", "health_center"),
    ("Trạm Y tế", "Trạm Y tế", "health_center"),
    # a district's farm-service stations ("Trạm Chăn nuôi và Thú y huyện Ninh Sơn", "Trạm Khuyến
    # nông Tiên Phước"): named with their district, as Trạm Y tế with its commune
    ("Trạm Chăn nuôi và Thú y", "Trạm Chăn nuôi và Thú y", "agency"),
    ("Trạm Thú y", "Trạm Thú y", "agency"),
    ("Trạm Khuyến nông", "Trạm Khuyến nông", "agency"),
    ("Trạm Trồng trọt và Bảo vệ thực vật", "Trạm Trồng trọt và Bảo vệ thực vật", "agency"),
    ("Trạm Bảo vệ thực vật", "Trạm Bảo vệ thực vật", "agency"),
    ("Phòng khám", "Phòng khám", "health_center"),
    # a general clinic written short, as "BVĐK" is for a hospital ("PKĐK Hưng Thịnh", "PKĐK Nguyễn
    # Trãi": baomoi 2016-17, 5 clinics so named, each one clinic)
    ("PKĐK", "Phòng khám Đa khoa", "health_center"),
    ("Thẩm mỹ viện", "Thẩm mỹ viện", "health_center"),   # "thẩm mỹ viện Diva": ~20 named in VietNews
    ("Phòng Y tế", "Phòng Y tế", "health_department"),
    ("Phòng", "Phòng", "government"),
    ("Trường Đại học", "Trường Đại học", "university"),
    ("Trường Cao đẳng", "Trường Cao đẳng", "university"),
    # the press's short forms: "Trường ĐH Bách khoa Hà Nội" (4,689 times in VietNews), "Trường CĐ Y tế …"
    ("Trường ĐH", "Trường Đại học", "university"),
    ("Trường CĐ", "Trường Cao đẳng", "university"),
    ("Đại học", "Đại học", "university"),
    ("ĐH", "Đại học", "university"),   # "ĐH Quốc gia TP. HCM", "ĐH Bách khoa Hà Nội"
    ("Học viện", "Học viện", "university"),
    ("Bảo hiểm xã hội", "Bảo hiểm xã hội", "agency"),
    ("BHXH", "Bảo hiểm xã hội", "agency"),
    ("Tổng cục", "Tổng cục", "agency"),
    ("Chi cục", "Chi cục", "agency"),
    ("Cục", "Cục", "agency"),
    ("Vụ", "Vụ", "agency"),
    ("VKSND", "Viện Kiểm sát nhân dân", "agency"),
    ("Viện KSND", "Viện Kiểm sát nhân dân", "agency"),
    # "VKS tỉnh Phú Thọ", "VKS TP Hoà Bình", "VKS nhân dân tỉnh …": the procuracy's short form
    # (VietNews: 71 times before an admin word or "nhân dân", 40 before a capital; read 30, all
    # the procuracy; "VKS Quân sự" is rare)
    ("VKS nhân dân", "Viện Kiểm sát nhân dân", "agency"),
    ("VKS", "Viện Kiểm sát nhân dân", "agency"),
    ("Viện", "Viện", "agency"),
    ("Phân viện", "Phân viện", "agency"),
    ("Tòa án nhân dân", "Tòa án nhân dân", "agency"),
    ("TAND", "Tòa án nhân dân", "agency"),
    ("Thanh tra", "Thanh tra", "agency"),
    # the State Treasury and its provincial and district branches ("Kho bạc Nhà nước tỉnh Nghệ An",
    # "KBNN huyện Ngọc Lặc"), where public hospitals keep their accounts
    ("Kho bạc Nhà nước", "Kho bạc Nhà nước", "agency"),
    ("KBNN", "Kho bạc Nhà nước", "agency"),
    ("Tập đoàn", "Tập đoàn", "company"),
    ("Tổng công ty", "Tổng công ty", "company"),
    ("Công ty", "Công ty", "company"),
    ("CTCP", "Công ty Cổ phần", "company"),   # 1,032 times in VietNews before a capitalised name
    # the press's short "Cty" ("Cty CP Dược phẩm X", "Cty TNHH Y"): 851 times in baomoi 2017, 268 in VietNews
    ("Cty", "Công ty", "company"),
    ("Hiệp hội", "Hiệp hội", "other"),
    # the friendship-organisations union, national and provincial ("Liên hiệp các tổ chức hữu nghị
    # tỉnh Khánh Hòa", "Hội Liên hiệp … Việt Nam": 19 VietNews hits, each named by its place)
    ("Liên hiệp các tổ chức hữu nghị", "Liên hiệp các tổ chức hữu nghị", "other"),
    ("Hội Liên hiệp các tổ chức hữu nghị", "Liên hiệp các tổ chức hữu nghị", "other"),
    ("Ủy ban", "Ủy ban", "government"),
    ("Ngân hàng", "Ngân hàng", "company"),
    ("Cơ quan Cảnh sát điều tra", "Cơ quan Cảnh sát điều tra", "agency"),
    ("Cơ quan CSĐT", "Cơ quan Cảnh sát điều tra", "agency"),
    ("Cơ quan An ninh điều tra", "Cơ quan An ninh điều tra", "agency"),
    ("Công an", "Công an", "agency"),
    # a district's police in crime news' short form ("CAH Gia Lâm", "CAQ Hoàn Kiếm": baomoi
    # 2016-17, 15 and 28 articles)
    ("CAH", "Công an huyện", "agency"),
    ("CAQ", "Công an quận", "agency"),
    # a ward's or commune's police, the same short form ("CAP Hòa Thọ", "CAX Tam Quang": baomoi
    # 2016-17, 10 articles, each a ward or commune police station)
    ("CAP", "Công an phường", "agency"),
    ("CAX", "Công an xã", "agency"),
    # or a bare "CA" before the kind of place ("Trưởng CA xã Ninh Sở", "CA huyện Thanh Sơn"): the
    # police of that place, as officials reads the chief's post
    ("CA", "Công an", "agency"),
    ("Bộ Tư lệnh", "Bộ Tư lệnh", "other"),
    ("Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Quân sự", "other"),
    # a district's military command, named by its place ("Ban Chỉ huy Quân sự huyện Đắk Hà",
    # "ban chỉ huy quân sự TP …": 130 times in VietNews before an admin word)
    ("Ban Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", "agency"),
    ("Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng", "other"),
    ("Bộ đội Biên phòng", "Bộ đội Biên phòng", "other"),
    # a border post, named by its place ("Đồn Biên phòng Mỹ Lý", "đồn biên phòng Y Tý"): 981 times in
    # VietNews before a capital; 30 read, each a post
    ("Đồn Biên phòng", "Đồn Biên phòng", "agency"),
    # a border-gate post: "Đồn Biên phòng cửa khẩu (quốc tế) Móng Cái" (123 times in VietNews)
    ("Đồn Biên phòng cửa khẩu quốc tế", "Đồn Biên phòng cửa khẩu quốc tế", "agency"),
    ("Đồn Biên phòng cửa khẩu", "Đồn Biên phòng cửa khẩu", "agency"),
    ("Quân khu", "Quân khu", "other"),
    ("Quân đoàn", "Quân đoàn", "other"),
    ("Sư đoàn", "Sư đoàn", "other"),
    ("Lữ đoàn", "Lữ đoàn", "other"),
    ("Trung đoàn", "Trung đoàn", "other"),
    ("Trường THPT", "Trường THPT", "other"),
    ("Trường THCS", "Trường THCS", "other"),
    ("Trường Tiểu học", "Trường Tiểu học", "other"),
    ("Trường Mầm non", "Trường Mầm non", "other"),
    ("Trường Trung cấp", "Trường Trung cấp", "university"),
    ("Trường Phổ thông", "Trường Phổ thông", "other"),
    # "Trường Quốc tế Gateway", "trường quốc tế Singapore": an international school and its name
    # (VietNews: 256 "trường quốc tế" before a capitalised name; "Trường" alone is no head)
    ("Trường Quốc tế", "Trường Quốc tế", "other"),
    ("Hệ thống Bệnh viện", "Hệ thống Bệnh viện", "hospital"),
    ("Hội", "Hội", "other"),
    ("Công đoàn", "Công đoàn", "other"),
    # trade unions, federations and the Youth Union's provincial bodies ("Liên đoàn Lao động tỉnh X"
    # 150 times in VietNews, "Liên đoàn Luật sư" 95, "Tỉnh đoàn X" 230, "Thành đoàn X" 430)
    ("Liên đoàn", "Liên đoàn", "other"),
    ("Tỉnh đoàn", "Tỉnh đoàn", "other"),
    ("Thành đoàn", "Thành đoàn", "other"),
    ("Quỹ", "Quỹ", "other"),
]
HEAD_INFO = {h.lower(): (exp, typ) for h, exp, typ in HEADS}
# heads that are a body's whole name (the State Treasury): a bare mention names that body, not
# a head whose name is cut
WHOLE_NAME_HEADS = frozenset({"Kho bạc Nhà nước"})
# (first letters read case-sensitively, one branch each: `word_start_lexicon`)
HEAD_RE = re.compile("(" + word_start_lexicon([h for h, _, _ in HEADS], ignorecase=True) + r")(?![^\W\d_])",
                     re.IGNORECASE)
# the same heads in lower case, to scan the lower-cased matching text (doc.lower) fast
HEAD_LOWER_RE = lazy_compile(word_start_alternation(sorted({h.lower() for h, _, _ in HEADS})) + r"(?![^\W\d_])")
# heads that may be written in lower case and still open a name ("bệnh viện Bạch Mai"; the typo
# "bệnh viên" before a capital: 25 times in VietNews, each a hospital)
LOWER_OK = {"bệnh viện", "bệnh viên", "trung tâm", "trường đại học", "trường đh", "công ty", "cty", "trạm y tế", "trung tâm y tế", "thẩm mỹ viện",
            "cơ quan cảnh sát điều tra", "cơ quan csđt", "cơ quan an ninh điều tra", "công an", "ban chỉ huy quân sự",
            "trường thpt", "trường thcs", "trường tiểu học", "trường mầm non", "trường cao đẳng", "trường cđ",
            "đoàn đại biểu quốc hội", "đoàn đbqh", "đồn biên phòng", "đồn biên phòng cửa khẩu",
            "đồn biên phòng cửa khẩu quốc tế"}
# lower-case heads that say what they are: named by their place alone ("trạm y tế xã Tân Lập",
# "trường mầm non xã Thạch Ngàn": 221 lower-case schools named by their commune or town in
# VietNews, 25 read: each one school)
# a province's or district's Party committee in lower case (see PARTY_LOWER), and the level words
# written before a place's name (read again after such a head, and after "xã hội": place_phrase.ADMIN)
PARTY_LOWER_HEADS = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
PLACE_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã")
LOWER_PLACED_OK = {"trạm y tế", "trung tâm y tế", "công an", "ban chỉ huy quân sự", "đoàn đại biểu quốc hội", "đoàn đbqh",
                   "trường mầm non", "trường tiểu học", "trường thcs", "trường thpt",
                   # "trường ĐH Hà Tĩnh", "trường đại học Vinh": universities named by their place
                   "trường đại học", "trường đh", "trường cao đẳng", "trường cđ",
                   # "tỉnh ủy Nghệ An" (see PARTY_LOWER)
                   *PARTY_LOWER_HEADS}
# heads real press writes in lower case before a capitalised name ("bộ Y tế", "sở Y tế Nghệ An",
# "cục Quản lý khám chữa bệnh", "tập đoàn Vingroup"): a name only when a capitalised word
# follows, and not the tail of a compound ("cán bộ Y tế", "cơ sở Y tế", "toàn bộ Hà Nội")
LOWER_NAMED = {"bộ", "sở", "cục", "tổng cục", "tập đoàn", "học viện", "vụ", "trường quốc tế"}
# "vụ" in lower case is mostly an affair ("vụ Formosa", "vụ Đồng Tâm"): a ministry's department
# only when its ministry follows ("vụ Pháp chế, bộ Y tế", "vụ Sức khoẻ Bà mẹ - Trẻ em (Bộ Y tế)")
# or its head's title comes before ("Vụ trưởng vụ Tổ chức cán bộ"); VietNews: ~150 so written
LOWER_OWNED = frozenset({"vụ"})
# "phòng khám đa khoa Hữu Thọ": lower-case "phòng khám" opens a name before "đa khoa" and a
# capital (38 times in VietNews, 30 read: each a named clinic), maybe after its short form in
# brackets ("phòng khám Đa khoa (PKĐK) Hưng Thịnh"); before one capitalised word it is often a
# department ("phòng khám Nội", "phòng khám Răng Hàm Mặt") or a country's ("phòng khám Trung
# Quốc": the walker refuses a country alone), so a bare name needs two capitalised syllables that
# name no specialty ("phòng khám Đại Đông", "phòng khám Tâm Đức (Bình Phước)") or a Latin brand in
# capitals ("phòng khám MAYO"). A department's word opens no name ("phòng khám Tiêu Hóa", "… Hô Hấp",
# "… Cơ Xương Khớp": specialties.CENTRE_WORDS, less "an" and "và", which open clinics' names, "phòng
# khám An Khang") and a department's pair is none ("… Đa Khoa"; the second syllable alone proves
# nothing: "phòng khám An Sinh", "… Thành Công", "… Minh Khoa"); a programme's acronym is no brand
# ("phòng khám MMT" gives methadone)
_DEPARTMENT_WORDS = {w.capitalize() for w in CENTRE_WORDS - {"an", "và"}}
_PAIR = r"(?i:(?:" + "|".join(p.replace(" ", r"\s+") for p in sorted(DEPARTMENT_PAIRS)) + r")(?![^\W\d_]))"
_SPECIALTY_FIRST = r"(?:" + "|".join(sorted(_DEPARTMENT_WORDS | {"Đông", "Chuyên", "Tư", "Tiêm", "Vắc", "Cơ"})) \
    + r")(?![^\W\d_])"
_PROGRAMMES = r"(?:MMT|BHYT|BHXH|ARV|HIV|AIDS|HPV|VIP)(?![^\W\d_])"
# "bí thư huyện ủy Thường Xuân", "Ủy ban kiểm tra tỉnh ủy Nghệ An": a province's or district's
# Party committee in lower case before its place (fresh VietNews health: 16 of ~130 party
# committees so written, each before its place's capital; "huyện Ủy huyện Thường Xuân" in real10)
PARTY_LOWER = re.compile(r"(?:" + "|".join(h.split()[0] for h in PARTY_LOWER_HEADS) + r")\s+[ủỦ]y\s+(?:(?:"
                         + "|".join(PLACE_LEVELS) + r")\s+)?" + UPPER)
LOWER_OK_BEFORE = {"phòng khám": lazy_compile(r"phòng\s+khám\s+(?:đa\s+khoa\s+(?:\(\s*PKĐK\s*\)\s+)?[A-ZĐÀ-Ỹ]|(?-i:"
                                              r"(?!" + _SPECIALTY_FIRST + r"|" + _PAIR + r")[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s+"
                                              r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*(?![^\W\d_])|(?!" + _PROGRAMMES + r")[A-Z]{3,}(?![^\W\d_])))",
                                              re.IGNORECASE),
                   # "chính phủ Mỹ", "chính phủ Nhật Bản": 3,908 times before a country in VietNews
                   # (20 read: each that country's government); named only if a country ends it
                   "chính phủ": re.compile(r"chính\s+phủ\s+[A-ZĐÀ-Ỹ]"),
                   # "ngân hàng Vietbank", "ngân hàng BIDV": a bank's Latin brand (VietNews: 'ngân hàng
                   # BIDV' 127, 'Vietcombank' 92, 'Agribank' 81 …, 30 read: each that bank); before
                   # a Vietnamese word ("ngân hàng Mỹ", "ngân hàng Nhà nước") it is generic or written out
                   "ngân hàng": re.compile(r"ngân\s+hàng\s+(?:[A-Z][A-Za-z]*[Bb]ank|(?!(?:TMCP|CSXH|NHNN|NN|VN|TW)\b)"
                                           r"[A-Z]{3,5})(?![^\W\d_])"),
                   **dict.fromkeys(PARTY_LOWER_HEADS, PARTY_LOWER)}
# lower-case heads named by the country that ends them alone
LOWER_COUNTRY_OK = frozenset({"chính phủ"})
# heads that take a whole organisation: "Văn phòng UBND tỉnh", "Thanh tra Sở Y tế"
CONTAINERS = ("Văn phòng", "Thanh tra", "Đảng ủy", "Công đoàn", "Cơ quan Cảnh sát điều tra",
              "Cơ quan An ninh điều tra")
# heads of units named by a number alone ("Quân khu 7", "Bệnh viện 175")
NUMBERED_HEADS = frozenset({"Bệnh viện", "Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn"})
# heads often named after a person ("Bệnh viện Nguyễn Tri Phương", "Trường THCS Võ Thị Sáu")
PERSON_NAMED_TYPES = frozenset({"hospital", "health_center"})
SCHOOL_HEADS = frozenset({"Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Mầm non", "Trường Trung cấp",
                          "Trường Phổ thông"})
PARTY_HEAD = re.compile(r"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)(?![^\W\d_])")


def party_head_at(text: str, pos: int) -> bool:
    """A Party committee's head at pos, capitalised or lower case before its place."""
    return PARTY_HEAD.match(text, pos) is not None or PARTY_LOWER.match(text, pos) is not None


_VERB_PHONG = re.compile(r"Phòng\s+[a-zđà-ỹ,]")
# "Hội nghị", "Hội thảo", "Hội chợ": events and words, not an association ("Hội Nữ hộ sinh")
# (a lower-case "Hội đồng …" is a council too: readers of lower-case names add "đồng")
NOT_HOI_WORDS = ("nghị", "thảo", "chợ", "thi", "diễn", "chứng", "viên", "nhập", "chẩn", "trường", "ý", "họp", "sở",
                 "quán", "tụ", "làng", "xuân", "đàm", "ngộ", "đủ", "tự")
_NOT_HOI = re.compile(r"Hội\s+(?:" + "|".join(NOT_HOI_WORDS) + r")(?![^\W\d_])", re.IGNORECASE)


_LETTERS_AFTER = re.compile(r"\s+[A-ZĐ]{2,}(?![^\W\d_])")


# the police's short form is written in capitals: "người Ca Dong", "Ca mổ kéo dài" are no police
_NOT_CA = frozenset({"Ca", "ca", "cA"})


def head_at(text: str, pos: int, limit: int | None = None) -> re.Match[str] | None:
    """A head noun at pos; "Phòng" only before a capitalised portfolio ("Phòng Giáo dục …"),
    since "Phòng chống", "Phòng không" and "Phòng ngừa" are words inside other names."""
    m = HEAD_RE.match(text, pos, len(text) if limit is None else limit)
    if m and (m.group(1) == "Phòng" and _VERB_PHONG.match(text, pos) or
              m.group(1) == "Hội" and _NOT_HOI.match(text, pos) or
              m.group(1) == "ĐH" and (_LETTERS_AFTER.match(text, m.end()) or
                                      text[pos - 1:pos] == "(" and restates_name(text, pos)) or
              m.group(1) in _NOT_CA):
        return None   # "Bệnh viện Đại học Y Dược (ĐH YD) TP. HCM": an abbreviation, not a head
    return m
