"""Co-organisers: "A và B đồng tổ chức hội thảo", "Hội nghị do A và B (phối hợp) tổ chức".

Bodies that organise an event together hold an exchange with each other, as the gold
counts it ("Trung tâm … và Vụ … (Bộ Y tế) đã đồng tổ chức hội thảo": kind other). A bare
"A và B tổ chức …" is left alone (two subjects of one verb are as often two separate
actors); the organising is joint when a word says so ("đồng", "cùng", "phối hợp"), when
"do" introduces the organisers of a named event, or when the verb's object is one event
("A và B tổ chức hội thảo/lễ …"). VietNews health articles: 7 "do A và B
(phối hợp) tổ chức" in the health subset, every one two or three bodies organising
together (the Ministry of Health with WHO, a hospital with a university, ASEAN with USAID
and a company).
"""
from __future__ import annotations

import re

from .lexicon import word_start_branches
from .coop_ends import End
from .coop_rules import Link, Sent, clause, may_spell, paren_spans, parent_of
from .lazy import lazy_compile

# the verb, with the word that makes it joint when one is there (`_joint`)
_ORGANISE = re.compile(word_start_branches([r"cùng\s+(?:phối hợp|đồng|cùng)\s+tổ chức", r"phối hợp\s+tổ chức",
                                            r"đồng\s+tổ chức", r"cùng\s+tổ chức", "tổ chức"], ignorecase=True)
                       + r"(?![^\W\d_])", re.IGNORECASE)
_BARE_VERB = "tổ"


def _joint(verb: re.Match) -> bool:
    """Whether the verb opens on a word that makes it joint ("đồng/cùng/phối hợp tổ chức")."""
    return verb.group()[:2].lower() != _BARE_VERB
# between the last organiser and the verb: an aside and adverbs ("(Bộ Y tế) đã")
_TO_VERB = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?:đã|vừa|sẽ|cũng|đang|cùng nhau)\s+)*")
# "A, B, nhóm tình nguyện C phối hợp tổ chức": the list ends on a group no organisation was read for
# (real28: a national volunteer centre, a young doctors' association and a volunteer group co-organising,
# the first two linked in the gold)
_UNNAMED_LAST = re.compile(r"\s*,\s*(?:và\s+)?(?:nhóm|đội|câu lạc bộ|CLB)\s[^,;:()]{2,40}?\s+"
                           r"(?:(?:đã|vừa|sẽ|cũng|đang|cùng nhau)\s+)*", re.IGNORECASE)
# between two organisers: a comma or "và"/"cùng"/"với", after an aside
_BETWEEN_PARTIES = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:và\s+)?|và|cùng|cùng với|với|phối hợp với)\s*",
                              re.IGNORECASE)
# "A, thuộc B (C) và D": B is A's parent, written as an aside without brackets
_PARENT_OF = re.compile(r"\s*,?\s*(?:thuộc|trực thuộc)\s*", re.IGNORECASE)
_BY = re.compile(r"(?<![^\W\d_])do\s+$", re.IGNORECASE)
# "Tại Hà Nội, A và B …", "Theo Sở Y tế, …": a setting or a source, not an organiser
_SETTING = re.compile(r"(?<![^\W\d_])(?:tại|ở|theo|của|cho|từ)\s+(?:(?:tỉnh|thành phố|TP\.?|huyện|quận)\s+)?$",
                      re.IGNORECASE)
_SETTING_REACH = 20
# a bare "A và B tổ chức" is joint when its object is one event: "A và B tổ chức hội thảo/lễ …"
# (VietNews, 105,000 articles: 11 sentences "<Body> và <Body> tổ chức <event>", every one a joint
# event: ceremonies of a ministry and a province, conferences of an academy and a society …)
EVENT_AFTER = (r"(?:một\s+)?(?:hội thảo|hội nghị|lễ|buổi|cuộc thi|diễn đàn|tọa đàm|toạ đàm|ngày hội|họp báo|hội chợ|"
               r"chương trình|lớp|khóa|khoá)(?![^\W\d_])")
_EVENT = re.compile(r"\s+" + EVENT_AFTER, re.IGNORECASE)
_AND = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?và\s*", re.IGNORECASE)


def _organisers(s: Sent, verb: re.Match) -> list[End]:
    """The ends listed right before the verb, in order, none inside an aside."""
    left, _ = clause(s.text, s.start, s.end, verb.start())
    asides = paren_spans(s.text, left, verb.start())
    before = [e for e in s.ends if left <= e.start and e.end <= verb.start()
              and not any(a <= e.start < b for a, b in asides)]
    if not before or not (_TO_VERB.fullmatch(s.text, before[-1].end, verb.start())
                          or _UNNAMED_LAST.fullmatch(s.text, before[-1].end, verb.start())):
        return []
    parties = [before[-1]]
    for e in reversed(before[:-1]):
        if _PARENT_OF.fullmatch(s.text, e.end, parties[0].start) or parent_of(s.text, e, parties[0]):
            parties[0] = e   # the unit, not its parent, organises
        elif _BETWEEN_PARTIES.fullmatch(s.text, e.end, parties[0].start):
            parties.insert(0, e)
        else:
            break
    while parties and _SETTING.search(s.text, max(s.start, parties[0].start - _SETTING_REACH), parties[0].start):
        parties.pop(0)
    return parties


def _one_event(s: Sent, verb: re.Match, parties: list[End]) -> bool:
    """"A và B tổ chức hội thảo …": two bodies joined by "và" before an event they hold. Places
    alone hold their own ("tỉnh Nghệ An và Hà Tĩnh tổ chức lễ giao nhận quân": one each)."""
    return bool(_EVENT.match(s.text, verb.end()) and _AND.fullmatch(s.text, parties[-2].end, parties[-1].start)
                and not all(p.is_place for p in parties))


# "A cùng (với) B tổ chức …": "cùng" before the second organiser makes the verb theirs together.
# VietNews (150,670 articles, regex count): 210 "cùng (với) <Name> … tổ chức"; of 30 drawn at random, 21
# name two bodies holding one event together (a ministry and a company's ceremony, two associations'
# exchange, a department and a fund's workshop), the other 9 a person, a pair of places, a police
# operation (filtered as such) or no second body; none names two bodies acting apart
_TOGETHER = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?cùng(?:\s+với)?\s*", re.IGNORECASE)


def _together(s: Sent, parties: list[End]) -> bool:
    """… before any organiser of the list: "A cùng B, C tổ chức …", "A, B cùng C tổ chức …" (the list is one)."""
    return any(_TOGETHER.fullmatch(s.text, a.end, b.start) for a, b in zip(parties, parties[1:])) \
        and not all(p.is_place for p in parties)


def co_organisers(s: Sent) -> list[Link]:
    """Every pair of two or more bodies that organise one event together."""
    out: list[Link] = []
    if s.text.find("tổ chức", s.start, s.end) < 0:
        return out   # the verb, written in lower case, is in few sentences: a C-speed test first
    for verb in _ORGANISE.finditer(s.text, s.start, s.end):
        parties = _organisers(s, verb)
        if len(parties) < 2:
            continue
        if not (_joint(verb) or _BY.search(s.text, max(s.start, parties[0].start - 4), parties[0].start)
                or _one_event(s, verb, parties) or _together(s, parties)):
            continue
        out += [(a, b, "other", a.start, verb.end()) for i, a in enumerate(parties) for b in parties[i + 1:]
                if a.name != b.name]
    return out


# ---------------------------------------------------------------- joint launches
# "A và B (đã) công bố cẩm nang / phát động chiến dịch / ra mắt ứng dụng …": two bodies joined by "và"
# before a launch verb and one product of the two. VietNews (105,000 articles): 8 distinct sentences
# "<Body> và <Body> (đã|vừa|chính thức) công bố/ra mắt/phát động/phát hành <one of these objects>", every
# one a joint product (a guide of two city departments, a campaign of a newspaper and a company, a report
# of a ministry and a veterans' association …); other objects ("công bố ngày 10-12", "công bố thông tin
# bất thường") are no joint work and are left alone.
LAUNCH_WORDS = ("công bố", "ra mắt", "phát động", "phát hành")
_LAUNCH = lazy_compile(word_start_branches(LAUNCH_WORDS, ignorecase=True) +
                     r"\s+(?:(?:cuốn|bộ|một|các)\s+)?(?:cẩm nang|báo cáo|kết quả nghiên cứu|nghiên cứu|kế hoạch|"
                     r"chiến dịch|chương trình|ứng dụng|phần mềm|sách|tài liệu|hướng dẫn|cuộc thi|phong trào)"
                     r"(?![^\W\d_])", re.IGNORECASE)


def co_launchers(s: Sent) -> list[Link]:
    """Every pair of the bodies, joined by "và", that launch one product together."""
    out: list[Link] = []
    if not may_spell(s, LAUNCH_WORDS):
        return out   # every match opens with one of them: a C search of the lower-cased text skips the scan
    for verb in _LAUNCH.finditer(s.text, s.start, s.end):
        parties = _organisers(s, verb)
        if len(parties) < 2 or not _AND.fullmatch(s.text, parties[-2].end, parties[-1].start) \
                or all(p.is_place for p in parties):
            continue
        out += [(a, b, "other", a.start, verb.end()) for i, a in enumerate(parties) for b in parties[i + 1:]
                if a.name != b.name]
    return out

