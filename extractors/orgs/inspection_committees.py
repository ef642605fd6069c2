"""A party committee's inspection committee written in sentence case or short: "Ủy ban kiểm tra
Huyện ủy Thường Xuân", "UBKT Tỉnh ủy Hòa Bình".

The walker reads "Ủy ban Kiểm tra Tỉnh ủy X" as one body (the committee contains the party
committee), but stops at the lower-case "kiểm tra" and does not know "UBKT", so only the party
committee after it was read and the inspection committee, the body that disciplines officials,
was lost (real10; 6,401 non-scored VietNews and baomoi articles: 17 "Ủy ban kiểm tra" + a party
committee, most in lower case). Read only when the party committee follows at once.
"""
from __future__ import annotations

import re

from ..doc import Doc
from .heads import party_head_at
from .span import OrgSpan

# (the word start tested after the first letter, a set the search skips to in C)
_INSPECTION = re.compile(r"[ỦủU](?<![^\W\d_].)(?:(?<=[Ủủ])y[ \t]+ban[ \t]+kiểm[ \t]+tra|(?<=U)BKT)[ \t]+(?=[TtHhQĐđ])")


def inspection_committees_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Inspection committees of a party committee in [start, end) of the matching text."""
    text = doc.match
    if text.find("kiểm tra", start, end) < 0 and text.find("UBKT", start, end) < 0:
        return []
    spans = []
    for m in _INSPECTION.finditer(text, start, end):
        from .walker import org_at   # the walker reads the party committee; it imports this package's modules
        party = org_at(doc, m.end(), end) if party_head_at(text, m.end()) else None
        if party is None or party.type != "party" or party.name == party.name.split()[0] + " " + party.name.split()[1]:
            continue   # "Ủy ban kiểm tra Thành ủy quyết định …": whose is not said
        spans.append(OrgSpan(m.start(), party.end, f"Ủy ban Kiểm tra {party.name}", "party", party.province))
    return spans
