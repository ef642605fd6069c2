"""Two bodies acting through their heads: "Giám đốc Bệnh viện A Nguyễn Văn X và Giám đốc Sở Y tế B Trần
Văn Y đã ký kết thỏa thuận hợp tác", "Ông X, Bộ trưởng Bộ A và ông Y, Bộ trưởng Bộ B đã hội đàm", "Đại diện A và đại diện B ký kết …".

`coop_rules._pair_subject` reads "A và B (đã) ký kết …" when the two bodies stand side by side; written
through their heads, each body sits between a title and a name, so the pair is no pair there and the
agreement linked nothing. Here the two heads are read as the pair: the first body's head by title (the
title right before it), the second's title right before the second body, nothing between the two but
the first head's name, "và/cùng/với" and the second head's honorific and name; after the second body
the second head's name, adverbs, then a cue of agreement or exchange with no party after it in its clause.

Cost: up to 18 `str.find`s of title words (HEAD_TITLE_GATE) per cued sentence (most sentences with "và" name
no head); the gap pattern only between consecutive ends with a title before the first; for a paired exchange,
two searches to its clause end.
"""
from __future__ import annotations

import re

from .coop_cues import CUE_RE, kind_of
from .coop_ends import holds
from .coop_rules import HEAD_TITLE_GATE, HEAD_TITLES, HONORIFIC, NAME, Link, Sent, clause

# every _HEAD title without its first letter, so either case passes: no pair without one of them (all-capital
# titles aside)
_TITLE_WORDS = HEAD_TITLE_GATE + ("ại diện", "ãnh đạo")
# a head by title, or a body's representative or leadership ("Đại diện A và đại diện B ký kết …")
_HEAD = r"(?:" + HEAD_TITLES + r"|đại\s+diện|lãnh\s+đạo)"
_TITLE_BEFORE = re.compile(_HEAD + r"\s+$", re.IGNORECASE)
_TITLE_REACH = 25
# the first head's name (or an aside), the join, the second head's honorific and name (then a comma) or
# nothing, and the second head's title
_HEADS_GAP = re.compile(r"(?:\s+" + NAME + r")?(?:\s*\([^()]{1,40}\))?\s*,?\s+(?:và|cùng|với)\s+(?:" + HONORIFIC +
                        r"\s+)?(?:" + NAME + r"\s*,\s*)?" + _HEAD + r"\s+", re.IGNORECASE)
# after the second body: its head's name, then adverbs, then the cue
_TO_CUE = re.compile(r"(?:\s+" + NAME + r")?\s*,?\s+(?:(?:đã|vừa|cùng|chính thức|cùng nhau|tiến hành)\s+)*")
_PAIR_KINDS = ("agreement", "exchange")
# a third party right after the cue, named or not: "… trao đổi với phóng viên", "… ký kết với đoàn công tác"
_THIRD_PARTY = re.compile(r"\s+(?:với|cùng)(?![^\W\d_])", re.IGNORECASE)
# a third party, place or person anywhere in an exchange's clause before its topic: the two heads work or call
# there together ("… đã làm việc và kiểm tra tại khoa Cấp cứu", "… trao đổi, làm việc trực tiếp với gia đình");
# talks or a signing held at a place are still between them ("… hội đàm tại Hà Nội", "ký kết … tại Hà Nội"), and a
# place in the topic is no venue ("… làm việc về tình hình dịch ở hai tỉnh")
_ELSEWHERE = re.compile(r"(?<![^\W\d_])(?:với|cùng|tại|ở|đến|cho|thăm)(?![^\W\d_])", re.IGNORECASE)
_TOPIC = re.compile(r"(?<![^\W\d_])(?:về|nhằm|để)(?![^\W\d_])", re.IGNORECASE)
_TALKS = "hội đàm"


def heads_pair(s: Sent) -> list[Link]:
    """"<title> A <name> và <title> B <name> (đã) ký kết/hội đàm …": A and B are the pair."""
    if not holds(s.text, s.start, s.end, _TITLE_WORDS):
        return []
    out: list[Link] = []
    for a, b in zip(s.ends, s.ends[1:]):
        if a.name == b.name or not _HEADS_GAP.fullmatch(s.text, a.end, b.start) or \
                not _TITLE_BEFORE.search(s.text, max(s.start, a.start - _TITLE_REACH), a.start):
            continue
        gap = _TO_CUE.match(s.text, b.end, s.end)
        cue = CUE_RE.match(s.text, gap.end(), s.end) if gap else None
        kind = kind_of(cue.group(1)) if cue else None
        if kind not in _PAIR_KINDS:
            continue
        right = clause(s.text, s.start, s.end, cue.start())[1]
        if _THIRD_PARTY.match(s.text, cue.end()) or any(cue.end() <= e.start < right for e in s.ends):
            continue   # "Bộ trưởng Bộ A và Chủ tịch UBND tỉnh B làm việc với C": the two meet C together
        if kind == "exchange" and cue.group(1).lower() != _TALKS and _elsewhere(s.text, cue.end(), right):
            continue
        out.append((a, b, kind, a.start, cue.end()))
    return out


def _elsewhere(text: str, start: int, right: int) -> bool:
    """Whether the exchange cue's clause names a third party, place or person before its topic ("về …")."""
    topic = _TOPIC.search(text, start, right)
    return _ELSEWHERE.search(text, start, topic.start() if topic else right) is not None
