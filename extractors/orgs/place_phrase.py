"""Place phrases that end an organisation name: "tỉnh Nghệ An", "TP.HCM", "huyện Mường Nhé"."""
from __future__ import annotations

import re

from ..lexicon import word_start_branches
from ..places import place_at
from ..tokens import UPPER, Word, person_at, surnames, word_at
from .abbreviations import expand_portfolios
from .heads import PLACE_LEVELS
from .known import CENTRAL_SHORT
from .person_names import dictionary, person_starts_here
from ..lazy import lazy_compile

# ("Tp.HCM", "Tp HCM": 12 times in a 3,100-article sample, once after a body's head, "UBND Tp.HCM" kept
# unexpanded before; "sở GTVT P. HCM", a lost "T", was read as a ward "phường HCM")
TPHCM = re.compile(r"T[Pp]\.?\s?HCM|P\.[ \t]?HCM(?![^\W\d_])|TPHCM|TP\.?\s?Hồ Chí Minh|Thành phố Hồ Chí Minh|thành phố Hồ Chí Minh")
# the island districts ("UBND huyện đảo Bạch Long Vĩ", "Công an huyện đảo Phú Quốc": 40 such bodies in
# VietNews, real26); three-syllable ones read like a person's name, so they are listed, and "huyện
# đảo" is an admin word only before one of them
_ISLANDS = (r"(?:Bạch Long V[ĩỹ]|Cát Hải|Cô Tô|Vân Đồn|Cồn Cỏ|Lý Sơn|Hoàng Sa|Trường Sa|Phú Quý|Côn Đảo|"
            r"Phú Quốc|Kiên Hải)(?![^\W\d_])")
_ISLAND = re.compile(_ISLANDS)
# "Q. 3", "H.Bình Chánh", "P. Cát Lái": an abbreviated admin word may touch the name
# ("thị trấn", a district's town: "UBND thị trấn Vân Đình", "Trạm Y tế thị trấn Tiên Lãng",
# 616 times after a body's head in VietNews; "Quận" capitalised before its number: "Công an Quận 1",
# "Viện KSND Quận 4", cut to "… Quận" before; "TX" bare as "TP" is: "UBND TX Từ Sơn", "Công an TX
# Dĩ An", left unexpanded before; "Công an Tp. Đông Hà" in sentence case; "T X." is how the
# VietNews corpus writes "TX." (28 times in 2,461 fresh health articles: "Công an T X.Bến Cát"))
# "xã hội" (society) before a place, a capital or the name's end is no commune: "Ngân hàng Chính
# sách xã hội tỉnh X", "Trung tâm Bảo trợ xã hội X", "Hội Tâm lý học xã hội Việt Nam" were refused as
# "which commune is not said" (100 baomoi articles with such a name: 21 of 22 new names right, one a
# fund as "Quỹ Bảo hiểm y tế" already is); before a lower-case word the name is still refused.
# A lone capital right after the dot is a pair of initials, no district ("Công ty TNHH H.V")
ADMIN = lazy_compile(r"((?:TP|Tp|TX|T X|Q|H|P)\.(?!" + UPPER + r"(?![^\W\d_]))|(?:tỉnh|thành phố|Thành phố|TP|TX|huyện đảo(?=\s+" + _ISLANDS + r")|"
                   r"huyện|quận|Quận(?=[ \t]+\d)|thị xã|thị trấn|xã(?![ \t]+hội(?:[ \t]+(?:" + "|".join(PLACE_LEVELS) + r"|\d|" + UPPER + r")|[ \t]*(?:[,.;:()–-]|$)))|phường)(?![^\W\d_]))")
LOCAL_ADMIN = ("huyện", "quận", "thị xã", "thị trấn", "xã", "phường")
_ADMIN_WORDS = {"tp": "thành phố", "q": "quận", "tx": "thị xã", "t x": "thị xã", "h": "huyện", "p": "phường"}


def admin_word(written: str) -> str:
    """The admin word written out and in lower case ("TP." -> "thành phố", "Q." -> "quận")."""
    word = written.lower().rstrip(".")
    return _ADMIN_WORDS.get(word, word)
# capitalised words that open a title, not a district name
_STOP_WORDS = {"Giám", "Phó", "Chủ", "Bí", "Trưởng", "Thứ", "Ông", "Bà", "Đồng"}
# "Ông", "Bà" and "Đồng" inside a name: "quận Hai Bà Trưng" (444 times in VietNews, all
# articles), "phường Cầu Ông Lãnh" (56), "Trường Tiểu học Kim Đồng"; they open a person only
# before a personal name ("Bà Nguyễn Thị Lan") or as "Đồng chí"
_IN_NAME_TITLES = frozenset({"Ông", "Bà"})


def opens_person(text: str, w, limit: int) -> bool:
    """A title word at w ("Ông", "Bà", "Đồng") that opens a person, not part of a name."""
    if w.text == "Đồng":
        return text.startswith(" chí", w.end)
    if w.text == "Bí":
        return text.startswith((" thư", " Thư"), w.end)   # "Bí thư"; "Uông Bí" is a city
    if w.text not in _IN_NAME_TITLES:
        return True
    nxt = word_at(text, w.end, limit)
    return nxt is None or not (nxt.is_cap and nxt.is_alpha) or person_at(text, nxt.start, limit) is not None


def place_phrase(text: str, pos: int, limit: int) -> tuple[int, str, str | None] | None:
    """'tỉnh Nghệ An' / 'Nghệ An' / 'TP.HCM' / 'thành phố Vinh' at pos -> (end, written, province)."""
    w = word_at(text, pos, limit)
    if w is None:
        return None
    m = TPHCM.match(text, w.start)
    if m:
        return m.end(), "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"
    hit = place_at(text, w.start)
    if hit:
        return hit.end, text[hit.start:hit.end], hit.name
    a = ADMIN.match(text, w.start)
    if a:
        nxt = word_at(text, a.end(), limit)
        admin = admin_word(a.group(1))
        if nxt is not None and nxt.text.isdigit() and len(nxt.text) <= 2 and admin in ("quận", "phường"):
            written = "Quận" if a.group(1) == "Quận" else admin   # "Công an Quận 1" keeps its capital
            return nxt.end, f"{written} {nxt.text}", None   # "Trung tâm Y tế quận 8"
        if nxt is not None and nxt.is_cap:
            m = TPHCM.match(text, nxt.start)
            if m:
                return m.end(), "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"
            hit = place_at(text, nxt.start)
            if hit:
                return hit.end, f"{admin} {text[hit.start:hit.end]}", hit.name
            if admin == "tỉnh":
                return None  # every province is in the gazetteer: "tỉnh H'Lim Niê" is no place
            island = _ISLAND.match(text, nxt.start) if admin == "huyện đảo" else None
            if island:
                return island.end(), f"{admin} {island.group(0)}", None
            return _district(text, a.end(), nxt, admin, limit)
    return None


# words that open the next sentence where a paragraph break is lost (baomoi joins a caption or a
# subheading to the body: "… Bệnh viện Việt Đức Về việc chênh lệch giá …", "TAND huyện Tĩnh Gia
# Chiều ngày 16-5 …", "Bảo hiểm xã hội Việt Nam Năm 2017, …", "Bệnh viện Chợ Rẫy Ảnh: …")
RUN_ON_WORDS = frozenset({"chiều", "sáng", "tối", "trưa", "ngày", "về", "ngay", "vào", "lần", "kết"})
_RUN_ON_DATED = re.compile(r"(?:Ngày|Chiều|Sáng|Tối|Trưa|Năm)[ \t]+\d")
_RUN_ON_CREDIT = re.compile(r"(?:Ảnh|ẢNH|Nguồn|NGUỒN|Video|Clip)[ \t]*:")   # "BV Chợ Rẫy ẢNH: ĐỨC HẠNH" too
# in a district's name, the two openers that are no syllable of a place either
_ALWAYS_OPENS = frozenset({"trong", "theo"})   # "BHXH TP. Trong số này …": no place's first syllable either
_DISTRICT_RUN_ON = RUN_ON_WORDS | _ALWAYS_OPENS


def runs_on(text: str, w: Word, limit: int, last: str, words: frozenset[str] = RUN_ON_WORDS) -> bool:
    """The capitalised word at w, after a name ending in the syllable `last`, opens the next
    sentence: a time word before a number, a credit before a colon, or one of `words` before a
    lower-case word when it makes no word with `last` ("Ánh Sáng", "Đoàn Kết" go on)."""
    if _RUN_ON_DATED.match(text, w.start) or _RUN_ON_CREDIT.match(text, w.start):
        return True
    lower = w.text.lower()
    if lower not in words and lower not in _PAIR_FIRST:
        return False
    nxt = word_at(text, w.end, limit)
    if lower in _ALWAYS_OPENS and lower in words and nxt is not None and nxt.start == w.end + 1 \
            and nxt.is_alpha and nxt.is_cap and f"{last.lower()} {lower}" not in dictionary():
        return True   # "Bệnh viện Đa khoa huyện Thanh Bình Theo UBND tỉnh …": a capital after it too
    if nxt is None or nxt.start != w.end + 1 or not nxt.is_alpha or nxt.is_cap \
            or f"{last.lower()} {lower}" in dictionary():
        return False
    if f"{lower} {nxt.text}" in _OPENER_PAIRS:
        return True
    return lower in words and nxt.text in _RUN_ON_NEXT.get(lower, (nxt.text,))


# two-word sentence openers run on after a name (1,800-article health sample, one each: "UBND
# phường Trung Hòa Liên quan đến …", "Quỹ BHYT Đồng thời …", "Bộ Y tế Vấn đề này …")
_OPENER_PAIRS = frozenset({"liên quan", "đồng thời", "vấn đề", "đối tượng", "đại biểu", "hoạt động", "điều đáng",
                           "trong số", "kết quả", "tin từ"})
_PAIR_FIRST = frozenset(p.split()[0] for p in _OPENER_PAIRS)


# what must follow a word that may also end a person's or a place's name ("… Nguyễn Đình Chiều
# tỉnh Bến Tre", a typo for "Chiểu"): the rest of a time phrase, "Kết quả"; other words take any
_TIME_NEXT = frozenset({"ngày", "nay", "qua", "cùng", "hôm", "mai", "sớm", "muộn", "mùng", "mồng"})
_RUN_ON_NEXT = {"chiều": _TIME_NEXT, "sáng": _TIME_NEXT, "tối": _TIME_NEXT, "trưa": _TIME_NEXT, "ngày": _TIME_NEXT,
                "kết": frozenset({"quả", "luận", "thúc"})}


# plural words that open a sentence and no place's name
_NEVER_A_PLACE = frozenset({"các", "những", "mọi"})


def _surname_alone(text: str, cur: Word, limit: int) -> bool:
    """"làm việc với công an xã Phạm thừa nhận …": a surname alone before a lower-case word is the
    person who speaks next (the commune is the story's), no commune named "Phạm"."""
    nxt = word_at(text, cur.end, limit)
    return cur.text in surnames() and nxt is not None and nxt.is_alpha and not nxt.is_cap


def _district(text: str, end: int, cur, admin: str, limit: int) -> tuple[int, str, None] | None:
    """A district or town name: capitalised words after the admin word, up to the city
    ("Q.Tân Bình TP.HCM" is "quận Tân Bình")."""
    if cur is not None and (cur.text.lower() in _NEVER_A_PLACE or _surname_alone(text, cur, limit)):
        return None   # "lực lượng Công an TP. Các cán bộ …": the next sentence
    parts: list[str] = []
    while cur is not None and cur.is_cap and cur.is_alpha and len(parts) < 4 \
            and (cur.text not in _STOP_WORDS or not opens_person(text, cur, limit)) \
            and not (parts and TPHCM.match(text, cur.start)) \
            and not _person_after_place(text, cur.start, limit, parts) \
            and not runs_on(text, cur, limit, parts[-1] if parts else admin,
                            _DISTRICT_RUN_ON if parts else _ALWAYS_OPENS):
        parts.append(cur.text)
        end = cur.end
        cur = word_at(text, end, limit)
    if parts and cur is not None and miscased_next(text, Word(parts[-1], end - len(parts[-1]), end), cur):
        parts.append(cur.text)   # "huyện Bù đăng"
        end = cur.end
    if parts:
        return end, f"{admin} {' '.join(parts)}", None
    return None


def district_name(text: str, pos: int, limit: int) -> str | None:
    """The district name that starts with the word after pos, read as `_district` reads it
    after an admin word ("Quan Sơn" of " Quan Sơn Trong lúc"); None if none."""
    got = _district(text, pos, word_at(text, pos, limit), "huyện", limit)
    return got[1][len("huyện "):] if got else None


# what a district's name comes after when the story writes it right ("huyện Bù Đăng",
# "Bệnh viện Đa khoa Lương Tài")
_PLACE_BEFORE = r"(?:[Hh]uyện|[Xx]ã|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?|[Tt]ỉnh|[Bb]ệnh viện(?: [Đđ]a khoa)?|[Tt]rung tâm [Yy] tế)\s+"


def miscased_next(text: str, w, nxt) -> bool:
    """"Công an huyện Bù đăng", "Bệnh viện Đa khoa Lương tài": the word after capitalised `w` is a
    place's second syllable typed in lower case, when the story writes the place right elsewhere
    after an admin word or a hospital's head ("huyện Bù Đăng"; real18, real24: each the district
    the story names)."""
    if nxt.is_cap or not nxt.is_alpha or nxt.start != w.end + 1:
        return False
    right = f"{w.text} {nxt.text[0].upper()}{nxt.text[1:]}"
    if not _written_after_place(text, right):
        return False
    after = word_at(text, nxt.end)
    return after is None or f"{nxt.text} {after.text.lower()}" not in dictionary()
    # (a syllable that opens a word of the sentence: "Công an huyện Yên thành công …")


# the same matches as _PLACE_BEFORE, one branch per first letter (`word_start_branches`): a
# search scans for those letters in C, and a branch is passed over on one comparison
_PLACE_BEFORE_RE = lazy_compile(word_start_branches(
    ["Huyện", "huyện", "Xã", "xã", "Quận", "quận", "Thị xã", "thị xã", "Thành phố", "thành phố", r"TP\.?",
     "Tỉnh", "tỉnh", "Trung tâm [Yy] tế", "trung tâm [Yy] tế", "Bệnh viện(?: [Đđ]a khoa)?", "bệnh viện(?: [Đđ]a khoa)?"],
    not_after=None) + r"\s+")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]*")
# (text, {first letters: [where a name may start after a place word]}) for the last text asked
# about; replaced as one tuple, as tokens.word_at's table, so crawl threads each read their own
_after_place: tuple[str | None, dict[str, list[int]]] = (None, {})


def _written_after_place(text: str, right: str) -> bool:
    """`_PLACE_BEFORE` then `right`, a whole word, somewhere in the text. The places where a name
    may follow a place word are found once per text (a scan of a long document per call made
    one 2M-char document cost 2.3x its articles; every such match ends where a word starts, so
    this index finds the same matches as searching for the joined pattern). They are keyed by
    the letters written there up to the first non-letter, which `right` holds whole (its space)."""
    global _after_place
    last = _after_place
    if last[0] is not text:
        starts: dict[str, list[int]] = {}
        for m in _PLACE_BEFORE_RE.finditer(text):
            starts.setdefault(_LETTERS.match(text, m.end()).group(), []).append(m.end())
        last = _after_place = (text, starts)
    n = len(right)
    return any(text.startswith(right, p) and not _LETTER.match(text, p + n)
               for p in last[1].get(_LETTERS.match(right).group(), ()))


# three-syllable districts that open with a surname, read as a person's full name otherwise
# ("Trung tâm Y tế huyện Dương Minh Châu", "UBND huyện Hoàng Su Phì")
_PERSON_LIKE_DISTRICT = re.compile(r"(?:Dương Minh Châu|Hoàng Su Phì|Bạch Long V[ĩỹ])(?![^\W\d_])")


# a ward, commune or street named after a historical figure ("phường Nguyễn Cư Trinh", "phường Phạm
# Ngũ Lão", "xã Hồ Thị Kỷ"): the story writes the name as a place, with its district after it
# ("phường Nguyễn Cư Trinh, quận 1") or after place words more than once, and never as a person's
_HIGHER_ADMIN = r"[ \t]*[,(–-]?[ \t]*(?:quận|huyện|thị xã|thành phố|TP|Q\.|TX|tỉnh|Quận)(?![^\W\d_])"
_PLACE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?<!thành )(?<!Thành )(?:phường|xã|thị trấn|đường|phố|Phường|Xã|Đường|Phố)[ \t]+$")
_WARD_BEFORE = re.compile(r"(?<![^\W\d_])(?:phường|xã|thị trấn|P\.)[ \t]*$")
_PERSON_WORD_BEFORE = re.compile(r"(?:ông|bà|anh|chị|em|cháu|Ông|Bà|Anh|Chị|[Cc]hủ tịch|[Tt]rưởng|[Bb]í thư|"
                                 r"[Gg]iám đốc|[Pp]hó)[ \t,]+$")


def _named_after_person(text: str, name: str) -> bool:
    """The three-syllable `name` after an admin word is a place named after a person, not a person."""
    if re.search(re.escape(name) + _HIGHER_ADMIN, text):
        return True
    places = 0
    for m in re.finditer(re.escape(name) + r"(?![^\W\d_])", text):
        before = text[max(0, m.start() - 16):m.start()]
        if _PERSON_WORD_BEFORE.search(before):
            return False
        places += _PLACE_WORD_BEFORE.search(before) is not None
    return places >= 2


def _person_after_place(text: str, pos: int, limit: int, parts: list[str]) -> bool:
    """A personal name starts at pos, after an admin word ("huyện Hoàng Mai" is a place).

    The first word after "huyện"/"quận"/… names the place, so a two-syllable
    "name" there ("Hoàng Mai") is the place; a three-syllable one is a person
    ("UBND xã Lê Văn Hùng" is not written so, but "Chủ tịch UBND xã Lê Văn Hùng" is).
    """
    got = person_at(text, pos, limit)
    if not got or (not parts and _PERSON_LIKE_DISTRICT.match(text, pos)):
        return False
    n = len(got[1].split())
    if parts:
        return person_starts_here(text, pos, limit)
    if n == 2 or n == 3 and _WARD_BEFORE.search(text, max(0, pos - 12), pos) and _named_after_person(text, got[1]):
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


# (the word-start test after the first letter: a search skips to that letter in C)
_ABBREVIATIONS = [(re.compile(word_start_branches(["TWQĐ"]) + r"(?![^\W\d_])"), "Trung ương Quân đội"),
                  (re.compile(word_start_branches([re.escape(s) for s in CENTRAL_SHORT]) + r"(?![^\W\d_])"), "Trung ương"),
                  (re.compile(word_start_branches(["ĐK"]) + r"(?![^\W\d_])"), "Đa khoa")]


# "TP Cần Thơ", "TP. Vinh" inside a name kept as written: the city's level ("TPBank", "TP Bank" a bank)
_CITY_SHORT = re.compile(r"(?<![^\W\d_])TP(?:\.[ \t]*|[ \t]+)(?=[A-ZĐÀ-Ỹ])(?!Bank)")
# literals one of which a name holds when `written_in_full` may change it
_SHORT_FORM_CUES = ("TP", *CENTRAL_SHORT, "ĐK")   # ("TW" also opens "TWQĐ")


def expand_abbreviations(name: str) -> str:
    """'TP.HCM' / 'TW' / 'TWQĐ' / 'ĐK' / 'GD&ĐT' inside a written name -> full words (names are compared
    expanded)."""
    name = TPHCM.sub("Thành phố Hồ Chí Minh", name)
    for pattern, full in _ABBREVIATIONS:
        name = pattern.sub(full, name)
    return expand_portfolios(name)


def written_in_full(name: str) -> str:
    """A record's name with the short forms a walk kept as written ("Bệnh viện mắt TW", "Bệnh viện
    TWQĐ 108", "Bệnh viện Đa khoa TP Cần Thơ", "Tổng lãnh sự quán Mỹ tại TP HCM") written out, as gold
    writes them. Fresh health sample (2,461 VietNews articles): 12 such names; a literal test first."""
    if not any(cue in name for cue in _SHORT_FORM_CUES):
        return name
    return _CITY_SHORT.sub("thành phố ", expand_abbreviations(name))
