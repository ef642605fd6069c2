"""A ministry re-mentioned by the first words of its portfolio ("Bộ Giáo dục và Đào tạo … Bộ Giáo
dục cho biết …", "Bộ Nông nghiệp và Phát triển nông thôn … Bộ Nông nghiệp"): the one ministry the
story names in full, not a second organisation.

The walker reads "Bộ Giáo dục" as written; merged by its shortest form the story would keep the
short one. Fresh health sample (2,461 VietNews, 150 baomoi articles): 12 stories write both forms
of one ministry (7 "Bộ Giáo dục", 2 "Bộ Nông nghiệp", 1 each "Bộ Giao thông", "Bộ Thông tin"); gold
names the ministry in full. A story that writes only the short form keeps it (a foreign story's
"Bộ Giáo dục" is another country's).
"""
from __future__ import annotations

from ..doc import Organization
from .known import known_key
from .portfolio import SHORT_MINISTRIES


def _key(name: str) -> str:
    """"Bộ Giáo dục - Đào tạo" and "Bộ Giáo dục và Đào tạo" alike."""
    return known_key(name).replace(" và ", " ")


_FULL_KEYS = {_key(full): full for full in SHORT_MINISTRIES.values()}


def name_short_ministries(orgs: list[Organization]) -> None:
    """Each "Bộ <short portfolio>" takes the full name of its ministry as the story writes it."""
    shorts = [o for o in orgs if o.type == "ministry" and o.name[:3] == "Bộ "
              and o.name[3:].lower() in SHORT_MINISTRIES]
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
