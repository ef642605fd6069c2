"""The district a sentence (or the one before it) names, for its bare district bodies.

"Bệnh viện Đa khoa huyện" and "Trung tâm Y tế huyện" are the district's own hospital
and health centre; the press writes them bare right after naming the district
("Huyện biên giới Quan Sơn có 4 trường hợp … tại Bệnh viện Đa khoa huyện"). In VietNews
health articles the bare forms occur ~50 times, mostly next to the district's name;
when those sentences name no district or more than one, which one is not said.
"""
from __future__ import annotations

import re

# "huyện Quan Sơn", "Huyện miền núi Mường Lát": a district named by capitalised syllables
_DISTRICT = re.compile(r"(?<![^\W\d_])[Hh]uyện(?:[ \t]+(?:miền núi|biên giới|vùng cao|ven biển|nghèo))?"
                       r"(?=((?:[ \t]+[^\W\d_]+){1,4}))")
# only these bodies are a district's own, one per district
DISTRICT_BODY_TYPES = frozenset({"hospital", "health_center"})
# and these heads: its police and its People's Committee and Council ("Công an huyện",
# "UBND huyện" right after the district is named)
DISTRICT_BODY_HEADS = frozenset({"Công an", "Ủy ban nhân dân", "Hội đồng nhân dân"})


def district_near(doc, pos: int) -> str | None:
    """The one district named in the sentence of `pos` before it; else in the sentence
    before; else in all the text before, when the story names one district only
    ("… ở huyện Thuận Thành …" then, paragraphs later, "Trung tâm y tế huyện đã …")."""
    i = doc.sentence_at(pos)
    if i < 0:
        return None
    for start in (doc.sentences[i].start, doc.sentences[i - 1].start if i > 0 else None, 0):
        if start is None:
            continue
        names = {n for m in _DISTRICT.finditer(doc.match, start, pos) if (n := _capitalised(m.group(1)))}
        if names:
            return names.pop() if len(names) == 1 else None
    return None


def _capitalised(words: str) -> str:
    """The leading capitalised syllables ("Quan Sơn" of " Quan Sơn có"); "" if none."""
    out = []
    for w in words.split():
        if not w[0].isupper():
            break
        out.append(w)
    return " ".join(out)
