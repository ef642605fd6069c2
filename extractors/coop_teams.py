"""Joined teams: "A (đã) cùng (với) ê kíp chuyên gia của B …", "A điều động tàu … cùng êkip bác
sĩ của B": a body that goes on a mission with another body's medical team works with it, and
the team's body supports the mission.

Studied sets: real7 (a hospital director carrying a donor heart "cùng với ekip chuyên gia của"
another hospital) and real8 (a rescue centre sending its ship "cùng êkip bác sĩ chuyên khoa của"
an emergency centre), both gold support links. VietNews (105,000 articles): 5 sentences name a
body before "cùng (với) (ê)kíp …" and a body right after it, every one a joint mission (a navy
command or regiment flying out with a military hospital's team, a rescue centre with a
provincial hospital's team); without a body after it the team is the actor's own ("ca sĩ X cùng
ekip"), and nothing is linked.
"""
from __future__ import annotations

import re

from .coop_ends import End
from .coop_rules import Link, Sent, clause, may_spell, paren_spans
from .lexicon import word_start_branches
from .lazy import lazy_compile

# the trigger words, lower-cased, as cooperations' sentence test looks for them
TRIGGERS = ("kíp", "kip")  # (and PANEL_TRIGGERS below)

_JOINED = re.compile(word_start_branches(["cùng"], ignorecase=True) + r"\s+(?:với\s+)?(?:các\s+)?"
                     r"(?:[êe]\s*-?\s*k[íi]p|kíp)(?![^\W\d_])", re.IGNORECASE)
# between the team word and its body: a few lower-case words of the team's trade, then "của"
_TEAM_OF = re.compile(r"(?:\s+(?-i:[a-zđà-ỹ]+)){0,5}?\s+(?:của\s+)?")


def _owner(s: Sent, m: re.Match, right: int) -> End | None:
    """The body whose team it is: an end right after the team's words."""
    for e in s.ends:
        if e.start >= m.end():
            return e if e.start < right and _TEAM_OF.fullmatch(s.text, m.end(), e.start) else None
    return None


def _actor(s: Sent, m: re.Match, left: int) -> End | None:
    """The body on the mission: the nearest end before the team in the clause, not a place
    ("tàu … đang thường trực tại Đà Nẵng") and not inside an aside."""
    asides = paren_spans(s.text, left, m.start())
    for e in reversed(s.ends):
        if left <= e.start and e.end <= m.start() and not e.is_place \
                and not any(a <= e.start < b for a, b in asides):
            return e
    return None


def joined_teams(s: Sent) -> list[Link]:
    """The team's body supports the body that goes with it."""
    out: list[Link] = []
    if not may_spell(s, TRIGGERS):
        return out   # every match ends on "kíp" or "kip": a C search of the lower-cased text skips the scan
    for m in _JOINED.finditer(s.text, s.start, s.end):
        left, right = clause(s.text, s.start, s.end, m.start())
        owner = _owner(s, m, right)
        actor = _actor(s, m, left) if owner else None
        if owner and actor and not owner.is_place and owner.name != actor.name:
            out.append((owner, actor, "support", actor.start, owner.end))
    return out


# ---------------------------------------------------------------- a joint team's members
# "đoàn kiểm tra liên ngành gồm Sở Y tế, Sở Nội vụ và Công an tỉnh": bodies that form one team work
# together; the first named leads it. Studied: real7 (an inter-sector inspection team of a
# department, another department, social insurance and the police, each linked to the first in
# the gold, the rest optional). VietNews: 134 lines hold "đoàn kiểm tra/công tác/thanh tra/liên
# ngành … gồm"; in 7 further sentences bodies follow it, every one a joint team and all 12 links
# right (ministries inspecting together, departments with the provincial or district police, two
# hospitals sent to a bank); "đoàn … gồm 8 thành viên do ông X …" names no body there and links
# nothing. What the team visits is an inspection, not
# one of its members. A police body in such a team is a party of it, as in a joint operation.
#
# A panel named by its members' representatives ("Hội đồng giám định gồm: đại diện A, B và C", "Tổ công
# tác gồm đại diện A, B"): bodies that send representatives to one council, working group, agency or
# team work together. Studied: real26 (a forensic panel of a forensic centre, the provincial police,
# the procuracy and a ward committee, the centre linked to each in the gold). VietNews (105,000
# articles): 44 "gồm (:) đại diện <Capital>"; those after a group's noun (hội đồng, tổ, ban, cơ quan,
# nhóm, đội) each list the bodies of one working group, council or jury; without one the list is
# as often who attended ("Thành phần gồm đại diện …") or who competed, and is left alone.
# (the first letters come first, then the word-start test: re's search scans for them in C)
JOINT_TEAM = lazy_compile(
    r"[ĐđHhTtBbCcNn](?<![^\W\d_].)(?:(?<=[Đđ])oàn\s+(?:công\s+tác|ki[ểê]m\s+tra|thanh\s+tra|giám\s+sát|"
    r"khảo\s+sát|liên\s+ngành)(?:\s+liên\s+ngành)?"
    # the province the team belongs to: "đoàn liên ngành của tỉnh Quảng Trị gồm"
    r"(?:\s+(?:(?:của|thuộc)\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){1,3})?"
    r"\s+(?:gồm\s+có|bao\s+gồm|gồm)\s*:?\s*"
    r"(?:(?:đại\s+diện|lãnh\s+đạo)(?:\s+của)?\s+)?"
    r"|(?i:(?<=h)ội\s+đồng|(?<=t)ổ|(?<=b)an|(?<=c)ơ\s+quan|(?<=n)hóm|(?<=đ)ội)(?:\s+(?-i:[a-zđà-ỹ]+)){0,4}\s+"
    r"(?:gồm\s+có|bao\s+gồm|gồm)\s*:?\s*(?:các\s+)?đại\s+diện(?:\s+của)?\s+)(?:các\s+)?")
# the panel's lead words, lower-cased, for cooperations' sentence test
PANEL_TRIGGERS = ("gồm đại diện", "gồm: đại diện", "gồm các đại diện", "gồm có đại diện")
_FIRST_REACH = 2   # the first member stands right after the list's lead
# between two members: ", " or "và", past at most two members the organisations pass did not name
# ("Sở Nội vụ, Bảo hiểm xã hội và Công an tỉnh": the bare "Bảo hiểm xã hội" is no organisation yet)
# after a member, its parent or role in an aside: "Chi cục A (Sở Nông nghiệp), Chi cục B (Sở Y tế) và …"
_MEMBER_GAP = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:đại\s+diện\s+)?(?-i:[A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_]+){0,4}?"
                         r"\s*(?:,\s*(?:và\s+)?|và\s+)){0,2}(?:đại\s+diện\s+)?")


def _members(s: Sent, first: End, right: int) -> list[End]:
    """The members listed after the first, up to the first gap that is no list separator."""
    out: list[End] = []
    prev = first
    asides = paren_spans(s.text, first.end, right)
    for e in s.ends:
        if e.start < prev.end or e is first or any(a < e.start < b for a, b in asides):
            continue   # (a member's parent in its aside is no member)
        if e.start >= right or not _MEMBER_GAP.fullmatch(s.text, prev.end, e.start):
            break
        out.append(e)
        prev = e
    return out


def team_members(s: Sent) -> list[Link]:
    """The team's first member works with each other member (kind "other")."""
    out: list[Link] = []
    if s.text.find("gồm", s.start, s.end) < 0:   # every match holds "gồm": a C search skips the scan
        return out
    for m in JOINT_TEAM.finditer(s.text, s.start, s.end):
        first = next((e for e in s.ends if e.start >= m.end()), None)
        if first is None or first.start - m.end() > _FIRST_REACH or first.is_place:
            continue
        _, right = clause(s.text, s.start, s.end, first.start)   # past the colon of "gồm:"
        for other in _members(s, first, right):
            if not other.is_place and other.name != first.name:
                out.append((first, other, "other", m.start(), other.end))
    return out
