"""Personal names in a sentence, and the honorifics written before them.

Candidates are the positions of known surnames (a set lookup over capitalised words),
foreign-looking words right after a title ("Thủ tướng Australia Scott Morrison"), and,
for underthesea's second opinion, capitalised runs after a title word or before
"- TITLE"; every other word is never looked at. Names inside organisation and place
names are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .doc import Doc
from .lexicon import alternation, top_level, word_start_branches
from .orgs.place_phrase import LOCAL_ADMIN, place_phrase
from .orgs.span import OrgSpan
from .foreign_names import foreign_name_at
from .places import country_at, country_before, places_in
from .signals import tagged_person
from .titles import TITLE_WORD, title_at, title_end_re
from .tokens import (TITLE_STARTS, UPPER, is_vietnamese_syllable, name_stopwords, person_at, starts_title,
                     surnames, word_at)
from .intervals import Intervals
from .lazy import lazy_compile

# the run starts at a word's start: "ông" inside "Truyền thông", "Hà Đông" is no honorific
_HONORIFIC_ALTS = (
    r"ông|bà|anh|chị|đồng chí|Ông|Bà|Đồng chí|Anh|Chị|đ/c|Đ/c|"
    r"GS|PGS|TS|ThS|BS|BSCKI|BSCKII|BS\.CKI|BS\.CKII|CKI|CKII|DS|DSCKI|DSCKII|CN|KS|TTND|TTƯT|"
    r"Giáo sư|Phó Giáo sư|Tiến sĩ|Thạc sĩ|Bác sĩ|Dược sĩ|Điều dưỡng|Bác sĩ [Cc]huyên khoa (?:I|II|1|2)|"
    r"Thầy thuốc [Nn]hân dân|Thầy thuốc [Ưư]u tú|Đại tá|Thượng tá|Trung tá|Thiếu tướng|Trung tướng|"
    r"Thiếu tá|Nhà giáo [Nn]hân dân|Anh hùng [Ll]ao động|"
    # police and army ranks ("Trưởng Công an xã X, Đại úy NAME"; VietNews: "thượng tướng" 220
    # times before a name, "đại úy" 139, "thượng úy" 78), the "-sỹ" spelling of degrees, resident
    # and specialist doctors written in figures, and the teachers' titles
    r"Thượng tướng|Đại tướng|Đại (?:úy|uý)|Thượng (?:úy|uý)|Trung (?:úy|uý)|Thiếu (?:úy|uý)|Tiến sỹ|Thạc sỹ|Bác sỹ|Dược sỹ|"
    r"Bác s[ĩỹ] [Cc]huyên khoa cấp (?:I|II|1|2)|BSNT|BSCK[12]|BS\.CK[12]|CK[12]|TSKH|NGƯT|NGND|"
    r"Nhà giáo [Ưư]u tú")
# a run of them up to the end: `(?<![^\W\d_])(?:(?:ALTS)(?:[.,]?\s*|\.))+$`, written with the first
# word's letter as one case-sensitive branch and the word-start test after it, so that a search
# scans for those letters in C instead of trying the run at every position (the same matches:
# each branch keeps its alternatives, and where the run starts does not hang on their order)
_HONORIFIC_SEP = r"(?:[.,]?\s*|\.)"
_HONORIFIC_WORDS = lazy_compile(
    word_start_branches(top_level(_HONORIFIC_ALTS), ignorecase=True) + _HONORIFIC_SEP
    + "(?:" + word_start_branches(top_level(_HONORIFIC_ALTS), not_after=None, ignorecase=True) + _HONORIFIC_SEP
    + ")*$", re.IGNORECASE)


@dataclass
class Person:
    start: int
    end: int
    name: str
    honorifics: list[str] = field(default_factory=list)
    hon_start: int = -1
    foreign: bool = False


def _honorifics_before(text: str, start: int, floor: int) -> tuple[list[str], int]:
    window = text[max(floor, start - 60):start]
    m = _HONORIFIC_WORDS.search(window)
    if m and _KIN_IN_NAME.match(m.group(0)) and _after_capital(window, m.start()):
        m = _HONORIFIC_WORDS.search(window, m.start() + _KIN_IN_NAME.match(m.group(0)).end())
    if not m or not m.group(0).strip():
        return [], start
    raw = m.group(0).strip()
    parts = [p for p in re.split(r"(?<=\.)(?=[A-ZĐ])|,?\s+(?=[A-ZĐa-zđ])", raw) if p.strip(" ,")]
    hon_start = start - len(window) + m.start()
    return [raw] if len(parts) == 1 else _merge_hon(parts, raw), hon_start


# "Anh" right after a capitalised word ends a place's or a body's name ("UBND xã Đông Anh Mai
# Văn Hòa", "Hoàng Anh Gia Lai"): it is no "anh" before the next name (a capitalised "Ông"/"Bà"
# there is a careless honorific: "Sở Y tế Hà Nội Ông Trần Văn B")
_KIN_IN_NAME = re.compile(r"Anh\s+")


def _after_capital(window: str, pos: int) -> bool:
    """Is the word right before pos (one space between) a capitalised word?"""
    before = window[:pos]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    return word[:1].isupper() and word.isalpha()


def _merge_hon(parts: list[str], raw: str) -> list[str]:
    # keep multi-word honorifics ("Bác sĩ Chuyên khoa II") whole: the raw string is honest
    return [raw.rstrip(",").strip()]


# (the capital first, then the word-start test: re's search scans for capitals in C)
# (possessive: a letter given back is followed by a letter, which neither the apostrophe nor
# the look-ahead's space takes, so backtracking never found a match; the same matches)
_CAP_TOKEN = lazy_compile(UPPER + r"(?<![^\W\d_].)[^\W\d_]*+(?:['’]" + UPPER + r"[^\W\d_]*+)?+(?=\s+\S)")
_PREFIXED_NAME = re.compile(r"[HK]['’][A-ZĐÀ-Ỹ][^\W\d_]*")


@cache
def _compound_firsts() -> dict[str, tuple[str, ...]]:
    """First syllable -> the multi-syllable surnames it opens ("Tôn" -> ("Tôn Thất", …))."""
    out: dict[str, list[str]] = {}
    for name in surnames():
        if " " in name:
            out.setdefault(name.split()[0], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _surname_starts(text: str, start: int, end: int) -> list[int]:
    """Where a known surname starts in [start, end): capitalised words looked up in a set
    (a regex of every surname is twice as slow), prefixed names (H'Lim) and Ê Đê "Y"."""
    names, firsts = surnames(), _compound_firsts()
    out = []
    for m in _CAP_TOKEN.finditer(text, start, end):
        word = m.group(0)
        # (the prefixed-name and compound tests only for words that can pass them: most words are neither)
        if word in names or word[1:2] in ("'", "’") and _PREFIXED_NAME.fullmatch(word) or \
                word == "Y" and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isupper() \
                or word in firsts and any(text.startswith(c, m.start()) and re.match(r"\s+\S", text[m.start() + len(c):m.start() + len(c) + 2])
                                          for c in firsts[word]):
            out.append(m.start())
    return out


# where a name with a surname the lexicon lacks may start: after a title or an honorific
# (or after a degree: "GS Chue Shue Lee, Chủ tịch …", "Tiến sĩ Kidong Park, Trưởng đại diện …");
# a lower-case "ông" only at a word's start: inside "sông", "thông", "Công" it led a river or a
# ministry's last word into a name ("sông Cửu Long, Phó Thủ tướng A" gave the post to "Cửu Long";
# 1,459 baomoi articles with such a word before capitals: 1 post fixed, nothing else changed)
_LEAD_WORDS = (r"(?:Ông|ô(?<![^\W\d_].)ng|[Bb]à|đồng chí|[Gg]iám đốc|[Tt]rưởng|[Cc]hủ tịch|[Bb]í thư|"
               r"(?<![^\W\d_])(?:GS|PGS|TS|ThS|BS)\.?(?:\s*TS\.?)?|[Gg]iáo sư|[Tt]iến s[ĩỹ]|[Bb]ác s[ĩỹ])")
# (one branch per first letter, in _LEAD_WORDS' order within it: a branch is passed over on one
# comparison; the degrees' word-start test after their first letter, as before)
_NER_DEGREE = r"\.?(?:\s*TS\.?)?"
_NER_LEAD = lazy_compile(r"(?:Ông|ô(?<![^\W\d_].)ng|B(?:à|í thư|(?<![^\W\d_].)S" + _NER_DEGREE + r"|ác s[ĩỹ])|b(?:à|í thư|ác s[ĩỹ])|đồng chí"
                       r"|G(?:iám đốc|(?<![^\W\d_].)S" + _NER_DEGREE + r"|iáo sư)|g(?:iám đốc|iáo sư)"
                       r"|T(?:rưởng|(?<![^\W\d_].)(?:S|hS)" + _NER_DEGREE + r"|iến s[ĩỹ])|t(?:rưởng|iến s[ĩỹ])"
                       r"|Chủ tịch|chủ tịch|P(?<![^\W\d_].)GS" + _NER_DEGREE + r")\s+(?=[A-ZĐÀ-Ỹ])")
# a military rank before a name the lexicon lacks: "Đại tá Peter Roberts, chỉ huy trưởng tàu …",
# "Đô đốc Harry Harris, Tư lệnh …", "Tướng Joseph Dunford" (VietNews, all articles: ~390 foreign
# names after a rank with a post right after them), not the "tướng" of "Thủ tướng"
# (one branch per spelling of a first letter, the word-start test after it: a search scans for
# those letters in C; at most one branch can match at a position, so the order is free)
_RANK = r" (?:tá|tướng|úy|uý)"
_RANK_WORDS = word_start_branches(
    [f"{c}{rest}" for rest in ("ại" + _RANK, "ô đốc") for c in "Đđ"]
    + [f"{c}{rest}" for rest in ("hượng" + _RANK, "rung" + _RANK, "hiếu" + _RANK, r"(?<![Tt]hủ .)ướng") for c in "Tt"]
    + [f"{c} [Đđ]ô đốc" for c in ("Chuẩn", "chuẩn", "Phó", "phó")])
_RANK_LEAD = lazy_compile(_RANK_WORDS + r"\s+(?=[A-ZĐÀ-Ỹ])")
# a further degree never starts a name: "Bác sĩ CKII Đỗ Thị A" starts it after "CKII"
_DEGREE = re.compile(r"(?:CK|TS|ThS|BS|GS|PGS|DS|TTND|TTƯT|NGƯT)\w{0,4}")
_LEAD_BEFORE = re.compile(_LEAD_WORDS + r"\s+$")
_RANK_BEFORE = lazy_compile(_RANK_WORDS + r"\s+$")   # a rank right before a name
# (the capital first, then the word-start test: a search scans for the capitals in C)
# (possessive: with a letter or a word given back, a letter or a space then a capital follows,
# never spaces then a dash or comma, so backtracking never found a match; the same matches,
# a third fewer instructions)
_NER_BEFORE_DASH = lazy_compile(r"[A-ZĐÀ-Ỹ](?<![^\W\d_].)[^\W_]*+(?:\s+[A-ZĐÀ-Ỹ][^\W_]*+){1,4}+(?=\s*[-–,])")


def find_people(doc: Doc, start: int, end: int) -> list[Person]:
    """Personal names in [start, end), outside organisation names and place names.

    Candidates are the positions of known surnames (one regex over the sentence)
    plus, for underthesea's second opinion, capitalised runs after a title word or
    before "- TITLE"; every other word is never looked at.
    """
    text = doc.match
    out: list[Person] = []
    sentence_orgs = orgs_in(doc, start, end)
    blocked = Intervals([(o.start, o.end) for o in sentence_orgs]
                        + [(h.start, h.end) for h in places_in(doc, start, end)])
    org_starts = Intervals((o.start, o.start + 1) for o in sentence_orgs)
    lexicon = _surname_starts(text, start, end)
    second = {m.end() for m in _NER_LEAD.finditer(text, start, end)}
    second.update(m.end() for m in _RANK_LEAD.finditer(text, start, end))
    # (every match ends where spaces and a dash or comma follow, and no run crosses one: the
    # scan stops at the last of them, the same matches; a sentence without one is not scanned)
    stop = max(text.rfind(",", start, end), text.rfind("-", start, end), text.rfind("–", start, end)) + 1
    second.update(m.start() for m in _NER_BEFORE_DASH.finditer(text, start, stop))
    foreign_starts = _foreign_after_titles(doc, start, end, sentence_orgs)
    pos = start
    for cand in sorted(set(lexicon) | second | foreign_starts):
        if cand < pos or cand in blocked or country_at(text, cand) or _inside_district(text, cand, start, end):
            continue
        w = word_at(text, cand, end)
        if w is None or w.start != cand or not w.is_cap:
            continue
        got = person_at(text, cand, end)
        foreign = not got and (cand in foreign_starts or cand in second and w.is_alpha
                               and (_titled_context(text, w, start, end) or _foreign_before_title(text, w, end))) \
            and foreign_name_at(text, cand, end, closed=True)
        if foreign:
            got = foreign
        if not got and cand in second and w.is_alpha and _titled_context(text, w, start, end) \
                and not _org_in_second_word(text, w, end, sentence_orgs):
            got = _ner_person(text, w, end)
        if got and not foreign:
            got = _given_title_word(text, got, end)
            glued = _GLUED_TAIL.match(text, got[0], end)
            if glued is not None and not is_vietnamese_syllable(got[1].rsplit(None, 1)[-1]):
                got = glued.end(), got[1] + glued.group(0)   # "Kim Jong-un", "Kim Jong-hoon"
            if len(got[1].split()) == 2 and _ADMIN_BEFORE.search(text, max(start, cand - 12), cand):
                continue   # "quận Hoàng Mai", "xã Hồng Hà": a place named like a person
            if got[1] in COMMON_NOUNS:
                continue   # "Trưởng ban Văn Hóa - Xã hội HĐND": a body's words, capitalised
        if got and org_starts.starts_between(cand, got[0]):
            continue   # "Bí thư Đoàn Trường ĐH Y dược": an organisation starts inside the "name"
        if got and ward_named_at(text, cand, got[0], lambda q: any(o.start == q for o in sentence_orgs)):
            continue   # "Trưởng khoa Tiết Niệu BV Chợ Rẫy": the ward's capitalised name
        if got:
            pend, name = got
            hons, hstart = _honorifics_before(text, cand, start)
            out.append(Person(cand, pend, name, hons, hstart if hons else cand, bool(foreign)))
            pos = pend
    return out


# a district or commune name and one or two capitalised words before a candidate: "Chủ tịch
# huyện Quỳnh Lưu Nguyễn Văn A" read "Lưu Nguyễn Văn A" (Lưu is a surname); the place reader,
# which stops before a holder's name, says where the place ends
_DISTRICT_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + alternation(LOCAL_ADMIN) + r")\s+(?:" + UPPER
                              + r"[^\W\d_]*\s+){1,2}$")


def _inside_district(text: str, cand: int, start: int, end: int) -> bool:
    """The surname at `cand` is the last syllable of a district's or commune's name."""
    before = text.rfind(" ", start, cand - 1) + 1
    if cand - start < 8 or not text[before:before + 1].isupper():
        return False   # (the cheap test: the word before is capitalised)
    m = _DISTRICT_BEFORE.search(text, max(start, cand - 40), cand)
    if m is None:
        return False
    place = place_phrase(text, m.start(), end)
    return place is not None and place[0] > cand


# a ward's or office's name written capitalised, its body right after it with no comma:
# "Trưởng Khoa Tiết Niệu BV Chợ Rẫy", "Trưởng khoa Khúc Xạ (Bệnh viện Mắt …)" read "Tiết Niệu"
# and "Khúc Xạ" as names (both surnames); a name after "Trưởng khoa" is closed by a comma,
# a dash or the verb, not followed by a body
_WARD_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Kk]hoa|[Pp]hòng|[Bb]ộ môn)\s+$")
_BODY_AFTER = re.compile(r" \(?")


def ward_named_at(text: str, cand: int, name_end: int, body_at) -> bool:
    """The capitalised words at [cand, name_end) name a ward ("khoa Tiết Niệu") whose body
    (`body_at(pos)` true) follows them directly or in brackets."""
    if not _WARD_BEFORE.search(text, max(0, cand - 8), cand):
        return False
    link = _BODY_AFTER.match(text, name_end)
    return link is not None and body_at(link.end())


# given names that also open a title or a compound ("Quyền Giám đốc", "Chánh Văn phòng",
# "Nghị quyết"), so the name reader stops before them: "Đinh Văn Quyền - Chánh văn phòng"
# and "Phạm Đình Nghị, Chủ tịch …" keep their last word
_GIVEN_TITLE_WORDS = frozenset({"Quyền", "Chánh", "Nghị", "Đồng"})
# words that make those a compound, not a name's end ("Nghị quyết", "Đồng thời")
_COMPOUND_NEXT = frozenset({"quyết", "định", "thời", "sự", "trưởng"})


# a Korean given name's second syllable glued by a hyphen to a name our surnames read ("Kim
# Jong-un": VietNews, all articles, ~1,500 such "Kim Xx-yy" after an address term or title)
_GLUED_TAIL = re.compile(r"-[a-z]{1,6}(?![^\W\d_])")
# two capitalised syllables that spell a common noun of bodies' names, no one's whole name
# ("Ban Văn Hóa - Xã hội", "Nhà Văn Hóa"; VietNews: "Văn Hóa" ends ~40 three-word names,
# is a whole name nowhere)
COMMON_NOUNS = frozenset({"Văn Hóa"})
_ADMIN_BEFORE = re.compile(r"(?<![^\W\d_])(?:quận|huyện|xã|phường|thị trấn|thị xã|tỉnh|thôn|ấp|đường|phố)\s+$")


# a word the name reader stops at ("Viện", "Huyện", "Tới", "Các") closes a three-syllable name
# when punctuation follows it: "ông Vũ Văn Viện, Giám đốc Sở …", "Nguyễn Văn Huyện - Tổng cục
# trưởng …" (VietNews: 60 of 60 such hits after "ông"/"bà" are names)
_CLOSES_NAME = re.compile(r"\s*[,(\-–]")
# ... or a verb of saying or doing follows it: "Giám đốc Sở Giao thông Hà Nội Vũ Văn Viện đã giao …",
# "Giám đốc Sở Y tế Nguyễn Văn Hội cho biết" (no body's name goes on with these words)
# (the subject verbs are shared with coop_rules' actor after a body: "…, Bộ Y tế đã cử")
SUBJECT_VERBS = ("đã", "đang", "sẽ", "vừa", "cũng", "cho biết", "cho hay", "khẳng định")
_VERB_AFTER = re.compile(r"\s+(?:" + alternation(SUBJECT_VERBS + (
    "nói", "chia sẻ", "xác nhận", "thông tin", "trả lời", "phát biểu", "nhấn mạnh", "yêu cầu", "đề nghị", "ký"))
                         + r")(?![^\W\d_])")


def _given_title_word(text: str, got: tuple[int, str], end: int) -> tuple[int, str]:
    pend, name = got
    w = word_at(text, pend, end)
    if w is None or w.start != pend + 1 or len(name.split()) > 3 or not w.is_alpha:
        return got
    if w.text not in _GIVEN_TITLE_WORDS:
        if len(name.split()) == 2 and w.is_cap and not w.text.isupper() and _stops_name(w.text) \
                and is_vietnamese_syllable(w.text) and (_CLOSES_NAME.match(text, w.end, end)
                                                        or _VERB_AFTER.match(text, w.end, end)):
            return w.end, f"{name} {w.text}"
        return got
    if title_at(text, w.start, end):
        return got
    nxt = word_at(text, w.end, end)
    if nxt is not None and nxt.is_alpha and (nxt.is_cap or nxt.text in _COMPOUND_NEXT):
        return got   # "… Nghị quyết", "… Quyền Hạnh": not a name's last word
    return w.end, f"{name} {w.text}"


def _stops_name(word: str) -> bool:
    """A single word the name reader ends a name before (a function word or an
    organisation's head)."""
    return word in name_stopwords() or word in TITLE_STARTS


def real_person_at(text: str, pos: int, limit: int) -> tuple[int, str] | None:
    """`person_at`, but for capitalised common nouns ("Văn Hóa") that spell a surname and a name."""
    got = person_at(text, pos, limit)
    return got if got is None or got[1] not in COMMON_NOUNS else None


def orgs_in(doc: Doc, start: int, end: int) -> list:
    """The organisations that start in [start, end), without reading every one per sentence."""
    return doc.starting_in(doc.organizations, start, end)


def found_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The organisation the organisations stage found starting at pos (and ending by
    `limit`), as a span: for a body its head parser does not read ("WHO", "Phòng CSGT
    công an tỉnh X")."""
    o = next((o for o in orgs_in(doc, pos, pos + 1) if o.end <= limit), None)
    return OrgSpan(o.start, o.end, o.name, o.type, o.province, o.canonical) if o is not None else None


_CAP_WORD = lazy_compile(UPPER + r"(?<![^\W\d_].)[^\W\d_]*")


def _foreign_after_titles(doc: Doc, start: int, end: int, orgs: list) -> set[int]:
    """Starts of foreign-looking capitalised words right after a title, its organisation
    and a country ("Bộ trưởng Y tế Hala Zayed", "Thủ tướng Australia Scott Morrison")."""
    text = doc.match
    out: set[int] = set()
    if not TITLE_WORD.search(doc.lower, start, end):
        return out
    # every start found below is a foreign word or a syllable of ours right before one: a
    # capitalised word that is neither an acronym nor a syllable of ours (most sentences have
    # none, and then the walk over their capitalised words, a few calls each, finds nothing)
    if all(w.isupper() or is_vietnamese_syllable(w) for w in _CAP_WORD.findall(text, start, end)):
        return out
    org_starts = {o.end: o.start for o in orgs}
    prev_foreign_end = country_end = -2
    for m in _CAP_WORD.finditer(text, start, end):
        word = m.group(0)
        if word.isupper() or m.start() < country_end:
            continue   # acronyms ("WHO") and countries start no foreign name
        if is_vietnamese_syllable(word):
            # nor do our own syllables, but for one right before a foreign word ("Lyu Jian")
            if _syllable_starts(doc, m, prev_foreign_end, start, end, org_starts):
                out.add(m.start())
                prev_foreign_end = m.end()
            continue
        if (country := country_at(text, m.start())) is not None:
            country_end = country.end   # "New Zealand": nor does a word of one
            continue
        if m.start() > prev_foreign_end + 1 and _title_before(doc, m.start(), start, org_starts):
            out.add(m.start())
        prev_foreign_end = m.end()   # "Scott Morrison": only the first word can start the name
    return out


# one syllable that names a country or a side of one before a foreign word: "Thủ tướng Nhật
# Shinzo Abe", "Nam Australia"
_BARE_PLACE = frozenset("Nhật Pháp Nga Ý Hàn Úc Lào Bỉ Séc Thụy Hy Nam Bắc Tây Đông".split())


def _syllable_starts(doc: Doc, m: re.Match[str], prev_foreign_end: int, start: int, end: int,
                     org_starts: dict[int, int]) -> bool:
    """A syllable of ours starts a foreign name right after a title when a foreign word
    follows it: "Đại sứ Trung Quốc tại Thái Lan Lyu Jian", "đại sứ Triều Tiên Kang Chol"."""
    text = doc.match
    if m.group(0) in _BARE_PLACE or m.start() <= prev_foreign_end + 1 or not _foreign_next(text, m.end(), end):
        return False
    if country_at(text, m.start(), ambiguous=True) or country_before(text, start, m.end()):
        return False   # "Thủ tướng Đức Angela Merkel", "Thủ tướng Nhật Bản Shinzo Abe"
    found = foreign_name_at(text, m.start(), end)
    goes_on = _RUN_GOES_ON.match(text, found[0], end) if found is not None else None
    if found is None or goes_on is not None and (goes_on.group(1).isupper() or "-" in goes_on.group(0)
                                                 or "–" in goes_on.group(0)):
        return False   # "Lee Nak - yon", "No Kwang Chol": a name cut short is no name
    return _title_before(doc, m.start(), start, org_starts)


# the capitalised run goes on after the name read: another word, or a hyphen ("Lee Nak - yon")
_RUN_GOES_ON = re.compile(r"(?: ?[-–] ?| )([^\W\d_])")
_NEXT_CAP = lazy_compile(r" (" + UPPER + r"[^\W\d_]*)")


def _foreign_next(text: str, pos: int, end: int) -> bool:
    """The next word, one space on, is a capitalised word no Vietnamese syllable spells."""
    m = _NEXT_CAP.match(text, pos, end)
    return m is not None and not m.group(1).isupper() and not is_vietnamese_syllable(m.group(1))


_SHORT_FORM_BEFORE = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&\-]{1,10}\s*\)\Z")


def _title_before(doc: Doc, pos: int, floor: int, org_starts: dict[int, int]) -> bool:
    """A title ends right before pos, maybe followed by its organisation and a country."""
    text = doc.match
    for _ in range(4):
        q = len(text[floor:pos].rstrip()) + floor
        if q in org_starts:
            pos = org_starts[q]
            continue
        short = _SHORT_FORM_BEFORE.search(text, max(floor, q - 16), q)
        if short:
            pos = short.start()   # "Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Tedros …": the short form
            continue
        hit = country_before(text, floor, q)
        if hit is None:
            if text.endswith(" tại", floor, q):
                pos = q - 4   # "Đại sứ Nhật Bản tại Việt Nam Umeda Kunio": the host country
                continue
            break
        pos = hit.start
        field = _MINISTER_FIELD.search(text, max(floor, pos - 24), pos)
        if field is not None:
            pos = field.start()   # "Bộ trưởng Y tế Mỹ Tom Price": the portfolio before the country
    return bool(title_end_re().search(text, max(floor, pos - 48), pos))


# a minister's portfolio between the title and the country ("Bộ trưởng Y tế Mỹ Tom Price", VietNews
# health: ~10 such foreign ministers whose first name spells a syllable of ours); officials names
# the ministry from the same portfolios
MINISTER_FIELDS = "Y tế|Ngoại giao|Quốc phòng|Tài chính|Nội vụ|Tư pháp"
_MINISTER_FIELD = re.compile(r"(?:(?<=[Bb]ộ trưởng)|(?<=[Tt]hứ trưởng))\s+(?:" + MINISTER_FIELDS + r")\s*\Z")


# (a hyphenated first name, spaced around its hyphen or not: "Jean - Pierre Lacroix")
_CAP_RUN = lazy_compile(r"(?:[^\W\d_][^\W_]*)(?:-[A-ZĐÀ-Ỹ][^\W_]*)?(?:(?:\s+|\s-\s)[A-ZĐÀ-Ỹ][^\W_]*){1,4}")


def _titled_context(text: str, w, start: int, end: int) -> bool:
    """A capitalised run right after a title or a rank: worth a second opinion. (A run before
    "- TITLE" is no such context: read as one, it takes the address term or the lead-in into the
    name, "Ông Oscar Munoz", "Bs Lê Văn A", "Theo Spunik", on 4,973 corpus articles 17 changes,
    3 of them right; a foreign name before its post is `_foreign_before_title`'s.)"""
    run = _CAP_RUN.match(text, w.start, end)
    if not run or len(run.group(0).split()) < 2 or starts_title(text, w.start) or _DEGREE.fullmatch(w.text):
        return False   # "Bác sĩ CKII Đỗ Thị A": the name starts after the degree
    before = text[max(start, w.start - 40):w.start]
    return bool(_RANK_BEFORE.search(before) or _LEAD_BEFORE.search(before))


# a foreign name with no address term, its post after a comma or dash: "Sun Beicheng, phó giám
# đốc …", "Robert Howe, Chỉ huy trưởng …" (VietNews health: 3,442 articles, ~20 such names)
_SEP_TITLE = re.compile(r"\s*[-–,]\s*")


# an English address or rank left untranslated opens no name ("Admiral Nicholas Hunt, tư lệnh …")
_ENGLISH_RANKS = frozenset({"Admiral", "General", "Colonel", "Captain", "Major", "Sir", "Lord", "Dr", "Mr", "Mrs", "Ms"})


def _foreign_before_title(text: str, w, end: int) -> bool:
    """A run whose first word no Vietnamese syllable spells, a title right after it and its separator."""
    if is_vietnamese_syllable(w.text) or w.text in _ENGLISH_RANKS:
        return False   # "Ông Oscar Munoz", "Theo Spunik", "Tuổi Trẻ Online": the run starts with a word of ours
    name = foreign_name_at(text, w.start, end, closed=True)
    sep = _SEP_TITLE.match(text, name[0], end) if name else None
    return sep is not None and title_at(text, sep.end(), end) is not None


# the window's first word and the blanks after it (what str.split takes as one separator)
_FIRST_WORD = re.compile(r"\S+\s+")


def _org_in_second_word(text: str, w, end: int, orgs: list[OrgSpan]) -> bool:
    """An organisation starts after the window's first word and no later than its second
    ("HĐQT Tập đoàn FLC"): every name the CRF could tag there (two words at least, the
    window's own start) runs past that start, and `find_people` drops a name an
    organisation starts inside; nor does anything it does with the name on the way (a
    word added, a glued tail) shorten it. So the CRF (~40M instructions a call) is not
    asked: the same people."""
    first = _FIRST_WORD.match(text, w.start, min(end, w.start + 60))
    return first is not None and any(w.start < o.start <= first.end() for o in orgs)


def _ner_person(text: str, w, end: int) -> tuple[int, str] | None:
    """underthesea's NER on a short window, for surnames the lexicon lacks."""
    window = text[w.start:min(end, w.start + 60)]
    name = tagged_person(window)
    if not name or not window.startswith(name):
        return None
    return w.start + len(name), name
