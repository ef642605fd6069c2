"""Deputies written "Đại biểu NAME" in a story about the National Assembly or a People's Council.

Reports of Assembly sessions name speakers as "Đại biểu Lưu Bình Nhưỡng nêu ý kiến" or
"đại biểu Nguyễn Văn A (Hà Nội) cho rằng": the title is "Đại biểu Quốc hội" though the
text writes only "Đại biểu". The same words name delegates of any conference or of a
People's Council session, so the matcher runs only in an article that names the
Assembly and no People's Council (VietNews health articles: such speakers were
Assembly deputies in every sampled case; conference stories are left out).

A People's Council session is reported the same way ("Tại phiên chất vấn, đại biểu Nguyễn
Thị A đặt câu hỏi cho giám đốc Sở Y tế"): in an article that names one People's Council,
no Assembly, and a session ("kỳ họp", "phiên chất vấn"), "đại biểu NAME" is a deputy of that
council (title "Đại biểu", the annotation convention). Baomoi 2016-17: 39 articles name a
council, no Assembly and an "đại biểu NAME"; in VietNews health articles this reads 17
roles in 8 articles, every one a deputy speaking at a council session.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .doc import Doc
from .people import Person, find_people

TITLE, BODY = "Đại biểu Quốc hội", "Quốc hội"
_ASSEMBLY = re.compile(r"Quốc hội|ĐBQH")
# "HĐND|Hội đồng nhân dân" folding case; the first letter as a case-sensitive set, so that the
# search of a whole article skips to it in C (case folding hid the literal: sre tried every position)
_COUNCIL = re.compile(r"[Hh](?i:đnd|ội đồng nhân dân)")
_DEPUTY = re.compile(r"(?<![^\W\d_])[Đđ]ại biểu\s+")


# searched in the lower-cased text (a case-blind alternation over a whole article is slow);
# case-blind only where lower-casing changed the text's length and doc.lower is not lower
_SESSION = re.compile(r"kỳ họp|phiên họp|chất vấn|tiếp xúc cử tri")
_SESSION_ANY_CASE = re.compile(_SESSION.pattern, re.IGNORECASE)


# (the same test as `_SESSION.search(doc.lower)`, in C string searches: about 15x fewer instructions)
_SESSION_WORDS = tuple(_SESSION.pattern.split("|"))


def _session_story(doc: Doc) -> bool:
    if doc.lower is doc.match:
        return _SESSION_ANY_CASE.search(doc.match) is not None
    lower = doc.lower
    return any(w in lower for w in _SESSION_WORDS)
COUNCIL_TITLE = "Đại biểu"


def council_of_story(doc: Doc) -> str | None:
    """The People's Council whose session the article reports, if it is about one."""
    if _names_assembly(doc) or not _session_story(doc):
        return None
    councils = {o.name for o in doc.organizations if o.name.startswith("Hội đồng nhân dân ")}
    return councils.pop() if len(councils) == 1 else None


def assembly_story(doc: Doc) -> bool:
    return _names_assembly(doc) and _COUNCIL.search(doc.match) is None


def _names_assembly(doc: Doc) -> bool:
    """Does the article name the National Assembly? (Both story tests ask: searched once.)"""
    # (`_ASSEMBLY.search(d.match) is not None`, in C string searches)
    return doc.derived("deputies.assembly", lambda d: "Quốc hội" in d.match or "ĐBQH" in d.match)


def deputies(doc: Doc) -> Iterator[Person]:
    """The person of every "Đại biểu NAME" in an Assembly story."""
    if not assembly_story(doc):
        return
    yield from _named_deputies(doc)


def council_deputies(doc: Doc) -> tuple[str, list[Person]]:
    """(the council, the person of every "Đại biểu NAME") in a council session story."""
    council = council_of_story(doc)
    return (council, list(_named_deputies(doc))) if council is not None else ("", [])


def _named_deputies(doc: Doc) -> Iterator[Person]:
    text = doc.match
    for s in doc.sentences:
        if text.find("ại biểu", s.start, s.end) < 0:   # in every match: the sentence is skipped on a C search
            continue
        for m in _DEPUTY.finditer(text, s.start, s.end):
            people = find_people(doc, m.end(), s.end)
            if people and people[0].start == m.end():
                yield people[0]
