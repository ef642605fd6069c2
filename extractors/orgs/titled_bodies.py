"""A department written in lower case right after its own head's title: "Cục trưởng Cục chống
tham nhũng,", "Vụ trưởng Vụ trang thiết bị và công trình y tế (Bộ Y tế)", "Viện trưởng Viện
dinh dưỡng cho biết".

The walker reads no name after a head whose next word is in lower case ("Cục phát triển đô thị"
is a bare "Cục" and a phrase), so the body the official heads was lost. After the head's own
title ("Cục trưởng", "Phó Vụ trưởng", "Viện trưởng") the same head can only open that body's
name, and the name ends where punctuation, a bracket or a predicate closes it (baomoi 2016-17,
35,000 articles, blind sets left out: 72 such titles before a lower-case name).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..doc import Doc
from .span import OrgSpan
from .person_names import NOT_IN_NAMES
from .truncated import closes_here, tail_words

# the title, then the same head: "Cục trưởng Cục", "Phó Vụ trưởng Vụ", "Viện phó Viện"
_TITLED = re.compile(r"(Cục|Vụ|Viện|cục|vụ|viện)[ \t]*(?:trưởng|Trưởng|phó|Phó)[ \t]+(Cục|Vụ|Viện|cục|vụ|viện)[ \t]+"
                     r"(?=[a-zđà-ỹ])")
_HEADS = ("cục", "vụ", "viện")
_BLANKS = frozenset(" \t")
_MAX_WORDS = 7
# a lower-case head word alone names no body ("Cục quản lý [giá]" is cut), nor does the procuracy
# written in lower case ("Viện kiểm sát nhân dân"), which has its own reading
_NO_BODY = frozenset({"quản lý", "bảo vệ", "nghiên cứu", "phát triển", "kiểm tra", "chính sách", "kế hoạch"})
_NOT_HERE = ("kiểm sát", "ksnd")
# the words that end the name: the walker's own (function words, a predicate's first word), but
# not "và" ("Vụ trang thiết bị và công trình y tế"), "bị" (the end of "thiết bị") nor words that
# name a department's work ("tổ chức", "phát triển", "hỗ trợ"); and a person or a quote ("ông", "dẫn")
_ENDS_NAME = (NOT_IN_NAMES - {"và", "bị", "tổ", "chức", "triển", "khai", "hỗ", "trợ", "phối", "hợp", "làm",
                              "ngày", "năm", "tháng", "tiến", "hoàn", "thành", "chuyển"}) \
    | {"ông", "bà", "dẫn"}


def _titles_in(doc: Doc) -> list[re.Match[str]]:
    """Every head's title with its head after it in the document ("Cục trưởng Cục x"), as
    `_TITLED.finditer` finds them, read only where "trưởng" or "phó" is written after a head."""
    text, lower = doc.match, doc.lower
    if lower is text:   # lower-casing changed the length: scan the text itself
        return list(_TITLED.finditer(text))
    found = []
    for title in ("trưởng", "phó"):
        i = lower.find(title)
        while i >= 0:
            if lower[i + len(title):i + len(title) + 1] in _BLANKS:   # (a blank and the head follow)
                j = i
                while j > 0 and lower[j - 1] in _BLANKS:
                    j -= 1
                for head in _HEADS:
                    if lower.endswith(head, 0, j):
                        if (m := _TITLED.match(text, j - len(head))) is not None:
                            found.append(m)
                        break
            i = lower.find(title, i + 1)
    out, last = [], 0
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() >= last:   # (not overlapping, as finditer reads them)
            out.append(m)
            last = m.end()
    return out


def titled_bodies_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Departments named in lower case after their head's title in [start, end)."""
    titled = doc.derived("titled_bodies", _titles_in)   # (one scan per document: most write none)
    if not titled or titled[-1].start() < start or titled[0].start() >= end:
        return []
    text = doc.match
    spans = []
    # (the document's titles from the first in [start, end): not all of them for every sentence)
    for k in range(bisect_left(titled, start, key=re.Match.start), len(titled)):
        m = titled[k]
        if m.start() >= end:
            break
        if m.end() >= end:
            continue
        if m.group(1).lower() != m.group(2).lower() or (m.start() > 0 and text[m.start() - 1].isalpha()):
            continue
        words, ends = tail_words(text, m.end() - 1, end, _MAX_WORDS, _ENDS_NAME)
        while words and words[-1] == "và":
            words.pop()
            ends.pop()
        if len(words) < 2 or not closes_here(text, ends[-1], end):
            continue
        name = " ".join(words)
        if name in _NO_BODY or name.startswith(_NOT_HERE):
            continue
        head = m.start(2)
        from .walker import org_at   # (the walker imports this package's modules)
        if org_at(doc, head, end) is not None:
            continue   # the walker reads a name there: it is the walker's
        spans.append(OrgSpan(head, ends[-1], f"{m.group(2).capitalize()} {name}", "agency", None))
    return spans
