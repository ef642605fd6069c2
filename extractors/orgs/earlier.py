"""A hospital named short after the story named it in full: "Bệnh viện Nhi Trung ương …
Tại Bệnh viện Nhi, bé được …", "Bệnh viện Mắt TP.HCM … Bệnh viện Mắt".

A bare specialty ("Bệnh viện Nhi") is otherwise taken as the article's province's own
hospital, which makes a second, wrong one ("Bệnh viện Nhi Hà Nội") beside the one the
story means. The short form is the one earlier hospital whose name is it plus a
capitalised tail ("Trung ương", a place); gold lists such a hospital once, under its
full name, with the short form as an alias (real2, real28).
"""
from __future__ import annotations

from ..doc import Doc


def earlier_full_name(doc: Doc, name: str) -> tuple[str, str | None] | None:
    """(name, province) of the one hospital named earlier as `name` + a capitalised tail."""
    orgs = doc.organizations
    index = doc.__dict__.get("_longer_hospitals")
    if index is None or index[0] is not orgs or index[1] > len(orgs):
        index = doc.__dict__["_longer_hospitals"] = [orgs, 0, {}]
    table: dict[str, dict[str, str | None]] = index[2]
    for o in orgs[index[1]:]:   # only the organisations added since the last call: linear
        if o.type == "hospital":
            words = o.name.split()
            for i in range(2, len(words)):
                if words[i][:1].isupper():
                    table.setdefault(" ".join(words[:i]), {})[o.name] = o.province
    index[1] = len(orgs)
    longer = table.get(name)
    return next(iter(longer.items())) if longer is not None and len(longer) == 1 else None
