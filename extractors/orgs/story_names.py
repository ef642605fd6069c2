"""One name per organisation in a story, where the walker reads two for it.

A name that is the first words of exactly one other name the story writes ("BV Thể thao" …
"Bệnh viện Thể thao Việt Nam", "Hội Hồi sức" … "Hội Hồi sức - Cấp cứu và Chống độc Việt Nam",
"Thanh tra Chính" (a lost syllable) … "Thanh tra Chính phủ") is one organisation, named by the
longer form: left as two names it costs a false positive. The longer form goes on with a
capital, a number, a dash or a place ("… tại Thái Lan", "… quận 3"), or ends the shorter one's
last syllable ("Chính" … "phủ"); a lower-case run-on ("Vụ Đông y tiền thân") takes nothing.
Not a body whose short form names another one ("Bộ Y tế", "Bộ Y tế Thái Lan"; "Công an", "Ủy
ban nhân dân" of two places), a gazetteer name, a campus or a branch ("… cơ sở 2").

Fresh health sample (1,500 VietNews and baomoi articles): 33 groups joined, 29 one organisation.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..doc import Organization
from ..places import country_at
from .known import CENTRAL_SHORT
from .person_names import dictionary

# heads whose short form names another body than the long one ("Bộ Y tế" and "Bộ Y tế Thái Lan",
# "Ủy ban nhân dân" of two places, "Công an" of a district and of its province)
_OWN_HEADS = ("Bộ ", "Chính phủ", "Quốc hội", "Ủy ban", "Sở ", "Công an", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
              "Bảo hiểm xã hội", "Tòa án", "Viện Kiểm sát", "Thủ tướng", "Văn phòng", "Đảng")
# a longer name that is another unit: a campus, a branch, the central or a regional one, a number
_OTHER_UNIT = re.compile(r"^(?:cơ sở|chi nhánh|Trung ương|" + "|".join(map(re.escape, CENTRAL_SHORT))
                         + r"|khu vực|số|\d|[IVX]+$)", re.IGNORECASE)
_MAX_EXTRA = 4
# a lower-case tail that places the body: "… tại Thái Lan", "… quận 3", "… thành phố Tân An"
_PLACE_AFTER = re.compile(r"(?:tại|ở|quận|huyện|tỉnh|thành phố|thị xã|xã|phường)[ \t]+[\dA-ZĐÀ-Ỹ]")


def join_prefixes(groups: dict[str, list[Organization]], join) -> None:
    """Move each group whose one name is the first words of one other group's name into that
    group, under the longer name (`join(groups, key, {home})` moves the members)."""
    names: dict[str, set[str]] = {}
    for k, ms in groups.items():
        for m in ms:
            names.setdefault(m.name, set()).add(k)
    ordered = sorted(names)
    # longest first: "Hội Hồi sức - Cấp cứu và Chống độc" joins "… Việt Nam" before "Hội Hồi sức" looks
    for key in sorted((k for k in groups if k.startswith("l:")), key=lambda k: -max(len(m.name) for m in groups[k])):
        members = groups.get(key)
        if not members or len({m.name for m in members}) != 1 or any(m.canonical for m in members):
            continue
        short = members[0].name
        if short.startswith(_OWN_HEADS) or len(short.split()) < 2:
            continue
        longer = {}
        for n in ordered[bisect_right(ordered, short + " "):]:
            if not n.startswith(short + " "):
                break
            if key not in names[n]:
                longer[n] = names[n]
        if len(longer) != 1:
            continue
        long, homes = next(iter(longer.items()))
        extra = long[len(short) + 1:].lstrip("-– ")
        if len(homes) != 1 or not extra or len(extra.split()) > _MAX_EXTRA or _OTHER_UNIT.match(extra):
            continue
        if short.startswith("Viện ") and all(w[:1].isupper() for w in extra.split()) \
                and country_at(extra, 0) is None:
            continue   # "Viện Pasteur" … "Viện Pasteur Nha Trang": a network's regional institute is another one
        first = extra.split()[0]
        if first[:1].islower() and f"{short.split()[-1].lower()} {first}" not in dictionary() \
                and not _PLACE_AFTER.match(extra):
            continue   # "Vụ Đông y" … "Vụ Đông y tiền thân" (a run-on): a lower-case tail only ends a lost syllable
        home = next(iter(homes))
        if home not in groups:
            continue
        names.pop(short, None)
        ordered.remove(short)
        for m in members:
            m.name = long
        join(groups, key, {home})
