"""Cooperation matchers: each reads one sentence and states links.

A link is (giver, receiver, kind, start, end): who provides to whom, the kind
of cooperation, and the span of text that states it. Matchers:

* `between`: "ký kết hợp tác giữa A và B";
* `sent_staff`: "A cử bác sĩ về B để chuyển giao …";
* `satellite_list`: "mạng lưới vệ tinh gồm: A, B, C" of a provider;
* `cue_clauses`: a cue verb splits its clause; the provider is the nearest end
  before it, the receivers the ends listed after it, unless "từ A" / "của A" /
  "A và B ký kết" say otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from . import gazetteer, wordhits
from .coop_cues import CUE_RE, CUE_WORDS, kind_of
from .doc import Doc
from .lexicon import alternation, lower_usable, odd_letters, word_start_branches
from .people import SUBJECT_VERBS
from .coop_ends import CORE_ADVERBS, End, holds
from .places import place_at
from .orgs.heads import HEAD_RE
from .sentences import NAME_LEADS
from .tokens import UPPER
from .lazy import lazy_compile

Link = tuple[End, End, str, int, int]


@dataclass
class Sent:
    """One sentence as the matchers see it: the matching text, its bounds, its
    endpoints and the spans of its organisation names."""
    text: str
    start: int
    end: int
    ends: list[End]
    names: list[tuple[int, int]]
    subject: End | None = None   # the organisation the article is about, if one stands out
    owner: End | None = None     # … the same among hospitals, centres and universities (`_from_owner`)
    doc: Doc | None = field(default=None, compare=False, repr=False)   # for its word hits (`wordhits`)

    def in_name(self, pos: int) -> bool:
        """Whether `pos` is inside one of the sentence's organisation names."""
        return any(a <= pos < b for a, b in self.names)


_BETWEEN = re.compile(r"giữa\s+")
# inside a sentence, ". " after a capital ends an abbreviation ("TP. HCM", "PGS. TS"), not a clause;
# nor does a ";" or ":" inside a short aside ("Công ty X (mã CK: VNM) và …")
# (the three marks first, so a search scans for them in C; each branch then asks which it read)
_CLAUSE_BREAK = re.compile(r"[;:.](?:(?<=[;:])(?![^();:]{0,30}\))|(?<=\.)(?<![A-ZĐ]\.)\s)")
_GENERIC_GROUP = re.compile(r"\b(?:các|những|một số|một vài|nhiều)\s+(?:tuyến|bệnh viện|đơn vị|cơ sở|trung tâm|địa phương|"
                            r"tỉnh|sở|bệnh nhân|người)", re.IGNORECASE)
# "phối hợp với các đơn vị nghiệp vụ Công an tỉnh A": the units are the named body's own, no generic group
_OWN_UNITS = re.compile(r"(?:các|những)\s+đơn vị\s+(?:nghiệp vụ|chức năng)\s+$")
_SATELLITE_LIST = re.compile(r"(?:mạng lưới|các|gồm các)\s+(?:bệnh viện\s+)?vệ tinh\s+(?:gồm|bao gồm|là)"
                             r"[^:;.]{0,40}?(?::|\s(?=[A-ZĐ]))\s*")
_PARTNER = re.compile(r"\s*(?:phối hợp với|phối hợp cùng|cùng với|cùng)\s*")
# "… điều động thêm một bác sĩ sản khoa tăng cường cho B": staff lent to B (real19)
# "lễ xuất quân cho đoàn y, bác sĩ của đơn vị ra B": a send-off of staff to B (real2); "ra" is the way
# to an island or the north (VietNews: of 4 "cử … ra <Body>", 3 send staff or samples to the body)
# (the first letter, then the word-start test: re's search scans for the letters in C)
_SEND_VERBS = ("cử", "điều động", "luân phiên", "tăng cường", "xuất quân cho")
_SEND = re.compile("[" + "".join(v[0] for v in _SEND_VERBS) + r"](?<![^\W\d_].)(?:"
                   + "|".join(f"(?<={v[0]}){v[1:]}" for v in _SEND_VERBS) + ")"
                   r"\s+[^.;:]{0,80}?"
                   r"(?<![^\W\d_])(?:về|đến|tới|xuống|lên|sang|ra|tăng cường cho)\s+")
_STAFF = re.compile(r"(?<![^\W\d_])(?:chuyên gia|bác sĩ|bác sỹ|kíp|ê kíp|êkíp|ekip|y bác sĩ|điều dưỡng|cán bộ|"
                    r"kỹ thuật viên|cán bộ chuyên môn|cán bộ y tế)(?![^\W\d_])", re.IGNORECASE)
_HONOUR = re.compile(r"\s+[“\"]?(?:các\s+|\d+\s+)?(?:quyết định|bằng khen|giấy khen|huân chương|huy chương|huy hiệu|danh hiệu|"
                     r"cờ thi đua|kỷ niệm chương|hoa|biểu trưng|"
                     r"giải thưởng|giải)(?![^\W\d_])", re.IGNORECASE)
_NOT_GIVEN = re.compile(r"\s+(?:nhầm|trả|lại|quyền|tay)(?![^\W\d_])", re.IGNORECASE)
_CERTIFICATE = re.compile(r"\s+(?:giấy chứng nhận|chứng nhận|chứng chỉ)(?![^\W\d_])", re.IGNORECASE)
# "trao giấy chứng nhận đầu tư cho Công ty A": a licence granted, no training nor gift (VietNews, session 40)
_LICENCE = re.compile(r"\s+(?:giấy chứng nhận|chứng nhận)\s+(?:đầu tư|đăng ký)(?![^\W\d_])", re.IGNORECASE)
_WITH_TARGET = re.compile(r"\s*(?:đối với|với|cho|dành cho)\s+(?:(?:ngành [Yy] tế|[Yy] tế)\s+)?"
                          r"(?:(?:tỉnh|thành phố)\s+)?")
# r"\btừ\s+", the word start tested after the "t" (the same matches): the search skips to the
# literal in C instead of trying the boundary at every position
_FROM = re.compile(r"t(?<!\wt)ừ\s+")
# "hội chẩn từ xa với B", "nhận hỗ trợ từ tháng 3 cho B": a name after another preposition is that
# preposition's object, not what came "từ"
_NOT_FROM = re.compile(r"(?<![^\W\d_])(?:với|cho|tại|đến|tới)(?![^\W\d_])", re.IGNORECASE)
# "từ A đến B", "từ A - B": the places a range spans
_RANGE_END = re.compile(r"\s*(?:(?:đến|tới)(?![^\W\d_])|[-–]\s)", re.IGNORECASE)
_OF = re.compile(r"[^,;]{0,45}?\bcủa\s+(?:(?:các|những|đội ngũ|đoàn|chuyên gia|bác sĩ|y bác sĩ|y, bác sĩ|"
                 r"cán bộ|kíp|ê kíp)\s+){0,2}"
                 # "vệ tinh của 2 bệnh viện hạt nhân là A, B": a counted group named by its members
                 r"(?:(?:\d+|hai|ba|bốn|năm)\s+(?:bệnh viện|đơn vị|cơ sở|trường)[^,;:.()]{0,30}?\s"
                 r"(?:là|gồm|bao gồm)\s*:?\s*)?")
_OF_NOT_GIVER = re.compile(r"\b(?:theo|đề án|yêu cầu|cho)\b")
# "phối hợp với các đơn vị của A": A owns the partner; the body before the cue works with A (unless ordered to)
_PARTNER_OWNED = re.compile(r"\s*(?:với|cùng)\s")
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|và|cùng|,\s*và)\s*")


def clause(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause around `pos`: between the nearest ";", ":" or ". " on each side."""
    left = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        left = m.end()
    m = _CLAUSE_BREAK.search(text, pos, end)
    return left, (m.start() if m else end)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_LEADS = gazetteer.load("coop_receiver_leads")
# what may stand between a cue and its first receiver: nothing, or the cue's object and then
# a word that introduces the receiver, with a few words of the receiver's kind ("chuyển giao 17
# gói kỹ thuật cho tỉnh A", "làm việc với lãnh đạo B"); "làm việc với chị H. - người tố …"
# names no receiver (coop_receiver_leads.json)
# … or the receiver's head by title, after his or her name or right before the body: "làm việc với ông Nguyễn Văn A,
# Giám đốc Bệnh viện B", "hội đàm với Bộ trưởng Bộ Y tế Lào", "hội đàm cùng Thượng tướng X, bộ trưởng Bộ Quốc phòng …"
_HEAD_TITLE_WORDS = ("bộ trưởng", "thứ trưởng", "tổng giám đốc", "giám đốc", "chủ tịch", "viện trưởng", "hiệu trưởng",
                     "cục trưởng", "vụ trưởng", "đại sứ", "bí thư", "trưởng đoàn", "trưởng ban", "tổng thư ký", "chủ nhiệm",
                     "trưởng đại diện")
# a body's head by title (for matchers in other modules too: coop_heads)
HEAD_TITLES = r"(?:phó\s+)?(?:" + "|".join(_HEAD_TITLE_WORDS) + ")"
# the same titles without their first letter, so a `str.find` gate passes either case ("Giám đốc", "giám đốc")
# and no shorter fragment hits "toàn diện" or "tăng trưởng" (coop_heads)
HEAD_TITLE_GATE = tuple(w[1:] for w in _HEAD_TITLE_WORDS)
# a person's honorific, rank or degree before the name, and the name: "ông", "Thượng tướng", "PGS.TS"; up to
# five capitalised words (for matchers in other modules too: coop_heads)
HONORIFIC = (r"(?:ông|bà|ngài|đồng chí|(?:đại|thượng|trung|thiếu)\s+tướng|đại tá|"
             r"(?:PGS|GS|TS|BS|ThS)\.?(?:\s*TS\.?)?)")
NAME = r"(?:(?-i:" + UPPER + r")[^\W\d_]*\s+){0,4}(?-i:" + UPPER + r")[^\W\d_]*"
_RECEIVER_HEAD = (r"|(?:^|(?<![^\W\d_])(?:với|cùng))\s*(?:" + HONORIFIC + r"\s+)*" + NAME +
                  r"(?:\s*,\s*|\s+[-–]\s+)" + HEAD_TITLES + r"\s+$"
                  r"|(?:^|(?<![^\W\d_])(?:với|cùng))\s*" + HEAD_TITLES + r"\s+$")
_RECEIVER_LEAD = lazy_compile(r"(?:^|(?<![^\W\d_])(?:" + _alternatives(_LEADS["leads"]) + r"))\s*"
                            r"(?:(?:" + _alternatives(_LEADS["fillers"]) + r"|\d[\d.,]*),?\s+){0,4}$" + _RECEIVER_HEAD,
                            re.IGNORECASE)


# a group named by its members: "các tỉnh Tây Nguyên như A, B", "12 bệnh viện, trong đó có A"
_MEMBERS = re.compile(r"(?<![^\W\d_])(?:như|gồm|gồm có|bao gồm|trong đó có)\s*:?\s*$", re.IGNORECASE)


_ASIDE_OPEN = re.compile(r"\s*\(\s*")


# "hỗ trợ điều hành và các nước ASEAN đã cử …": after "và", an end followed by its own verb is the
# subject of a second clause, not a receiver of the first
_AND_LEAD = re.compile(r"(?<![^\W\d_])và\s+(?:[^\W\d_]+\s+){0,2}$")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:đã|đang|sẽ|cũng|vừa|tiếp tục)\s")


_DASH_PARENT = re.compile(r"\s+[-–]\s+")
_ALSO_AFTER = re.compile(r"\s+cũng\s")   # (VietNews, session 40: an embassy so added to the partners)
_LIST_GOES_ON = re.compile(r"\s*,")


def listed_after(text: str, ends: list[End], after: int, right: int, lead: bool = False) -> list[End]:
    """Endpoints after a cue: the first one and those listed with it (", " / "và")."""
    out: list[End] = []
    prev_end = after
    for e in ends:
        if e.start < after or e.start >= right:
            continue
        if out and _ASIDE_OPEN.fullmatch(text, prev_end, e.start):
            continue   # "A (Bộ Quốc phòng), B": the aside names A's parent, not a member
        if out and _DASH_PARENT.fullmatch(text, prev_end, e.start) and _LIST_GOES_ON.match(text, e.end):
            prev_end = e.end   # "Bệnh viện 199 - Bộ Công an, Bệnh viện C": A's parent, and the list goes on
            continue
        if out and _ministry_closes(text, out[-1], e):
            break   # "phối hợp với Viện Khoa học hình sự, Bộ Công an khám nghiệm …": the unit's ministry
        gap = text[prev_end:e.start]
        if out and not _LIST_GAP.fullmatch(gap):
            break
        if out and _ALSO_AFTER.match(text, e.end) and _COMMA_ONLY.fullmatch(gap):
            break   # "làm việc với A, B cũng đã tiếp xúc với …": B opens the next clause
        if not out and (_MEMBERS.search(gap) or gap.rstrip().endswith(":")) and len(gap) <= 70:
            out.append(e)    # "cho 12 bệnh viện vệ tinh, trong đó có A": the group's named members
            prev_end = e.end
            continue
        if not out and (len(gap) > 70 or (_GENERIC_GROUP.search(gap) and not _OWN_UNITS.search(gap))
                        or (lead and _owner_of_named_object(gap, e))
                        or (lead and not _RECEIVER_LEAD.search(gap))
                        or (lead and _AND_LEAD.search(gap) and _CLAUSE_VERB_AFTER.match(text, e.end))):
            break
        out.append(e)
        prev_end = e.end
    return out


# a ministry after a unit and a bare comma, closing the list ("với Viện Khoa học hình sự, Bộ Công an khẩn trương …"):
# the unit's parent, no second receiver (VietNews, session 39: a police story so linked; "Cục A, Bộ B và Bộ C" lists on)
_MINISTRY_HEAD = "Bộ "
_LIST_ENDS = re.compile(r"(?!\s*(?:[,(]|và(?![^\W\d_])|cùng(?![^\W\d_])))")


def _ministry_closes(text: str, unit: End, after: End) -> bool:
    """`after`, a ministry, is `unit`'s parent written after a bare comma (not a dash: `parent_of`'s other form)."""
    return after.name.startswith(_MINISTRY_HEAD) and _UNIT.match(unit.name) is not None \
        and _COMMA_ONLY.fullmatch(text, unit.end, after.start) is not None and _LIST_ENDS.match(text, after.end) is not None


# "ủng hộ Việt Nam thực hiện nhiệm vụ gìn giữ hòa bình của Liên Hợp Quốc", "giúp Việt Nam hoàn thành các Mục tiêu
# … của Liên Hợp Quốc": the cue's object is a name no end holds (a country), and the body after "của" owns a thing
# in its purpose clause, it receives nothing (VietNews, session 39: 4 articles so linked to the UN, all wrong).
# Only an international body: "hỗ trợ Việt Nam triển khai Chương trình … của Bộ Y tế" helps the ministry's programme,
# and the ministry receives (review 1 of session 39)
_OWNER = "của"
_FOREIGN_LEVEL = "international"


def _owner_of_named_object(gap: str, owner: End) -> bool:
    body = gap.strip()
    if not (body.endswith(_OWNER) and body[:1].isupper() and "," not in body):
        return False
    known = gazetteer.find_org(owner.name)
    return known is not None and known.level == _FOREIGN_LEVEL


# "Vụ Pháp chế, Bộ Y tế", "Tổng cục Thủy lợi, Bộ NN & PTNT": after a bare comma, a ministry,
# department or committee names the unit's parent, not a second party; so after a dash ("Viện Dinh dưỡng
# Quốc gia – Bộ Y tế đã đồng hành với …", "Cục Cảnh sát hình sự - Bộ Công an … vừa phối hợp …": fresh VietNews
# and baomoi, session 37: 3 articles whose link named the parent, not the unit that acts)
_COMMA_ONLY = re.compile(r"\s*,\s*")
_UNIT = re.compile(r"(?:Vụ|Cục|Tổng cục|Chi cục|Văn phòng|Thanh tra|Viện|Trung tâm|Ban|Phòng|Khoa|Trường)\s")
_PARENT = re.compile(r"(?:Bộ|Sở|Tổng cục|Ủy ban|Uỷ ban|UBND)\s")


# … and with nothing between but a space or the unit's code in brackets: "Cục Cảnh sát điều tra tội phạm về ma túy Bộ
# Công an", "Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao (C 50) Bộ Công an cho biết đã phối hợp …" (VietNews,
# session 40: 2 police stories linking the ministry, not its unit)
_CODE_ONLY = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?")


def parent_of(text: str, unit: End, after: End) -> bool:
    """Is `after` the parent of `unit`, written right after it with a comma, a dash, a space or the unit's code?"""
    return bool((_COMMA_ONLY.fullmatch(text, unit.end, after.start) or _DASH_PARENT.fullmatch(text, unit.end, after.start)
                 or _CODE_ONLY.fullmatch(text, unit.end, after.start))
                and _UNIT.match(unit.name) and _PARENT.match(after.name))


def paren_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parenthesised asides: their organisations are not the clause's subject. (Read from the
    first "(": most clauses have none, and a character loop over them cost ~5M a pass.)"""
    first = text.find("(", start, end)
    if first < 0:
        return []
    spans, depth, open_at = [], 0, first
    for i in range(first, end):
        if text[i] == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((open_at, i))
    if depth:
        spans.append((open_at, end))
    return spans


# ---------------------------------------------------------------- "giữa A, B và C"
# a party's parent or second name joined to it: "Cục Quản lý Khám, chữa bệnh - Bộ Y tế",
# "Bệnh viện Trung y / Tổng bệnh viện 301"
_ATTACHED = re.compile(r"\s*[-–/]\s*(?:(?!và|với)[^\W\d_]+\s+){0,2}")
_PARTY_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:và\s+)?|và|với|cùng)\s*")
_UNNAMED_ATTACHMENT = re.compile(r"\s*[-–/]\s*[^,;()]{1,50}?\s+(?:và|với)\s*")
# "giữa" states cooperation only after a cooperation word: "điều động nhân sự giữa A và B" does not
_PAIR_NOUN = re.compile(r"(?<![^\W\d_])(?:hợp tác|thỏa thuận|thoả thuận|ký kết|kết nghĩa|liên kết|phối hợp|"
                        r"ghi nhớ|hợp đồng|biên bản|làm việc|hội đàm|trao đổi|hỗ trợ|chuyển giao|họp|"
                        r"hội nghị|giao ban|giao lưu|kết nối)"
                        r"(?![^\W\d_])", re.IGNORECASE)


_PAIR_REACH = 100   # "Bản ghi nhớ về hợp tác trong lĩnh vực … giữa A và B"


_WITH_GAP = re.compile(r"(?<![^\W\d_])với(?![^\W\d_])")
# the first two gaps of "giữa A và B, C" (a bracketed aside after a party allowed): "và", then a bare comma
_AND_THEN_COMMA = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?và\s*(?:\([^()]{1,40}\)\s*)?,\s*")


def _parties(s: Sent, after: int) -> tuple[list[End], int, int]:
    """The ends listed after "giữa", where the list stops, and where its second side starts: a new
    party after ",", "và", "với"; a parent joined by "-" or "/" stays with the party before it.
    "giữa A với B, C" sets A against B and C (the side after the first "với"); without a "với"
    the side is 0 and every party faces every other."""
    ends = [e for e in s.ends if e.start >= after]
    if not ends or ends[0].start - after > 3:
        return [], after, 0
    parties, last, side = [ends[0]], ends[0].end, 0
    for e in ends[1:]:
        gap = s.text[last:e.start]
        if _ATTACHED.fullmatch(gap):
            last = e.end           # "A - Bộ Y tế": A's parent, not a party
        elif _PARTY_GAP.fullmatch(gap) or _UNNAMED_ATTACHMENT.fullmatch(gap):
            if not side and _WITH_GAP.search(gap):
                side = len(parties)
            elif not side and len(parties) == 2 and \
                    _AND_THEN_COMMA.fullmatch(s.text[parties[0].end:parties[1].start] + gap):
                side = 1   # "giữa A và B, C": B and C sign together on the side facing A
            parties.append(e)
            last = e.end
        else:
            break
    return parties, last, side


def between(s: Sent) -> list[Link]:
    """"ký kết thỏa thuận hợp tác giữa A, B và C": every pair of the parties."""
    out = []
    for m in _BETWEEN.finditer(s.text, s.start, s.end):
        left, _ = clause(s.text, s.start, s.end, m.start())
        if not _PAIR_NOUN.search(s.text, max(left, m.start() - _PAIR_REACH), m.start()):
            continue
        window = max(s.start, m.start() - 40)
        parties, end, side = _parties(s, m.end())
        cue_m = CUE_RE.search(s.text, window, m.start())
        kind = kind_of(cue_m.group(1)) if cue_m else "support"
        for i, first in enumerate(parties):
            for second in parties[max(i + 1, side):]:
                if i >= side > 0:
                    break   # two parties on the side after "với" ("giữa A với B, C"): no pair of their own
                a, b = (second, first) if first.is_place and not second.is_place else (first, second)
                out.append((a, b, kind, m.start(), end))
    return out


# "ký bản quy chế phối hợp giữa hai đơn vị": "giữa" the parties named before the verb; it names no pair
# of its own, and leaves the cue before it to read them
_BETWEEN_THOSE = re.compile(r"(?:hai|2|ba|3)\s+(?:bên|đơn vị|cơ quan|ngành|bệnh viện|trường|tổ chức|sở|bộ)"
                            r"(?![^\W\d_])", re.IGNORECASE)


_THOSE_LISTED = 60   # "giữa ba bộ liên quan gồm: A, B và C" names its members after all


def pair_cue_starts(s: Sent) -> list[int]:
    return [m.start() for m in _BETWEEN.finditer(s.text, s.start, s.end)
            if not _BETWEEN_THOSE.match(s.text, m.end())
            or any(m.end() <= e.start < m.end() + _THOSE_LISTED for e in s.ends)]


# ---------------------------------------------------------------- "A cử bác sĩ về B để …"
# "A đã cử bác sĩ và đưa máy móc lên phục vụ công tác cứu chữa bệnh nhân tại B": staff sent to work at B
_WORK_AT = re.compile(r"[^.;:,()]{0,60}?(?<![^\W\d_])tại\s+")
# … unless they go to inspect or investigate B, which is oversight, not help
_OVERSIGHT = re.compile(r"(?<![^\W\d_])(?:kiểm tra|thanh tra|giám sát|xác minh|điều tra|làm rõ|khám nghiệm|"
                        r"họp|dự|tham dự|học|học tập|tập huấn|đào tạo)(?![^\W\d_])", re.IGNORECASE)
# "cử điều dưỡng sang B để được đào tạo": the staff are the ones served
_PASSIVE_BEFORE = re.compile(r"(?<![^\W\d_])được\s+$")


def sent_staff(s: Sent) -> list[Link]:
    """Sending staff for a stated purpose: "A cử (bác sĩ) về B để chuyển giao/hỗ trợ …"."""
    out = []
    text, ends = s.text, s.ends
    if not holds(text, s.start, s.end, _SEND_VERBS):
        return out   # (every send holds one of its verbs: looked for in C first)
    for m in _SEND.finditer(text, s.start, s.end):
        left, right = clause(text, s.start, s.end, m.start())
        parens = paren_spans(text, left, m.start())
        before = [e for e in ends if left <= e.start and e.end <= m.start()
                  and not any(a <= e.start < b for a, b in parens)]   # "A (Bộ Quốc phòng) cử …": A sends
        dest = [e for e in ends if m.end() <= e.start < right][:1]
        if not dest:
            hit = place_at(text, m.end())   # "cử chuyên gia về Nghệ An"
            dest = [End(hit.start, hit.end, hit.name, hit.name, True)] if hit else []
        if dest and dest[0].is_place:
            dest = [_subject_in(s, dest[0]) or dest[0]]
        if not dest and before:
            out += _staff_to_subject(s, m, before[-1])
            continue
        if not (before and dest):
            continue
        purpose = CUE_RE.search(text, dest[0].end, right)
        if purpose and purpose.start() - dest[0].end < 40 and not visits_people(text, purpose):
            kind, end = kind_of(purpose.group(1)), purpose.end()
        elif (_STAFF.search(m.group(0)) or _STAFF.search(text, left, m.start())) \
                and dest[0].start - m.end() <= 3:
            kind, end = "support", dest[0].end   # "kíp chuyên gia được A cử đến B": staff is help
        elif _STAFF.search(m.group(0)) and _WORK_AT.fullmatch(text, m.end(), dest[0].start) \
                and not _OVERSIGHT.search(text, m.end(), dest[0].start):
            kind, end = "support", dest[0].end   # "A cử bác sĩ lên phục vụ cấp cứu tại B": staff work at B
        else:
            continue
        senders = before[-1:]
        if len(before) >= 2 and re.fullmatch(r"\s*(?:,|và)\s*", text[before[-2].end:before[-1].start]):
            senders = before[-2:]     # "A và B đã cử chuyên gia về …"
        if purpose and end == purpose.end() and _PASSIVE_BEFORE.search(text, dest[0].end, purpose.start()):
            # "cử điều dưỡng sang B để được đào tạo": the staff learn, B trains the sender
            out += [(dest[0], sender, kind, sender.start, end) for sender in senders]
            continue
        for sender in senders:
            out.append((sender, dest[0], kind, sender.start, end))
    return out


def _subject_in(s: Sent, place: End) -> End | None:
    """"cử chuyên gia lên Hòa Bình" in an article about a hospital of Hòa Bình: the staff go
    to that hospital, which the place stands for."""
    subject = s.subject
    if subject is None or subject.is_place or subject.province is None:
        return None
    if subject.province.removeprefix("Thành phố ") != place.name.removeprefix("Thành phố "):
        return None
    return End(place.start, place.end, subject.name, subject.province, False)


def _staff_to_subject(s: Sent, m: re.Match, sender: End) -> list[Link]:
    """"Bệnh viện Bạch Mai đã cử kíp chuyên gia lên hỗ trợ": staff sent with a purpose but no
    destination named go to the article's subject (VietNews health articles: both such
    sentences send staff to the hospital or centre the article is about)."""
    if s.subject is None or sender.name == s.subject.name or sender.is_place or not _STAFF.search(m.group(0)):
        return []
    purpose = CUE_RE.match(s.text, m.end())
    if purpose is None:
        return []
    if _ALERTED_BY.search(s.text, max(s.start, sender.start - 30), sender.start):
        # "nhận được thông tin báo từ A, lãnh đạo bệnh viện cử 1 ekip xuống hỗ trợ": A called for
        # the help the article's hospital sent
        return [(s.subject, sender, kind_of(purpose.group(1)), sender.start, purpose.end())]
    return [(sender, s.subject, kind_of(purpose.group(1)), sender.start, purpose.end())]


# who raised the alert or asked for help, not who sends it
_ALERTED_BY = re.compile(r"(?<![^\W\d_])(?:thông tin|tin báo|đề nghị|yêu cầu)(?:\s+báo)?\s+(?:từ|của)\s+$",
                         re.IGNORECASE)


# "gửi" counts only before staff ("gửi học sinh sang học ở trường B" sends pupils: VietNews, 2 of 15
# "gửi … học … tại/ở <Name>"; no other sends a body's people to learn)
_STUDENT_STAFF = (r"(?:\d+\s+|các\s+|nhiều\s+)?(?:chuyên gia|bác sĩ|bác sỹ|điều dưỡng|cán bộ|kỹ thuật viên|nhân viên|"
                  r"học viên|y bác sĩ)")
_STUDY = lazy_compile(word_start_branches(["cử", r"gửi(?=\s+" + _STUDENT_STAFF + ")"], ignorecase=True) +
                    r"\s+[^.;:]{0,40}?(?:đi\s+)?(?:học tập|học|đào tạo|tập huấn|thực tập)\s+(?:tại|ở)\s+", re.IGNORECASE)
# "A gửi 5 bác sĩ đến B học tập": the place of study named before the study itself
_SENT_TO = re.compile(word_start_branches(["cử", "gửi"], ignorecase=True) +
                      r"\s+" + _STUDENT_STAFF + r"[^.;:,]{0,30}?\s(?:đi\s+)?(?:đến|tới|về|sang|lên|ra)\s+", re.IGNORECASE)
# (only a word that says they learn: "sang B để đào tạo" is as often sent to train B's staff)
_TO_STUDY = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:để\s+)?(?:học tập|học|thực tập|được đào tạo|được tập huấn)"
                       r"(?![^\W\d_])", re.IGNORECASE)


def may_spell(s: Sent, words: tuple[str, ...], lo: int | None = None, hi: int | None = None) -> bool:
    """False when the sentence (or its [lo, hi) stretch) spells none of `words` in any case (the document's
    lower-cased text searched in C; the words' odd letters, `lexicon.odd_letters`, worked out once per tuple):
    an IGNORECASE pattern whose every match holds one of them finds nothing there. True otherwise, or when the
    lower-cased text cannot tell."""
    doc = s.doc
    if doc is None or s.text is not doc.match or not lower_usable(doc, _odd(words)):
        return True
    return holds(doc.lower, s.start if lo is None else lo, s.end if hi is None else hi, words)


@cache
def _odd(words: tuple[str, ...]) -> frozenset[str]:
    """`odd_letters(words)`, worked out once per tuple of words."""
    return odd_letters(words)


_STUDY_VERBS = ("cử", "gửi")   # every _STUDY and _SENT_TO match opens with one


def sent_to_study(s: Sent) -> list[Link]:
    """"A cử 10 bác sĩ đi học tập tại B", "A gửi 5 bác sĩ đến B học tập": B trains A."""
    if not may_spell(s, _STUDY_VERBS):
        return []
    return _phrase_links(s, _STUDY, "training") + [
        link for link in _phrase_links(s, _SENT_TO, "training") if _TO_STUDY.match(s.text, link[0].end)]


_TECHNIQUES_FROM = re.compile(word_start_branches(["tiếp nhận", "nhận"], ignorecase=True) +
                              r"\s+(?:thêm\s+)?(?:\d+\s+|các\s+|nhiều\s+)?(?:gói\s+)?"
                              r"kỹ thuật[^.;:]{0,40}?(?<![^\W\d_])từ\s+", re.IGNORECASE)


def received_techniques(s: Sent) -> list[Link]:
    """"A đã tiếp nhận 12 kỹ thuật mới từ B": B transfers techniques to A."""
    return _phrase_links(s, _TECHNIQUES_FROM, "technology_transfer", needs=("kỹ thuật",))


# "A lấy 12 mẫu nước gửi đến B để xét nghiệm": B tests A's samples. "lấy" or a specimen word must
# come first: "biểu mẫu gửi lên …", "theo mẫu gửi đến …" send forms. VietNews, 40,000 articles:
# of the "lấy … mẫu … gửi/chuyển đến <Body>" whose sender the clause names, every one has the body
# test the samples (veterinary, food, disease and dating laboratories)
_SAMPLES = lazy_compile(word_start_branches([r"lấy\s+(?:\d+\s+)?(?:các\s+)?(?:mẫu|bệnh phẩm)", "mẫu bệnh phẩm",
                                          "mẫu máu", "mẫu xét nghiệm"], ignorecase=True) +
                      r"(?![^\W\d_])[^.;:]{0,50}?(?<![^\W\d_])(?:gửi|chuyển)(?:\s+đi)?\s+"
                      r"(?:đến|về|tới|ra|lên|cho|sang)\s+", re.IGNORECASE)


def sent_samples(s: Sent) -> list[Link]:
    """"A lấy mẫu … gửi đến B": B, the laboratory, supports A."""
    return _phrase_links(s, _SAMPLES, "support", needs=("mẫu", "bệnh phẩm"))


# ---------------------------------------------------------------- satellite lists
def satellite_list(s: Sent) -> list[Link]:
    """"mạng lưới vệ tinh gồm 8 bệnh viện: A, B, C": the provider's satellites."""
    out = []
    if s.text.find("vệ tinh", s.start, s.end) < 0:
        return out   # every match spells it (the scan stops at every c, g and m)
    for m in _SATELLITE_LIST.finditer(s.text, s.start, s.end):
        before = [e for e in s.ends if s.start <= e.start and e.end <= m.start()]
        members = listed_after(s.text, s.ends, m.end(), s.end)
        if before and members:
            for member in members:
                out.append((before[-1], member, "satellite", before[-1].start, member.end))
    return out


# ---------------------------------------------------------------- a session, then who held it
# "Tại buổi làm việc với Bộ Y tế sáng 5-3, Giám đốc Sở Y tế A cho biết …", "Chiều 2/2, làm việc với Cảng hàng
# không B, Thứ trưởng Bộ Giao thông vận tải lưu ý …": the session's partner is named in the opening phrase,
# the other party is the one who speaks after it. VietNews (105,000 articles): 370 sentences open
# "Tại/Trong buổi/cuộc làm việc/họp/hội đàm/gặp với …, " and 55 "(<day>,) làm việc/họp với …, "; of 40
# and 25 drawn at random, those naming a body after "với" and a body or its official after the comma were
# each a session of the two (a ministry with a province or an airport, a province with a ministry, a
# department with a National Assembly team); what follows the comma is otherwise a person, the press or
# "đơn vị tư vấn", and links nothing. A holder named by title alone ("Phó Thủ tướng …") is left out: in
# real12 the gold gives such a session to the body the official led, named in another sentence.
# ("tại/trong buổi" first, as the optional prefix it was: a session word cannot start with t)
_SESSION_OPENING = lazy_compile(word_start_branches([r"tại\s+(?:buổi|cuộc)\s+(?:làm việc|hội đàm|họp)",
                                                   r"trong\s+(?:buổi|cuộc)\s+(?:làm việc|hội đàm|họp)",
                                                   "làm việc", "hội đàm", "họp"], ignorecase=True) + r"\s+với\s+",
                              re.IGNORECASE)
# between "với" and the partner: its leaders or team, or an official's title ("lãnh đạo", "đoàn công tác của",
# "Bí thư")
_SESSION_WORDS = ("làm việc", "hội đàm", "họp")   # every _SESSION_OPENING match spells one
_PARTNER_GAP = re.compile(r"(?:ngành\s+[Yy]\s+tế\s+)?(?:[^\W\d_]+\s+){0,3}")   # "ngành y tế tỉnh Hòa Bình"
# before the phrase: nothing, or a day and time ("Chiều 8-3, ")
SESSION_LEAD = re.compile(r"\s*(?:(?:ngày|sáng|chiều|tối|trưa|hôm)\s+[^,;:]{1,25},\s*)?", re.IGNORECASE)
_SESSION_CLOSE = re.compile(r"[^,;:()]{0,60}?,\s*")   # the phrase's time, place or topic, then its comma
# after it, up to the holder: a title of a few words, after "ông X, " or "ông X - " when a name comes first
_HOLDER_GAP = re.compile(r"(?:(?:ông|bà)?\s*[^,;:()\-–]{2,30}?(?:,|\s[-–])\s*)?(?:[^\W\d_]+\s+){0,5}")
# a body right after the comma that a comma or "và" follows is the list of partners going on ("làm việc với Sở Y tế
# tỉnh A, Bệnh viện Đa khoa tỉnh A, Bộ trưởng … yêu cầu"), not the holder
_LIST_GOES_ON_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|và\s)")


def session_opening(s: Sent) -> list[Link]:
    """The one who speaks after "Tại buổi làm việc với B, …" held the session with B."""
    out = []
    if not may_spell(s, _SESSION_WORDS):
        return out
    for m in _SESSION_OPENING.finditer(s.text, s.start, s.end):
        if not SESSION_LEAD.fullmatch(s.text, s.start, m.start()):
            continue
        link = session_held(s, m)
        if link is not None:
            out.append(link)
    return out


def session_held(s: Sent, m: re.Match) -> Link | None:
    """The session of an opening clause `m` that ends on "với": its partner named right after `m`, its holder
    right after the clause's comma (`session_opening`, `coop_fronted.fronted_sessions`)."""
    partner = next((e for e in s.ends if e.start >= m.end()), None)
    if partner is None or not _PARTNER_GAP.fullmatch(s.text, m.end(), partner.start):
        return None
    close = _SESSION_CLOSE.match(s.text, partner.end)
    if close is None:
        return None
    holder = next((e for e in s.ends if e.start >= close.end()), None)
    if holder is None or holder.name == partner.name or \
            not _HOLDER_GAP.fullmatch(s.text, close.end(), holder.start):
        return None
    if holder.start == close.end() and _LIST_GOES_ON_AFTER.match(s.text, holder.end):
        return None
    if any(e.is_place and e.province is None for e in (partner, holder)):
        return None   # a country: "Trong cuộc hội đàm với Quốc vương Jordan, …" is diplomacy of persons
    return (holder, partner, "exchange", m.start(), holder.end)


# ---------------------------------------------------------------- teams and invited experts
_TEAM = re.compile(r"[Đđ](?<![^\W\d_].)oàn\s+(?:công\s+tác|kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát)"
                   r"(?:\s+liên\s+ngành)?(?:\s+(?:của|do|thuộc))?\s+")
_VISIT = re.compile(r"(?<![^\W\d_])(?:làm\s+việc|kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát|thăm|đến|tới|"
                    r"công\s+bố)(?![^\W\d_])", re.IGNORECASE)
_VISIT_REACH = 60
# "đoàn công tác của A đã đến TP. HCM để phối hợp với Cục B": the place is where the team goes to meet B,
# not its host (VietNews: 5 further sentences "(cử cán bộ) đến/vào/lên <place> để làm việc/phối hợp với
# <body>", each one meeting the body named after it)
_PURPOSE = re.compile(r"\s*,?\s*(?:để|nhằm)\s")
_TRAVEL_TO = re.compile(r"(?<![^\W\d_])(?:đến|tới|vào|về|ra|xuống|lên|sang|bay vào|bay ra)\s+(?:tận\s+)?"
                        r"(?:(?:tỉnh|thành phố|TP\.?|huyện|quận)\s*)?$", re.IGNORECASE)


def destination(s: Sent, e: End, cue: int = -1) -> bool:
    """Is `e` a place travelled to for a purpose ("đã đến TP. HCM để phối hợp với …"), or with the purpose's cue right
    after it ("cử 5 cán bộ đến tỉnh Hà Tĩnh phối hợp với Công an tỉnh này": the staff work with the police, session 40)?"""
    return e.is_place and (_PURPOSE.match(s.text, e.end) is not None or not s.text[e.end:cue].strip()) and \
        _TRAVEL_TO.search(s.text, max(s.start, e.start - 20), e.start) is not None


# "A cử đoàn công tác đến B", "A thành lập đoàn kiểm tra tại B"
_SENT_TEAM = re.compile(r"[ctl](?<![^\W\d_].)(?:(?<=c)ử|(?<=t)hành lập|(?<=l)ập)\s+(?:\d+\s+)?(?:các\s+)?đoàn\s+(?:công\s+tác|"
                        r"kiểm\s+tra|thanh\s+tra|giám\s+sát|liên\s+ngành)[^.;:]{0,40}?(?<![^\W\d_])"
                        r"(?:về|đến|tới|xuống|lên|sang|tại|làm\s+việc\s+(?:tại|với)|kiểm\s+tra)\s+")


def _next_to(s: Sent, m: re.Match) -> tuple[End | None, End | None]:
    """The end the phrase `m` leads to (right after it) and the subject of its clause
    (the nearest end before it)."""
    after = next((e for e in s.ends if m.end() <= e.start <= m.end() + 3), None)
    left, _ = clause(s.text, s.start, s.end, m.start())
    before = [e for e in s.ends if left <= e.start and e.end <= m.start()]
    return after, (before[-1] if before else None)


def _sent_team(s: Sent) -> list[Link]:
    out = []
    if s.text.find("đoàn", s.start, s.end) < 0:
        return out   # (every sent team is an "đoàn": looked for in C first)
    for m in _SENT_TEAM.finditer(s.text, s.start, s.end):
        host, sender = _next_to(s, m)
        if host and sender:
            out.append((sender, host, "exchange", sender.start, host.end))
    return out


def team_visit(s: Sent) -> list[Link]:
    """"Đoàn công tác của A … làm việc tại / kiểm tra / thanh tra … B" and "A cử đoàn
    công tác đến B": A's team visits B."""
    out = _sent_team(s)
    for m in _TEAM.finditer(s.text, s.start, s.end):
        team = next((e for e in s.ends if m.end() <= e.start <= m.end() + 3), None)
        if team is None:
            continue
        _, right = clause(s.text, s.start, s.end, m.start())
        for host in (e for e in s.ends if team.end < e.start < right):
            if _ATTACHED.fullmatch(s.text, team.end, host.start) or \
                    s.text[team.end:host.start].strip().startswith("("):
                continue   # "Đoàn công tác của Cục X - Bộ Y tế": the team's parent
            if destination(s, host):
                continue   # the place the team goes to for a body named after it
            visit = None
            for v in _VISIT.finditer(s.text, team.end, host.start):
                visit = v
            if visit and host.start - visit.end() <= _VISIT_REACH:
                out.append((team, host, "exchange", m.start(), host.end))
                break
    return out


_INVITE = re.compile(word_start_branches(["mời", "đề nghị", "xin"], ignorecase=True) +
                     r"\s+(?:các\s+|những\s+)?(?:chuyên gia|bác sĩ|giáo sư|"
                     r"kỹ thuật viên|cán bộ|kíp|ê kíp|đoàn)[^.;:]{0,50}?(?:của|từ|ở)\s+", re.IGNORECASE)


# "A tiếp đón đoàn công tác của B": B's team visits A
_RECEIVE_TEAM = re.compile(word_start_branches(["tiếp đón", "đón tiếp", "tiếp", "đón"], ignorecase=True) +
                           r"\s+(?:các\s+)?đoàn(?:\s+công tác|\s+chuyên gia|"
                           r"\s+cán bộ|\s+lãnh đạo)?[^.;:]{0,30}?(?:của|từ)\s+", re.IGNORECASE)


# "A liên hệ với B, đề nghị hỗ trợ …", "lãnh đạo bệnh viện liên lạc với B đề nghị được hỗ trợ chuyên môn":
# B is asked for help and gives it to A (with no A in the clause, to the article's subject). VietNews
# (150,670 articles): 33 "liên hệ (với) … đề nghị/xin/nhờ … hỗ trợ/giúp", 7 in health articles, each a
# body or a hospital's staff asking a named body for help (visas from an embassy, blood from a donors'
# club, expertise from a central hospital)
_CONTACT = re.compile(word_start_branches([r"liên\s+(?:hệ|lạc)\s+(?:với\s+)?"], ignorecase=True))
_ASKS_HELP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:để\s+)?(?:đề nghị|nhờ|xin)\s+(?:được\s+)?"
                        r"(?:[^\W\d_]+\s+){0,2}?(?:hỗ trợ|giúp đỡ|trợ giúp|giúp)(?![^\W\d_])", re.IGNORECASE)


def asked_for_help(s: Sent) -> list[Link]:
    """"A liên hệ (với) B đề nghị hỗ trợ": B supports A."""
    out = []
    if not may_spell(s, ("liên",)):
        return out   # every _CONTACT match opens with it
    for m in _CONTACT.finditer(s.text, s.start, s.end):
        giver, receiver = _next_to(s, m)
        if giver is None or giver.is_place or not _ASKS_HELP.match(s.text, giver.end):
            continue
        if receiver is not None and not _OWN_VERB_GAP.fullmatch(s.text, receiver.end, m.start()):
            receiver = None   # "lãnh đạo bệnh viện báo cáo Sở Y tế và liên lạc với B": the Sở is reported to
        if receiver is None and s.subject is not None:
            receiver = End(m.start(), m.start(), s.subject.name, s.subject.province, s.subject.is_place)
        if receiver is not None and receiver.name != giver.name:
            out.append((giver, receiver, "support", min(receiver.start, m.start()), giver.end))
    return out


def invited(s: Sent) -> list[Link]:
    """"A mời các chuyên gia (của|từ) B về …": B supports A; "A tiếp đón đoàn công tác của B":
    B visits A."""
    return _phrase_links(s, _INVITE, "support", s.subject, needs=("mời", "đề nghị", "xin")) + \
        _phrase_links(s, _RECEIVE_TEAM, "exchange", needs=("đoàn",))


def _phrase_links(s: Sent, pattern: re.Pattern, kind: str, unnamed: End | None = None,
                  needs: tuple[str, ...] = ()) -> list[Link]:
    """"A <phrase> B": B, the end right after the phrase, gives to A, its clause's subject.
    With no end in the clause before the phrase, `unnamed` (if given) is A: "bệnh viện đã mời
    chuyên gia ở Bệnh viện 103 sang hỗ trợ" in an article about a hospital is that hospital's call
    (VietNews health articles: of the 10 "mời chuyên gia/bác sĩ của/từ/ở <Bệnh viện|Viện>", the 3
    naming no inviter are each made by the hospital or centre the article is about).
    `needs`: words one of which every match spells (in any case): the scan only where one is."""
    out = []
    if needs and not may_spell(s, needs):
        return out
    for m in pattern.finditer(s.text, s.start, s.end):
        giver, receiver = _next_to(s, m)
        if giver and receiver is None and unnamed is not None and giver.name != unnamed.name \
                and not giver.is_place:
            receiver = End(m.start(), m.start(), unnamed.name, unnamed.province, unnamed.is_place)
        if giver and receiver:
            out.append((giver, receiver, kind, receiver.start, giver.end))
    return out


# ---------------------------------------------------------------- cue clauses
@dataclass
class Cue:
    """One cue in its clause: the ends before it (the subject side) and after it."""
    m: re.Match
    kind: str
    right: int
    before: list[End]
    recips: list[End]
    floor: int = 0   # ends before it only report on the cue's clause ("A kết luận …", `_reported`)
    left: int = 0    # where its clause opens

    @property
    def provider(self) -> End | None:
        return self.before[-1] if self.before else None


_QUOTED_NAME = 60   # longer quotations are speech, whose statements count
_QUOTE = re.compile('"')


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short quoted stretches ('"…"', quotes already unified) of [start, end): names of
    initiatives and products, not quoted speech."""
    marks = [m.start() for m in _QUOTE.finditer(text, start, end)]
    return [(a, b) for a, b in zip(marks[::2], marks[1::2]) if b - a <= _QUOTED_NAME]


# "làm việc" of someone's job rather than a working session: a worker before it, or the employer
# after "cho" (an inspection's "60 ngày làm việc tại Cục X" is a visit and stays)
_EMPLOYED_BEFORE = re.compile(r"(?<![^\W\d_])(?:người|thợ|thợ lặn|công nhân|lao động|nhân viên|đối tượng|bà|ông|anh|"
                              r"chị|em|sống và|nơi|môi trường|nhà|đi)"
                              r"(?:\s+(?:đang|đã|từng|vẫn|cùng|đến|sang|ra|vào|về))?\s+$", re.IGNORECASE)
_EMPLOYER_AFTER = re.compile(r"\s+cho(?![^\W\d_])", re.IGNORECASE)
# "làm việc" modifying a noun: an office, working hours or conditions ("trong phòng làm việc", "giờ làm việc",
# "điều kiện làm việc của bác sĩ"), no working session
# ("chương trình làm việc với Bộ Y tế", "lịch làm việc": an agenda, no session held; named in session 39's fresh text)
_WORK_NOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:phòng|giờ|thời gian|bàn|chỗ|ca|điều kiện|khu|chế độ|áp lực|chương trình|lịch|"
                               r"hiệu quả|tinh thần|không gian|trang phục|tác phong|năng suất|cường độ|ngày nghỉ|"
                               r"tư thế|tuổi|độ tuổi|khả năng|sức)\s+$", re.IGNORECASE)
_WORK_NOUN_REACH = 16
# a capitalised "Anh", "Em" after another capitalised word ends a name ("Nguyễn Quốc Anh làm việc
# với …", "huyện Đông Anh"), not a pronoun: VietNews, all 10 "<Capital> Anh/Em (đã) làm việc
# với/tại" are names or places
_PRONOUNS = frozenset({"bà", "ông", "anh", "chị", "em"})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _employed_before(s: Sent, m: re.Match) -> bool:
    """A worker, not a body, before "làm việc": "48 người làm việc cho …", "anh đã làm việc tại …"."""
    lo = max(s.start, m.start() - 30)
    e = _EMPLOYED_BEFORE.search(s.text, lo, m.start())
    if e is None:
        return False
    word = e.group(0).split()[0]
    if word[0].isupper() and word.lower() in _PRONOUNS:
        prev = _WORD_BEFORE.search(s.text, lo, e.start())
        return not (prev and prev.group(1)[0].isupper())
    return True
# "làm việc tại B" is a visit only after a word of travel or of a session ("đến làm việc tại",
# "thăm và làm việc tại", "60 ngày làm việc tại", "đoàn … làm việc tại"); after a person it is
# where they work ("ông H., làm việc tại Bộ Chỉ huy …", "công nhân … đang làm việc tại mỏ đá của
# công ty X"). VietNews health articles: of 45 distinct left contexts of "làm việc tại <Name>",
# 8 were a visit and every one had such a word.
_AT_AFTER = re.compile(r"\s+tại(?![^\W\d_])", re.IGNORECASE)
_VISIT_BEFORE = re.compile(r"(?<![^\W\d_])(?:đến|tới|về|xuống|lên|sang|vào|thăm|ngày|buổi|chuyến|đoàn)"
                           r"(?![^\W\d_])", re.IGNORECASE)
_VISIT_BEFORE_REACH = 25


def _job_at(s: Sent, m: re.Match) -> bool:
    """"X làm việc tại B" with no visit word before it: B employs X, no one visits B."""
    if not _AT_AFTER.match(s.text, m.end()):
        return False
    left, _ = clause(s.text, s.start, s.end, m.start())
    near = max(left, m.start() - _VISIT_BEFORE_REACH)
    subject = [e for e in s.ends if left <= e.start and e.end <= m.start()][-1:]
    joined = _JOINS.search(s.text, near, m.start())
    if joined is not None:
        # "về/vào làm việc tại B" is a visit by the body before it ("Ủy ban Kiểm tra Trung ương (đã) vào làm việc tại
        # …", "Thứ trưởng Bộ Y tế Nguyễn Văn A đã về làm việc tại …") or by a delegation; it is a job when a bare person
        # or a hiring comes between ("tuyển dụng ông A về làm việc tại B", "được điều động về làm việc tại Sở Y tế",
        # "đưa người vào làm việc"): VietNews, 89 "về/vào làm việc tại <Name>", every visit among 30 sampled had
        # its body before and no such word
        if _HIRED.search(s.text, subject[0].end if subject else left, joined.start()):
            return True
        return not (subject or _DELEGATION.search(s.text, left, m.start()))
    if _VISIT_BEFORE.search(s.text, near, m.start()):
        return False
    if subject and _ADVERBS.fullmatch(s.text, subject[0].end, m.start()) and \
            not _OBJECT_BEFORE.search(s.text, max(left, subject[0].start - 8), subject[0].start):
        return False   # "Sở Y tế Hà Tĩnh đã làm việc tại …": the body itself visits
    return not _DELEGATION.search(s.text, left, m.start())


_JOINS = re.compile(r"(?<![^\W\d_])(?:về|vào)\s+$")
# a bare person or a hiring before "về/vào làm việc": the one who goes works there (lower case: "Anh", "Bà" are in
# names, "Nguyễn Tuấn Anh", "Bà Rịa"); VietNews, 88 "về/vào làm việc tại <Name>": the jobs without a person word had
# "xin", "(điều) chuyển", "bổ nhiệm", "thu hút", "bắt đầu", "tốt nghiệp" before
_HIRED = re.compile(r"(?<![^\W\d_])(?:ông|bà|anh|chị|em|người|lao động|công nhân|tuyển dụng|tuyển|điều động|"
                    r"chuyển|biệt phái|nhận|được|xin|bổ nhiệm|thu hút|bàn giao|bắt đầu|tốt nghiệp|ra trường)"
                    r"(?![^\W\d_])")
# a delegation ("đoàn công tác", "Đoàn kiểm tra"), not a union or a youth union ("Công đoàn", "Thành đoàn"), nor the
# surname or a body's name ("ông Đoàn Văn Hải", "Đoàn Thanh niên"): a capital "Đoàn" before a capitalised word
# (the words before "đoàn" that make it a body are shared with _HOST_PEOPLE and coop_context's teams)
DOAN_BODIES = ("công", "thành", "tỉnh", "liên", "huyện", "quận")
_NOT_A_DOAN_BODY = "".join(f"(?<![{w[0].upper()}{w[0]}]{w[1:]}\\s)" for w in DOAN_BODIES)
_DELEGATION = re.compile(rf"(?<![^\W\d_]){_NOT_A_DOAN_BODY}(?:đoàn|Đoàn(?!\s+[A-ZĐ]))(?![^\W\d_])")


_ADVERB_WORDS = CORE_ADVERBS + ("trực tiếp",)
_ADVERBS = re.compile(rf"\s*(?:(?:{alternation(_ADVERB_WORDS)})\s+)*")


# a visit ("thăm") is to a body when a name or the body's staff follows: "đến thăm, chúc tết Công an
# tỉnh …", "tới thăm, chúc mừng các bác sĩ, nhân viên của Bệnh viện …"; after "thăm" a lower-case
# word is an examination or a person ("thăm khám", "thăm hỏi", "thăm nguyên Tổng bí thư …")
_VISITED_BODY = re.compile(r"\s+(?:[A-ZĐ]|(?i:các\s+(?:y\s+)?bác sĩ|cán bộ|tập thể|lãnh đạo|ban giám đốc)"
                           r"(?![^\W\d_]))")


# a visit is made when the visitor travels to it or greets ("đến thăm", "thăm, chúc tết"); a bare
# "A thăm B" (a caption, a headline) states no session of the two
TRAVEL_WORDS = ("đến", "tới", "vào", "về", "xuống", "lên", "sang")
_TRAVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(TRAVEL_WORDS) + r")\s+$", re.IGNORECASE)


def visits_people(text: str, m: re.Match) -> bool:
    """Is the cue at `m` a visit ("thăm", with its greetings) to no named body, or no visit at all?"""
    cue = m.group(1).lower()
    if not cue.startswith("thăm") or cue.endswith("làm việc"):
        return False
    if cue == "thăm" and not _TRAVEL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return True
    return not _VISITED_BODY.match(text, m.end())


# "hàng viện trợ", "lô thuốc viện trợ", "nguồn viện trợ": aid goods named as a noun; the bodies around the
# phrase (who reports on them, where they are used) neither give nor receive, unless "của/từ A" names the giver
_AID = "viện trợ"
_AID_GOODS_BEFORE = re.compile(r"(?<![^\W\d_])(?:hàng|hàng hóa|hàng hoá|thuốc|lô hàng|lô thuốc|nguồn|đối tác|vật tư|"
                               r"thiết bị|trang thiết bị|thực phẩm|lương thực|gạo)\s+$", re.IGNORECASE)
_AID_GIVER_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?(?:của|từ)(?![^\W\d_])", re.IGNORECASE)
# "ủng hộ" of a proposal, a view or a policy endorses it; it gives nothing
_ENDORSE = "ủng hộ"
_ENDORSED = re.compile(r"\s+(?:(?:các|những|mạnh mẽ|hoàn toàn)\s+)*(?:đề xuất|ý kiến|quan điểm|chủ trương|việc|đề nghị|kiến nghị|"
                       r"phương án|quyết định|tăng cường|vai trò|sáng kiến|chính sách|kế hoạch|nỗ lực|lập trường|"
                       r"đề án|dự thảo|ứng cử viên|nghị quyết|con đường|tiến trình|lộ trình)(?![^\W\d_])", re.IGNORECASE)
# "đào tạo" after these modifies a noun: what a school offers or is allotted, not training given to a party
_TRAINING_NOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:chương trình|chỉ tiêu|điều kiện|khoa học và|cơ sở|quy chế|"
                                   r"hệ thống chương trình|khoá đầu tiên|khóa đầu tiên)\s+$", re.IGNORECASE)


_OBJECT_BEFORE = re.compile(r"(?<![^\W\d_])(?:với|cho|của)\s+$")


# a negated cue states that the work did not happen: "Bộ A không phối hợp với Bộ B", "chưa được hỗ trợ",
# "không thể làm việc"; "không chỉ", "không ngừng", "không những" are no negation of the verb (no such word here).
# Lower-case only: "Ông Chưa được mời …" is a name. (Tried only where a cue was found, in a short window.)
_NEGATED = re.compile(r"(?<![^\W\d_])(?:[Kk]hông|chưa|chẳng)(?:\s+(?:hề|từng|được|có|chịu|thể|kịp|bao giờ|cần|muốn))*\s+$")
_NEGATED_REACH = 24


def _cue_kind(s: Sent, m: re.Match, quotes: list[tuple[int, int]]) -> str | None:
    """The kind of the cue at `m`, or None when it is no cooperation here."""
    if s.in_name(m.start()):
        return None  # "Cơ quan Hợp tác Quốc tế": a cue word inside a name
    negation = _NEGATED.search(s.text, max(s.start, m.start() - _NEGATED_REACH), m.start())
    if negation and not s.in_name(negation.start()):
        return None  # "A không phối hợp với B", "B chưa được hỗ trợ": no work was done ("Viện Y học Hàng không" is a name)
    if any(a < m.start() < b for a, b in quotes):
        return None  # "“Trạm cấp cứu vệ tinh GPS” của Bệnh viện …": a cue inside a quoted name
    kind = kind_of(m.group(1))
    if kind == "support" and _considered(s, m):
        return None  # "kiến nghị Bộ Tài chính xem xét, hỗ trợ tỉnh …": help weighed or asked for, not given
    if kind == "donation" and (_HONOUR.match(s.text, m.end()) or _NOT_GIVEN.match(s.text, m.end())):
        return None  # "trao quyết định", "tặng Bằng khen", "trao nhầm": not a gift
    if kind == "training" and _TRAINING_NOUN_BEFORE.search(s.text, max(s.start, m.start() - 30), m.start()):
        return None  # "chương trình đào tạo", "chỉ tiêu đào tạo", "Hội đồng Khoa học và đào tạo": a noun, no one trains
    if m.group(1).lower() == "làm việc" and (_employed_before(s, m)
                                             or _EMPLOYER_AFTER.match(s.text, m.end())
                                             or _WORK_NOUN_BEFORE.search(s.text, max(s.start, m.start() - _WORK_NOUN_REACH),
                                                                         m.start())
                                             or _job_at(s, m)):
        return None  # "48 người làm việc cho công ty X", "60 ngày làm việc tại Cục Y": a job, no visit
    if visits_people(s.text, m):
        return None  # "thăm khám", "thăm hỏi", "để thăm 3 hiệp sĩ", "thăm nguyên Tổng bí thư …": people
    if _AID_GOODS_BEFORE.search(s.text, max(s.start, m.start() - 20), m.start()) \
            and m.group(1).lower() == _AID and not _AID_GIVER_AFTER.match(s.text, m.end()):
        return None  # "tiếp nhận thuốc viện trợ tại B", "nguồn viện trợ khác": the goods, no giver named
    if m.group(1).lower() == _ENDORSE and _ENDORSED.match(s.text, m.end()):
        return None  # "ủng hộ các đề xuất của Bộ Y tế", "ủng hộ tăng cường vai trò của WHO": an opinion, no gift
    if kind == "donation" and _LICENCE.match(s.text, m.end()):
        return None  # "trao giấy chứng nhận đầu tư cho …": a licence
    if kind == "donation" and _CERTIFICATE.match(s.text, m.end()):
        return "training"  # "trao chứng nhận hoàn thành đào tạo cho …"
    if _INTERVIEW.match(s.text, m.start()):
        return None  # "trao đổi với báo Pháp luật TP. HCM, … cho biết …": an interview, whoever is named next
    if kind == "exchange" and _PLANNED.search(s.text, max(s.start, m.start() - _PLANNED_REACH), m.start()):
        return None  # "cho biết sẽ làm việc với Sở Nội vụ": a meeting not yet held
    if _wished(s, m):
        return None  # "hy vọng sớm ký kết hợp đồng với B", "mong muốn A và B hợp tác": a wish, nothing done
    if m.group(1).lower() == _HANDOVER and _handed_over(s, m):
        return None  # "chuyển giao cho UBND xã … quản lý": an asset changing hands, no technique
    return kind


# a facility or project handed over for a body to run ("… hoàn thành và chuyển giao cho Công ty X quản lý,
# vận hành", "dự án được Bộ GTVT chuyển giao cho UBND TP quản lý"): no technique is transferred (VietNews
# and baomoi, session 37: 6 articles so linked, all wrong; "chuyển giao kỹ thuật cho …" is another cue).
# "quản lý" must follow the receiver itself: "chuyển giao cho Bệnh viện X kỹ thuật quản lý bệnh nhân đột
# quỵ" transfers a technique named with "quản lý". The receiver may be a place written after its lower-case
# kind ("cho tỉnh Bình Dương quản lý") or several bodies listed ("cho Bệnh viện A và Trung tâm B cùng quản lý").
_HANDOVER = "chuyển giao"
_HANDED_TO = re.compile(r"\s+(?:lại\s+)?cho\s+")
_PLACE_KIND = re.compile(r"(?:tỉnh|thành phố|huyện|xã)\s+")
_RECEIVER_LISTED = re.compile(r"\s*(?:,|\s+và)\s+")
# (the body's short form in brackets may come between: "cho Công ty CP Nước sạch X (Viwasupco) quản lý")
_TO_RUN = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:để|cùng|trực tiếp|tiếp tục)\s+)?(?:quản lý|tiếp quản)"
                     r"(?![^\W\d_])")


def _handed_over(s: Sent, m: re.Match) -> bool:
    """Whether the bodies the cue hands to ("chuyển giao cho <body>(, <body>)") are then said to run it
    ("<body> quản lý", "<body> để tiếp quản"): a thing handed over, not a technique. (Only names starting
    right after "cho", after a place's kind or after a listed one are tried: a few spans.)"""
    to = _HANDED_TO.match(s.text, m.end())
    pos = to.end() if to is not None else -1
    while pos >= 0:
        ends = _receiver_ends(s, pos)
        if any(_TO_RUN.match(s.text, b) for b in ends):
            return True
        listed = next((n for b in ends if (n := _RECEIVER_LISTED.match(s.text, b))), None)
        pos = listed.end() if listed is not None else -1
    return False


def _receiver_ends(s: Sent, pos: int) -> list[int]:
    """The ends of the names starting at `pos`, or after a lower-case place kind there ("tỉnh Bình Dương")."""
    kind = _PLACE_KIND.match(s.text, pos)
    starts = (pos, kind.end()) if kind is not None else (pos,)
    return [b for a, b in s.names if a in starts] + [e.end for e in s.ends if e.start in starts]


# a meeting still to come ("… cho biết sẽ làm việc với Sở Nội vụ", "có thể sẽ trao đổi với …"): no
# session was held, and the studied gold names none; planned help ("sẽ hỗ trợ", "sẽ kết hợp") still counts
# "đề nghị/kiến nghị Bộ A xem xét(,) hỗ trợ B", "sẽ xem xét việc hỗ trợ": help under consideration (VietNews,
# session 39: 3 stories of provinces asking ministries for funds so linked, all wrong; the studied gold lists
# such requests as optional only)
_CONSIDER = "xem xét"
_CONSIDERED = re.compile(r"xem xét\s*,?\s+(?:việc\s+|để\s+)?$", re.IGNORECASE)
_CONSIDERED_REACH = 16
# … unless the body has done it: "BHXH tỉnh đã kịp thời xem xét, hỗ trợ Bệnh viện A 5 tỷ đồng" (review 1 of session 39)
_CONSIDERED_DONE = re.compile(r"(?<![^\W\d_])(?:đã|vừa)\s+(?:(?:kịp thời|nhanh chóng|khẩn trương|trực tiếp)\s+)?$",
                              re.IGNORECASE)
_CONSIDERED_DONE_REACH = 30


def _considered(s: Sent, m: re.Match) -> bool:
    """Whether "xem xét" stands right before the cue and no "đã"/"vừa" right before it (a substring test first,
    then the patterns)."""
    lo = max(s.start, m.start() - _CONSIDERED_REACH)
    at = s.text.find(_CONSIDER, lo, m.start())
    if at < 0 or _CONSIDERED.search(s.text, lo, m.start()) is None:
        return False
    return _CONSIDERED_DONE.search(s.text, max(s.start, at - _CONSIDERED_DONE_REACH), at) is None


# a wish before the cue, in its own stretch of the clause (no comma, no "đã" between): "hy vọng sớm ký kết hợp đồng
# với B", "mong muốn A và B hợp tác để …" (VietNews, session 39: 2 articles so linked, both wrong; "Với mong muốn hỗ
# trợ người bệnh, A đã phối hợp với B" does what it wished, "mong muốn tiếp tục hợp tác với B" goes on with it)
_WISH = re.compile(r"(?<![^\W\d_])(?:mong muốn|hy vọng|hi vọng|kỳ vọng)(?![^\W\d_])[^,;:]*$", re.IGNORECASE)
_WISH_REACH = 40
_WISH_WORDS = ("vọng", "mong muốn")   # every _WISH match holds one
_GOING_ON = "tiếp tục"   # "mong muốn tiếp tục hợp tác với B": the work goes on already
# a wish about work the bodies did ("hy vọng ca mổ do A phối hợp với B thực hiện sẽ thành công", "hy vọng kết quả mà
# A hợp tác với B nghiên cứu …"): the cue is in a relative clause, and the work is done (review 1 of session 39;
# "do đó", "do vậy" are "so": the wish stays)
_RELATIVE = re.compile(r"(?<![^\W\d_])(?:do|mà)(?![^\W\d_])(?!\s+(?:đó|vậy)(?![^\W\d_]))")


def _wished(s: Sent, m: re.Match) -> bool:
    lo = max(s.start, m.start() - _WISH_REACH)
    if not may_spell(s, _WISH_WORDS, lo, m.start()):
        return False   # (the literal gate, in C on the lower-cased text: most cues have no wish before them)
    wish = _WISH.search(s.text, lo, m.start())
    return wish is not None and not _DONE.search(s.text, wish.start(), m.start()) \
        and s.text.find(_GOING_ON, wish.start(), m.start()) < 0 \
        and not _RELATIVE.search(s.text, wish.start(), m.start())


_PLANNED = re.compile(r"(?<![^\W\d_])sẽ\s+$")
_PLANNED_REACH = 6


# "trao đổi với PV / phóng viên / báo chí / báo X / Tuổi Trẻ": the press formula of an interview
_INTERVIEW = re.compile(r"trao đổi\s+(?:qua điện thoại\s+)?với\s+(?:(?:các|một số)\s+)?(?:PV|phóng viên|nhà báo|báo chí|báo|"
                        r"tờ|đài|truyền thông|kênh|VTV|VOV|TTXVN|" +
                        "|".join(re.escape(n) for n in gazetteer.load("coop_press")["names"]) + r")(?![^\W\d_])",
                        re.IGNORECASE)


# a body a report goes to: "báo cáo (về|lên|đến|với) Bộ Y tế"
_REPORTED_TO = re.compile(r"(?<![^\W\d_])báo cáo\s+(?:(?:về|lên|đến|tới|với|cho)\s+)?$", re.IGNORECASE)
_ASKED = re.compile(r"(?<![^\W\d_])(?:xin|đề nghị|nhờ)(?![^\W\d_])", re.IGNORECASE)
_REQUEST_BEFORE = re.compile(r"(?<![^\W\d_])(?:đề nghị|xin|nhận|tiếp nhận|yêu cầu)\s+$", re.IGNORECASE)


def _received_from(s: Sent, c: Cue) -> list[Link] | None:
    """"nhận chuyển giao ... từ A (và B)": A provides to the subject; with no subject in
    the sentence ("Kíp trực … đề nghị hỗ trợ nhân lực từ A"), to the article's subject."""
    tail_start = c.m.end()
    frm = _FROM.search(s.text, tail_start, c.right)
    receiver = c.provider
    if receiver is not None and _REPORTED_TO.search(s.text, max(s.start, receiver.start - 20), receiver.start):
        # "báo cáo Bộ Y tế, xin chỉ đạo và hỗ trợ chuyên môn từ A": the ministry is told, not helped; who asks is
        # the article's subject, or no one the sentence names
        receiver = s.subject if _ASKED.search(s.text, receiver.end, c.m.start()) else None
        if receiver is None:
            return [] if frm else None
    if receiver is None and s.subject and _REQUEST_BEFORE.search(s.text, max(s.start, c.m.start() - 20),
                                                                  c.m.start()):
        receiver = s.subject
    if not (frm and receiver):
        return None
    if _PEOPLE_FROM.search(s.text, tail_start, frm.start()):
        return None   # "hỗ trợ nhiều bệnh nhân khác từ Hòa Bình": where the patients come from, not who gives
    src = listed_after(s.text, s.ends, frm.end(), c.right)
    if not (src and src[0].start - frm.end() < 30) or "," in s.text[frm.end():src[0].start]:
        return None   # "… từ nguyên liệu tre, Sở Y tế …": the comma ends what came "từ"
    if _NOT_FROM.search(s.text, frm.end(), src[0].start):
        return None
    if _RANGE_END.match(s.text, src[-1].end, c.right):
        return None   # "các tỉnh từ Hà Tĩnh đến Quảng Trị": a stretch of places, not a giver
    start = receiver.start if receiver is c.provider else c.m.start()
    return [(giver, receiver, c.kind, start, giver.end) for giver in src]


# people between the cue and "từ": "từ A" says where they come from
_PEOPLE_FROM = re.compile(r"(?<![^\W\d_])(?:bệnh nhân|người bệnh|nạn nhân|bệnh nhi|sản phụ|ca bệnh|trường hợp|người dân|"
                          r"học sinh|công nhân|du khách|người lao động)(?![^\W\d_])", re.IGNORECASE)


_AND = re.compile(r"\s*,?\s*và\s*")


def _co_givers(s: Sent, giver: End, right: int) -> list[End]:
    """`giver` and those listed with it ("của A, B và C"); "và" closes the list, so in "của A
    và B, C đã …" C is the next clause's subject."""
    out = [giver]
    for e in s.ends:
        if e.start < out[-1].end or e.start >= right:
            continue
        if not _LIST_GAP.fullmatch(s.text, out[-1].end, e.start):
            break
        out.append(e)
        if _AND.fullmatch(s.text, out[-2].end, e.start):
            return out
    if len(out) > 1 and not _ITEM_END.match(s.text, out[-1].end):
        out.pop()   # "Nhờ sự giúp đỡ của A, B đã làm chủ …": B starts the next clause
    return out


# ("của A, B và đặc biệt là sự động viên …": "và" and no end after it still close B's item; VietNews, session 40)
_ITEM_END = re.compile(r"\s*(?:[,;:.)]|và(?![^\W\d_])|$)")


_GIVER_BEFORE = re.compile(r"(?<![^\W\d_])sự\s+(?:[^\W\d_]+,?\s+){1,4}của\s+$")
_GIVER_REACH = 50


def _givers_before(s: Sent, before: list[End]) -> list[End]:
    """The ends before a cue that give in a "sự X của A" phrase of their own, with a parent joined to one by a
    dash ("sự tư vấn của Viện Dinh dưỡng – Bộ Y tế và sự phối hợp của B")."""
    out: list[End] = []
    for i, e in enumerate(before):
        if _GIVER_BEFORE.search(s.text, max(0, e.start - _GIVER_REACH), e.start) or (
                i and before[i - 1] in out and _DASH_PARENT.fullmatch(s.text, before[i - 1].end, e.start)):
            out.append(e)
    return out


def _given_by(s: Sent, c: Cue) -> list[Link] | None:
    """"(sự) hỗ trợ ... của A": A provides, to the subject or to a named target."""
    of = _OF.match(s.text, c.m.end(), c.right)
    if not of or _OF_NOT_GIVER.search(of.group(0)):
        return None
    # "đề nghị Chính phủ chỉ đạo các bộ phối hợp với các Ủy ban của Quốc hội": ordered (_directed); "UBND TP sẽ chỉ đạo
    # chủ đầu tư phối hợp với các cơ quan của Bộ A": the city directs another (`_directs_another`; VietNews, session 40)
    if _PARTNER_OWNED.match(of.group(0)) and (_directed(s, c) or (c.provider is not None
                                                                 and _directs_another(s, c.provider, c.m.start()))):
        return []
    src = [e for e in s.ends if of.end() <= e.start < c.right][:1]
    if not (src and src[0].start - of.end() < 5):
        return None
    giver = src[0]
    # "sự hỗ trợ của A, B và C": all give; none of them is the receiver
    givers = _co_givers(s, giver, c.right)
    targets = [e for e in s.ends if all(e is not g for g in givers) and e.start >= c.floor
               and c.left <= e.start < c.right
               and not (e.is_place and any(_ADDRESS.fullmatch(s.text, g.end, e.start) for g in givers))
               and not any(parent_of(s.text, g, e) for g in givers)]   # "của Cục A Bộ Công an": A's ministry
    # "cảm ơn sự chỉ đạo của A và sự giúp đỡ của B": A, after its own "của", gives too; it is no receiver of B's help
    target = next((e for e in reversed(c.before) if e not in _givers_before(s, c.before)),
                  None) if c.before else (targets[0] if targets else None)
    named = [e for e in s.ends if giver.end <= e.start < c.right
             and _WITH_TARGET.fullmatch(s.text, giver.end, e.start)][:1]
    if named and c.kind != "satellite":
        target, givers = named[0], [giver]   # "sự đồng hành của A với ngành y tế B"
    if c.kind == "satellite" and c.provider:
        member = c.provider
        b = c.before
        passive = _PASSIVE.match(s.text, b[-2].end) if len(b) >= 2 else None
        if passive and passive.end() == b[-1].start:
            member = b[-2]   # "A được Bộ Y tế công nhận là vệ tinh của B": A, not the ministry
        return [(g, member, c.kind, member.start, g.end) for g in givers]
    if target is None:
        return []
    return [(g, target, c.kind, min(target.start, c.m.start()), max(g.end, target.end)) for g in givers]


# "của UBND xã Thổ Châu, huyện Phú Quốc, tỉnh Kiên Giang": the giver's own address, not a receiver
_ADDRESS = re.compile(r"\s*,\s*(?:(?:huyện|quận|thị xã|thành phố|TP\.?|xã|phường|thị trấn)\s+[^,;()]{1,25},\s*)*"
                      r"(?:tỉnh|thành phố|TP\.?)\s*", re.IGNORECASE)
_PASSIVE = re.compile(r"\s*(?:(?:sẽ|đã|vừa|đang|cũng|tiếp tục|thường xuyên|luôn)\s+)*(?:được|nhận được)\s+")


def _passive(s: Sent, c: Cue) -> list[Link] | None:
    """"A (sẽ) được B chuyển giao kỹ thuật": B gives to A."""
    b = c.before
    if len(b) < 2 or c.recips or not _PASSIVE.fullmatch(s.text, b[-2].end, b[-1].start):
        return None
    if c.m.start() - b[-1].end >= 40:
        return None
    return [(b[-1], b[-2], c.kind, b[-2].start, c.m.end())]


_BY = re.compile(r"\s*(?<![^\W\d_])do\s+$")
_AT_OR_FOR = re.compile(r"(?<![^\W\d_])(?:tại|cho|của)\s+$")
_RECEIVES = re.compile(r"(?<![^\W\d_])(?:tiếp nhận|nhận|được trao|được tặng|đón nhận)(?![^\W\d_])", re.IGNORECASE)


def _given_through(s: Sent, c: Cue) -> list[Link] | None:
    """"(Chương trình) tại B … do A tài trợ", "B tiếp nhận 2 máy thở do A trao tặng": A gives to B."""
    b = c.before
    if len(b) < 2 or c.recips or c.m.start() - b[-1].end > 40 or "," in s.text[b[-1].end:c.m.start()]:
        return None
    if not _BY.search(s.text, max(s.start, b[-1].start - 6), b[-1].start):
        return None
    if not (_AT_OR_FOR.search(s.text, max(s.start, b[-2].start - 6), b[-2].start)
            or _RECEIVES.search(s.text, b[-2].end, b[-1].start)):
        return None
    return [(b[-1], b[-2], c.kind, b[-2].start, c.m.end())]


def _pair_subject(s: Sent, c: Cue) -> list[Link] | None:
    """"A và B (đã) ký kết thỏa thuận hợp tác": the pair is the subject."""
    b = c.before
    if c.provider is None or c.recips or len(b) < 2:
        return None
    if not (c.kind in ("agreement", "exchange") or c.m.group(1).lower() in ("hợp tác", "phối hợp")):
        return None
    if not _PAIR_GAP.fullmatch(s.text, b[-2].end, b[-1].start) or \
            c.m.start() - b[-1].end >= 30:
        return None
    parties = b[-2:]
    if c.kind == "agreement":
        # "A, B và C đã ký kết thỏa thuận hợp tác": every party of the list signs with every other
        i = len(b) - 3
        while i >= 0 and _COMMA.fullmatch(s.text, b[i].end, b[i + 1].start) and \
                not _SETTING_BEFORE.search(s.text, max(s.start, b[i].start - 20), b[i].start):
            parties.insert(0, b[i])
            i -= 1
    return [(x, y, c.kind, x.start, c.m.end()) for k, x in enumerate(parties) for y in parties[k + 1:]]


_COMMA = re.compile(r"\s*,\s*")
# "A (TRA) và B (IMP) ký kết …": a short name or ticker in brackets after a party is part of it;
# VietNews, 30,000 articles: all 6 "<Company …> (X) và <…> (Y) (đã) ký/hợp tác" are the two parties'
# own agreement
_PAIR_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:và|với|cùng)\s*")
# "Theo Sở Y tế, A và B ký kết …", "Tại trụ sở Bộ Y tế, A và B …": who reports, or where, signs nothing
_SETTING_BEFORE = re.compile(r"(?<![^\W\d_])(?:theo|tại|ở|của|cho|với|từ|trụ sở|hội trường)\s+"
                            r"(?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+)?$", re.IGNORECASE)


# ("giao" orders only with its addressee after it, "giao Bộ Y tế", "giao cho", "giao sở Tài chính"; "đi giao gà", "tai nạn giao thông",
# "bàn giao" order nothing: VietNews, a delivery girl's murder "Liên quan vụ nữ sinh đi giao gà, Công an tỉnh A đã
# phối hợp với …" lost its link to it)
_DIRECTIVE = re.compile(r"(?<![^\W\d_])(?:yêu cầu|đề nghị|(?<!bàn\s)(?<!chuyển\s)giao(?=\s+(?:cho|các|nhiệm vụ|lãnh đạo|cơ quan|ngành|"
                        r"(?:sở|đơn vị|ủy ban|uỷ ban|ubnd|cục|trung tâm|bệnh viện)(?![^\W\d_])|"
                        + HEAD_TITLES + r"|(?-i:[A-ZĐ])))|"
                        r"chỉ đạo|đề xuất)(?![^\W\d_])", re.IGNORECASE)


_NEAR_REACH = 50   # how far before the provider _directed reads a directive verb (_ordered_from_afar: further back)


def _directed(s: Sent, c: Cue) -> bool:
    """"Thủ tướng yêu cầu A chủ trì, phối hợp với B": coordination ordered from above is
    administration, not cooperation the parties state."""
    if c.provider is None or not _coordination_cue(s, c):
        return False
    left, _ = clause(s.text, s.start, s.end, c.m.start())
    # (searched up to the provider's end, so "giao" sees its addressee: the provider itself); work stated as
    # done after the provider is no order ("Theo đề nghị của Bộ Y tế, A đã trao đổi với B")
    for d in _DIRECTIVE.finditer(s.text, max(left, c.provider.start - _NEAR_REACH), c.provider.end):
        if d.start() < c.provider.start and not s.in_name(d.start()):
            if _DONE.search(s.text, c.provider.end, c.m.start()) is None:
                return True
            break   # (the same test for every directive: searched only once one is found)
    if _ordered_from_afar(s, c, left):
        return True
    # "A được yêu cầu chủ động làm việc với B", "A cần có buổi làm việc với B": ordered, not stated as done
    return _ORDERED_AFTER.fullmatch(s.text, c.provider.end, c.m.start()) is not None


# "giao cho UBND xã A hỗ trợ, phối hợp với Công ty B", "giao các Bộ … chủ động phối hợp, hỗ trợ Bộ C": help joined to
# coordination is ordered with it (VietNews, session 39: 2 such orders linked, both wrong; help ordered alone,
# "Bộ Y tế giao Bệnh viện A hỗ trợ tỉnh B", is given and stays)
_JOINED_COORDINATION = re.compile(r"\s*(?:,|và)\s*phối hợp(?![^\W\d_])", re.IGNORECASE)
_COORDINATION_BEFORE = re.compile(r"(?<![^\W\d_])phối hợp\s*(?:,|và)\s*$", re.IGNORECASE)
_JOINED_REACH = 14
_HELP = "hỗ trợ"


def _coordination_cue(s: Sent, c: Cue) -> bool:
    """Whether the cue is coordination or a working session, or help written joined to coordination."""
    word = c.m.group(1).lower()
    if word in _DIRECTED_CUES:
        return True
    return word == _HELP and (_JOINED_COORDINATION.match(s.text, c.m.end()) is not None
                              or _COORDINATION_BEFORE.search(s.text, max(s.start, c.m.start() - _JOINED_REACH),
                                                             c.m.start()) is not None)


# "Phó Thủ tướng giao Văn phòng A liên hệ chặt chẽ với B để nắm tình hình, phối hợp với C": an order to an addressee
# further back than _directed's 50 characters still governs the cue, unless the clause states the work as done
# ("Sau khi Sở Y tế yêu cầu …, A đã phối hợp với B") or the order word is a noun ("Thực hiện chỉ đạo của Bộ Y tế, …").
# A police body's order at a scene is carried out at once ("Công an tỉnh A đã chỉ đạo Phòng Kỹ thuật hình sự và Công an
# huyện B phối hợp với Viện Kiểm sát huyện B khám nghiệm hiện trường"): 400 VietNews articles of the far shape,
# 10 links gone, 3 of them such police orders; with those kept, 7 gone, all ordered or wrong
_ISSUER_REACH = 80
_FAR_REACH = 160
_NOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:theo|thực hiện|sự|của|được|khi|có|nhận)\s+$", re.IGNORECASE)
_DONE = re.compile(r"(?<![^\W\d_])(?:đã|vừa|đang)(?![^\W\d_])", re.IGNORECASE)


def _orders_in(s: Sent, lo: int, hi: int) -> Iterator[re.Match]:
    """The directive verbs with an addressee in [lo, hi): not in a name, not a noun ("theo chỉ đạo")."""
    for d in _ASKS_ANOTHER.finditer(s.text, lo, hi):
        if not (s.in_name(d.start())
                or _NOUN_BEFORE.search(s.text, max(lo, d.start() - 12), d.start())):
            yield d


def _ordered_from_afar(s: Sent, c: Cue, left: int) -> bool:
    """A directive verb with its addressee 50-160 characters before the provider, in the cue's clause."""
    lo = max(left, c.provider.start - _FAR_REACH)
    hi = c.provider.start - _NEAR_REACH
    if hi <= lo:
        return False
    for d in _orders_in(s, lo, hi):
        issuer = s.text[max(s.start, d.start() - _ISSUER_REACH):d.start()]
        if any(w in issuer for w in _LAW_BODIES):
            continue
        if not _DONE.search(s.text, d.end(), c.m.start()):
            return True
    return False


_PRESS_SUBJECT = re.compile(r"(?<![^\W\d_])(?:PV|phóng viên|nhà báo|báo chí)(?![^\W\d_])", re.IGNORECASE)


# a task is assigned to another: "A giao đơn vị này phối hợp với B" names no unit of A's own, as a request may
# ("đề nghị bệnh viện tiếp tục hỗ trợ" asks the body just named)
_ASSIGN = "giao"


def _directs_another(s: Sent, provider: End, cue: int) -> bool:
    """"Phó Chủ tịch Quốc hội đề nghị Ủy ban Tài chính phối hợp với B": a directive between the body before
    the cue and the cue asks someone else to act; the body (often the speaker's own) is no party."""
    return any(not s.in_name(d.start()) and not _OWN_STAFF.match(s.text, d.end())
               and (d.group().lower().startswith(_ASSIGN) or not _BARE_ADDRESSEE.match(s.text, d.end()))
               for d in _ASKS_ANOTHER.finditer(s.text, provider.end, cue) if d.end() < cue)


# a directive with an addressee after it ("đề xuất kết nối …" proposes the body's own work; "đề nghị được hỗ trợ"
# asks for help to the body itself)
_ASKS_ANOTHER = re.compile(r"(?<![^\W\d_])(?:yêu cầu|đề nghị|giao|chỉ đạo)\s+(?!được(?![^\W\d_]))", re.IGNORECASE)


# "cảm ơn … y bác sĩ Bệnh viện 108 và đề nghị bệnh viện tiếp tục hỗ trợ B": a bare head asked points back at the body
_BARE_ADDRESSEE = re.compile(r"(?:bệnh viện|đơn vị|trung tâm|viện|sở|bộ|trường|công ty)(?![^\W\d_])(?!\s+[A-ZĐ0-9])")
# "Giám đốc Bệnh viện A đã chỉ đạo đoàn công tác / toàn bộ nhân lực … hỗ trợ B": the body's own people act for it
_OWN_STAFF = re.compile(r"\s*(?:(?:toàn bộ|các|mọi)\s+)?(?:đoàn|nhân lực|nhân viên|cán bộ|bác sĩ|bác sỹ|y bác sĩ|y, bác sĩ|"
                        r"chuyên gia|kíp|ê kíp|êkíp|ekip|khoa|đội|lực lượng)(?![^\W\d_])", re.IGNORECASE)


# the cues a directive turns into administration: coordination and working sessions ordered from above, and talks
# ("Công ty A cần trao đổi thống nhất với B", "yêu cầu Sở A trao đổi với B": VietNews, session 39)
_DIRECTED_CUES = frozenset({"phối hợp", "làm việc", "trao đổi"})
_ORDERED_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:được\s+(?:yêu cầu|giao|chỉ đạo|đề nghị)|cần|phải|cần phải|"
                            r"có trách nhiệm)"
                            r"\s+(?:(?:chủ động|khẩn trương|sớm|tiếp tục|có)\s+)*(?:(?:buổi|cuộc)\s+)?", re.IGNORECASE)


# two subjects joined by a comma, the first perhaps with its parent in brackets, at the opening
# of their clause (nothing before them but a day or time: "Ngày 8-3, ", "Sáng nay, ")
_SUBJECT_LIST = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,\s*")
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:ngày|sáng|chiều|tối|trưa|hôm)\s+[^,;:]{1,25},\s*)?", re.IGNORECASE)


def _to_receivers(s: Sent, c: Cue) -> list[Link]:
    """The provider (and a partner or co-provider before it) gives to every receiver."""
    provider, before, text = c.provider, c.before, s.text
    if provider is None or not c.recips or _directed(s, c):
        return []
    gap = text[provider.end:c.m.start()]
    if (re.search(r"\b(các|những)\s+[^\s]+\s+[^\s]+\s*$", gap)
            and re.search(r"\b(các|những)\b", gap)) or _GENERIC_GROUP.search(gap):
        return []  # "Bộ Y tế chỉ đạo các bệnh viện hỗ trợ …": the provider is the plural group
    if _directs_another(s, provider, c.m.start()):
        return []
    if _PRESS_SUBJECT.search(gap):
        return []   # "Bên hành lang Quốc hội, PV báo X đã có cuộc trao đổi với Bộ trưởng Bộ Y tế": the press asks
    out: list[Link] = []
    providers = [provider]
    if len(before) >= 2 and re.fullmatch(r"\s*(?:,\s*)?và\s*", text[before[-2].end:provider.start]):
        providers.insert(0, before[-2])   # "A và B hỗ trợ C": both provide
    elif len(before) == 2 and _SUBJECT_LIST.fullmatch(text, before[0].end, provider.start) and \
            _CLAUSE_OPENING.fullmatch(text, clause(text, s.start, s.end, before[0].start)[0], before[0].start):
        # "Ngày 8-3, A (Bộ Y tế), B phối hợp C tổ chức …": the clause opens on its two subjects
        providers.insert(0, before[0])
    elif len(before) >= 2 and _PARTNER.fullmatch(text, before[-2].end, provider.start):
        # "A phối hợp với B tổ chức tập huấn tại C": A leads, B partners, both give
        providers.insert(0, before[-2])
        out.append((before[-2], provider, "support", before[-2].start, provider.end))
    for giver in providers:
        out += [(giver, r, c.kind, giver.start, r.end) for r in c.recips if r.name != giver.name]
    return out


_CUE_RULES = (_received_from, _given_by, _passive, _given_through, _pair_subject)


# "PGS.TS A, Trưởng khoa …, Bệnh viện X đã về tận Y để hỗ trợ chuyên môn", "bác sĩ của X xuống Y để chuyển giao kỹ
# thuật": X's people travel to Y, the clause names no other receiver, so Y (organisation or province) is the one given
# to. The travellers must be people (a person's title or a staff noun) or sent ("cử", "điều động"): a paper sent up
# ("có văn bản gửi lên Bộ Y tế để hỗ trợ kinh phí") or a report ("báo cáo về Sở Y tế để hỗ trợ") asks for help.
# Training is left out: "bác sĩ của X lên Y để đào tạo" are as often Y's trainees. A patient carried there
# ("được chuyển từ X đến Y để hỗ trợ điều trị") is no help between the two.
# ("bầu cử", "ứng cử", "đề cử" elect or nominate, "Công đoàn", "Thành đoàn" … are bodies: no one travels)
_HOST_PEOPLE = re.compile(rf"(?<![^\W\d_])(?:bác sĩ|chuyên gia|cán bộ|{_NOT_A_DOAN_BODY}đoàn|kíp|ê-?kíp|ekip|"
                          r"nhân viên|điều dưỡng|giáo sư|GS|PGS|TS|BS|ThS|BSCK\w*|trưởng khoa|giám đốc|phó giám đốc|"
                          r"(?<!bầu\s)(?<!ứng\s)(?<!đề\s)(?<!tuyển\s)cử|điều động)(?![^\W\d_])",
                          re.IGNORECASE)
# a request or a report is written between the two ("A đã có văn bản gửi lên B"): before the giver, "đề nghị" and
# "từ" are someone else's request or a date ("Theo đề nghị của Sở Y tế, bác sĩ A …", "Từ ngày 5/7, bác sĩ A …") or
# the travellers' origin ("Đoàn bác sĩ từ A đã xuống B"); a patient carried there is refused from anywhere before
_HOST_ASKED = re.compile(r"(?<![^\W\d_])(?:gửi|báo cáo|văn bản|công văn|tờ trình|đề nghị|đề xuất|kiến nghị|xin|từ)"
                         r"(?![^\W\d_])", re.IGNORECASE)
_HOST_CARRIED = re.compile(r"(?<![^\W\d_])(?:chuyển|chuyển viện|đưa|nhập viện|cấp cứu|điều trị|bệnh nhân|người bệnh|"
                           r"sản phụ|nạn nhân|bệnh nhi)(?![^\W\d_])", re.IGNORECASE)
_HOST_PURPOSE = re.compile(r"\s*,?\s*(?:để|nhằm)\s+(?:(?:trực tiếp|tiếp tục|cùng|kịp thời|tham gia)\s+)*", re.IGNORECASE)
_HOST_KINDS = frozenset({"support", "technology_transfer", "donation"})
# help to an inquiry gives the host nothing: "Công an huyện … đến Bệnh viện … để hỗ trợ điều tra / xác minh / làm rõ"
_INQUIRY_AFTER = re.compile(r"\s+(?:điều tra|xác minh|làm rõ|giải quyết|truy|khám nghiệm|lấy lời khai|phá án|"
                            r"bắt giữ|thu thập)(?![^\W\d_])", re.IGNORECASE)
# the giver itself goes, right before the host: "Công đoàn Y tế Việt Nam (đã) đến (tận) Bệnh viện … để hỗ trợ"
_GOES_ITSELF = re.compile(rf"\s*(?:(?:{alternation(_ADVERB_WORDS + ('tiếp tục',))})\s+)*"
                          r"(?:đến|tới|về|xuống|lên|vào|sang)\s+(?:tận\s+)?(?:(?:tỉnh|thành phố|TP\.?|huyện|quận)\s*)?",
                          re.IGNORECASE)
_HOST_GAP = 60
# police, a court or a procuracy that goes to a hospital "để hỗ trợ" is on a case, whatever words follow ("Công an
# huyện … đến Bệnh viện … để hỗ trợ gia đình nạn nhân")
_LAW_BODIES = ("Công an", "Cảnh sát", "Viện Kiểm sát", "Viện kiểm sát", "Tòa án", "Toà án")


def _to_host(s: Sent, c: Cue) -> list[Link]:
    """The body travelled to for a purpose of giving: its travellers' organisation gives to it."""
    if c.recips or c.kind not in _HOST_KINDS or len(c.before) < 2:
        return []
    host, giver = c.before[-1], c.before[-2]
    if giver.is_place or giver.name == host.name or host.start - giver.end > _HOST_GAP:
        return []
    if not (_HOST_PURPOSE.fullmatch(s.text, host.end, c.m.start())
            and _TRAVEL_TO.search(s.text, max(s.start, host.start - 25), host.start)) \
            or _INQUIRY_AFTER.match(s.text, c.m.end()):
        return []
    before = max(s.start, giver.start - _HOST_GAP)
    travels = _HOST_PEOPLE.search(s.text, before, host.start) or \
        not giver.name.startswith(_LAW_BODIES) and _GOES_ITSELF.fullmatch(s.text, giver.end, host.start)
    if not travels or _HOST_CARRIED.search(s.text, before, host.start) \
            or _HOST_ASKED.search(s.text, giver.end, host.start) or _RECEIVER_IN_WORDS.match(s.text, c.m.end(), c.right):
        return []
    return [(giver, host, c.kind, giver.start, c.m.end())]


# what a cue must say to give to the article's subject unnamed: expertise, not money or
# coordination ("hỗ trợ chuyên môn", "chuyển giao kỹ thuật", "đào tạo bác sĩ")
_EXPERTISE = re.compile(r"(?:chuyển giao|hỗ trợ\s+(?:về\s+)?(?:chuyên môn|kỹ thuật|đào tạo|nhân lực)|"
                        r"đào tạo|tập huấn)(?![^\W\d_])", re.IGNORECASE)
_RECEIVER_IN_WORDS = re.compile(r"[^,;]{0,50}?(?<![^\W\d_])(?:cho|tới|đến|với|giữa|lẫn nhau)(?![^\W\d_])")


# between the provider and its own verb only adverbs: "A sẽ hỗ trợ chuyên môn", "A tiếp tục đào tạo";
# not "A không đào tạo", "A kết luận … được đào tạo", "A để tổ chức tập huấn" (on 2,529 articles of
# the sweep and the studied sets the looser gap linked 3 subjects, all wrong, and no right one)
_OWN_VERB_GAP = re.compile(r"\s*(?:(?:đã|đang|sẽ|vừa|cũng|trực tiếp|tiếp tục|thường xuyên|luôn|còn|"
                           r"cam kết|sẵn sàng)\s+)*")


def _to_subject(s: Sent, c: Cue) -> list[Link]:
    """"Bệnh viện Bạch Mai sẽ hỗ trợ chuyên môn về khoa ngoại" in an article about a new
    hospital: with no receiver in the sentence, the receiver is the article's subject."""
    provider = c.provider
    if s.subject is None or provider is None or c.recips or not _EXPERTISE.match(s.text, c.m.start()):
        return []
    if provider.name == s.subject.name or provider.is_place or c.m.start() - provider.end > 30:
        return []
    if _RECEIVER_IN_WORDS.match(s.text, c.m.end(), c.right):
        return []   # "hỗ trợ cho người dân", "hợp tác với nhiều nước": someone else receives
    if not _OWN_VERB_GAP.fullmatch(s.text, provider.end, c.m.start()):
        return []   # the cue is not the provider's own verb: "A và B ký kết hợp tác về đào tạo"
    if _OBJECT_BEFORE.search(s.text, max(s.start, provider.start - 8), provider.start):
        return []   # "liên hệ với A để tổ chức tập huấn": A is the object of another's verb
    return [(provider, s.subject, c.kind, provider.start, c.m.end())]


# "cho 4 bệnh viện vệ tinh gồm: A, B và C", "cho các bệnh viện sau: A, B": the colon opens the
# list of receivers the clause announces, it does not end the clause
_LIST_COLON = re.compile(r"(?:(?<![^\W\d_])(?:gồm|gồm có|bao gồm|như|là|sau|sau đây)|"
                         r"(?<![^\W\d_])(?:bệnh viện|đơn vị|cơ sở|tỉnh|địa phương|trung tâm)(?:\s+vệ tinh)?)\s*$",
                         re.IGNORECASE)
_LIST_COLON_REACH = 70


def _past_colon(s: Sent, after: int, right: int) -> int:
    """The clause's end, moved past a colon that opens a list of receivers after the cue."""
    if right >= s.end or s.text[right] != ":" or right - after > _LIST_COLON_REACH:
        return right
    if not _LIST_COLON.search(s.text, max(after, right - 30), right):
        return right
    return clause(s.text, s.start, s.end, right + 1)[1]


# a cue followed at once by "của" names its giver there ("sự hỗ trợ của A"): when `_given_by`
# finds no end there, the end before the cue is its receiver, never its giver
_GIVER_NAMED = re.compile(r"\s+của(?![^\W\d_])")


# "A đã đến thăm hỏi gia đình; tiếp tục phối hợp với B …": after ";" a clause that goes on with
# "tiếp tục"/"đồng thời" and no subject of its own is the previous clause's subject's, when that one
# has acted ("A đã …"). Studied: real21 (a hospital's director reporting it visited the family and
# "tiếp tục phối hợp với" another hospital). VietNews: the 2 "…; tiếp tục/đồng thời phối hợp với …" after a
# body named as acting both go on with that body's actions (neither names a partner body).
_GOES_ON = re.compile(r"\s*(?:tiếp tục|đồng thời)\s+(?:(?:đã|sẽ|cũng|cùng)\s+)?", re.IGNORECASE)
_ACTED = re.compile(r"\s+(?:đã|đang|vừa)\s")


def _carried_subject(s: Sent, left: int, cue: int) -> list[End]:
    """The subject a clause opened by "; tiếp tục …" shares with the clause before it."""
    if left <= s.start or s.text[left - 1] != ";" or not _GOES_ON.fullmatch(s.text, left, cue):
        return []
    prev_left, _ = clause(s.text, s.start, s.end, left - 1)
    acting = [e for e in s.ends if prev_left <= e.start and e.end < left - 1 and _ACTED.match(s.text, e.end)]
    return acting[-1:]


def _cues(s: Sent):
    """What `CUE_RE.finditer` finds in the sentence: tried only where the document's word hits
    spell a cue's first words (`wordhits`), when lower-casing keeps what IGNORECASE matches."""
    found = wordhits.hits(s.doc) if s.doc is not None and lower_usable(s.doc, _CUE_ODD) else None
    if found is None:
        return CUE_RE.finditer(s.text, s.start, s.end)
    return wordhits.finditer(CUE_RE, s.text, found["cues"], s.start, s.end)


_CUE_ODD = odd_letters(CUE_WORDS)


def cue_clauses(s: Sent, pair_cues: list[int]) -> list[Link]:
    out: list[Link] = []
    quotes = quote_spans(s.text, s.start, s.end)
    for m in _cues(s):
        kind = _cue_kind(s, m, quotes)
        if kind is None or any(0 <= g - m.end() < 40 for g in pair_cues):
            continue  # "hợp tác, hỗ trợ giữa A và B" is handled as a pair
        left, right = clause(s.text, s.start, s.end, m.start())
        right = _past_colon(s, m.end(), right)
        parens = paren_spans(s.text, left, m.start())
        before = [e for e in s.ends if left <= e.start and e.end <= m.start()
                  and not any(a <= e.start < b for a, b in parens)]
        if len(before) >= 2 and parent_of(s.text, before[-2], before[-1]):
            before.pop()   # "Tổng cục A, Bộ B - cho biết đơn vị vừa phối hợp C": A acts
        if before and destination(s, before[-1], m.start()):
            before.pop()   # "A đã đến Hà Nội để làm việc với B": A, not the place, meets B
        if len(before) >= 2 and before[-1].is_place and not before[-2].is_place \
                and _ADDRESS.fullmatch(s.text, before[-2].end, before[-1].start):
            before.pop()   # "Công an huyện Chợ Gạo, tỉnh Tiền Giang cho biết đang phối hợp với B": A's address
        while before and _object_of_previous(s, before[-1], m.start()):
            before.pop()   # "… tại A sẽ cứng rắn với B, đồng thời hợp tác với C": A and B are no subjects
        floor = _reported(s, before[0].end, m, right) if before else None
        if floor is None and before:
            floor = _told_of_another(s, before[-1].end, m.start())   # "A cho biết Formosa đã phối hợp với C"
        if floor is not None:
            before = [e for e in before if e.start >= floor]   # "A kết luận B đã ký hợp đồng với C": A only reports
        if not before:
            before = _carried_subject(s, left, m.start())
        recips = listed_after(s.text, s.ends, m.end(), right, lead=True)
        if recips and _group_at_place(s, m, recips[0]):
            recips = []   # "phối hợp cùng các cơ quan trên địa bàn tỉnh A": A is where the partners are
        cue = Cue(m, kind, right, before, recips, floor or 0, left)
        for rule in _CUE_RULES:
            links = rule(s, cue)
            if links is not None:
                out += links
                break
        else:
            if _GIVER_NAMED.match(s.text, m.end()):
                continue   # "với sự hỗ trợ của Nhật Bản": the giver follows, though no end names it
            out += _to_receivers(s, cue) or _to_host(s, cue) or _to_subject(s, cue) or _from_owner(s, cue, left)
    return out


# a conclusion or an opinion about another's act: "Sở Y tế từng có kết luận cho rằng Giám đốc Bệnh viện … đã ký hợp
# đồng mua máy của Công ty X", "Sở Y tế cho rằng … thuốc đề nghị hiến tặng của Bệnh viện Z": the body before the verb
# reports, it is no party of what follows (4,130 fresh health articles: 5 links so read, all 5 wrong). Only when the
# clause after the verb has its own party: another body before the cue, or the act's giver named after it ("… của X");
# otherwise the speaker's body acts ("Bộ Y tế kết luận buổi làm việc với UBND tỉnh", "Bệnh viện A cho rằng cần tiếp tục
# hỗ trợ B"). ("cho biết" stays: a body tells of its own work.)
_REPORTING_WORDS = ("kết luận", "cho rằng")
_REPORTING = re.compile(r"(?<![^\W\d_])(?:" + alternation(_REPORTING_WORDS) + r")(?![^\W\d_])")


def _reported(s: Sent, start: int, m: re.Match, right: int) -> int | None:
    """The end of the last conclusion or opinion verb between `start` and the cue, if the clause it opens has a
    party of its own (a body before the cue, or "của X" after it)."""
    cue = m.start()
    if not holds(s.text, start, cue, _REPORTING_WORDS):
        return None
    last = None
    for r in _REPORTING.finditer(s.text, start, cue):
        if not s.in_name(r.start()):
            last = r.end()
    if last is None:
        return None
    if any(last <= e.start and e.end <= cue for e in s.ends) or _OF.match(s.text, m.end(), right):
        return last
    return None


# "… đối với Triều Tiên, nhưng sẽ hỗ trợ Liên Hợp Quốc", "cứng rắn với A, đồng thời tìm cách hợp tác với B": the end
# right before the cue is the previous verb's object, and the clause after ", nhưng"/", đồng thời" goes on with that
# verb's subject; so is a venue ("tại A") before it (VietNews world news, session 40: 2 links so read, both wrong)
_OBJECT_LEAD = re.compile(r"(?<![^\W\d_])(?:với|tới|tại)\s+$")
_OBJECT_LEAD_REACH = 6
_GOES_ON_AFTER = re.compile(r",\s*(?:nhưng|đồng thời|song)(?![^\W\d_])")


def _object_of_previous(s: Sent, e: End, cue: int) -> bool:
    """Whether end e is the object of a verb before it, with a clause going on with that verb's subject up to the cue."""
    return _GOES_ON_AFTER.search(s.text, e.end, cue) is not None \
        and _OBJECT_LEAD.search(s.text, max(s.start, e.start - _OBJECT_LEAD_REACH), e.start) is not None


# "phối hợp cùng các cơ quan chức năng trên địa bàn tỉnh A", "trao đổi với nhiều nhà đầu tư tại tỉnh B": the partners are
# the group, the province only where it is (VietNews, session 40: 2 links so read, both wrong). Coordination and talks
# only: "hỗ trợ các hộ dân tại tỉnh C" helps the province's people, and the province receives
_GROUP_AT_PLACE = re.compile(r"(?<![^\W\d_])(?:các|những|nhiều|một số)\s[^,;:()]{0,60}?(?<![^\W\d_])"
                             r"(?:trên địa bàn|tại|ở)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$", re.IGNORECASE)
_GROUP_REACH = 90


def _group_at_place(s: Sent, m: re.Match, first: End) -> bool:
    """Whether the first end after a coordination or talks cue is the place of a group the cue names as partner."""
    return first.is_place and m.group(1).lower() in _DIRECTED_CUES \
        and _GROUP_AT_PLACE.search(s.text, max(m.end(), first.start - _GROUP_REACH), first.start) is not None


# a statement whose clause names its own subject: "Bộ TN-MT cho biết từ năm 2018, Formosa đã phối hợp Viện A", "chuyên
# gia tại Viện Lowy cho biết Liên Xô từng ủng hộ B", "gửi thông điệp tới A rằng Hà Nội cam kết hợp tác với B", "khẳng
# định, việc lấy ý kiến … giúp Chính phủ": the speaker before the verb tells of another's act. The subject is a
# capitalised name no end holds, acting ("đã", "từng", … or the cue itself), or a lower-case subject noun; a bare
# head ("Sở đã", "Bệnh viện đã") is the speaker's own body, and "A cho biết đã phối hợp với B" or "việc ký kết hợp tác
# với B" (the cue next to "việc": the speaker's own work) keeps A (VietNews politics and world news, session 40: 7 links
# of 325 so read, all wrong)
_TELLING_WORDS = ("cho biết", "cho hay", "khẳng định", "nhấn mạnh", "tiết lộ", "rằng", "trong khi")
_TELLING = re.compile(r"(?<![^\W\d_])(?:" + alternation(_TELLING_WORDS) + r")(?![^\W\d_])")
_SPEAKERS_OWN = ("Hiện", "Chúng", "Đơn vị", "Ngành", "Tỉnh", "Thành phố", "Anh", "Chị", "Thời gian", "Trước", "Sau",
                 "Tới", "Đến")
_OWN_SUBJECT = re.compile(r"\s*[,:]?\s*(?:(?:từ|trong|vào|đến|cuối|đầu)\s+(?:năm|ngày|tháng)\s[^,;:]{1,20},\s*)?"
                          r"(?P<subject>(?!(?:" + alternation(_SPEAKERS_OWN) + r")(?![^\W\d_]))(?-i:[A-ZĐ])[^\W\d_]*"
                          r"(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}(?:\s+(?:đã|đang|sẽ|vừa|từng|luôn|cũng|cam kết)(?![^\W\d_])|\s*$)"
                          r"|(?:điều này|đây|đại diện)\s|việc\s+(?:[^\W\d_]+\s+){2})")


def _told_of_another(s: Sent, start: int, cue: int) -> int | None:
    """The end of a speech verb between `start` (the speaker's end) and the cue when the clause it opens has a subject
    of its own that no end holds and no bare head names; None otherwise."""
    if not holds(s.text, start, cue, _TELLING_WORDS):
        return None
    for t in _TELLING.finditer(s.text, start, cue):
        got = _OWN_SUBJECT.match(s.text, t.end(), cue)
        if got is not None and not s.in_name(t.start()) and not _speakers_own(s.text, got.start("subject"), cue):
            return t.end()
    return None


def _speakers_own(text: str, at: int, cue: int) -> bool:
    """Whether the subject at `at` is the speaker's own body or people: a bare head ("Sở đã"), or a person after an
    address term or degree ("PGS Nguyễn Văn A đã hỗ trợ B": the speaker's doctor; review 1 of session 40). (A bare
    name is not tried: tokens.person_at reads "Hà Nội" and "Hoa Sen" as names.)"""
    words = text[at:cue].split(maxsplit=1)
    return HEAD_RE.match(text, at) is not None or (bool(words) and words[0].lower().rstrip(".") in NAME_LEADS)


# a clause that opens on its cue, after no more than a framing phrase and adverbs: "Tiêu biểu trong số đó là hợp
# tác với: A, B …", "Bên cạnh đó, việc ký kết cùng 18 bệnh viện gồm: A, B …", "Năm 2019, đã ký kết với A"
_OWNER_FRAME = (r"(?:bên cạnh đó|ngoài ra|mới đây|gần đây|hiện nay|hiện tại|trước đó|sau đó|đặc biệt|cụ thể|"
                r"(?:năm|ngày|tháng|sáng|chiều|tối|đầu|cuối|giữa|từ)\s[^,;:()]{1,25})")
_OWNER_OPENING = re.compile(r"\s*(?:" + _OWNER_FRAME + r",\s*)?(?:(?:việc|tiêu biểu|trong số đó|trong đó|là|đã|đang|sẽ|còn|"
                            r"cũng|thường xuyên|luôn|mới đây|vừa|chính thức)\s+)*(?:có\s+)?", re.IGNORECASE)
# the partners follow a preposition of joint work ("ký kết với A", "hợp tác cùng B", "tài trợ cho C"), not "của"
_OWNER_PARTNER_LEAD = re.compile(r"(?<![^\W\d_])(?:với|cùng|cho)(?![^\W\d_])", re.IGNORECASE)


def _from_owner(s: Sent, c: Cue, left: int) -> list[Link]:
    """A cue with its partners named and no party of its own before it, opening its sentence (or, right on the
    cue, a clause after ";"): the party is the hospital, centre or university the article is about ("Bên cạnh
    đó, việc ký kết cùng 18 bệnh viện gồm: A, B" in an article about a university)."""
    owner = s.owner
    if owner is None or c.before or not c.recips or _SESSION_OPENING.match(s.text, c.m.start()):
        return []   # "Làm việc với A, Bộ trưởng B …": the session's holder follows (`session_opening`)
    if not (_OWNER_OPENING.fullmatch(s.text, left, c.m.start()) if left == s.start
            else s.text[left - 1] == ";" and not s.text[left:c.m.start()].strip()):
        return []
    if left > s.start and next(_orders_in(s, clause(s.text, s.start, s.end, left - 1)[0], left), None):
        return []   # "Cục A yêu cầu Sở Y tế chỉ đạo Bệnh viện B xác minh …; phối hợp với C …": the order goes on
    if not _OWNER_PARTNER_LEAD.search(s.text, c.m.end(), c.recips[0].start):
        return []
    if any(_ACTOR_VERB.match(s.text, r.end) for r in c.recips) or _FRONTED_ACTOR.match(s.text, c.recips[-1].end, c.right):
        return []   # "Hỗ trợ cho A, Bộ Y tế đã cử …", "Hợp tác với A, ông B cho biết …": the fronted phrase's actor follows
    return [(owner, r, c.kind, min(c.m.start(), r.start), r.end) for r in c.recips if r.name != owner.name]


# a body acting on its own after the partners ("…, Bộ Y tế đã cử"), or a comma and a subject with its verb
_ACTOR_VERBS = alternation(SUBJECT_VERBS + ("tiếp tục",), ignorecase=True)
_ACTOR_VERB = re.compile(r"\s+(?:" + _ACTOR_VERBS + r")(?![^\W\d_])", re.IGNORECASE)
_FRONTED_ACTOR = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*[^,;:()]{0,60}?\s(?:" + _ACTOR_VERBS + r")(?![^\W\d_])",
                            re.IGNORECASE)
