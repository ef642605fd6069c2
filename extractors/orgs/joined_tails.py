"""Cut names whose lower-case tail joins two fields with "và" or a dash before a place closes it.

The walker cuts a name written on in lower case and `truncated.tail_to_place` reads the tail
when a place, the country or a continent closes it; a "và" or a dash inside the tail stops that
reading, so "Hội Bảo trợ [phụ nữ và trẻ em nghèo bất hạnh] TP Đà Nẵng", "Trung tâm Kiểm soát
[và phòng ngừa bệnh tật] châu Âu" and "Trung tâm Chăm sóc [bà mẹ - trẻ em] Đà Nẵng" were
dropped. Here the words before the joiner are taken, then the rest is read by tail_to_place:
the name is kept only when a place closes it, as before. A lower-case head after the joiner
("… và bệnh viện tỉnh X") is a second body, not a field, and ends the reading.
"""
from __future__ import annotations

import re

from .heads import head_at
from .person_names import NOT_IN_NAMES
from .truncated import LOWER_WORD, tail_to_place

# "và" or a dash between two lower-case fields ("phụ nữ và trẻ em", "bà mẹ - trẻ em")
_JOINER = re.compile(r"[ \t]+(và)(?=[ \t]+[a-zđà-ỹ])|[ \t]*([-–])(?=[ \t]+[a-zđà-ỹ])")
_MAX_BEFORE = 5


def joined_tail_to_place(text: str, end: int, limit: int) -> tuple[int, str, str, str | None] | None:
    """(end, tail, place as written, province) as tail_to_place gives, for a tail holding one
    "và" or dash: "[phụ nữ và trẻ em nghèo bất hạnh] thành phố Đà Nẵng"; None otherwise."""
    cur, words = end, []
    for _ in range(_MAX_BEFORE + 1):
        joined = _JOINER.match(text, cur, limit)
        if joined is not None:
            after = LOWER_WORD.match(text, joined.end(), limit)
            if after is None or not after.group(1).islower() or _body_at(text, after.start(1), limit):
                return None   # "… và bệnh viện tỉnh X", "… và Ủy ban nhân dân TP Đà Nẵng": another body
            rest = tail_to_place(text, joined.end(), limit)
            if rest is None:
                return None
            joiner = joined.group(1) or joined.group(2)
            tail = " ".join([*words, joiner, rest[1]])
            return rest[0], tail, rest[2], rest[3]
        m = LOWER_WORD.match(text, cur, limit)
        if m is None or not m.group(1).islower() or m.group(1) in NOT_IN_NAMES:
            return None
        words.append(m.group(1))
        cur = m.end()
    return None


def _body_at(text: str, pos: int, limit: int) -> bool:
    """A body's head at pos, in any case ("bệnh viện", "trung tâm", "ủy ban"); "phòng" before a
    lower-case word is the verb of a field ("phòng ngừa", "phòng chống"), not a department."""
    m = head_at(text, pos, limit)
    return m is not None and m.group(1).lower() != "phòng"
