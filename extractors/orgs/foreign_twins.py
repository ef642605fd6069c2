"""A national body named bare in a story that names it with one foreign country: "Bộ Tư pháp Mỹ …
Bộ Tư pháp cho biết", "Quốc hội Venezuela … Chủ tịch Quốc hội Juan Guaido".

World news re-mentions another country's ministry, parliament or government without the country;
read alone, the bare name is Vietnam's body, which the story never names (gold lists only the
foreign one: real7). In a story of world news (no Vietnamese body of its own: no province's, party,
health department, hospital or "… Việt Nam" named), the bare record takes the one foreign twin's
name and merges into it; a domestic story's bare "Bộ Y tế" is ours beside "Bộ Y tế Nhật Bản". Fresh
VietNews sample (1,500 articles, every section): 24 stories write a bare name beside one foreign
twin, 23 meant it; the one that did not names a Vietnamese official right after it ("Thứ trưởng
Ngoại giao Bùi Thanh Sơn" beside "Bộ Ngoại giao Đức"), so such a mention keeps the bare name, and
so does one whose sentence speaks of Vietnam ("Việt Nam", "nước ta", "cho nước bạn"). A
story of the two countries ("Bộ trưởng Bộ Y tế hai nước Việt Nam - Lào": real19) means either, and
two foreign twins ("Bộ Ngoại giao Mỹ", "Bộ Ngoại giao Nga") or a Vietnamese one leave it as written.
"""
from __future__ import annotations

from ..doc import Doc, Organization
from ..places import country_at
from ..tokens import person_at

_VIETNAM = "Việt Nam"
_JOINERS = (" - ", " – ", " và ")
# bodies only a Vietnamese story names (not "Trung tâm …": every centre is typed health_center,
# "Trung tâm Truyền thông Syria" too)
_DOMESTIC_TYPES = frozenset({"party", "health_department", "hospital"})


# Vietnam spoken of ("nước ta"; "nước bạn", the other country seen from here)
_OUR_SIDE = (_VIETNAM, "nước ta", "nước bạn")
_THEIRS = "nước bạn"


def _domestic(orgs: list[Organization]) -> bool:
    """The story names a Vietnamese body: a province's, a party, a health department, a hospital,
    one "… Việt Nam"."""
    return any(o.province or o.type in _DOMESTIC_TYPES or _VIETNAM in o.name for o in orgs)


def _speaks_of_vietnam(doc: Doc, o: Organization) -> bool:
    """The bare mention's own sentence speaks of Vietnam ("… khẳng định Việt Nam có đủ cơ sở",
    "hỗ trợ cho nước bạn"); elsewhere in the story "gốc Việt Nam", "gạo Việt Nam" or a byline say
    nothing of the body. "Bộ Y tế nước bạn" right after the mention is the foreign body itself (as
    short_ministries reads "nước này/bạn")."""
    if not 0 <= o.sentence < len(doc.sentences):
        return False
    s, text = doc.sentences[o.sentence], doc.match
    for cue in _OUR_SIDE:
        at = text.find(cue, s.start, s.end)
        while at >= 0:
            if cue != _THEIRS or text[o.end:at].strip():
                return True
            at = text.find(cue, at + len(cue), s.end)
    return False


def _bilateral(text: str, country: str) -> bool:
    """The story pairs Vietnam with that country ("Việt Nam - Lào", "Lào và Việt Nam")."""
    return any(_VIETNAM + j + country in text or country + j + _VIETNAM in text for j in _JOINERS)


def _foreign_twin(name: str, names: list[str]) -> str | None:
    """The one other name that is `name` closed by a foreign country (None when none, two, or a
    Vietnamese one)."""
    twins: list[str] = []
    for other in names:
        if len(other) <= len(name) + 1 or not other.startswith(name + " "):
            continue
        hit = country_at(other, len(name) + 1, ambiguous=True)
        if hit is None or hit.end != len(other):
            continue
        if hit.name == _VIETNAM:
            return None
        twins.append(other)
    return twins[0] if len(twins) == 1 else None


def name_bare_by_foreign_twin(doc: Doc) -> None:
    """Rename a placeless name's records to its one foreign twin, unless a Vietnamese personal name
    follows one of its mentions or its sentence speaks of Vietnam (then the story means our own body
    there), or one shares a sentence with the twin ("hội đàm với Bộ Y tế Lào, Bộ Y tế thống nhất …":
    two parties, not one named twice).
    Records are grouped by name, and names by first word, once: a twin shares the bare name's."""
    orgs, text = doc.organizations, doc.text
    if _domestic(orgs):
        return
    by_name: dict[str, list[Organization]] = {}
    for o in orgs:
        by_name.setdefault(o.name, []).append(o)
    by_first: dict[str, list[str]] = {}
    for name in by_name:
        by_first.setdefault(name.split(" ", 1)[0], []).append(name)
    for name, bare in list(by_name.items()):
        if all(o.province for o in bare):
            continue
        twin = _foreign_twin(name, by_first[name.split(" ", 1)[0]])
        if twin is None or _bilateral(text, twin[len(name) + 1:]):
            continue
        twins = by_name[twin]
        twin_sentences = {o.sentence for o in twins}
        if any(o.sentence in twin_sentences or person_at(text, o.end) or _speaks_of_vietnam(doc, o)
               for o in bare):
            continue
        for o in bare:
            o.name, o.province, o.canonical = twin, twins[0].province, twins[0].canonical
