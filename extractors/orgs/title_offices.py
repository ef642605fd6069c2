"""A body's office named by its head's title: "chánh văn phòng Sở Y tế Nghệ An", "Phó chánh văn
phòng UBND tỉnh Đắk Nông", "Chánh văn phòng Huyện ủy Lang Chánh".

With a lower-case "văn phòng" the walker reads only the body after it, so the office the title
names is missing from the organisations (the officials step names it as the post's body). The
gold lists both the office and its body (real7: "chánh văn phòng Sở Y tế Nghệ An" -> Văn phòng
Sở Y tế Nghệ An and Sở Y tế Nghệ An, both required; real31 marks such an office optional). The
office is read here; the body is listed beside it by `office_body`, as a police unit's force is.
A capitalised "Chánh Văn phòng X" is the walker's (it reads "Văn phòng X" whole).
"""
from __future__ import annotations

from ..doc import Doc
from ..lazy import lazy_compile
from .span import OrgSpan
from .walker import org_at

# "chánh văn phòng" / "phó chánh văn phòng" with a lower-case "văn phòng", then a capitalised word
_TITLE = lazy_compile(r"(?<![^\W\d_])[Cc]hánh[ \t]+(văn[ \t]+phòng)[ \t]+(?=[A-ZĐÀ-ỸÁẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])")
# bodies that keep an office its chief heads ("Văn phòng Sở …", "Văn phòng UBND …", "Văn phòng Bộ …")
_BODIES = ("Sở ", "Bộ ", "Ủy ban nhân dân ", "Hội đồng nhân dân ", "Tỉnh ủy ", "Thành ủy ", "Huyện ủy ",
           "Quận ủy ", "Đảng ủy ", "Cục ", "Tổng cục ", "Ban ", "Ủy ban ")
_KINDS = {"ministry": "agency", "agency": "agency"}


def title_offices_in(doc: Doc, start: int, end: int) -> list[OrgSpan]:
    """Offices named after a chief's title "chánh văn phòng" in [start, end) of the matching text."""
    text = doc.match
    if text.find("hánh văn phòng", start, end) < 0:
        return []
    spans = []
    for m in _TITLE.finditer(text, start, end):
        body = org_at(doc, m.end(), end)
        if body is None or body.start != m.end() or not body.name.startswith(_BODIES):
            continue
        spans.append(OrgSpan(m.start(1), body.end, f"Văn phòng {body.name}", _KINDS.get(body.type, "government"),
                             body.province))
    return spans


def office_body(doc: Doc, span: OrgSpan, limit: int) -> list[OrgSpan]:
    """The body whose office `span` is, when this module read it ("văn phòng Sở Y tế X" -> Sở Y tế X)."""
    if not (span.name.startswith("Văn phòng ") and doc.match.startswith("văn", span.start)):
        return []
    body_start = span.start + len("văn phòng ")
    while body_start < span.end and doc.match[body_start] in " \t":
        body_start += 1
    body = org_at(doc, body_start, limit)
    return [body] if body is not None and body.end == span.end else []
