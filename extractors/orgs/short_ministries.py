"""A ministry re-mentioned by the first words of its portfolio ("Bộ Giáo dục và Đào tạo … Bộ Giáo
dục cho biết …", "Bộ Nông nghiệp và Phát triển nông thôn … Bộ Nông nghiệp"): the one ministry the
story names in full, not a second organisation.

The walker reads "Bộ Giáo dục" as written; merged by its shortest form the story would keep the
short one. Fresh health sample (2,461 VietNews, 150 baomoi articles): 12 stories write both forms
of one ministry (7 "Bộ Giáo dục", 2 "Bộ Nông nghiệp", 1 each "Bộ Giao thông", "Bộ Thông tin"); gold
names the ministry in full. A story that writes only the short form keeps it, and so does a
short form that is another country's ("Tại Hàn Quốc, Bộ Giáo dục nước này …").
"""
from __future__ import annotations

import re

from ..doc import Doc, Organization
from ..places import country_at, country_pattern
from .known import known_key
from .portfolio import SHORT_MINISTRIES


def _key(name: str) -> str:
    """"Bộ Giáo dục - Đào tạo" and "Bộ Giáo dục và Đào tạo" alike."""
    return known_key(name).replace(" và ", " ")


_FULL_KEYS = {_key(full): full for full in SHORT_MINISTRIES.values()}


# "Bộ Giáo dục nước này", "… nước bạn": the ministry of the country the story is about
_THAT_COUNTRY = re.compile(r"[ \t]+(?:nước[ \t]+(?:này|bạn|sở[ \t]+tại)|của[ \t]+nước)(?![^\W\d_])")


def _foreign(doc: Doc, o: Organization) -> bool:
    """The short form names another country's ministry: "nước này" or a country right after it, or
    a country other than Việt Nam named in its sentence ("Tại Hàn Quốc, Bộ Giáo dục …")."""
    text = doc.match
    if _THAT_COUNTRY.match(text, o.end) or country_at(text, o.end + 1, ambiguous=True) is not None:
        return True
    if not 0 <= o.sentence < len(doc.sentences):
        return False
    s = doc.sentences[o.sentence]
    hits = (country_at(text, m.start(1)) for m in country_pattern().finditer(text, s.start, s.end))
    return any(hit is not None and hit.name != "Việt Nam" for hit in hits)   # ("Đức", "Anh": no country here)


def name_short_ministries(doc: Doc) -> None:
    """Each "Bộ <short portfolio>" takes the full name of its ministry as the story writes it,
    unless it is another country's (`_foreign`)."""
    orgs = doc.organizations
    shorts = [o for o in orgs if o.type == "ministry" and o.name[:3] == "Bộ "
              and o.name[3:].lower() in SHORT_MINISTRIES]
    shorts = [o for o in shorts if not _foreign(doc, o)]
    if not shorts:
        return
    written: dict[str, Organization] = {}
    for o in orgs:
        full = _FULL_KEYS.get(_key(o.name)) if o.type == "ministry" else None
        if full is not None:
            written.setdefault(full, o)
    for o in shorts:
        named = written.get(SHORT_MINISTRIES[o.name[3:].lower()])
        if named is not None:
            o.name, o.canonical = named.name, named.canonical


def name_short_departments(doc: Doc) -> None:
    """"Sở Giao thông Đà Nẵng" beside "Sở Giao thông Vận tải Đà Nẵng": the one department the story
    names in full takes the short mention (the department's place written the same way in both).
    Only names opening "Sở " are tried, each against the story's own names: no text scan."""
    orgs = doc.organizations
    tried = [o for o in orgs if o.name[:3] == "Sở "]
    if len(tried) < 2:
        return
    written = {_key(o.name): o for o in tried}
    for o in tried:
        rest = o.name[3:]
        lowered = rest.lower()
        for short, ministry in SHORT_MINISTRIES.items():
            if not lowered.startswith(short + " "):
                continue
            named = written.get(_key("Sở " + ministry[3:] + rest[len(short):]))
            if named is not None and named is not o:
                o.name, o.canonical = named.name, named.canonical
                break
