"""Cooperation links from a session written as a fronted clause after "sau khi" / "qua":
"Sau khi làm việc với Sở Y tế A, Bệnh viện B đã cử bác sĩ …", "Qua buổi làm việc với Cục C,
Sở Y tế D cho biết …", "Sau cuộc hội đàm với Bộ E, Bộ F khẳng định …". The partner is named in
the opening clause, the body after its comma held the session with it: the shape of
`coop_rules.session_opening` ("Tại buổi làm việc với B, …"), opened by a word of sequence or
means instead of "tại/trong".

Measured (VietNews and baomoi, 4,130 fresh health articles, blind and studied removed, and all
VietNews for the opening): see the module's tests (tests/test_coopr_s36.py) and the commit message.
The opening is matched only at the sentence's start (after an optional day), so the scan costs one
anchored match per cued sentence that holds "sau" or "qua".
"""
from __future__ import annotations

import re

from .coop_rules import Link, Sent
# the partner, the clause's close and the holder are read as `session_opening` reads them
from .coop_rules import HOLDER_GAP, LIST_GOES_ON_AFTER, PARTNER_GAP, SESSION_CLOSE, SESSION_LEAD

# the words that open such a clause (each a literal the sentence must hold before the pattern runs)
LEAD_WORDS = ("sau", "qua", "trên cơ sở")
_FRONTED = re.compile(r"(?:sau\s+khi|sau|qua|thông\s+qua|trên\s+cơ\s+sở)\s+"
                      r"(?:(?:các\s+)?(?:buổi|cuộc)\s+|quá\s+trình\s+)?"
                      r"(?:kiểm\s+tra\s+(?:và|,)\s+)?(?:làm\s+việc|hội\s+đàm|họp|trao\s+đổi|gặp\s+gỡ)"
                      r"\s+(?:trực\s+tiếp\s+)?với\s+", re.IGNORECASE)


def fronted_sessions(s: Sent) -> list[Link]:
    """The body after "Sau khi / Qua (buổi) làm việc với B, …" held the session with B."""
    low = s.text[s.start:min(s.end, s.start + 60)].lower()
    if not any(w in low for w in LEAD_WORDS):
        return []
    lead = SESSION_LEAD.match(s.text, s.start, s.end)
    m = _FRONTED.match(s.text, lead.end(), s.end) if lead else None
    if m is None:
        return []
    partner = next((e for e in s.ends if e.start >= m.end()), None)
    if partner is None or not PARTNER_GAP.fullmatch(s.text, m.end(), partner.start):
        return []
    close = SESSION_CLOSE.match(s.text, partner.end)
    if close is None:
        return []
    holder = next((e for e in s.ends if e.start >= close.end()), None)
    if holder is None or holder.name == partner.name or \
            not HOLDER_GAP.fullmatch(s.text, close.end(), holder.start):
        return []
    if holder.start == close.end() and LIST_GOES_ON_AFTER.match(s.text, holder.end):
        return []
    if any(e.is_place and e.province is None for e in (partner, holder)):
        return []   # a country: diplomacy of persons
    return [(holder, partner, "exchange", m.start(), holder.end)]
