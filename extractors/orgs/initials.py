"""An abbreviation written in a name's place without being defined in the story: "Cục NTBD" beside
"Cục Nghệ thuật Biểu diễn", "Cục QLTT tỉnh Bình Dương" beside "Cục Quản lý thị trường tỉnh Bình
Dương".

The press shortens a body it has named to the initials of its field ("NTBD", "QLTT") and never
writes "(NTBD)" after the full name, so the defined-abbreviation joins do not see it; the short
record was a second organisation (fresh VietNews, 4,561 articles: 3 such, each the body named in
full). Only an all-capital word of 3 to 7 letters, with the same words before and after it as the
full name, whose field's initials ("và" skipped) spell it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..doc import Organization

_ABBREVIATION = re.compile(r"[A-ZĐ]{3,7}")
_SKIPPED = frozenset({"và"})

Join = Callable[[dict[str, list[Organization]], str, set[str]], None]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SKIPPED).upper()


def _spelt_out(short: str, names: dict[str, str], key: str) -> dict[str, str]:
    """{group key: name} of the names that write out the one abbreviation in `short`."""
    words = short.split()
    at = [i for i, w in enumerate(words) if i and _ABBREVIATION.fullmatch(w)]
    if len(at) != 1:
        return {}
    i = at[0]
    before = " ".join(words[:i]) + " "
    after = " " + " ".join(words[i + 1:]) if i + 1 < len(words) else ""
    homes: dict[str, str] = {}
    for name, home in names.items():
        if home == key or not name.startswith(before) or not name.endswith(after):
            continue
        field = name[len(before):len(name) - len(after)].split()
        if len(field) >= 2 and _initials(field) == words[i]:
            homes[home] = name
    return homes


def join_initials(groups: dict[str, list[Organization]], join: Join) -> None:
    """Move a group named with undefined initials into the one group its name writes out, under
    that full name (`join(groups, key, {home})` moves the members)."""
    names = {m.name: k for k, ms in groups.items() for m in ms}
    for key in [k for k in groups if k.startswith("l:")]:
        members = groups.get(key)
        if not members or len({m.name for m in members}) != 1:
            continue
        homes = _spelt_out(members[0].name, names, key)
        if len(homes) == 1:
            home, long = next(iter(homes.items()))
            for m in members:
                m.name = long
            join(groups, key, {home})
