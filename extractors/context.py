"""Article context: the province the article is about, and its year.

Bare mentions ("Sở Y tế", "UBND tỉnh", "Bệnh viện Đa khoa tỉnh") name an
organisation only together with the article's province; a "d/m" date needs a
year. Both come from here so every extractor resolves them the same way.
"""
from __future__ import annotations

import re
from collections import Counter

from .doc import Doc
from .places import find_places, level_name, places_in

NAME = "context"
VERSION = "3"

_YEAR = re.compile(r"^(\d{4})")
# a place inside a national body's name says nothing about the article's province
_NATIONAL_BEFORE = re.compile(r"(?:Trung ương|Y Dược|Y khoa|Đại học|Quân đội|Pasteur|dịch tễ|"
                              r"Sốt rét - Ký sinh trùng - Côn trùng)\s+$")
_EXPLICIT_BEFORE = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s+$", re.IGNORECASE)


def detect_context(doc: Doc) -> Doc:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for s in doc.sentences:
        for hit in places_in(doc, s.start, s.end):
            before = doc.match[max(0, hit.start - 12):hit.start]
            if _NATIONAL_BEFORE.search(before):
                continue  # "Bệnh viện Trung ương Huế" says nothing about the local province
            if level_name(doc.match, hit.start, hit.end) is not None:
                continue  # "thành phố Hà Nội" in running text: on fresh text mostly a national
                # article's passing city (a list, a hometown, a delegation), no context
            weight = 2 if _EXPLICIT_BEFORE.search(before) else 1
            # the opening sentences (title, lead) say what the article is about
            counts[hit.name] += weight * (2 if s.index < 2 else 1)
            first.setdefault(hit.name, hit.start)
    if doc.title:
        for hit in find_places(doc.title):
            counts[hit.name] += 3
            first.setdefault(hit.name, -1)
    if counts:
        best = max(counts, key=lambda n: (counts[n], -first[n]))
        # one passing mention ("Viện Pasteur TP.HCM" in a Ministry circular) is no context
        if counts[best] >= 2:
            doc.province = best
    m = _YEAR.match(doc.published or "")
    doc.year_hint = int(m.group(1)) if m else None
    return doc
