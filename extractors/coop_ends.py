"""Cooperation endpoints: what, in one sentence, can give or receive.

Endpoints are the organisations found earlier in the sentence, provinces written
as such ("tỉnh Nghệ An", "ngành Y tế Nghệ An", or right after a preposition or
cue), and bare mentions that stand for the article's subject: "Bệnh viện" for
its home hospital, "tỉnh" after a cue for its province.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import gazetteer, organizations, wordhits
from .doc import Doc, Organization, Sentence
from .officials import STATE   # the body officials gives "(Phó) Chủ tịch nước"
from .coop_cues import CUE_WORDS
from .lexicon import late_word_start, lower_usable, odd_letters
from .places import PlaceHit, country_at, country_pattern, place_at, places_in
from .lazy import lazy_compile


@dataclass
class End:
    start: int
    end: int
    name: str
    province: str | None
    is_place: bool


_PROVINCE_BODY = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân)"
                            r"(?: tỉnh| thành phố)? (.+)$")
# a province's police is named with its level ("phối hợp với Công an Quảng Trị" links Công an tỉnh Quảng
# Trị, as every police end of the studied gold is written: real18's "Công an Quảng Trị" matched none)
_POLICE = "Công an"
# an administrative level written before a place inside a name ("Trung tâm Y tế Dự phòng thành phố Hải Phòng"):
# the organisations extractor's own pattern
_LEVEL_WORD = organizations.LEVEL
_PROVINCE_PREFIX = re.compile(r"(?:tỉnh|thành phố|TP\.?|ngành [Yy] tế(?: tỉnh)?|[Yy] tế(?: tỉnh)?)\s*$")
# (not after "tại" or "đến": "đào tạo 'chui' tại Hải Phòng", "Đại sứ … tại Hà Nội", "khi … đến Hà Nội" name where,
# not who; VietNews 3,442 health articles: 12 links read so, 11 wrong, the 12th a meeting "with local bodies at" a city)
_AFTER_PREPOSITION = re.compile(r"(?:cho|với|từ|giữa|và)\s+$")
_CUE_BEFORE = re.compile(r"(?:hỗ trợ|giúp đỡ|giúp|trao tặng|tặng|chuyển giao kỹ thuật cho)\s+$",
                         re.IGNORECASE)
# (here and below: the first letter, then the word-start test, so that re's search scans
# for the first letter in C instead of trying the lookbehind at every position)
_BARE_PROVINCE = re.compile(r"t(?<![^\W\d_].)(?:ỉnh|hành phố)(?![^\W\d_])")
_BARE_BEFORE = re.compile(r"(?:hỗ trợ|giúp đỡ|giúp|với|cho|tặng|trao tặng|chuyển giao kỹ thuật cho)\s+$")
_HOSPITALS = frozenset({"hospital"})
_BARE_HOSPITAL = re.compile(r"B(?<![^\W\d_].)ệnh viện(?=\s+(?:[a-zđ]|đã|đang|sẽ|tiếp|cũng)|[,.;])")


def endpoint_name(org) -> tuple[str, bool]:
    """How an organisation is named as a cooperation end: (name, is_province).

    A province's People's Committee or People's Council acts for the province
    ("Bạch Mai làm việc với UBND tỉnh Nghệ An" links Bạch Mai and Nghệ An); its Party committee
    is a party in its own name ("Bí thư Thành ủy … đến thăm Bệnh viện …": the studied gold names
    the committee, visiting a hospital of its own city);
    other ends take the longest form the document writes ("Bệnh viện 108" and
    "Bệnh viện Trung ương Quân đội 108" are one end, named in full).
    """
    m = _PROVINCE_BODY.match(org.name)
    if m and org.province and m.group(1) in (org.province, org.province.removeprefix("Thành phố ")):
        return org.province, True
    if org.province and org.name == f"{_POLICE} {org.province}":
        return f"{_POLICE} {gazetteer.with_level(org.province)}", False   # "Công an Quảng Trị": Công an tỉnh Quảng Trị
    full = org.full or org.name
    if full != org.name and _LEVEL_WORD.sub(" ", full) == _LEVEL_WORD.sub(" ", org.name):
        return org.name, False   # "Trung tâm Y tế Dự phòng TP Hải Phòng" is the centre its text names without "TP"
    return full, False


def orgs_by_sentence(doc: Doc) -> list[list]:
    """The organisations starting inside each sentence, in document order: one pass
    over the document instead of one scan of every organisation per sentence."""
    starts = [s.start for s in doc.sentences]
    out: list[list] = [[] for _ in doc.sentences]
    for o in doc.organizations:
        i = bisect_right(starts, o.start) - 1
        if i >= 0 and o.start < doc.sentences[i].end:
            out[i].append(o)
    return out


def _covered(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _place_named(text: str, hit: PlaceHit) -> str:
    """A place end's name: the province, but written with its level where the words before
    make it another unit than the bare name would ("thành phố Huế" is today's city; a bare
    "Huế" reads as the old province Thừa Thiên Huế)."""
    bare = place_at(text, hit.start)
    return gazetteer.with_level(hit.name) if bare is not None and bare.name != hit.name else hit.name


def _province_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]]) -> list[End]:
    """A province on its own is an endpoint when written as one ("tỉnh Nghệ An",
    "ngành Y tế Nghệ An") or right after a preposition or a cue."""
    out = []
    for hit in places_in(doc, start, end):
        if _covered(covered, hit.start):
            continue
        before = doc.match[max(start, hit.start - 16):hit.start]
        if (_PROVINCE_PREFIX.search(before) or _AFTER_PREPOSITION.search(before)
                or _CUE_BEFORE.search(doc.match, max(start, hit.start - 30), hit.start)
                or opens_clause(doc.match, start, hit.start)
                and _COUNTRY_ROLE_AFTER.match(doc.match, hit.end, end)):
            out.append(End(hit.start, hit.end, _place_named(doc.match, hit), hit.name, True))
    return out


# a country acting on its own: "Nhật Bản tài trợ …", "hỗ trợ cho Lào"; the home country is
# no party (its links are diplomacy, not one institution helping another)
_HOME_COUNTRY = "Việt Nam"
_COUNTRY_PARTNER_BEFORE = re.compile(r"(?<![^\W\d_])(?:cho|với|giữa)\s+$")
# a sentence's own start, past an opening quotation mark (a search from a sentence's start
# does not see "^" there: it matches only at the text's start)
_SENTENCE_OPENING = re.compile(r"[\s\"“‘']*")


def opens_clause(text: str, start: int, pos: int) -> bool:
    """Whether `pos` opens a clause of the sentence starting at `start`."""
    return _SENTENCE_OPENING.fullmatch(text, start, pos) is not None or _after_clause_opening(text, start, pos)


def _after_clause_opening(text: str, start: int, pos: int) -> bool:
    r"""What a search of `(?:^|[,;:(]|(?<![^\W\d_])và)\s*$` in [start, pos) tells, read back from
    `pos` past its blanks (the search tried every position): the text's start, a comma, semicolon,
    colon or bracket, or the word "và"."""
    i = pos
    while i > start and text[i - 1].isspace():
        i -= 1
    if i == start == 0:
        return True
    if i > start and text[i - 1] in ",;:(":
        return True
    return i - 2 >= start and text.startswith("và", i - 2) and not (i > 2 and wordhits.is_letter(text[i - 3]))


# a body sending an aircraft or a ship to carry another's people or equipment (coop_supplies.carried)
SEND_CARRIER = r"(?:cử|điều động)\s+(?:\d+\s+)?(?:chiếc\s+)?(?:máy bay|vận tải cơ|trực thăng|tàu)"
_COUNTRY_ROLE_AFTER = lazy_compile(r"\s+(?:(?:đã|sẽ|cũng|tiếp tục|vừa)\s+)*(?:" +
                                 "|".join(sorted(CUE_WORDS, key=len, reverse=True)) + "|" + SEND_CARRIER +
                                 r")(?![^\W\d_])", re.IGNORECASE)


def _country_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]]) -> list[End]:
    """Countries written as a party: right after a preposition or cue, or as a cue's subject."""
    out = []
    for m in country_pattern().finditer(doc.match, start, end):
        hit = country_at(doc.match, m.start())
        if hit is None or hit.name == _HOME_COUNTRY or _covered(covered, hit.start):
            continue
        before = doc.match[max(start, hit.start - 16):hit.start]
        # after a noun a country says whose ("bác sĩ Campuchia", "máy bay Australia"); it
        # is a party after "cho/với/giữa" ("từ X" is mostly where people come from), or as
        # the subject of a cue
        if _COUNTRY_PARTNER_BEFORE.search(before) or (
                opens_clause(doc.match, start, hit.start)
                and _COUNTRY_ROLE_AFTER.match(doc.match, hit.end, end)):
            out.append(End(hit.start, hit.end, hit.name, None, True))
    return out


# a newspaper acting as a party: "báo Tuổi Trẻ phối hợp với Bệnh viện …" (coop_press.json);
# only as its clause's subject right before a cue, so "theo báo Tuổi Trẻ" (a source) and
# "bạn đọc báo Tuổi Trẻ" (its readers) are no party
_PRESS = re.compile(r"[Bb](?<![^\W\d_].)áo\s+(?P<name>" +
                    "|".join(re.escape(n) for n in gazetteer.load("coop_press")["names"]) + r")(?![^\W\d_])")
_PRESS_OPENING = re.compile(r"(?:^|[,;:(\-–]|(?<![^\W\d_])(?:và|do))\s*$")


def _press_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]]) -> list[End]:
    out = []
    for m in _PRESS.finditer(doc.match, start, end):
        if _covered(covered, m.start()) or not _PRESS_OPENING.search(doc.match, start, m.start()) \
                or not _COUNTRY_ROLE_AFTER.match(doc.match, m.end(), end):
            continue
        out.append(End(m.start(), m.end(), "Báo " + m.group("name"), None, False))
    return out


# a partner the organisations step did not read, named right after a verb of joint work and its preposition
# ("phối hợp với Báo điện tử Zing.vn", "làm việc với bộ Y tế, công ty TNHH dược phẩm Hoàng Đức") or listed right
# after such a partner: a body's head word, then a name with at least one capitalised word
_PARTNER_HEADS = ("Công ty", "Tổng công ty", "Tập đoàn", "Báo", "Tạp chí", "Đài", "Quỹ", "Hội", "Hiệp hội", "Tổ chức",
                  "Ủy ban", "Uỷ ban", "Trường", "Học viện", "Đại học", "Viện", "Trung tâm", "Ngân hàng", "Công đoàn",
                  "Thành đoàn", "Tỉnh đoàn", "Liên đoàn", "Câu lạc bộ", "Bệnh viện", "Phòng khám", "Nhà máy")
_PARTNER_WORDS = (r"TNHH|CP|MTV|JSC|cổ phần|trách nhiệm hữu hạn|một thành viên|dược phẩm|dược|thiết bị|trang thiết bị|"
                  r"TTBYT|y tế|điện tử|thương mại|dịch vụ|đầu tư|quốc tế|phát triển|công nghệ|xuất nhập khẩu|sữa|"
                  r"thực phẩm|truyền thông|bảo hiểm|tài chính|từ thiện|bảo trợ")
_PARTNER = lazy_compile(r"(?<![^\W\d_])(?P<head>" + "|".join(sorted(map(re.escape, _PARTNER_HEADS), key=len, reverse=True))
                        + r")(?P<body>(?:\s+[\w.&'’-]+){1,10})", re.IGNORECASE)
_PARTNER_WORD = re.compile(r"(?:" + _PARTNER_WORDS + r")$", re.IGNORECASE)
_PARTNER_WORD_PAIRS = frozenset(w for w in _PARTNER_WORDS.split("|") if " " in w)
_PARTNER_AND = "và"
_PARTNER_REST = 3   # lower-case words a name may run on after its capitalised one ("Khoa học hình sự")
_PARTNER_STOPS = frozenset({"và", "để", "cùng", "với", "trong", "tại", "về", "thực", "tổ", "triển", "khám", "xây",
                            "tiến", "nhằm", "cho", "của", "các", "đã", "sẽ", "đang", "này", "theo", "làm", "hỗ", "đưa",
                            # a verb of the joint work after the partner ("và báo Tuổi Trẻ thu thập thêm chứng cứ",
                            # "bệnh viện Bệnh nhiệt đới xử lý tình huống"), no word of its name
                            "xử", "thu", "kiểm", "tìm", "lấy", "giải", "khắc", "ngăn", "truy", "bắt", "mở"})


def _partner_body(words: list[str]) -> list[str]:
    """The words of a name after its head: partner words and capitalised words, with "và" only before an
    abbreviation ("dược phẩm và TTBYT"), and up to `_PARTNER_REST` lower-case words right after the first
    capitalised one ("Khoa học hình sự"); none without a capitalised word."""
    out: list[str] = []
    capital = False
    rest = 0
    i = 0
    while i < len(words):
        w = words[i]
        pair = " ".join(words[i:i + 2]).lower()
        if pair in _PARTNER_WORD_PAIRS:
            out += words[i:i + 2]
            i += 2
            continue
        if w[:1].isupper() or w[:1].isdigit():
            if not _PARTNER_WORD.match(w):
                capital = True
            rest = 0
            out.append(w)
        elif _PARTNER_WORD.match(w):
            out.append(w)
        elif w == _PARTNER_AND and i + 1 < len(words) and (words[i + 1].isupper() or _PARTNER_WORD.match(words[i + 1])):
            out.append(w)
        elif capital and rest < _PARTNER_REST and w.lower() not in _PARTNER_STOPS and w.isalpha():
            rest += 1
            out.append(w)
        else:
            break
        i += 1
    while out and not (out[-1][:1].isupper() or out[-1][:1].isdigit()) and (
            _PARTNER_WORD.match(out[-1]) or out[-1] == _PARTNER_AND):
        out.pop()   # "công ty TNHH thương mại": no trailing partner words
    return out if capital else []


# the verbs of joint work that open a partner list (also the word hits' "partner_leads" lexicon, `wordhits`)
PARTNER_LEAD_WORDS = ("phối hợp", "hợp tác", "làm việc", "ký kết", "ký", "liên kết", "hội đàm", "đồng hành")
_PARTNER_LEAD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(PARTNER_LEAD_WORDS) + ")"
                           r"(?:\s+(?:chặt chẽ|hợp tác|thỏa thuận|thoả thuận))?\s+(?:với|cùng)\s+$", re.IGNORECASE)
_PARTNER_LEAD_REACH = 40
# the same lead anywhere in a sentence: most sentences have none and skip the name search
_ANY_PARTNER_LEAD = re.compile(_PARTNER_LEAD.pattern.replace(r"\s+$", r"\s"), re.IGNORECASE)
# (tried only where the document's word hits spell one of its words, `wordhits`)
_PARTNER_LEAD_ODD = odd_letters(PARTNER_LEAD_WORDS)
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def _partner_ends(doc: Doc, start: int, end: int, ends: list[End]) -> list[End]:
    text = doc.match
    found = wordhits.hits(doc) if lower_usable(doc, _PARTNER_LEAD_ODD) else None
    if found is not None:
        if next(wordhits.finditer(_ANY_PARTNER_LEAD, text, found["partner_leads"], start, end), None) is None:
            return []
    elif _ANY_PARTNER_LEAD.search(text, start, end) is None:
        return []
    covered = [(e.start, e.end) for e in ends]
    out: list[End] = []
    for m in _PARTNER.finditer(text, start, end):
        if _covered(covered, m.start()):
            continue
        lead = _PARTNER_LEAD.search(text, max(start, m.start() - _PARTNER_LEAD_REACH), m.start())
        if lead is None:
            prev = [e for e in ends + out if e.end <= m.start() and _LIST_SEPARATOR.fullmatch(text, e.end, m.start())]
            if not prev or not _PARTNER_LEAD.search(text, max(start, prev[-1].start - _PARTNER_LEAD_REACH),
                                                    prev[-1].start):
                continue   # only the list that a verb of joint work opens ("làm việc với A, B")
        body = _partner_body(re.findall(r"[\w.&'’-]+", m.group("body")))
        if not body:
            continue   # "công ty TNHH", "bệnh viện để …": no name
        head = m.group("head")
        stop = m.start("body")
        for w in body:
            stop = text.index(w, stop) + len(w)
        if any(m.start() <= c < stop for c, _ in covered):
            continue   # a name the organisations step read inside it
        name = head[0].upper() + head[1:] + " " + " ".join(body)
        out.append(End(m.start(), stop, name.rstrip("."), None, False))
    return out


def _home_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]]) -> list[End]:
    """"Năm qua, Bệnh viện tiếp tục nhận chuyển giao …": the article's own hospital."""
    home = organizations.home(doc, _HOSPITALS)
    if home is None:
        return []
    return [End(m.start(), m.end(), endpoint_name(home)[0], home.province, False)
            for m in _BARE_HOSPITAL.finditer(doc.match, start, end) if not _covered(covered, m.start())]


def _bare_province_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]]) -> list[End]:
    """"… hỗ trợ tỉnh trong công tác xét nghiệm": the article's province."""
    if not doc.province:
        return []
    out = []
    for m in _BARE_PROVINCE.finditer(doc.match, start, end):
        if _covered(covered, m.start()) or \
                not _BARE_BEFORE.search(doc.match, max(start, m.start() - 20), m.start()):
            continue
        nxt = re.match(r"\s+([^\W\d_])", doc.match[m.end():end])
        if nxt and nxt.group(1).isupper():
            continue
        out.append(End(m.start(), m.end(), doc.province, doc.province, True))
    return out


# "bệnh viện này", "cơ sở trên": an organisation named shortly before, of a fitting type
# (one branch per first letter, the word-start test after the second: a search scans for the
# letters in C and most fail on the second)
_ANAPHOR_AFTER = ("này", "trên")   # every anaphor ends in one
_ANAPHOR = re.compile(r"(?P<head>" + late_word_start((
    "Bệnh viện", "bệnh viện", "Cơ sở", "cơ sở", "Đơn vị", "đơn vị", "Trung tâm", "trung tâm")) +
                      r")\s+(?:" + "|".join(_ANAPHOR_AFTER) + r")(?![^\W\d_])")
_INSTITUTIONS = frozenset({"hospital", "health_center", "company", "university", "other"})
_ANAPHOR_TYPES = {"bệnh viện": _HOSPITALS, "cơ sở": _INSTITUTIONS,
                  "đơn vị": _INSTITUTIONS | {"agency"}, "trung tâm": frozenset({"health_center"})}
_ANAPHOR_REACH = 1500   # characters back: the last few sentences


class Antecedents:
    """The organisations of a document by position, to resolve "bệnh viện này"."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.orgs = sorted(doc.organizations, key=lambda o: o.start)
        self.starts = [o.start for o in self.orgs]

    def mentions_in(self, start: int, end: int) -> list[re.Match]:
        """The anaphors inside [start, end), found as a scan of the whole text would find
        them: searched only in the sentences that need them, one character past `end` so
        the closing lookahead sees what follows (lookbehind sees before `start` anyway)."""
        if not holds(self.doc.match, start, end + 1, _ANAPHOR_AFTER):
            return []   # (a word every anaphor holds, looked for in C first)
        return [m for m in _ANAPHOR.finditer(self.doc.match, start, end + 1) if m.end() <= end]

    def before(self, pos: int, types: frozenset[str]):
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.orgs[i].start > pos - _ANAPHOR_REACH:
            o = self.orgs[i]
            if o.type in types and o.end <= pos:
                return o
            i -= 1
        return organizations.home(self.doc, types) if types is _HOSPITALS else None


    def named_before(self, pos: int, head: str):
        """The last organisation before `pos` (within reach) whose name starts with `head`."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.orgs[i].start > pos - _ANAPHOR_REACH:
            o = self.orgs[i]
            if o.end <= pos and (o.full or o.name).startswith(head + " "):
                return o
            i -= 1
        return None


def _anaphor_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]],
                  antecedents: Antecedents) -> list[End]:
    out = []
    for m in antecedents.mentions_in(start, end):
        if _covered(covered, m.start()):
            continue
        o = antecedents.before(m.start(), _ANAPHOR_TYPES[m.group("head").lower()])
        if o is not None:
            name, is_place = endpoint_name(o)
            out.append(End(m.start(), m.end(), name, o.province, is_place))
    return out


# "Sở đã phối hợp với Viện Pasteur", "Bộ sẽ hỗ trợ …": a bare capitalised head as a clause's
# subject stands for the last organisation named with that head; it must be followed by a verb
# or an adverb, so "Bộ trưởng", "Trường hợp", "Viện phí" never count
_BARE_HEAD = re.compile(r"(?P<head>[BCSTV](?<![^\W\d_].)(?:(?<=S)ở|(?<=B)ộ|(?<=V)iện|(?<=C)ục|(?<=T)rường|"
                        r"(?<=T)rung tâm))(?=\s+(?:đã|đang|sẽ|cũng|vừa|"
                        r"tiếp tục|luôn|còn|thường xuyên|phối hợp|hỗ trợ|chuyển giao|ký|làm việc|cử|tổ chức|"
                        r"đề nghị|hợp tác|đào tạo|tập huấn|tặng|trao)(?![^\W\d_]))")


# "… chuyển giao kỹ thuật cho trung tâm.": a bare head closing a clause after a receiver's lead
# ("cho bệnh viện" is as often the hospital's own guards or patients: only "với bệnh viện" counts)
_OBJECT_HEADS = ("trung tâm", "sở", "viện")   # one of these is in every _BARE_OBJECT match
_BARE_OBJECT = re.compile(r"[cghv](?<![^\W\d_].)(?:(?:(?<=c)ho|(?<=g)iúp|(?<=h)ỗ trợ)\s+(?P<head>" + "|".join(_OBJECT_HEADS)
                          + r")|(?<=v)ới\s+(?P<head2>bệnh viện|" + "|".join(_OBJECT_HEADS) + r"))(?=\s*[.,;])")


# "Sở này sẽ phối hợp với …", "Công ty này ký kết với …": a head and "này" stand for the last
# organisation named with that head (the hospital and centre anaphors above go by type instead)
# (as _ANAPHOR: "Cục" before "Công ty", as the letter's branches were)
_NAMED_ANAPHOR = re.compile(r"(?P<head>" + late_word_start((
    "Sở", "sở", "Bộ", "bộ", "Cục", "cục", "Công ty", "công ty", "Viện", "viện", "Tổng cục", "tổng cục")) +
                            r")\s+này(?![^\W\d_])")
_NAMED_ANAPHOR_NEEDS = ("này",)
# "hai cán bộ của sở này": whose staff, not a party
_OWNER_BEFORE = re.compile(r"(?<![^\W\d_])của\s+$")
# "Theo ông C., trung tâm phối hợp với …", "Sau đó, sở đã ký kết với …": a lower-case head opening a clause,
# before a verb of joint work of its own, is the body of that head named last ("bệnh viện": the article's
# own hospital when it has one: "bệnh viện 198" where a hurt doctor lies is not the one that signs)
# the adverbs between a clause's subject and its verb
# (CORE_ADVERBS: the ones every matcher skips, coop_rules' _ADVERB_WORDS too)
CORE_ADVERBS = ("đã", "đang", "sẽ", "cũng", "vừa")
ADVERBS = "|".join(CORE_ADVERBS + ("tiếp tục", "luôn", "còn", "thường xuyên"))
_JOINT_VERBS = ("phối hợp", "hợp tác", "ký", "liên kết", "làm việc với")
_OWN_JOINT_VERB = (r"(?=\s+(?:(?:" + ADVERBS + r")\s+)*(?:có\s+)?"
                   r"(?:" + "|".join(_JOINT_VERBS) + r")(?![^\W\d_]))")
# ("trường", "nhà trường": the university or school named last, whatever its name starts with: "Đại học Duy Tân …
# Ngoài ra, trường còn có ký kết hợp tác với …")
_OPENING_HEAD = re.compile(r"[bnstv](?<![^\W\d_].)(?:(?<=b)ệnh viện|(?<=t)rung tâm|(?<=s)ở|(?<=v)iện|(?<=t)rường|"
                           r"(?<=n)hà trường)" + _OWN_JOINT_VERB)
_HOSPITAL_HEAD = "Bệnh viện"
# "Bệnh viện Chợ Rẫy đã chuyển giao cho bệnh viện 5 kỹ thuật", "các chuyên gia của A hỗ trợ bệnh viện khắc phục sự
# cố": right after a verb of giving, a lower-case "bệnh viện" followed by no name is the article's own hospital
_HOME_WORD = ("bệnh viện",)   # in every _HOME_RECEIVES and _HOME_GIVES match
_HOME_RECEIVES = re.compile(r"[hgcđttt](?<![^\W\d_].)(?:(?<=h)ỗ trợ|(?<=g)iúp đỡ|(?<=c)huyển giao|(?<=đ)ào tạo|"
                            r"(?<=t)ập huấn|(?<=t)ài trợ|(?<=t)rao tặng)"
                            r"(?:\s+(?:kỹ thuật|chuyên môn))?(?:\s+cho)?\s+(?P<head>bệnh viện)"
                            r"(?!\s+(?:[A-ZĐ]|\d+(?!\s+(?:kỹ thuật|gói|máy|bộ|chiếc|suất|triệu|tỷ|tỉ|bác sĩ|cán bộ|lượt))|này|trên|tuyến|huyện|tỉnh|đa khoa|các|và|quận|thành phố|trung ương|tư|"
                            r"công|ngoài|nhà nước|địa phương|khác)(?![^\W\d_]))(?![^\W\d_])")
# "Dịp này, bệnh viện đã trao tặng … cho B", "Trong năm, bệnh viện đã cử bác sĩ xuống hỗ trợ B": the article's own
# hospital, opening a clause before a verb of giving of its own (only where the article has a home hospital)
_HOME_RECEIVE_VERBS = ("hỗ trợ", "giúp đỡ", "chuyển giao", "đào tạo", "tập huấn", "tài trợ", "trao tặng")   # one in every match above
_HOME_GIVES = re.compile(r"b(?<![^\W\d_].)ệnh viện(?=\s+(?:(?:" + ADVERBS + r"|"
                         r"trực tiếp)\s+)*(?:trao tặng|tặng|cử|hỗ trợ|chuyển giao|đào tạo|tập huấn|giúp đỡ|tiếp nhận|nhận được|nhận|"
                         r"được)(?![^\W\d_])|\s+(?:" + ADVERBS + r")(?![^\W\d_]))")
_SCHOOL_HEADS = frozenset({"Trường", "Nhà trường"})
_SCHOOLS = frozenset({"university"})


def holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` is written in text[start:end] (a pattern that needs one of them
    finds nothing there without it). (A loop, not any() over a generator: asked ~60 times a
    document, the generator cost more than the searches.)"""
    for w in words:
        if text.find(w, start, end) >= 0:
            return True
    return False


def _closes_clause(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` is written in text[start:end] with nothing but blanks between it and
    a ".", "," or ";" there (every _BARE_OBJECT match ends so: tested in C before its scan, which
    stops at the common letters c, g, h, v)."""
    for word in words:
        at = text.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            while after < end and text[after].isspace():
                after += 1
            if after < end and text[after] in ".,;":
                return True
            at = text.find(word, at + 1, end)
    return False


def _bare_head_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]],
                    antecedents: Antecedents) -> list[End]:
    out = []
    text = doc.match
    # (each scan below but the first needs a word str.find looks for in C first: the scans
    # stop at common letters, b, c, h, n, s, t, v)
    hits = [(m.start(g), m.end(g), m.group(g)) for m in _BARE_HEAD.finditer(doc.match, start, end)
            for g in ("head",)]
    if _closes_clause(text, start, end, _OBJECT_HEADS):
        hits += [(m.start(g), m.end(g), m.group(g)) for m in _BARE_OBJECT.finditer(doc.match, start, end)
                 for g in ("head", "head2") if m.group(g)]
    if holds(text, start, end, _NAMED_ANAPHOR_NEEDS):
        hits += [(m.start("head"), m.end(), m.group("head")) for m in _NAMED_ANAPHOR.finditer(doc.match, start, end)
                 if not _OWNER_BEFORE.search(doc.match, max(start, m.start() - 5), m.start())]
    if holds(text, start, end, _JOINT_VERBS):
        hits += [(m.start(), m.end(), m.group(0)) for m in _OPENING_HEAD.finditer(doc.match, start, end)
                 if opens_clause(doc.match, start, m.start())]
    if holds(text, start, end, _HOME_WORD) and organizations.home(doc, _HOSPITALS) is not None:
        hits += [(m.start(), m.end(), m.group(0)) for m in _HOME_GIVES.finditer(doc.match, start, end)
                 if opens_clause(doc.match, start, m.start())]
        if holds(text, start, end, _HOME_RECEIVE_VERBS):
            hits += [(m.start("head"), m.end("head"), m.group("head").capitalize())
                     for m in _HOME_RECEIVES.finditer(doc.match, start, end)]
    for h_start, h_end, head in hits:
        if _covered(covered, h_start):
            continue
        head = head[0].upper() + head[1:]
        o = (head == _HOSPITAL_HEAD and organizations.home(doc, _HOSPITALS)) or antecedents.named_before(h_start, head)
        if o is None and head in _SCHOOL_HEADS:
            o = antecedents.before(h_start, _SCHOOLS)
        if o is not None:
            name, is_place = endpoint_name(o)
            out.append(End(h_start, h_end, name, o.province, is_place))
    return out


# "Thủ tướng Nguyễn Xuân Phúc làm việc với …", "Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam đã có cuộc
# làm việc với …": an official written by title and name, with no organisation named between the
# two, acts for the body the officials extractor gave them ("Chính phủ", "Đại sứ quán …"); only as
# the subject of a cue, so an official who visits, speaks or directs is no party
_HEAD_TITLE_REACH = 50
_HEAD_ROLE_AFTER = lazy_compile(r"\s+(?:(?:đã|sẽ|cũng|tiếp tục|vừa|có|cuộc|buổi|đến|tới)\s+)*(?:" +
                              "|".join(sorted(CUE_WORDS, key=len, reverse=True)) + r")(?![^\W\d_])",
                              re.IGNORECASE)


def _bodies_by_name(doc: Doc) -> dict[str, Organization]:
    """Each organisation by its name and its fullest name (the first one wins), read once."""
    out: dict[str, Organization] = {}
    for g in doc.organizations:
        out.setdefault(g.name, g)
        if g.full is not None:
            out.setdefault(g.full, g)
    return out


def _head_ends(doc: Doc, start: int, end: int, covered: list[tuple[int, int]]) -> list[End]:
    out = []
    for o in doc.starting_in(doc.officials, start, end):
        if not o.organization or not o.title or _covered(covered, o.start) or o.organization == STATE:
            continue   # the State's president gives, awards and visits as a ceremony, for no party
        title = doc.lower.rfind(o.title.lower(), max(start, o.start - _HEAD_TITLE_REACH), o.start)
        if title < 0 or any(title <= a and b <= o.start for a, b in covered) \
                or not _HEAD_ROLE_AFTER.match(doc.match, o.end, end):
            continue   # no title before the name, or it names its organisation (that end acts)
        body = doc.derived("coop_ends.bodies", _bodies_by_name).get(o.organization)
        if body is None:
            out.append(End(o.start, o.end, o.organization, None, False))
        else:   # named as its body is: "Chủ tịch UBND tỉnh A" acts for A
            name, is_place = endpoint_name(body)
            out.append(End(o.start, o.end, name, body.province, is_place))
    return out


# "không theo phê duyệt của Sở Y tế", "ủng hộ kết luận của Bộ Y tế", "trái với chủ trương của UBND thành phố":
# the body whose decision, finding or paper is named gives and receives nothing in that sentence
# (not "trách nhiệm của", "vi phạm của": "thanh tra trách nhiệm của Bộ Y tế" names the inspected party)
_OWNER_OF_PAPER = re.compile(r"(?<![^\W\d_])(?:phê duyệt|kết luận|chủ trương|nghị quyết|quyết định|bằng khen|giấy khen|"
                             r"kiến nghị|công văn|văn bản|thông báo|ý kiến|"
                             r"quy định|báo cáo|số liệu|thông tin)\s+(?:của\s+)$", re.IGNORECASE)
_PAPER_REACH = 30
# … and a numbered one, its number and date between it and "của": "cho vay hỗ trợ nhà ở theo Nghị quyết số 02/NQ-CP ngày
# 07/01/2013 của Chính phủ", "để triển khai Quyết định số 45 của Thủ tướng Chính phủ" (VietNews and baomoi, session 40:
# 2 such owners linked as the help's receiver or a partner, both wrong)
_OWNER_OF_NUMBERED_PAPER = re.compile(r"(?<![^\W\d_])(?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|công văn|kết luận|"
                                      r"thông báo|văn bản|luật)\s+(?:số\s+)?\d[^,;:()]{0,40}?\s+của\s+$", re.IGNORECASE)
_NUMBERED_PAPER_REACH = 70


def _owns_paper(text: str, start: int, at: int) -> bool:
    """Whether the end at `at` (in a sentence opening at `start`) is named after "của" as the owner of a paper."""
    lo = max(start, at - _PAPER_REACH)
    if text[lo:at].rstrip()[-3:].lower() != "của":
        return False   # (the search only where the text before the end, spaces cut, ends in "của" in any case)
    return _OWNER_OF_PAPER.search(text, lo, at) is not None \
        or _OWNER_OF_NUMBERED_PAPER.search(text, max(start, at - _NUMBERED_PAPER_REACH), at) is not None


def find_ends(doc: Doc, s: Sentence, orgs: list, antecedents: Antecedents) -> list[End]:
    """Every endpoint of sentence `s` (whose organisations are `orgs`), in text order."""
    ends = []
    for o in orgs:
        name, is_place = endpoint_name(o)
        ends.append(End(o.start, o.end, name, o.province, is_place))
    covered = [(e.start, e.end) for e in ends]
    ends += _anaphor_ends(doc, s.start, s.end, covered, antecedents)
    covered = [(e.start, e.end) for e in ends]
    ends += _province_ends(doc, s.start, s.end, covered)
    ends += _country_ends(doc, s.start, s.end, covered)
    ends += _press_ends(doc, s.start, s.end, covered)
    ends += _home_ends(doc, s.start, s.end, covered)
    ends += _bare_head_ends(doc, s.start, s.end, covered, antecedents)
    ends += _bare_province_ends(doc, s.start, s.end, covered)
    ends += _head_ends(doc, s.start, s.end, [(e.start, e.end) for e in ends])
    ends += _partner_ends(doc, s.start, s.end, ends)
    return sorted((e for e in ends if not _owns_paper(doc.match, s.start, e.start)), key=lambda e: e.start)

