"""A body's bare head beside its full name in one story: "Viện Kiểm sát" and "Viện Kiểm sát nhân
dân thành phố Hòa Bình", "Thanh tra Sở" and "Thanh tra Sở Y tế Thành phố Hồ Chí Minh".

Agencies with a body at every level are re-mentioned by their head alone once the story has named
the one it means; the bare mention is that body (or one of the few the story names), never an
organisation of its own. Fresh health sample (300 articles): 4 such bare heads, each beside its
full name; where the story names none the bare record stays.
"""
from __future__ import annotations

from ..doc import Organization
from .walker import LOCAL_LEVEL_HEADS

# heads re-mentioned bare after the full name; the court's and procuracy's short forms too
BARE_HEADS = LOCAL_LEVEL_HEADS | frozenset({"Viện Kiểm sát", "Tòa án", "Thanh tra Sở",
                                            "Viện Kiểm sát nhân dân cấp cao", "Tòa án nhân dân cấp cao"})


def drop_bare_heads(orgs: list[Organization]) -> None:
    """Drop the bare head's records when the story also names a body that head opens."""
    bare = {o.name for o in orgs if o.name in BARE_HEADS}
    if not bare:
        return
    named = {b for b in bare if any(o.name.startswith(b + " ") for o in orgs)}
    if named:
        orgs[:] = [o for o in orgs if o.name not in named]
