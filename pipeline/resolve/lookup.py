"""Finding entities from what a user types: accents and case optional."""
from __future__ import annotations

import sqlite_utils

from .resolver import canonical_key


def fold(text: str) -> str:
    """Accent-free, lower-case key ("Bạch Mai" -> "bach mai") for user input."""
    import unicodedata

    text = canonical_key(text).replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def find_entities(db: sqlite_utils.Database, query: str, type_: str | None = None,
                  limit: int = 20) -> list[str]:
    """Entity ids whose name or alias matches `query`, best first.

    Exact key first, then accent-folded equality, then accent-folded substring.
    """
    key = canonical_key(query)
    folded = fold(query)
    rows = db.execute(
        "SELECT e.id, e.name, a.alias FROM entities e JOIN aliases a ON a.entity_id = e.id"
        + (" WHERE e.type = ?" if type_ else ""), [type_] if type_ else []).fetchall()
    scored: dict[str, int] = {}
    for eid, name, alias in rows:
        for cand in (name, alias):
            k = canonical_key(cand)
            f = fold(cand)
            rank = 0 if k == key else 1 if f == folded else 2 if folded in f else None
            if rank is not None and rank < scored.get(eid, 9):
                scored[eid] = rank
    return [eid for eid, _ in sorted(scored.items(), key=lambda kv: kv[1])][:limit]
