"""A centre's name going on in lower case until a country closes it.

"Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam", "Trung tâm Nghiên cứu Đa dạng sinh học Đức":
the press capitalises the first word of a centre's remit only, and the walker stopped there
("Trung tâm Bảo vệ", a name no body has). A centre (type health_center) has no lower-case run
of its own: "Trung tâm Y tế huyện X tiếp nhận …" goes on with a clause as often as with a name.
A country right after a short run of name words is the cheap signal that the run was the name's:
a clause reaches a country through a verb or a function word ("… phối hợp với Nhật Bản"), which
NOT_IN_NAMES and truncated.VERBS refuse. Cost: one bounded run read (at most `_WORDS` words) when
a named centre's walk reaches a lower-case word.
"""
from __future__ import annotations

from ..places import country_at
from ..tokens import word_at
from .person_names import NOT_IN_NAMES, dictionary
from .truncated import VERBS

_WORDS = 6


def ends_in_country(text: str, pos: int, limit: int) -> bool:
    """A country written as a common word or given name ("Mỹ", "Pháp", "Đức") closes a
    foreign body's name when no capitalised word goes on ("… Mỹ nhận định", not "Mỹ Tho")."""
    w = word_at(text, pos, limit)
    hit = country_at(text, w.start, ambiguous=True) if w is not None else None
    nxt = word_at(text, hit.end, limit) if hit is not None else None
    return hit is not None and not (nxt is not None and nxt.start == hit.end + 1 and nxt.is_cap)


def country_run_end(text: str, pos: int, limit: int) -> int | None:
    """End of the lower-case name words at pos when a country follows them at once and none of
    them (nor two of them together) is a verb or a function word; None otherwise. A function
    word's syllable that ends a compound with the word before it ("phát triển": "triển" of
    "triển khai") stays a name word."""
    cur, prev = pos, ""
    for _ in range(_WORDS):
        w = word_at(text, cur, limit)
        if w is None or not w.is_alpha or w.start != cur + (cur != pos):
            return None
        if w.is_cap:
            return cur if cur != pos and ends_in_country(text, cur, limit) else None
        pair = f"{prev} {w.text}"
        if w.text in VERBS or pair in VERBS or w.text in NOT_IN_NAMES and not (prev and pair in dictionary()):
            return None   # "Trung tâm Y tế X khám bệnh Nhật Bản", "… phối hợp với Nhật Bản": a clause
        cur, prev = w.end, w.text
    return None
