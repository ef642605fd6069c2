"""The social-insurance agency named bare, as an actor: "do Nhà nước và Bảo hiểm xã hội
hỗ trợ", "cùng với Bảo hiểm xã hội có định mức", "Đại diện Bảo hiểm xã hội cho biết".

"Bảo hiểm xã hội" is also the insurance itself ("Luật Bảo hiểm xã hội", "tự đóng Bảo hiểm
xã hội"), so the bare head is read only right after a word that introduces an actor ("và",
"với", "theo", "đại diện", "do", "để"), and not before a plural, "địa phương" or a place
(another body's name). VietNews (reserved files skipped): of 76 capitalised bare mentions
outside "Luật"/"Quỹ", 11 follow such a word and none of the excluded ones; 10 name the
agency, 1 is the tail of a department's name ("Phòng Lao động, tiền lương và …").
A story that names the agency in full ("Bảo hiểm xã hội Việt Nam", "… tỉnh Nghệ An") keeps
that name: see `drop_bare_when_named`.
"""
from __future__ import annotations

import re

from ..doc import Organization
from .span import OrgSpan

NAME = "Bảo hiểm xã hội"
_BARE = re.compile(NAME + r"(?![^\W\d_])")
_ACTOR_BEFORE = re.compile(r"(?<![^\W\d_])(?:và|với|[Tt]heo|[Đđ]ại diện|do|để)[ \t]+$")
# a place, a bracket or a capital goes on with a longer name; a plural or "địa phương" is generic
_NOT_AFTER = re.compile(r"[ \t]*(?:\(|(?:tỉnh|thành phố|huyện|quận|thị xã|các|những|địa phương|thực sự|"
                        r"chủ yếu)(?![^\W\d_]))")
_NEXT_CHAR = re.compile(r"[ \t]*(\w)")


def bare_social_insurance_in(text: str, start: int, end: int) -> list[OrgSpan]:
    """Bare "Bảo hiểm xã hội" mentions in [start, end) that name the agency."""
    if text.find(NAME, start, end) < 0:
        return []
    return [OrgSpan(m.start(), m.end(), NAME, "agency", None) for m in _BARE.finditer(text, start, end)
            if _ACTOR_BEFORE.search(text, max(start, m.start() - 12), m.start())
            and not _NOT_AFTER.match(text, m.end(), end) and not _capital_after(text, m.end(), end)]


def _capital_after(text: str, pos: int, end: int) -> bool:
    """A capital after the head goes on with a longer name ("… Bảo hiểm xã hội Đà Nẵng")."""
    m = _NEXT_CHAR.match(text, pos, end)
    return m is not None and m.group(1).isupper()


def drop_bare_when_named(orgs: list[Organization]) -> None:
    """The bare mention is the agency the story names in full: that name stands (gold names
    "Bảo hiểm xã hội Việt Nam", not always with the bare alias), the bare record goes."""
    if any(o.name.startswith(NAME + " ") for o in orgs):
        orgs[:] = [o for o in orgs if o.name != NAME]
