"""A foreign body named for a saint: "bệnh viện St. Francis", "Bệnh viện St. Jude".

The walker takes "St" and stops at its dot as at a sentence's end. Fresh health sample (2,161
VietNews articles): 5 "Bệnh viện St" names, each cut so ("St. Francis" 3, "St. James", "St. Jude").
"""
from __future__ import annotations

import re

from .span import OrgSpan

# the saint's capitalised name after "St.": one or two words ("St. Francis", "St. Mary Mercy")
_SAINT = re.compile(r"\.[ \t]*([A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)")


def with_saint(text: str, span: OrgSpan) -> OrgSpan:
    """The span and name run on over the saint's name after a name ending in "St"."""
    if not span.name.endswith(" St"):
        return span
    m = _SAINT.match(text, span.end)
    if m is None:
        return span
    return OrgSpan(span.start, m.end(), f"{span.name}. {' '.join(m.group(1).split())}", span.type, span.province,
                   span.canonical)
