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
from .coop_rules import Link, Sent, clause, paren_spans

# the trigger words, lower-cased, as cooperations' sentence test looks for them
TRIGGERS = ("kíp", "kip")

_JOINED = re.compile(r"(?<![^\W\d_])cùng\s+(?:với\s+)?(?:các\s+)?"
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
    for m in _JOINED.finditer(s.text, s.start, s.end):
        left, right = clause(s.text, s.start, s.end, m.start())
        owner = _owner(s, m, right)
        actor = _actor(s, m, left) if owner else None
        if owner and actor and not owner.is_place and owner.name != actor.name:
            out.append((owner, actor, "support", actor.start, owner.end))
    return out
