"""Committees of a People's Council: "Ban Văn hóa - Xã hội HĐND TP. HCM", "Ban Pháp chế Hội
đồng nhân dân tỉnh Nghệ An", "Ban Kinh tế - Ngân sách, HĐND thành phố".

"Ban" opens a name for the walker only with a kind it knows, and these kinds are written in
many ways ("Văn hoá xã hội", "Văn hóa - Xã hội"); so the council after the committee was read
alone, and the committee (a party of supervision visits and cooperations) was lost. VietNews:
192 such mentions (--all): Pháp chế 50, Kinh tế - Ngân sách 33, Văn hóa - Xã hội 50, Đô thị 18 …
Read only when the council follows at once and names its place; "Trưởng ban …" is a title.
"""
from __future__ import annotations

import re

from ..doc import Doc
from .span import OrgSpan

_KINDS = (("Văn hóa - Xã hội", r"Văn[ \t]+h(?:óa|oá)[ \t]*(?:-[ \t]*)?[Xx]ã[ \t]+hội"),
          ("Kinh tế - Ngân sách", r"Kinh[ \t]+tế[ \t]*(?:-[ \t]*)?[Nn]gân[ \t]+sách"),
          ("Pháp chế", r"Pháp[ \t]+chế"), ("Đô thị", r"Đô[ \t]+thị"), ("Dân tộc", r"Dân[ \t]+tộc"))
_COMMITTEE = re.compile(r"(?<![^\W\d_])Ban[ \t]+(?:" + "|".join(f"({p})" for _, p in _KINDS) + r")"
                        r"[ \t]*(?:[,-][ \t]*|của[ \t]+)?(?=HĐND|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân)")
_TITLE_BEFORE = re.compile(r"(?:[Tt]rưởng|[Pp]hó)[ \t]+$")


def council_boards_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    text = doc.match
    if text.find("Ban ", start, end) < 0:
        return []
    spans = []
    for m in _COMMITTEE.finditer(text, start, end):
        if _TITLE_BEFORE.search(text, max(start, m.start() - 10), m.start()):
            continue
        from .walker import org_at   # the walker reads the council; it imports this package's modules
        council = org_at(doc, m.end(), end)
        if council is None or not council.province or not council.name.startswith("Hội đồng nhân dân"):
            continue
        kind = next(k for i, (k, _) in enumerate(_KINDS) if m.group(i + 1))
        spans.append(OrgSpan(m.start(), council.end, f"Ban {kind} {council.name}", "government", council.province))
    return spans
