"""A hub's group, listed later: "Dự án … tại Bệnh viện A với một số bệnh viện địa phương", then
a few sentences on "Địa bàn thực hiện dự án gồm: Bệnh viện A; Bệnh viện B và C; …" (or "A chuyển
giao kỹ thuật cho các bệnh viện vệ tinh. Các bệnh viện vệ tinh gồm: B, C"): the group stands for the
hospitals listed after the colon, and the hub supports each of them (a satellite group: "satellite").

The hub phrase and the list are each one sentence; the document carries only the last hub phrase
for `_REACH` sentences, so no sentence looks back over the text. Studied: real (a telemedicine
project of one central hospital with six provincial, regional and district hospitals named in the
third sentence; the gold links the hub to each of the six). VietNews (105,000 articles): 2
sentences hold a hub named right before "với/cho/và (các|một số|N) bệnh viện địa phương/tuyến
dưới/vệ tinh/…"; one is followed within four sentences by a "gồm:" list of hospitals (that
project), the other by no list, and nothing is linked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .coop_ends import End
from .coop_rules import Link, Sent
from .lexicon import word_start_branches

# the group, right after its hub or after a few words of what the hub does for it
# ("A với một số bệnh viện địa phương", "A chuyển giao kỹ thuật cho 5 bệnh viện vệ tinh")
_GROUP = re.compile(word_start_branches(["với", "cho", "và"], not_after=None, ignorecase=True) + r"\s+(?:một số|các|những|nhiều|\d+)\s+bệnh viện\s+(?:đa khoa\s+)?"
                    r"(?P<tier>địa phương|tuyến dưới|tuyến tỉnh|tuyến huyện|vệ tinh)(?![^\W\d_])",
                    re.IGNORECASE)
_HUB_GAP = re.compile(r"\s+(?:(?-i:[a-zđà-ỹ]+)\s+){0,5}")
# the list: "gồm:", "bao gồm:", "gồm có:" (the colon makes it an enumeration, not a count)
_LIST = re.compile(r"(?<![^\W\d_])(?:gồm có|bao gồm|gồm)\s*:\s*", re.IGNORECASE)
_REACH = 4          # sentences from the hub phrase to its list
_MIN_MEMBERS = 2    # one hospital after "gồm:" is no group
_MEMBER_TYPES = frozenset({"hospital", "health_center"})
# the cheap test of a sentence (lower-cased): its hub phrase holds this, its list the other
HUB_WORD, LIST_WORD = "bệnh viện", "gồm"


def has_hub_phrase(text: str, start: int, end: int) -> bool:
    """Whether text[start:end) names a group of hospitals after "với/cho/và"."""
    return _GROUP.search(text, start, end) is not None


@dataclass
class _Hub:
    end: End
    kind: str
    sentence: int


class Groups:
    """The last hub phrase of a document, and the links of the list that names its group."""

    def __init__(self, types: dict[str, str]):
        self.types = types
        self.hub: _Hub | None = None

    def pending(self, index: int) -> bool:
        """Whether a hub phrase a few sentences back still waits for its list."""
        return self.hub is not None and index - self.hub.sentence <= _REACH

    def read(self, s: Sent, index: int) -> list[Link]:
        """The links of sentence `index`: its list's members to the pending hub; a hub phrase in it
        becomes the pending hub."""
        out = self._members(s, index) if self.pending(index) else []
        if out:
            self.hub = None
        for m in _GROUP.finditer(s.text, s.start, s.end):
            hub = next((e for e in reversed(s.ends) if e.end <= m.start()), None)
            if hub is not None and not hub.is_place and _HUB_GAP.fullmatch(s.text, hub.end, m.start()):
                kind = "satellite" if m.group("tier").lower() == "vệ tinh" else "support"
                self.hub = _Hub(hub, kind, index)
        return out

    def _members(self, s: Sent, index: int) -> list[Link]:
        assert self.hub is not None
        m = _LIST.search(s.text, s.start, s.end)
        if m is None:
            return []
        hub = self.hub.end
        members = [e for e in s.ends if e.start >= m.end() and not e.is_place and e.name != hub.name
                   and self.types.get(e.name) in _MEMBER_TYPES]
        if len({e.name for e in members}) < _MIN_MEMBERS:
            return []
        return [(hub, e, self.hub.kind, e.start, e.end) for e in members]
