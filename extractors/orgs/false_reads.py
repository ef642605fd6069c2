"""Names the walker reads that press text does not write as an organisation's name.

Each reader here looks at one read name in its context and says it is no organisation, or
gives the extent the text supports:

* `in_place_name`: a head word that begins a village's or a town's name ("thôn Sở Hạ",
  "thị trấn Lịch Hội Thượng") or a person's name a street is named after ("đường Đinh Bộ
  Lĩnh"); `place_lookalikes` lists the common ones, this reads the place word before them.
* `not_a_ministry`: "bộ" that is no ministry: "lính thủy đánh bộ Mỹ" (marines), "Bắc Bộ Phủ" (a
  region's palace), "đủ bộ HCV" (a set of medals).
* `half_a_name`: "Hội Liên hiệp" left alone when the words after it are lower-case and no place
  ("Hội Liên hiệp phụ nữ địa phương", "Trung ương Hội Liên hiệp thanh niên"): which union is
  not said.
* `country_only`: a head and a country and nothing else ("Bệnh viện Mỹ bị kiện …", "hệ thống
  BV Mỹ", "Đại học Việt Nam không có tên …"): a kind of body of that country, not one body.
* `without_credit`: a photo or graphics credit, a document's caption or a street glued after a
  dash ("Bộ Y tế - Đồ họa: …", "BV Nhân dân Gia Định - Bệnh án …", "… DSKHHGĐ - Ngõ …").
* `without_dangling_and`: a name that ends on "và" before a post or a person ("Ban cán sự đảng
  Bộ Thông tin Truyền thông và Chủ tịch nước …", "Giám đốc Trung tâm Chính trị và Trưởng Ban
  tuyên giáo"): the name ends before it.
* `without_city_joined`: a body and a city joined by "và" ("Phòng GD-ĐT và TP Tân An", "giữa Bộ
  Tài nguyên Môi trường và TP Hà Nội"): the body, then the city, no body's name.
* `without_person_after`: "Quốc hội Lê Quân" (a deputy's two-word name run on): the head.
* `downtown`: "ở trung tâm Bangkok": the middle of a city, no centre's name.
* `with_general`: "Tổng" written before a capitalised head ("Tổng Hội Y học Việt Nam", "Tổng
  Cty Điện lực Hà Nội", "Tổng Cục Hải quan") is part of the name.
"""
from __future__ import annotations

import re

from .. import gazetteer
from ..foreign_names import foreign_name_at
from ..places import country_at, place_at
from .span import OrgSpan
from .walker import canonical

# heads that also begin place names (see place_lookalikes)
_PLACE_HEADS = ("Hội ", "Sở ", "Vụ ", "Bộ ")
# a settlement word right before the head, or an administrative word and one capitalised word
# ("thị trấn Lịch Hội Thượng"), or the surname of "Đinh Bộ Lĩnh"
_SETTLEMENT_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:[Tt]hôn|[Xx]óm|[Ll]àng|[Ấấ]p|[Bb]uôn)[ \t]+"
    r"|(?<![^\W\d_])(?:xã|phường|thị[ \t]+trấn|thị[ \t]+xã)[ \t]+(?P<word>[^\W\d_]+)[ \t]+"
    r"|(?<![^\W\d_])Đinh[ \t]+)$")
_DASHED = re.compile(r"\s[-–]\s")


def in_place_name(text: str, span: OrgSpan) -> bool:
    """VietNews and baomoi health sample (3,984 articles): 8 such reads in 4 articles ("thôn/làng
    Sở Hạ", "thị trấn/xã Lịch Hội Thượng", "Đinh Bộ Lĩnh"), each a place or a street."""
    if not span.name.startswith(_PLACE_HEADS):
        return False   # (tested first: most names read open with another head)
    first = _DASHED.split(text[span.start:span.end], maxsplit=1)[0]   # "Bộ Lĩnh - Bạch Đằng"
    if len(first.split()) > 3:
        return False
    m = _SETTLEMENT_BEFORE.search(text, max(0, span.start - 24), span.start)
    return m is not None and (m.group("word") is None or m.group("word")[0].isupper())


# "đánh bộ"; a region word not ending another name ("đến Bắc Bộ Phủ", not "Việt Nam Bộ Y tế")
_NOT_A_MINISTRY_BEFORE = re.compile(r"(?:(?<![^\W\d_])đánh|(?<![^\W\d_])(?P<before>[^\W\d_]+)[ \t]+(?:Bắc|Nam|Trung))[ \t]$")
_MEDALS = re.compile(r"bộ[ \t]+HC[VBĐ](?![^\W\d_])")


def not_a_ministry(text: str, span: OrgSpan) -> bool:
    """Sample above: 4 such reads ("đánh bộ Lee Harvey Oswald", "đánh bộ Mỹ", "Bắc Bộ Phủ", "bộ
    HCV"), none a ministry; "bộ GTVT", "bộ GD & ĐT" stay ministries. A surname before "Bộ" and one
    word no body ("Lê Bộ Lĩnh") is a person's name."""
    if not span.name.startswith("Bộ ") or span.start < 2:
        return False
    m = _NOT_A_MINISTRY_BEFORE.search(text, max(0, span.start - 24), span.start)
    # a region word before a ministry's own name is a fronted place with no comma ("các tỉnh phía
    # Nam Bộ Y tế đã cử …", "miền Trung Bộ Y tế"): only "Bộ" and one word that is no known body
    region_only = span.canonical is None and len(span.name.split()) <= 2
    return (m is not None and (m.group("before") is None or (m.group("before").islower() and region_only))) \
        or _MEDALS.match(text, span.start) is not None or (region_only and _in_person_name(text, span))


# a capitalised word right before "Bộ"
_CAP_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZĐÀ-Ỹ][^\W\d_]*)[ \t]+$")


def _in_person_name(text: str, span: OrgSpan) -> bool:
    """"Phó Tổng Thư ký Quốc hội Lê Bộ Lĩnh": "Bộ" and one word after a surname is a person's
    middle and given name, no ministry."""
    m = _CAP_WORD_BEFORE.search(text, max(0, span.start - 12), span.start)
    return m is not None and m.group(1) in gazetteer.surnames()


# the first half of a union's name, read alone
_HALF_NAMES = frozenset({"Hội Liên hiệp"})


def half_a_name(span: OrgSpan) -> bool:
    """Sample above: 2 bare "Hội Liên hiệp" ("… phụ nữ địa phương"), studied real37 1 ("Trung ương
    Hội Liên hiệp thanh niên"), none a body gold names so."""
    return span.name in _HALF_NAMES


_KIND_HEADS = re.compile(r"(?:Bệnh viện|Trường Đại học|Đại học|Viện|Trung tâm|Công ty|Tập đoàn|Hãng) ")
# countries press writes as an adjective of a kind ("bệnh viện Mỹ", "đại học Việt Nam"); "Đại học
# Hong Kong", "Đại học Zimbabwe", "Đại học Chile" are each one university
_ADJECTIVE_COUNTRIES = frozenset({"Mỹ", "Việt Nam", "VN", "Anh", "Úc", "Nhật"})


def country_only(span: OrgSpan) -> bool:
    """Sample above: 7 names that are a head and Mỹ/Việt Nam only, 7 generic ("Bệnh viện Mỹ bị
    kiện …", "hệ thống BV Mỹ", "Đại học Mỹ", "Đại học Việt Nam không có tên …", "Viện Việt Nam học"
    cut, "Trung tâm VN"); no studied gold names one so. A name the gazetteer knows is kept."""
    if span.canonical:
        return False
    m = _KIND_HEADS.match(span.name)
    return m is not None and span.name[m.end():] in _ADJECTIVE_COUNTRIES


# what follows a dash in a caption or byline, never a name's second part
_CREDIT = r"[ \t]+[-–][ \t]+(?:Đồ[ \t]+h(?:ọa|oạ)|Ảnh|Bệnh[ \t]+án|Ngõ|Chuyển|PV|Video|Clip)(?![^\W\d_])"
_CREDIT_IN_SURFACE = re.compile(_CREDIT)
_CREDIT_IN_NAME = re.compile(_CREDIT + r".*$")


def without_credit(text: str, span: OrgSpan) -> OrgSpan:
    """Sample above: 4 names with a credit or caption glued after a dash, none a name's part."""
    if text.find("-", span.start, span.end) < 0 and text.find("–", span.start, span.end) < 0:
        return span   # (a C find for the credit's dash first: most names hold none)
    m = _CREDIT_IN_SURFACE.search(text, span.start, span.end)
    if m is None:
        return span
    name = _CREDIT_IN_NAME.sub("", span.name)
    return OrgSpan(span.start, m.start(), name, span.type, span.province, span.canonical)


_GENERAL_BEFORE = re.compile(r"(?<![^\W\d_])Tổng[ \t]$")
_GENERAL_HEADS = {"Hội ": "Tổng hội ", "Công ty ": "Tổng công ty ", "Cục ": "Tổng cục "}


def with_general(text: str, span: OrgSpan) -> OrgSpan:
    """"Tổng Hội Y học Việt Nam" read from "Hội": sample above, 7 such ("Tổng Hội Y học Việt
    Nam" 3, "Tổng Cty …" 2, "Tổng Cục Hải Quan" 2), each the general body; "Tổng Thanh tra Chính
    phủ", "Tổng Kiểm toán Nhà nước" are a post's title before its body and stay as read."""
    if span.start < 5 or not text.startswith("Tổng", span.start - 5) \
            or not _GENERAL_BEFORE.search(text, span.start - 5, span.start):
        return span
    for head, general in _GENERAL_HEADS.items():
        if span.name.startswith(head):
            start = span.start - 5
            return canonical(OrgSpan(start, span.end, general + span.name[len(head):], span.type,
                                     span.province))
    return span


_DANGLING_AND = re.compile(r"[ \t,]+và$")


def without_dangling_and(text: str, span: OrgSpan) -> OrgSpan:
    """Sample above: 4 names ending on "và" ("Vụ Hợp tác quốc tế và Phó vụ trưởng …"), each cut
    before the next post or name."""
    if not span.name.endswith(" và"):
        return span   # (tested first: the search tries every position of the name)
    m = _DANGLING_AND.search(text, span.start, span.end)
    if m is None:
        return span
    return OrgSpan(span.start, m.start(), _DANGLING_AND.sub("", span.name), span.type, span.province,
                   span.canonical)


def _city_joined(words: int) -> re.Pattern[str]:
    """"… và TP X" closing a text, the city named in one to `words` words."""
    return re.compile(r"[ \t]+và[ \t]+(?:TP\.?|Tp\.?|[Tt]hành[ \t]+phố)[ \t]*(?:[^\W\d_]+[ \t]*){1,%d}$" % words)


# (the name, with abbreviations written out, may hold one word more than the text)
_CITY_JOINED_SURFACE = _city_joined(3)
_CITY_JOINED_NAME = _city_joined(4)


def without_city_joined(text: str, span: OrgSpan) -> OrgSpan:
    """Sample above: 4 names ending in "và TP X" (X a city named alone), each a body and then the
    city it worked with; the body ends before "và"."""
    if text.find("và", span.start, span.end) < 0:
        return span   # (a C find first: the search tries every position of the name)
    m = _CITY_JOINED_SURFACE.search(text, span.start, span.end)
    cut = _CITY_JOINED_NAME.sub("", span.name) if m is not None else span.name
    if m is None or cut == span.name:
        return span
    return OrgSpan(span.start, m.start(), cut, span.type, span.province, span.canonical)


# heads that close their name on a country or a term, never on a person: "Đại biểu Quốc hội Lê
# Quân", "Phó Thủ tướng Chính phủ Vũ Đức Đam" (a person's reader takes three-word names; two-word
# ones ran on)
_CLOSED_HEADS = ("Quốc hội ", "Chính phủ ")
# "Chính phủ Hoàng gia Campuchia", "Chính phủ Lâm thời": a surname that opens a word of the name
_NOT_PERSONS = frozenset({"Hoàng gia", "Lâm thời"})


# a capitalised word right after the name: the person's name runs on past it
_NAME_GOES_ON = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ]")


def _closed_head(name: str) -> str | None:
    """The name up to and with its closed head ("Quốc hội ", "Văn phòng Quốc hội "), if it has one."""
    for closed in _CLOSED_HEADS:
        at = name.find(closed)
        if at == 0 or at > 0 and name[at - 1] == " ":
            return name[:at + len(closed)]
    return None


# a title that the body's name completes, so a person follows: "Chủ tịch Quốc hội …"
_TITLE_BEFORE = re.compile(r"(?:[Cc]hủ tịch|[Tt]hủ tướng|[Đđ]ại biểu|[Tt]hư ký)[ \t]+$")


def _foreign_person(text: str, span: OrgSpan, at: int) -> bool:
    """A foreign person's name of two or more words reaching the name's end after a title
    ("Chủ tịch Quốc hội Esteban Lazo Hernandez"); a bare "Quốc hội Puerto Rico" keeps its place."""
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is None:
        return False
    found = foreign_name_at(text, at, span.end)
    return found is not None and found[0] == span.end


def without_person_after(text: str, span: OrgSpan) -> OrgSpan:
    """"Quốc hội Lê Quân" read whole: the name is the head, the person comes after it. Only two to
    four capitalised words led by a Vietnamese surname, not a place or a country, or a surname
    alone that a capitalised word follows."""
    head = _closed_head(span.name)
    if head is None:
        return span
    rest = span.name[len(head):].split()
    if not rest:
        return span
    surface = text[span.start:span.end]
    cut = (surface + " ").find(" " + rest[0] + " ")
    at = span.start + cut + 1
    # "Quốc hội Lê | Bộ Lĩnh": one surname read, the walker stopped at a head inside the person's name
    cut_short = len(rest) == 1 and _NAME_GOES_ON.match(text, span.end) is not None
    if not (2 <= len(rest) <= 4 or cut_short) or not all(w[:1].isupper() for w in rest) \
            or " ".join(rest[:2]) in _NOT_PERSONS or rest[0] not in gazetteer.surnames():
        if cut < 0 or len(rest) < 2 or not _foreign_person(text, span, at):
            return span   # "Chủ tịch Quốc hội Esteban Lazo Hernandez": a foreign person, not the body's country
    if cut < 0 or place_at(text, at) is not None or country_at(text, at, ambiguous=True) is not None:
        return span   # "Chính phủ Thái Lan": a country
    return OrgSpan(span.start, span.start + cut, head.strip(), span.type, span.province, span.canonical)


# cities whose centre the press names after "qua" or in two words ("đi qua trung tâm Kuala
# Lumpur"): any other Latin word there is a centre's own name ("qua trung tâm Medlatec", "ở trung
# tâm Johns Hopkins")
_KNOWN_CITIES = frozenset({
    "Kuala Lumpur", "New York", "Los Angeles", "San Francisco", "Las Vegas", "New Delhi", "Phnom Penh",
    "Hong Kong", "Tel Aviv", "Abu Dhabi", "Buenos Aires", "Sao Paulo", "Mexico City", "Cape Town",
    "Siem Reap", "Bangkok", "London", "Paris", "Tokyo", "Seoul", "Moskva", "Moscow",
    "Berlin", "Washington", "Sydney", "Melbourne", "Manila", "Jakarta", "Singapore", "Madrid", "Rome",
    "Roma", "Vienna", "Brussels", "Istanbul", "Kabul", "Baghdad", "Damascus", "Caracas", "Yangon",
    "Vientiane", "Dubai", "Chicago", "Dallas", "Houston", "Boston", "Toronto", "Munich", "Milan",
    "Barcelona", "Athens", "Kiev", "Kyiv", "Tehran", "Beirut", "Cairo", "Mumbai", "Delhi", "Dhaka",
    "Taipei", "Osaka", "Busan", "Shanghai", "Beijing", "Manchester", "Geneva", "Stockholm", "Oslo",
    "Warsaw", "Prague", "Budapest", "Ankara", "Jerusalem", "Riyadh", "Doha", "Islamabad", "Ottawa",
    "Vancouver", "Montreal", "Seattle", "Miami", "Atlanta", "Philadelphia", "Hamburg", "Frankfurt",
})
# "ở trung tâm Bangkok", "khu trung tâm London", "quận trung tâm Seoul", "đi qua trung tâm Kuala
# Lumpur": the middle of a city, before a word of place
_DOWNTOWN_BEFORE = re.compile(r"(?<![^\W\d_])(?:ở|giữa|khu|vùng|quanh|gần|quận|(qua))[ \t]+$")


def downtown(text: str, span: OrgSpan) -> bool:
    """"trung tâm X" in lower case after a word of place, X one or two Latin proper words: the
    city's centre. VietNews (40,000 articles, blind removed): ~60 such after these words ("ở trung
    tâm Paris/London/Moskva/Dallas/Tokyo …"), none a body; fresh VietNews (4,261 articles) 4 more
    ("ở trung tâm Kuala Lumpur", "quận trung tâm Seoul"); after "tại", "đến" a centre ("tại trung
    tâm Amway") is kept, and so is a name after "qua" or of two words that is no known city
    ("qua trung tâm Medlatec", "ở trung tâm Johns Hopkins")."""
    if not text.startswith("trung tâm ", span.start) or span.start < 3:
        return False
    rest = span.name.split()[2:]
    if not 1 <= len(rest) <= 2 or not all(w.isascii() and w.isalpha() and w[:1].isupper() and not w.isupper()
                                          for w in rest):
        return False
    before = _DOWNTOWN_BEFORE.search(text, max(0, span.start - 6), span.start)
    if before is None:
        return False
    return (len(rest) == 1 and before.group(1) is None) or " ".join(rest) in _KNOWN_CITIES
