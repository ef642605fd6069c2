"""Boards of the Party Central Committee: "Ban Tổ chức Trung ương", "Ban Tuyên giáo TW",
written "Trưởng ban Tổ chức Trung ương" after a title, where the walker sees no head
(a lower-case "ban"). 'ban <board> Trung ương' occurs ~1,400 times in VietNews; the
board names and their variants come from titles.json ("central_boards"), shared with
the officials reader.
"""
from __future__ import annotations

import re
from functools import cache

from .. import gazetteer
from ..textnorm import normalize_tones
from ..titles import central_board_re
from .span import OrgSpan

# "Ban Tổ chức Trung ương Đoàn": a board of the Youth Union's central committee (21 of the
# 1,400 VietNews matches), not of the Party's
_OTHER_CENTRAL = re.compile(r"\s+(?:Đoàn|Hội|Mặt trận|Công đoàn|MTTQ)(?![^\W\d_])", re.IGNORECASE)
# "Ban Bảo vệ chăm sóc sức khỏe cán bộ Trung ương khu vực phía Nam": the board's regional office,
# an organisation of its own (gold in real2; fresh_vn 3, always "phía Nam")
_REGION = re.compile(r"[ \t]+khu[ \t]+vực[ \t]+phía[ \t]+(Nam|Bắc)(?![^\W\d_])", re.IGNORECASE)


@cache
def _canonical() -> dict[str, str]:
    """A board's name as written (lower case, tones normalised) -> its canonical name."""
    boards = gazetteer.load("titles").get("central_boards", {})
    out = {normalize_tones(n).lower(): n for n in boards.get("names", [])}
    out.update({normalize_tones(k).lower(): v for k, v in boards.get("variants", {}).items()})
    return out


def central_boards_in(text: str, start: int, end: int, lower: str | None = None) -> list[OrgSpan]:
    """Central Committee boards named in [start, end) of the matching text (`lower`: its
    lower-cased form when that has the same length, searched instead of lower-casing the sentence)."""
    spans = []
    # every match opens on "Ban"/"ban" (IGNORECASE: "BAN" too)
    if (lower.find("ban", start, end) < 0) if lower is not None else "ban" not in text[start:end].lower():
        return spans
    for m in central_board_re().finditer(text, start, end):
        name = _canonical().get(" ".join(m.group(1).lower().split()))
        if name is None or _OTHER_CENTRAL.match(text, m.end(), end):
            continue
        board, stop = f"Ban {name} Trung ương", m.end()
        region = _REGION.match(text, stop, end)
        if region:
            board, stop = f"{board} khu vực phía {region[1].capitalize()}", region.end()
        spans.append(OrgSpan(m.start(), stop, board, "party", None))
    return spans
