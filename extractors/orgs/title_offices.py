"""A body's office or inspectorate named by its head's title: "chánh văn phòng Sở Y tế Nghệ An",
"Phó chánh văn phòng UBND tỉnh Đắk Nông", "Chánh văn phòng Huyện ủy Lang Chánh", "chánh thanh tra
Sở Y tế Hà Nội", "Chánh thanh tra Bộ Y tế".

With a lower-case "văn phòng" the walker reads only the body after it, so the office the title
names is missing from the organisations (the officials step names it as the post's body). The
gold lists both the office and its body (real7: "chánh văn phòng Sở Y tế Nghệ An" -> Văn phòng
Sở Y tế Nghệ An and Sở Y tế Nghệ An, both required; real31 marks such an office optional). The
office is read here; the body is listed beside it by `office_body`, as a police unit's force is.
A capitalised "Chánh Văn phòng X" is the walker's (it reads "Văn phòng X" whole). An inspectorate
likewise: "Chánh thanh tra Sở Y tế X" -> Thanh tra Sở Y tế X beside the Sở (real5, real12, real27
list the inspectorate, real2, real6, real22 mark it optional; real8, real27 list "Thanh tra Bộ Y
tế"); a ministry's or a department's only, as officials reads the post.
"""
from __future__ import annotations

from ..doc import Doc
from ..lazy import lazy_compile
from .span import OrgSpan
from .walker import org_at

# "chánh văn phòng" / "phó chánh thanh tra" with the unit in lower case (then a capitalised word)
# (the letter first, then the word-start test: a search scans for "C"/"c" in C, not every position)
_TITLE = lazy_compile(r"[Cc](?<![^\W\d_].)hánh[ \t]+(văn[ \t]+phòng|thanh[ \t]+tra)[ \t]+(?=\S)")
# bodies that keep an office its chief heads ("Văn phòng Sở …", "Văn phòng UBND …", "Văn phòng Bộ …")
_BODIES = ("Sở ", "Bộ ", "Ủy ban nhân dân ", "Hội đồng nhân dân ", "Tỉnh ủy ", "Thành ủy ", "Huyện ủy ",
           "Quận ủy ", "Đảng ủy ", "Cục ", "Tổng cục ", "Ban ", "Ủy ban ")
_KINDS = {"ministry": "agency", "agency": "agency"}
_UNITS = {"v": "Văn phòng", "t": "Thanh tra"}
# an inspectorate's body: a ministry or a department (a province's own is "Thanh tra tỉnh X")
_INSPECTED = ("Sở ", "Bộ ")


def title_offices_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Offices named after a chief's title "chánh văn phòng" in [start, end) of the matching text."""
    text = doc.match
    if text.find("hánh", start, end) < 0 or text.find("phòng", start, end) < 0 and text.find("thanh", start, end) < 0:
        return []   # (each word apart: _TITLE takes any blanks between them, "chánh văn  phòng")
    spans = []
    for m in _TITLE.finditer(text, start, end):
        if not text[m.end()].isupper():
            continue
        body = org_at(doc, m.end(), end)
        unit = _UNITS[m.group(1)[0]]
        if body is None or body.start != m.end() or \
                not body.name.startswith(_BODIES if unit == "Văn phòng" else _INSPECTED):
            continue
        kind = "agency" if unit == "Thanh tra" else _KINDS.get(body.type, "government")
        spans.append(OrgSpan(m.start(1), body.end, f"{unit} {body.name}", kind, body.province))
    return spans


def office_body(doc: Doc, span: OrgSpan, limit: int) -> list[OrgSpan]:
    """The body whose office or inspectorate `span` is, when this module read it ("văn phòng Sở Y
    tế X" -> Sở Y tế X, "thanh tra Bộ Y tế" -> Bộ Y tế)."""
    unit = span.name.split(" ", 2)[:2]
    if not (len(unit) == 2 and " ".join(unit) in _UNITS.values() and doc.match.startswith(unit[0].lower(), span.start)):
        return []
    body_start = span.start + len(" ".join(unit)) + 1
    while body_start < span.end and doc.match[body_start] in " \t":
        body_start += 1
    body = org_at(doc, body_start, limit)
    return [body] if body is not None and body.end == span.end else []
