"""National Assembly deputies written "Đại biểu NAME" in a story about the Assembly.

Reports of Assembly sessions name speakers as "Đại biểu Lưu Bình Nhưỡng nêu ý kiến" or
"đại biểu Nguyễn Văn A (Hà Nội) cho rằng": the title is "Đại biểu Quốc hội" though the
text writes only "Đại biểu". The same words name delegates of any conference or of a
People's Council session, so the matcher runs only in an article that names the
Assembly and no People's Council (VietNews health articles: such speakers were
Assembly deputies in every sampled case; conference and council stories are left out).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .doc import Doc
from .people import Person, find_people

TITLE, BODY = "Đại biểu Quốc hội", "Quốc hội"
_ASSEMBLY = re.compile(r"Quốc hội|ĐBQH")
_COUNCIL = re.compile(r"HĐND|Hội đồng nhân dân", re.IGNORECASE)
_DEPUTY = re.compile(r"(?<![^\W\d_])[Đđ]ại biểu\s+")


def assembly_story(doc: Doc) -> bool:
    return _ASSEMBLY.search(doc.match) is not None and _COUNCIL.search(doc.match) is None


def deputies(doc: Doc) -> Iterator[Person]:
    """The person of every "Đại biểu NAME" in an Assembly story."""
    if not assembly_story(doc):
        return
    for s in doc.sentences:
        for m in _DEPUTY.finditer(doc.match, s.start, s.end):
            people = find_people(doc, m.end(), s.end)
            if people and people[0].start == m.end():
                yield people[0]
