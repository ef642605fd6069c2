"""Boards (Ban) of the social insurance agency named after a board head's title.

"Phó trưởng ban phụ trách ban thực hiện chính sách BHYT, Bảo hiểm xã hội VN", "Trưởng ban
Cấp sổ, thẻ của BHXH Việt Nam", "Trưởng ban Chính sách bảo hiểm y tế, thuộc Bảo hiểm xã
hội Việt Nam": the post is head of a Ban, and the Ban belongs to Bảo hiểm xã hội (the
annotation convention: the Ban is the role's organisation, the full title at the parent an
optional twin, not given). With only a comma before the agency ("Phó Trưởng ban Thực hiện
chính sách BHYT, BHXH Việt Nam") the words are read as one title at the agency, as before:
here the Ban is named as a body only when "ban" is repeated, or "của", "thuộc" or a bracket
link it to the agency. In VietNews health articles every "trưởng ban … (,|(|thuộc|của) BHXH" is
such a board (8 of 8); no other parent body shows this form (one hit, a Party board).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .doc import Doc
from .lazy import lazy_compile
from .orgs.span import OrgSpan
from .orgs.walker import org_at

_HEAD_OF_BOARD = r"rưởng\s+ban"   # "[Phó] trưởng ban" less its first letter
_BOARD_TITLE = re.compile(r"(?:Phó\s+)?T" + _HEAD_OF_BOARD, re.IGNORECASE)
# [phụ trách] [ban] WORDS[, a word or two] LINK  -- then the insurance agency
_BOARD = lazy_compile(r"(?:\s+(phụ trách))?\s+([Bb]an\s+)?"
                    r"((?:[^\W\d_]+\s+){0,8}?[^\W\d_]+(?:,\s*(?!thuộc|của)[a-zà-ỹđ]+(?:\s+(?!thuộc|của)[a-zà-ỹđ]+)?)?)"
                    r"(\s*[,(\-–]\s*|\s+)((?:thuộc|của)\s+)?(?=BHXH|Bảo hiểm xã hội)")


class Board(NamedTuple):
    title: str        # "Phó Trưởng ban phụ trách"
    ban: OrgSpan      # Ban Thực hiện chính sách BHYT
    parent: OrgSpan   # Bảo hiểm xã hội Việt Nam


# boards whose name says they are the agency's, so the press often leaves the agency out ("Phó trưởng
# ban phụ trách Ban Thực hiện chính sách BHYT nhấn mạnh", "trưởng ban Dược và vật tư y tế lấy ví dụ",
# "Ban Thực hiện chính sách BHYT-BHXH Việt Nam"): read in an article that names the agency (baomoi
# health, 1,160 articles: 4 such posts that had no role, all of the agency's boards)
_KNOWN_BOARD = re.compile(r"(?:\s+(phụ trách))?\s+((?:[Bb]an\s+)?(?:[Tt]hực hiện chính sách (?:BHYT|BHXH|bảo hiểm y tế|"
                          r"bảo hiểm xã hội)|[Dd]ược và vật tư y tế))(?![^\W\d_])")
_AGENCY = re.compile(r"BHXH|Bảo hiểm xã hội")


def _known_board(doc: Doc, title: str, pos: int, limit: int) -> Board | None:
    m = _KNOWN_BOARD.match(doc.match, pos, limit)
    if m is None or not _AGENCY.search(doc.match):
        return None
    words = re.sub(r"^[Bb]an\s+", "", m.group(2))
    board = OrgSpan(m.start(2), m.end(2), f"Ban {words[0].upper()}{words[1:]}", "agency", None)
    return Board(f"{title} {m.group(1)}" if m.group(1) else title, board, board)


def insurance_board(doc: Doc, title: str, pos: int, limit: int) -> Board | None:
    """The board a board head's title at pos names, with its insurance agency, or None."""
    if not _BOARD_TITLE.fullmatch(title):
        return None
    m = _BOARD.match(doc.match, pos, limit)
    if not m:
        return _known_board(doc, title, pos, limit)
    if not (m.group(2) or m.group(5) or "(" in m.group(4)):
        return None   # "Phó Trưởng ban Thực hiện chính sách BHYT, BHXH Việt Nam": read as one title
    parent = org_at(doc, m.end(), limit)
    if parent is None or not parent.name.startswith("Bảo hiểm xã hội"):
        return _known_board(doc, title, pos, limit)
    words = m.group(3)
    board = OrgSpan(m.start(3), m.end(3), f"Ban {words[0].upper()}{words[1:]}", "agency", parent.province)
    return Board(f"{title} {m.group(1)}" if m.group(1) else title, board, parent)


# a board head's title, letter first for the scan ("Phó trưởng ban …" holds it too)
_HEAD_TITLE = lazy_compile(r"[Tt](?<![^\W\d_].)" + _HEAD_OF_BOARD + r"(?![^\W\d_])")


def insurance_boards_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """The agency's boards a board head's title names in [start, end) of the matching text: the
    post's body is one of the article's organisations too (gold in real and real27 lists "Ban
    Thực hiện chính sách BHYT" beside Bảo hiểm xã hội Việt Nam). A board written "Ban …" is the
    walker's, which spells its short forms out."""
    text = doc.match
    if text.find("rưởng", start, end) < 0:
        return []
    return [board.ban for m in _HEAD_TITLE.finditer(text, start, end)
            if (board := insurance_board(doc, "Trưởng ban", m.end(), end)) is not None
            and not text.startswith("Ban", board.ban.start)]
