"""Heads of a team ("Đội") of a police force, an inspectorate or a market watch.

"Thượng tá A, Đội trưởng Đội Cảnh sát hình sự - Công an huyện Đông Anh", "Trung tá B,
Đội trưởng Đội CSGT số 2 (Phòng CSGT Công an tỉnh Quảng Nam)": the post names its team,
then the body the team belongs to. By the annotation convention the team goes into the
title ("Đội trưởng Đội Cảnh sát hình sự") and the organisation is that body. VietNews:
~650 "Đội trưởng Đội …" lines; baomoi 2016-17: 179 files. A team with no body written
after it ("đội trưởng đội bơi lội", "Đội trưởng Đội TTGT số 11, phụ trách …") gives no
role.
"""
from __future__ import annotations

import re

from .doc import Doc
from .organizations import OrgSpan, org_at
from .people import found_at
from .titles import title_at
from .tokens import person_at, word_at

_HEADS = re.compile(r"(?:Phó )?[Đđ]ội trưởng|[Đđ]ội phó", re.IGNORECASE)
_TEAM = re.compile(r"\s*([Đđ]ội)\s")
# a police team named without the word "Đội": "Đội trưởng Cảnh sát giao thông Công an huyện
# Nghi Lộc", "đội trưởng CSGT Công an huyện Diễn Châu" (VietNews, all articles: 15 such lines,
# 10 with the police force after the team, all that force's team heads)
_POLICE_TEAM = re.compile(r"\s*(?=(?:[Cc]ảnh sát|CSGT|CSHS|CSKT|CSMT|CSĐT)\s)")
# between the team's name and its body: "-", ",", "(", "thuộc", "của" or nothing
_LINK = re.compile(r"\s*(?:[-–,(]|thuộc|của|trực thuộc)?\s*")
_MAX_WORDS = 10


def is_team_head(title: str) -> bool:
    return _HEADS.fullmatch(title) is not None


def team_role(doc: Doc, title: str, pos: int, limit: int) -> tuple[str, OrgSpan] | None:
    """(title with its team, the team's body) for the team written at `pos` after a team
    head's title, or None when no body follows the team's name."""
    team = _TEAM.match(doc.match, pos, limit)
    police = _POLICE_TEAM.match(doc.match, pos, limit) if team is None else None
    if team is None and police is None:
        return None
    text = doc.match
    words: list[str] = []
    cur = team.end(1) if team is not None else police.end()
    while len(words) < _MAX_WORDS:
        link = _LINK.match(text, cur, limit)
        nw = word_at(text, link.end(), limit)
        if nw is None:
            return None
        body = body_at(doc, nw.start, limit) if words else None
        if body is not None and body.type in ("agency", "government", "health_department", "ministry") \
                and (team is not None or body.name.startswith(("Công an", "Phòng C"))):
            name = f"{title[0].upper()}{title[1:]} {'Đội ' if team is not None else ''}{' '.join(words)}"
            return name, body
        if words and text[cur:link.end()].strip() in ("-", "–") and nw.text[0].isupper() \
                and person_at(text, nw.start, limit) is None and title_at(text, nw.start, limit) is None:
            words.append(text[cur:link.end()].strip())   # "Đội Hình sự - Kinh tế - Ma túy, Công an huyện X"
            cur = link.end()
            continue
        if link.end() > cur and text[cur:link.end()].strip():
            return None   # a comma or bracket not followed by a body: the sentence goes on
        w = word_at(text, cur, limit)
        if w is None or not (w.text[0].isalnum()) or person_at(text, w.start, limit) \
                or title_at(text, w.start, limit):
            return None
        words.append(w.text)
        cur = w.end
    return None


def body_at(doc: Doc, pos: int, limit: int) -> OrgSpan | None:
    """The body starting at pos: parsed from its head, or as the organisations stage read it
    ("Phòng CSGT công an tỉnh Hà Tĩnh", its police force in lower case)."""
    return org_at(doc, pos, limit) or found_at(doc, pos, limit)
