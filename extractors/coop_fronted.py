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
# the lead, the partner, the clause's close and the holder are read as `session_opening` reads them
from .coop_rules import SESSION_LEAD, session_held

# the words that open such a clause (each a literal the sentence must hold before the pattern runs)
LEAD_WORDS = ("sau", "qua", "trên cơ sở", "phát biểu")
# "Phát biểu (chỉ đạo/kết luận) tại (một) buổi làm việc với B, Thứ trưởng Bộ A …": the speaker's body held it
# (session 39; VietNews, 150,000 articles: see tests/test_coops_s39.py and the commit message)
_SPOKEN = r"phát\s+biểu(?:\s+(?:chỉ\s+đạo|kết\s+luận))?\s+(?:tại|trong)(?:\s+một)?"
_FRONTED = re.compile(r"(?:sau\s+khi|sau|qua|thông\s+qua|trên\s+cơ\s+sở|" + _SPOKEN + r")\s+"
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
    link = session_held(s, m) if m is not None else None
    return [link] if link is not None else []
