"""The title lexicon: positions officials hold ("Giám đốc", "Thứ trưởng", "Chủ tịch HĐQT"…).

Built once from a base list and titles.json (compound entries give their bare title: the
organisation after a title is read as an organisation). Any title may be a deputy's
("Phó Tổng Thanh tra"); abbreviated titles are written out ("PGĐ" -> "Phó Giám đốc").
"""
from __future__ import annotations

import re
from functools import cache

from . import gazetteer, wordhits
from .lexicon import alternation, lower_usable, odd_letters, starts_with
from .textnorm import normalize_tones
from .tokens import word_at, word_start_alternation

# ("Thành viên": a board's member after a name, "GS A, thành viên Ban Bảo vệ sức khỏe cán bộ Trung
# ương": VietNews health, 3,442 articles, 4 such roles more, each right; never a post before a name)
_BASE_TITLES = """
Bộ trưởng|Thứ trưởng|Thứ trưởng Thường trực|Thủ tướng|Phó Thủ tướng|Phó Thủ tướng Thường trực|Chủ tịch|Phó Chủ tịch|
Phó Chủ tịch Thường trực|Bí thư|Phó Bí thư|Phó Bí thư Thường trực|Tỉnh ủy viên|Thành ủy viên|
Ủy viên Ban Thường vụ|Ủy viên Ban Chấp hành|Ủy viên Ban Chấp hành Trung ương Đảng|
Ủy viên Trung ương Đảng|Ủy viên Bộ Chính trị|Trưởng Ban|Phó Trưởng Ban|Phó Trưởng ban|Trưởng ban|
Giám đốc|Phó Giám đốc|Quyền Giám đốc|Phó Giám đốc phụ trách|Phó Giám đốc Thường trực|Phó Trưởng Ban Thường trực|Tổng Giám đốc|Phó Tổng Giám đốc|
Cục trưởng|Phó Cục trưởng|Vụ trưởng|Phó Vụ trưởng|Viện trưởng|Phó Viện trưởng|
Chánh Văn phòng|Phó Chánh Văn phòng|Chánh Thanh tra|Phó Chánh Thanh tra|Trưởng phòng|Phó Trưởng phòng|
Trưởng khoa|Phó Trưởng khoa|Chủ nhiệm khoa|Phó Chủ nhiệm khoa|Điều dưỡng trưởng|Điều dưỡng trưởng khoa|Hiệu trưởng|Phó Hiệu trưởng|Hiệu phó|Chủ nhiệm|Phó Chủ nhiệm|
Đại biểu Quốc hội|Trưởng đoàn|Chủ tịch Hội đồng quản trị|Trưởng trạm|Phó Trưởng trạm|
Chủ tịch Hội đồng thành viên|Chủ tịch Hội đồng quản lý|Tổng Thư ký|Thư ký|Chỉ huy trưởng|Phó Chỉ huy trưởng|Phó Chỉ huy|Chính ủy|Phó Chính ủy|Tư lệnh|Phó Tư lệnh|Trưởng Đoàn đại biểu Quốc hội|Phó Trưởng Đoàn đại biểu Quốc hội|
Chi cục trưởng|Phó Chi cục trưởng|Trưởng Chi cục|Phó Trưởng Chi cục|Tổng cục trưởng|Phó Tổng cục trưởng|Trưởng Bộ môn|Phó Trưởng Bộ môn|Trưởng đơn vị|Phó Trưởng đơn vị|Trưởng đơn nguyên|Phó Trưởng đơn nguyên|
Trưởng Khoa|Phó Trưởng Khoa|Trưởng Phòng|Phó Trưởng Phòng|Giám đốc Trung tâm|Phó Giám đốc Trung tâm|GĐ Trung tâm|PGĐ Trung tâm|Phụ trách Trung tâm|Phụ trách Sở|Phụ trách Khoa|Phụ trách Phòng|
Chủ tịch Ủy ban nhân dân|Phó Chủ tịch Ủy ban nhân dân|Chủ tịch UBND|Phó Chủ tịch UBND|Tham tán|Tham tán Công sứ|
Quốc vụ khanh|Người phát ngôn|Thủ trưởng|Thủ trưởng Thường trực|Đội trưởng|Đội phó|
Phó Trạm|Phó Cục|Phó Vụ|Phó Viện|Phó Chi cục|
Chủ tịch HĐND|Phó Chủ tịch HĐND|
Bí thư Tỉnh ủy|Phó Bí thư Tỉnh ủy|Bí thư Thành ủy|Phó Bí thư Thành ủy|
Cục phó|Vụ phó|Chi cục phó|Viện phó|Phó Ban|Tổng Biên tập|Kế toán trưởng|Thẩm phán|Thành viên|
Thư ký Bộ trưởng|Trưởng CA|Phó CA|Trưởng CAQ|Trưởng CAP|Trưởng CAH|Trưởng CAX|Phó CAQ|Phó CAP|Phó CAH|Phó CAX|Trưởng kíp mổ|Trưởng kíp trực|Trưởng ca trực|Trưởng kíp trực cấp cứu|Trưởng ca trực cấp cứu|Trưởng êkíp|Trưởng ê kíp|Trưởng kíp
"""


@cache
def titles() -> list[str]:
    titles = {t.strip() for t in _BASE_TITLES.replace("\n", "").split("|") if t.strip()}
    for item in gazetteer.titles():
        # compound entries ("Phó Giám đốc Sở Y tế") contribute their bare title only:
        # the organisation after a title is parsed as an organisation
        base = item.get("base") or item.get("title")
        if base and not re.search(r"(?i)^(phó )?trưởng ban .", str(base)):
            titles.add(str(base).strip())
        if item.get("title") == base:
            titles.update(str(a).strip() for a in item.get("aliases", []) if a)
    return sorted(titles, key=len, reverse=True)


# "Quyền" (acting) before a title; in lower case only where it cannot end a compound
# ("chính quyền", "thẩm quyền", "ủy quyền"): after punctuation, the start, or a word
# that introduces a post ("giữ chức quyền Giám đốc", "nguyên quyền Vụ trưởng"); abbreviated
# "Q." ("Q. Trưởng khoa", "Q. Giám đốc"; before a title only, so "Q. Bình Thạnh" is no title)
ACTING = (r"(?:(?-i:Quyền|Q\.)|(?:(?<![^\W\d_]\s)|(?<=chức )|(?<=giữ )|(?<=làm )|(?<=là )|(?<=nguyên )|"
          r"(?<=cựu ))(?-i:quyền))")


@cache
def title_re() -> re.Pattern[str]:
    alts = alternation(titles(), ignorecase=True)
    # any title may be a deputy's: "Phó Tổng Thanh tra", "Phó Tổng cục trưởng"; or an
    # acting holder's: "Quyền Vụ trưởng", "nguyên quyền Giám đốc"
    # (a look-ahead for the letters a match can open with: a search fails every other position
    # on that one test, before the look-behind and the alternation)
    opens = starts_with(*titles(), "nguyên", "cựu", "Phó", "Quyền", "Q.")
    return re.compile(opens + r"(?<![^\W\d_])(nguyên\s+|Nguyên\s+|cựu\s+|Cựu\s+)?((?:" + alts + r")|"
                      r"(?:Phó|" + ACTING + r"(?:\s+Phó)?)\s+(?:" + alts + r"))(?![^\W\d_])", re.IGNORECASE)


@cache
def title_start_re() -> re.Pattern[str]:
    """Where a title could start, whatever follows it: every role starts with one, so a
    sentence this finds nothing in has no official (a cheap test before finding names)."""
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(titles(), ignorecase=True) + ")", re.IGNORECASE)


@cache
def lower_titles() -> frozenset[str]:
    """Every title lower-cased: a post looked up whatever the case it is written in."""
    return frozenset(t.lower() for t in titles())


@cache
def _lower_title_start() -> tuple[re.Pattern[str], frozenset[str]]:
    """`title_start_re` for lower-cased text, case-sensitive (so the engine can skip ahead),
    and the letters IGNORECASE would also match that lower-casing does not give ("ı")."""
    return re.compile(word_start_alternation(sorted(lower_titles()))), _lower_title_odd()


@cache
def _lower_title_odd() -> frozenset[str]:
    """`_lower_title_start`'s letters alone (the word hits need no pattern compiled)."""
    return odd_letters(lower_titles())


def has_title(doc, start: int, end: int) -> bool:
    """Whether a title starts in [start, end) of a Doc: `title_start_re` on the matching
    text, read from the lower-cased text when it has the same length."""
    if doc.lower is doc.match:
        return title_start_re().search(doc.match, start, end) is not None
    if not lower_usable(doc, _lower_title_odd()):   # "ı" or "ſ" somewhere in the text (checked once a document)
        return title_start_re().search(doc.match, start, end) is not None
    found = wordhits.hits(doc)
    if found is None:
        return _lower_title_start()[0].search(doc.lower, start, end) is not None
    return wordhits.spelt_in(found["titles"], start, end)   # the search, read from the word hits


def titled_sentences(doc) -> list[bool]:
    """`has_title` of each sentence of a Doc, in order: the word hits' test looked up once a
    document when `has_title` would read them (its four calls a sentence, ~900 a pass over
    `.eval/real`, cost ~12K instructions each), else asked sentence by sentence."""
    found = wordhits.hits(doc) if doc.lower is not doc.match and lower_usable(doc, _lower_title_odd()) else None
    if found is None:
        return [has_title(doc, s.start, s.end) for s in doc.sentences]
    spelt_in, found_titles = wordhits.spelt_in, found["titles"]
    return [spelt_in(found_titles, s.start, s.end) for s in doc.sentences]


@cache
def central_board_re() -> re.Pattern[str]:
    """"ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương": a board of the Party Central
    Committee written after "Trưởng ban" (group 1: its name as written)."""
    boards = gazetteer.load("titles").get("central_boards", {})
    names = list(boards.get("names", [])) + list(boards.get("variants", {}))
    alts = "|".join(re.escape(normalize_tones(n)) for n in sorted(names, key=len, reverse=True))
    # "(?-i:[Bb])": the same two letters as "[Bb]" under IGNORECASE, but case-sensitive, so
    # the engine scans for them in C instead of trying the pattern at every position
    return re.compile(r"(?-i:[Bb])an\s+(" + alts + r")\s+(?:Trung ương|TƯ|TW)(?![^\W\d_])", re.IGNORECASE)


@cache
def expansions() -> dict[str, str]:
    """Abbreviated titles written out: "Chủ tịch HĐQT" -> "Chủ tịch Hội đồng quản trị", "PGĐ" -> "Phó Giám đốc"."""
    out = {}
    for item in gazetteer.titles():
        for alias in item.get("aliases", ()):
            if re.search(r"[A-ZĐ]{2,}", alias) and not re.search(r"[A-ZĐ]{2,}", item["title"]):
                out[alias.lower()] = item["title"]
    return out


@cache
def title_end_re() -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(titles(), ignorecase=True) + r")\s*$", re.IGNORECASE)


# a word every title in titles.json contains (a cheap test before looking closer)
TITLE_WORD = re.compile(r"trưởng|tướng|giám đốc|chủ tịch|thư ký|bí thư|phát ngôn|đại sứ|thống đốc|tư lệnh|"
                         r"chính ủy|chính uỷ|chủ nhiệm|viên|đại biểu|tham tán|lãnh sự|chánh|phó|tổng|gđ|đbqh|khanh|công sứ|phụ trách|"
                         r"thẩm phán")


def title_at(text: str, pos: int, limit: int) -> re.Match[str] | None:
    w = word_at(text, pos, limit)
    if w is None:
        return None
    return title_re().match(text, w.start, limit)
