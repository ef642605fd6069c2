"""National bodies written in lower case straight after their head and closed by "quốc gia".

"Viện bỏng Quốc gia", "Hội đồng bầu cử quốc gia", "Trung tâm mua sắm tập trung thuốc Quốc gia",
"Trung tâm tình nguyện Quốc gia", "Ngân hàng tế bào gốc quốc gia": the walker reads a name only
from a capitalised word after the head (or a known descriptor), so these were lost. The national
scope ends the name. Not read when the name goes on after it ("Trung tâm nghiên cứu quốc gia về
lão khoa", "Viện bỏng Quốc gia Lê Hữu Trác" is left to the walker and the gazetteer), when "quốc gia"
is a country ("các quốc gia", "giữa hai quốc gia"), when a verb or clause word sits in the tail, or
where the walker reads a name at the head already.
"""
from __future__ import annotations

import re

from ..doc import Doc
from ..lazy import lazy_compile
from .person_names import NOT_IN_NAMES
from .span import OrgSpan
from .truncated import VERBS

_HEADS = {"Trung tâm": "other", "Viện": "agency", "Hội đồng": "other", "Ngân hàng": "other", "Ủy ban": "government",
          "Uỷ ban": "government", "Học viện": "university", "Bảo tàng": "other", "Thư viện": "other",
          "Cục": "agency"}
_NATIONAL = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")"
                       r"((?:[ \t]+[a-zđà-ỹ]+){1,6})[ \t]+([Qq]uốc[ \t]+gia)(?![^\W\d_])")
# what every match writes (its words searched for in C first; most sentences lack one)
_SCOPE = lazy_compile(r"[Qq]uốc[ \t]+gia")
# "quốc gia" as a country, not a scope: a quantifier or preposition before it
_COUNTRY_BEFORE = frozenset({"các", "những", "nhiều", "mỗi", "một", "hai", "ba", "giữa", "với", "tại", "ở", "của",
                             "cho", "trên", "từ", "mọi", "cấp", "tầm", "theo"})
# a name that goes on after its scope: a remit ("về …"), a second field ("và …"), a place noun, a
# capitalised word (a proper name, a country)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_GOES_ON = frozenset({"về", "và", "hồ", "vườn"})


def national_names_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Lower-case names closed by "quốc gia" in [start, end) of the matching text."""
    text = doc.match
    if text.find("gia", start, end) < 0 or text.find("quốc", start, end) < 0 and text.find("Quốc", start, end) < 0 \
            or _SCOPE.search(text, start, end) is None:
        return []   # no "quốc gia": _NATIONAL's look-behind-led scan of every position is skipped
    spans = []
    for m in _NATIONAL.finditer(text, start, end):
        words = m.group(2).split()
        if words[-1] in _COUNTRY_BEFORE or any(w in VERBS or w in NOT_IN_NAMES for w in words):
            continue
        if m.group(1) == "Hội đồng" and words[0] in ("nhân", "quản"):
            continue   # "Hội đồng nhân dân", "Hội đồng quản trị": kinds the walker and its boards read
        nxt = _NEXT_WORD.match(text, m.end(), end)
        if nxt is not None and (nxt.group(1) in _GOES_ON or nxt.group(1)[0].isupper()):
            continue
        from .walker import org_at   # (walker imports modules this one shares; imported where used:
        # an import statement costs ~3 µs a run, and most sentences reach no name)
        if org_at(doc, m.start(), end) is not None:
            continue   # the walker reads a name here already
        name = f"{m.group(1)} {' '.join(words)} {' '.join(m.group(3).split())}".replace("Uỷ ban", "Ủy ban")
        spans.append(OrgSpan(m.start(), m.end(), name, _HEADS[m.group(1)], None))
    return spans

